"""Name recognition against the bundled registers: one case per phenomenon, then the document state."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.convert.names import DocumentNames, NameFinder
from teikit.registers import load_registers
from teikit.xml import XML_ID

FINDER = NameFinder(load_registers())


def persons(text: str, names: DocumentNames | None = None) -> list[tuple[str, tuple[str, ...]]]:
    names = names or FINDER.document("en")
    return [(m.surface, m.keys) for m in names.find(text) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I wrote to I. V. Stalin yesterday.", [("I. V. Stalin", ("stalin",))]),
        ("Stalin's instruction of April 28", [("Stalin", ("stalin",))]),
        ("edited by Zhuravlev V. V. M., 1991", [("Zhuravlev V. V.", ("zhuravlev",))]),
        ("Ed. Zhuravleva V. V. M., 1991.", [("Zhuravleva V. V.", ("zhuravlev",))]),
        ("S.S. Kamenev signed it.", [("S.S. Kamenev", ("kamenev_s",))]),
        ("L. B. Kamenev signed it.", [("L. B. Kamenev", ("kamenev",))]),
        ("the Zinoviev-Kamenev-Stalin group", [("Zinoviev", ("zinoviev",)), ("Kamenev", ("kamenev",)),
                                               ("Stalin", ("stalin",))]),
        ("MOSCOW, KREMLIN, TO LENIN.", [("LENIN", ("lenin",))]),
        ("Is Ilyich still in Krakow?", [("Ilyich", ("lenin",))]),
        ("Your Koba", [("Koba", ("stalin",))]),
        ("Sergo arrived yesterday.", [("Sergo", ("ordzhonikidze",))]),
        ("Regards to Zinaida Gavrilovna.", [("Zinaida Gavrilovna", ("ordzhonikidze_z",))]),
        ("Lev Borisovich Kamenev promised it.", [("Lev Borisovich Kamenev", ("kamenev",))]),
        ("Felix Edmundovich agreed with me.", [("Felix Edmundovich", ("dzerzhinsky",))]),
        ("T. Stalin.", [("Stalin", ("stalin",))]),
        ("Я обращался к т. Крупской 1 , она ответила", [("Крупской", ("krupskaya",))]),
        ("спрашивают сочинения Ленина и ленинской библиотечки", [("Ленина", ("lenin",))]),
        ("M[ilyutin] promised us in August", [("M[ilyutin]", ("milyutin",))]),
        ("[Dzerzhinsky]\nIf the question", [("Dzerzhinsky", ("dzerzhinsky",))]),
        ("the order of the commander-in-chief, Kamenev, of May 3", [("Kamenev", ("kamenev_s",))]),
    ],
)
def test_register_names(text: str, expected: list) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the order of the Commander-in-Chief was read to the Party.",
        "Grain procurement in Siberia has gone better.",
        "I. Barracks.\n1. Of the 31 barracks inspected",
        "P.S. The station chief here says so.",
        "in the warehouse at the Nikolaevsky station",
        '"Istoricheskii Arkhiv". 1962. No. 3.',
        "I. I did not express my opinion.",
        "RGASPI. F. 17. Op. 3. D. 571. L. 6. Typewritten text.",
    ],
)
def test_words_that_are_not_persons(text: str) -> None:
    assert persons(text) == []


def test_names_not_in_the_registers_get_unconfirmed_keys() -> None:
    names = FINDER.document("en")
    found = names.find("I ask you to confirm Comrade Rakhimov. P. A. Lebedev wrote; Lebedev attended. "
                       "Let it be Ryabinin from the Metal Trust.")
    assert [(m.surface, m.keys, m.cert, m.unconfirmed) for m in found if m.kind == "person"] == [
        ("Rakhimov", ("rakhimov",), "low", True),
        ("P. A. Lebedev", ("lebedev",), "low", True),
        ("Lebedev", ("lebedev",), "low", True),
        ("Ryabinin", ("ryabinin",), "low", True),
    ]
    assert names.unconfirmed == [("rakhimov", "Rakhimov"), ("lebedev", "P. A. Lebedev"), ("ryabinin", "Ryabinin")]
    entry = next(e for e in names.entries() if e.get(XML_ID) == "lebedev")
    assert entry.get("cert") == "low"
    assert [(n.get("type"), n.text) for n in entry] == [(None, "P. A. Lebedev"), ("variant", "Lebedev")]


def test_cyrillic_unknown_name_gets_a_transliterated_key() -> None:
    names = FINDER.document("ru")
    assert [(m.keys, m.unconfirmed) for m in names.agents("А. Г. Пахомову")] == [(("pakhomov",), True)]


def test_an_unknown_namesake_of_a_registered_person_gets_an_initial() -> None:
    assert persons("K. Kamenev from the depot") == [("K. Kamenev", ("kamenev_k",))]


def test_ambiguous_namesake_is_marked_and_reported() -> None:
    names = FINDER.document("en")
    [mention] = names.find("Kamenev agreed.")
    assert mention.keys == ("kamenev", "kamenev_s") and mention.cert == "low"
    assert "could be kamenev, kamenev_s" in names.warnings[0]
    assert {e.get(XML_ID) for e in names.entries()} == {"kamenev", "kamenev_s"}


def test_document_context_resolves_namesakes_and_patronymics() -> None:
    names = FINDER.document("en")
    assert [m.keys for m in names.agents("S. S. Kamenev")] == [("kamenev_s",)]
    assert persons("Dear Sergei Sergeevich! Kamenev will know.", names) == [
        ("Sergei Sergeevich", ("kamenev_s",)), ("Kamenev", ("kamenev_s",))]
    other = FINDER.document("en")
    assert [m.keys for m in other.agents("V. A. Tikhomirov")] == [("tikhomirov",)]
    assert persons("Vladimir Andreevich!\nI am sending you the account", other) == [
        ("Vladimir Andreevich", ("tikhomirov",))]


@pytest.mark.parametrize(
    ("heading_part", "expected"),
    [
        ("M. I. Kalinin", [("person", ("kalinin",))]),
        ("the Central Committee", [("org", ("central_committee",))]),
        ("the Politburo of the Central Committee of the RCP(b)", [("org", ("politburo",))]),
        ("F. E. Dzerzhinsky and A. I. Rykov at a meeting of the Politburo",
         [("person", ("dzerzhinsky",)), ("person", ("rykov",))]),
        ("И. В. Сталину", [("person", ("stalin",))]),
        ("G. K. Ordzhonikidze", [("person", ("ordzhonikidze",))]),
    ],
)
def test_agents_from_headings(heading_part: str, expected: list) -> None:
    assert [(m.kind, m.keys) for m in FINDER.document("en").agents(heading_part)] == expected


def test_places_and_organisations() -> None:
    names = FINDER.document("en")
    found = names.find("Baku, May 4, 1920. The Zakkraykom wrote to the Council of Labour and Defence. Kharkiv 31/7.")
    assert [(m.kind, m.keys, m.surface) for m in found] == [
        ("place", ("baku",), "Baku"),
        ("org", ("zakkraykom",), "Zakkraykom"),
        ("org", ("sto",), "Council of Labour and Defence"),
        ("place", ("kharkiv",), "Kharkiv"),
    ]
    tags = [e.tag.rsplit("}", 1)[1] for e in names.entries()]
    assert tags == ["org", "org", "place", "place"]


def test_offsets_point_into_the_text() -> None:
    text = "Dear Comrade Orlova!\n\nWith comradely greetings, A. Zhilin."
    for m in FINDER.document("en").find(text):
        assert text[m.start:m.end] == m.surface


def test_another_register_folder_is_used_as_given(tmp_path: Path) -> None:
    (tmp_path / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>'
        '<person xml:id="ivanov"><persName type="main"><surname>Ivanov</surname><forename>Ivan</forename>'
        "</persName></person></listPerson></standOff></TEI>",
        encoding="utf-8",
    )
    finder = NameFinder(load_registers(tmp_path))
    found = finder.document("en").find("I. I. Ivanov met Comrade Stalin.")
    assert [(m.keys, m.unconfirmed) for m in found] == [(("ivanov",), False), (("stalin",), True)]


def _after_heading(heading: str, lang: str = "en") -> DocumentNames:
    names = FINDER.document(lang)
    names.agents(heading)
    return names


def test_a_heading_surname_in_capitals_is_the_heading_person() -> None:
    names = _after_heading("P. S. Gusakov")
    assert persons("SARATOV, GUSAKOV.", names) == [("GUSAKOV", ("gusakov",))]
    assert persons("GUSAKOV.", names) == [("GUSAKOV", ("gusakov",))]
    assert persons("SARATOV, GUSAKOV.") == []


def test_a_word_in_capitals_after_for_or_to_ending_an_address_line_is_a_person() -> None:
    assert persons("VYATKA, GUBKOM, FOR PANKOV.") == [("PANKOV", ("pankov",))]
    assert persons("ВЯТКА, ГУБКОМ, ДЛЯ ПАНКОВА.", FINDER.document("ru")) == [("ПАНКОВА", ("pankov",))]
    assert persons("INFORM COMRADE PANKOV AT ONCE.") == [("PANKOV", ("pankov",))]
    assert persons("BARGES LEFT FOR PANKOV THIS MORNING.") == []
    assert persons("ARRIVED. SEND FOR PANKOV.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Я была у т. Велиева, он сказал", [("Велиева", ("veliev",))]),
        ("Передайте от Велиева привет", [("Велиева", ("veliev",))]),
        ("Велиева сказала, что склад занят.", [("Велиева", ("velieva",))]),
        ("Я говорил с Велиевым.", [("Велиевым", ("veliev",))]),
        ("Спросите о Велиеве.", [("Велиеве", ("veliev",))]),
        ("Письмо т. Велиевой.", [("Велиевой", ("velieva",))]),
    ],
)
def test_russian_case_forms_key_to_the_nominative(text: str, expected: list) -> None:
    assert persons(text, FINDER.document("ru")) == expected


def test_an_earlier_masculine_form_decides_an_ambiguous_one() -> None:
    names = FINDER.document("ru")
    assert persons("Я говорил с Велиевым.", names) == [("Велиевым", ("veliev",))]
    assert persons("Велиева нет дома.", names) == [("Велиева", ("veliev",))]


def test_a_later_masculine_form_in_the_same_text_decides_too() -> None:
    assert persons("Велиева я не застал, говорил с Велиевым по телефону.", FINDER.document("ru")) == [
        ("Велиева", ("veliev",)), ("Велиевым", ("veliev",))]


def test_an_unconfirmed_entry_is_named_in_the_nominative() -> None:
    names = FINDER.document("ru")
    names.agents("Т. Ф. Зотовой")
    names.find("Я говорил с Велиевым.")
    assert names.unconfirmed == [("zotova", "Т. Ф. Зотова"), ("veliev", "Велиев")]


@pytest.mark.parametrize(
    ("heading", "text", "expected"),
    [
        ("Г. К. Орджоникидзе", "Привет Зинаиде Гавриловне.", [("Зинаиде Гавриловне", ("ordzhonikidze_z",))]),
        ("Г. К. Орджоникидзе", "Передайте Григорию Константиновичу", [
            ("Григорию Константиновичу", ("ordzhonikidze",))]),
        ("В. М. Молотову", "Вячеславу Михайловичу привет", [("Вячеславу Михайловичу", ("molotov",))]),
    ],
)
def test_forename_and_patronymic_in_russian_case_forms(heading: str, text: str, expected: list) -> None:
    assert persons(text, _after_heading(heading, "ru")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the former monastery farm in Pokrovsky u[ezd], [the building",
        "in Pokrovsky u. there are two communes",
        "our typewriters are at Nikolaevsky station",
        "Sunsky volost has no seed.",
        "Pokrovsky and Sunsky volosts",
        "в Покровском уезде и Сунской волости",
        "three volosts of the uezd: Shestakovo, Ilyinskoye and Sunsky.",
        "Shestakovo volost 4,100 desyatinas, Ilyinskoye 3,650, Sunsky 2,900.",
    ],
)
def test_place_adjectives_before_a_unit_or_among_places_are_not_persons(text: str) -> None:
    assert persons(text) == []


def test_surnames_in_sky_stay_persons_without_a_unit_or_a_place_beside_them() -> None:
    assert persons("Comrade Pokrovsky, the uezd chairman, and Dzerzhinsky agreed.") == [
        ("Pokrovsky", ("pokrovsky",)), ("Dzerzhinsky", ("dzerzhinsky",))]
    assert persons("In the volost, Trotsky said, there is no seed.") == [("Trotsky", ("trotsky",))]


@pytest.mark.parametrize(
    ("heading", "lang", "text", "expected"),
    [
        ("V. M. Molotov", "en", "Vyacheslav!", [("Vyacheslav", ("molotov",))]),
        ("V. M. Molotov", "en", "Your Vyacheslav.", [("Vyacheslav", ("molotov",))]),
        ("В. М. Молотову", "ru", "Передайте Вячеславу привет.", [("Вячеславу", ("molotov",))]),
        ("V. I. Lenin", "en", "I stayed in Vladimir for a week.", []),
        ("V. M. Molotov and V. V. Kuibyshev", "en", "Vyacheslav!", [("Vyacheslav", ("molotov",))]),
    ],
)
def test_a_lone_forename_of_a_heading_person_is_that_person(heading: str, lang: str, text: str,
                                                            expected: list) -> None:
    assert persons(text, _after_heading(heading, lang)) == expected


def test_a_lone_forename_needs_the_heading() -> None:
    assert persons("Vyacheslav!") == []
    names = _after_heading("Vera Petrovna Orlova")
    assert persons("Very well. Your Vera.", names) == [("Vera", ("orlova",))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "(Shevchuk A. I. The embassy to Angora. Kiev, 1991. S. 5-9)", [("Shevchuk A. I.", ("shevchuk",))]),
        ("en", "Unknown pages of the Civil War, edited by Rakitin P. S. M., 1990.", [("Rakitin P. S.", ("rakitin",))]),
        ("en", "see: Fedorov A. S. Heavy industry in the years of NEP. M., 1991.", [("Fedorov A. S.", ("fedorov",))]),
        ("en", "Pages of history, edited by Kulik V. M. Kiev, 1990.", [("Kulik V. M.", ("kulik",))]),
        ("en", "see also: Frunze M. V. Turkish diary", [("Frunze M. V.", ("frunze",))]),
        ("ru", "(см.: Рудаков А. П. Внешняя торговля СССР. М., 1991. С. 54)", [("Рудаков А. П.", ("rudakov",))]),
        ("ru", "(см.: Носов Б. Д. Из истории «семёрки»)", [("Носов Б. Д.", ("nosov",))]),
        ("ru", "Трудные страницы / под ред. Соболева В. Н. М., 1990.", [("Соболева В. Н.", ("sobolev",))]),
        ("en", "Ask A. B. Ivanov to come.", [("A. B. Ivanov", ("ivanov",))]),
        ("en", "Ask M. I. Kalinin to come.", [("M. I. Kalinin", ("kalinin",))]),
    ],
)
def test_a_surname_before_its_initials_is_a_person(lang: str, text: str, expected: list) -> None:
    assert persons(text, FINDER.document(lang)) == expected


def test_an_editor_cue_makes_a_person_without_initials() -> None:
    assert persons("Unknown pages, ed. Kulik. M., 1990.") == [("Kulik", ("kulik",))]
    assert persons("Unknown pages, Kulik. M., 1990.") == []


def test_a_written_out_forename_and_patronymic_beats_initials_only() -> None:
    names = FINDER.document("en")
    names.find("Compiled by: A.V.Kvashonkin, L.P.Kosheleva.")
    assert persons("Dear Anatoly Vasilyevich!", names) == [("Anatoly Vasilyevich", ("lunacharsky",))]
    krasin = _after_heading("L. B. Krasin")
    assert persons("let Lev Borisovich come here", krasin) == [("Lev Borisovich", ("kamenev",))]


def test_a_forename_and_patronymic_listed_for_one_person_is_not_taken_from_another_main_name() -> None:
    assert persons("Nikolai Ivanovich agreed.") == [("Nikolai Ivanovich", ("bukharin",))]
    assert persons("Передайте Николаю Ивановичу", FINDER.document("ru")) == [("Николаю Ивановичу", ("bukharin",))]


def test_a_differing_patronymic_initial_of_a_unique_surname_is_that_person() -> None:
    [mention] = FINDER.document("en").find("F. K. Makharadze spoke against it.")
    assert (mention.keys, mention.cert) == (("makharadze",), "low")
    assert persons("F. E. Makharadze spoke.") == [("F. E. Makharadze", ("makharadze",))]
    assert persons("A. Makharadze spoke.") == [("A. Makharadze", ("makharadze_a",))]


@pytest.mark.parametrize(
    ("lang", "before", "text", "expected"),
    [
        ("en", "", "I have spoken with the commander-in-chief. He insists on sending both divisions to the "
         "Western Front. Kamenev agrees to leave one division here if the Politburo decides so.", "kamenev_s"),
        ("ru", "Сергей Сергеевич прислал к нам инспекцию.", "Он говорит, что Каменев с Зиновьевым недовольны тобой "
         "после пленума.", "kamenev"),
        ("en", "", "Find out from Chicherin whether there is a telegram from Kamenev in London.", "kamenev"),
        ("en", "Dear Sergei Sergeevich!", "Kamenev will know.", "kamenev_s"),
    ],
)
def test_words_near_a_namesake_decide_before_the_last_named(lang: str, before: str, text: str,
                                                             expected: str) -> None:
    names = FINDER.document(lang)
    names.find(before)
    found = [m.keys for m in names.find(text) if m.surface.startswith(("Kamenev", "Каменев"))]
    assert found == [(expected,)]


def test_context_cues_come_from_the_register(tmp_path: Path) -> None:
    (tmp_path / "persons.xml").write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>'
        '<person xml:id="ivanov"><persName type="main"><surname>Ivanov</surname></persName>'
        '<note type="context"><seg>mine</seg></note></person>'
        '<person xml:id="ivanov_p"><persName type="main"><surname>Ivanov</surname></persName>'
        '<note type="context"><seg>fleet</seg></note></person>'
        "</listPerson></standOff></TEI>",
        encoding="utf-8",
    )
    finder = NameFinder(load_registers(tmp_path))
    assert [m.keys for m in finder.document("en").find("The fleet is ready, Ivanov says.")] == [("ivanov_p",)]
    assert [m.keys for m in finder.document("en").find("The mines are flooded, Ivanov says.")] == [("ivanov",)]
    assert [m.keys for m in finder.document("en").find("Ivanov says.")] == [("ivanov", "ivanov_p")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "My brother Papulia came from Goresha", [("Papulia", ("ordzhonikidze_p",))]),
        ("ru", "Поклон Зинаиде Гавриловне и твоему брату Папулии.", [
            ("Зинаиде Гавриловне", ("ordzhonikidze_z",)), ("Папулии", ("ordzhonikidze_p",))]),
        ("ru", "Авель 3 кланяется тебе", [("Авель", ("yenukidze",))]),
        ("en", "Litkens told me that the State Publishing House", [("Litkens", ("litkens",))]),
        ("en", "Pyatakov and Mezhlauk have prepared a reply", [("Pyatakov", ("pyatakov",)),
                                                               ("Mezhlauk", ("mezhlauk",))]),
        ("ru", "Твой Клим.", [("Клим", ("voroshilov",))]),
    ],
)
def test_figures_of_the_period_in_the_register(lang: str, text: str, expected: list) -> None:
    assert persons(text, FINDER.document(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Оба согласны, что Закавказской дороге надо помочь"),
        ("ru", "См.: Ленинградская организация накануне XIV съезда"),
        ("ru", "командующий Каспийской флотилии"),
        ("en", "P.P.S. Send me the minutes of the last plenum."),
        ("en", "P.S. Send it back."),
        ("en", "The schools of the Vyatka province in 1918-1922. Kirov, 1989. S. 77."),
    ],
)
def test_adjectives_postscript_labels_and_towns_of_publication_are_not_persons(lang: str, text: str) -> None:
    assert persons(text, FINDER.document(lang)) == []


def test_feminine_surnames_before_a_verb_and_the_person_kirov_stay_persons() -> None:
    assert persons("Ивановская сказала, что склад занят.", FINDER.document("ru")) == [
        ("Ивановская", ("ivanovskaya",))]
    assert persons("Kirov and Frunze are with us.") == [("Kirov", ("kirov",)), ("Frunze", ("frunze",))]
    [place] = FINDER.document("en").find("Kirov, 1989.")
    assert (place.kind, place.keys) == ("place", ("vyatka",))


@pytest.mark.parametrize(
    ("lang", "text", "key"),
    [("en", "Sochi.", "sochi"), ("ru", "Ростов-на-Дону.", "rostov"), ("en", "Kislovodsk, 3 June", "kislovodsk"),
     ("ru", "из Сухуми", "sukhum"), ("en", "Genoa", "genoa")],
)
def test_towns_of_datelines(lang: str, text: str, key: str) -> None:
    assert [(m.kind, m.keys) for m in FINDER.document(lang).find(text)] == [("place", (key,))]


def test_standoff_entries_leave_out_the_register_cues() -> None:
    names = FINDER.document("en")
    names.find("L. B. Kamenev spoke.")
    [entry] = names.entries()
    assert entry.get(XML_ID) == "kamenev" and not entry.findall("{http://www.tei-c.org/ns/1.0}note")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cabinet of Lloyd George fell, and Curzon's note was withdrawn.", [
            ("Lloyd George", ("lloyd_george",)), ("Curzon", ("curzon",))]),
        ("After Mirbakh was killed the embassy closed.", [("Mirbakh", ("mirbach",))]),
        ("Zhang keeps the railway; Vandervelde protested.", [("Zhang", ("zhang",)), ("Vandervelde", ("vandervelde",))]),
        ("Pauker and Breslav came late.", [("Pauker", ("pauker",)), ("Breslav", ("breslav",))]),
        ("Nuri Pasha left Baku.", [("Nuri Pasha", ("nuri",))]),
        ("I visited Spandarian in exile.", [("Spandarian", ("spandaryan",))]),
    ],
)
def test_foreign_and_other_real_figures_of_the_period(text: str, expected: list) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello to Zina and the children.", [("Zina", ("ordzhonikidze_z",))]),
        ("Abel found me a flat; Kirycha wrote; Mironych agrees.", [
            ("Abel", ("yenukidze",)), ("Kirycha", ("kirov",)), ("Mironych", ("kirov",))]),
        ("Budu and Beso quarrelled, Mamiya kept silent.", [
            ("Budu", ("mdivani",)), ("Beso", ("lominadze",)), ("Mamiya", ("orakhelashvili",))]),
        ("Send the cipher to Smilge at once.", [("Smilge", ("smilga",))]),
    ],
)
def test_nicknames_and_case_forms_of_real_people(text: str, expected: list) -> None:
    assert persons(text) == expected


def test_a_bare_common_forename_needs_a_person_of_the_document() -> None:
    assert persons("Joseph sends his regards.") == []
    # a register nickname that is a common forename is one too: "Felix" is not Dzerzhinsky by itself
    assert persons("Felix is tired again.") == []
    assert persons("Felix is tired again.", _after_heading("F. E. Dzerzhinsky")) == [("Felix", ("dzerzhinsky",))]
    assert persons("Felix Braun.", FINDER.document("de", year=1894)) == [("Felix Braun", ("braun",))]
    assert persons("Joseph sends his regards.", _after_heading("I. V. Stalin")) == [("Joseph", ("stalin",))]
    assert persons("Greetings to Zinoviev, and to Grigory too.") == [
        ("Zinoviev", ("zinoviev",)), ("Grigory", ("zinoviev",))]
    both = FINDER.document("en")
    both.find("Zinoviev and G. K. Ordzhonikidze met.")
    assert persons("Grigory was silent.", both) == []
    assert persons("Yuri Leonidovich, I agree.") == [("Yuri Leonidovich", ("pyatakov",))]


def test_editorial_brackets_and_page_slips_inside_names() -> None:
    assert persons("but L[ev] D[avydovich] keeps arguing (Tr[otsk] y).") == [
        ("L[ev] D[avydovich]", ("trotsky",)), ("Tr[otsk] y", ("trotsky",))]
    assert persons("Regards to 3[inaida] Gavrilovna] from all.") == [("3[inaida] Gavrilovna", ("ordzhonikidze_z",))]
    assert persons("the 3[rd] brigade crossed the river") == []


def test_a_namesake_is_told_apart_by_words_anywhere_in_the_text() -> None:
    text = ("Antonov wants his detachments let through.\n\nThe order must go out now. "
            + "The front is quiet. " * 20 + "This concerns Ukraine only.")
    assert [m.keys for m in FINDER.document("en").find(text) if m.kind == "person"] == [("antonov_ovseenko",)]
    assert persons("Antonov's bands are still in the Tambov woods.") == [("Antonov", ("antonov",))]


def test_a_misspelt_long_surname_is_the_person_the_document_names() -> None:
    names = _after_heading("G. K. Ordzhonikidze")
    found = [(m.keys, m.cert) for m in names.find("BAKU, AZREVKOM, COMRADE ORDZHONIDZE.") if m.kind == "person"]
    assert found == [(("ordzhonikidze",), "low")]
    assert persons("BAKU, AZREVKOM, COMRADE ORDZHONIDZE.") == [("ORDZHONIDZE", ("ordzhonidze",))]


@pytest.mark.parametrize(
    ("heading", "key"),
    [("R. V. Menzhinsky", "menzhinsky"), ("B. M. Yaroslavsky", "yaroslavsky"), ("A. Makharadze", "makharadze_a")],
)
def test_two_initials_sharing_one_with_a_unique_surname_are_that_person(heading: str, key: str) -> None:
    [mention] = FINDER.document("en").agents(heading)
    assert (mention.keys, mention.cert) == ((key,), "low")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Our cavalry must occupy Lvov within a week.", "place"),
        ("We reached Lublin and Lvov in August.", "place"),
        ("Troops of the Lvov front are exhausted.", "place"),
        ("The battle near Lvov goes on.", "place"),
        ("Prince Lvov resigned in July.", "person"),
    ],
)
def test_a_name_of_a_place_and_a_person_is_the_place_where_a_place_stands(text: str, kind: str) -> None:
    found = [m for m in FINDER.document("en").find(text) if m.surface.endswith("Lvov")]
    assert [m.kind for m in found] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The raid on the village, south of Lgov, failed.",
        "if only we reach Lodz-Petrokov before the frost",
        "Things are bad on Tomskaya, and Omskaya is no better.",
        "the Omskaya road has no coal",
        "the Pskovskaya line is closed",
    ],
)
def test_towns_railways_and_adjectives_of_places_are_not_persons(text: str) -> None:
    assert persons(text) == []


def test_a_name_before_a_title_is_a_person() -> None:
    names = FINDER.document("en")
    assert persons("A letter came from Kamil Pasha today; Kamil asks for arms.", names) == [
        ("Kamil", ("kamil",)), ("Kamil", ("kamil",))]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Ya. M. Sverdlov, Central Committee of the RCP(b)", [("person", ("sverdlov",)), ("org", ("central_committee",))]),
        ("L. D. Trotsky, Chairman of the Revvoensovet", [("person", ("trotsky",))]),
        ("F. E. Dzerzhinsky and A. I. Rykov at a meeting of the Politburo",
         [("person", ("dzerzhinsky",)), ("person", ("rykov",))]),
    ],
)
def test_an_organisation_listed_after_a_comma_in_a_heading_is_an_agent(heading: str, expected: list) -> None:
    assert [(m.kind, m.keys) for m in FINDER.document("en").agents(heading)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE TRAINS LEFT AT NIGHT. GROMYKIN HAS ARRIVED WITH THE GRAIN.", [("GROMYKIN", ("gromykin",))]),
        ("SEMENTSOV'S BRIGADE IS READY TO MOVE.", [("SEMENTSOV", ("sementsov",))]),
        ("ZABOLOTNOV ASKS FOR CARTRIDGES.", [("ZABOLOTNOV", ("zabolotnov",))]),
        ("CHAPAEV'S DIVISION CROSSED THE RIVER.", [("CHAPAEV", ("chapaev",))]),
        ("BALASHOV HAS BEEN TAKEN BY THE WHITES.", []),
        ("THE GARRISON IN ROMANOV HAS LEFT.", []),
        ("THE BRIGADE LEFT YESTERDAY.", []),
    ],
)
def test_a_surname_in_capitals_that_owns_or_does_something_is_a_person(text: str, expected: list) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Signor Bertolli came on Monday. I told Bertolli to wait.",
         [("Bertolli", ("bertolli",)), ("Bertolli", ("bertolli",))]),
        ("en", "the firm has sent Mr. Haskell to us", [("Haskell", ("haskell",))]),
        ("ru", "Врач Сомова приехала вчера.", [("Сомова", ("somova",))]),
        ("ru", "Инженер Лисицкая ездит туда каждый день.", [("Лисицкая", ("lisitskaya",))]),
        ("ru", "а землемер Пастухов ничего не сказал", [("Пастухов", ("pastukhov",))]),
        ("ru", "Пишет инженер Московского Губсовнархоза.", []),
        ("en", "Herr Professor Haskell and Mr. Ambassador agreed.", [("Haskell", ("haskell",))]),
    ],
)
def test_a_title_or_an_occupation_before_a_surname_makes_a_person(lang: str, text: str, expected: list) -> None:
    assert persons(text, FINDER.document(lang)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Пишут из деревни Кошелево, что хлеба нет.",
        "село Борисово сгорело",
        "они живут на хуторе Петров",
        "The village of Ivanovo has no school.",
        "Кошелево сгорело.",
    ],
)
def test_a_village_is_not_a_person(text: str) -> None:
    names = FINDER.document("ru")
    names.agents("Л. П. Кошелева")
    assert persons(text, names) == []


def test_a_surname_before_forename_and_patronymic_is_one_mention() -> None:
    names = FINDER.document("ru")
    names.agents("Н. П. Гусельников")
    assert persons("Пишет Вам Гусельников Никифор Павлович из Твери.", names) == [
        ("Гусельников Никифор Павлович", ("guselnikov",))]
    assert persons("Trotsky Lev Davidovich spoke first.") == [("Trotsky Lev Davidovich", ("trotsky",))]
    assert persons("(Stalin, Mikoyan, Kaganovich and Kirov)") == [
        ("Stalin", ("stalin",)), ("Mikoyan", ("mikoyan",)), ("Kaganovich", ("kaganovich",)), ("Kirov", ("kirov",))]


@pytest.mark.parametrize(
    ("lang", "heading", "text", "expected"),
    [
        ("en", ["M. P. Tomsky", "A. I. Rykov"], "Dear Alyosha!", [("Alyosha", ("rykov",))]),
        ("en", ["A. I. Rykov", "M. P. Tomsky"], "Misha! It is done.", [("Misha", ("tomsky",))]),
        ("ru", ["В. И. Ленину"], "Дорогой Володя! Пишу наспех.", [("Володя", ("lenin",))]),
        ("en", ["M. P. Tomsky", "M. I. Kalinin"], "Misha! It is done.", []),  # two Mikhails: nobody
        ("en", [], "Misha! It is done.", []),  # a pet name needs a person already named
    ],
)
def test_a_pet_name_names_the_heading_person_with_that_forename(lang: str, heading: list, text: str,
                                                                expected: list) -> None:
    names = FINDER.document(lang)
    for part in heading:
        names.agents(part)
    assert persons(text, names) == expected


def test_a_single_initial_signature_is_the_heading_person_of_that_surname() -> None:
    names = FINDER.document("en")
    names.agents("L. B. Kamenev")
    assert persons("Yours Yu. Kamenev.", names) == [("Yu. Kamenev", ("kamenev",))]
    other = FINDER.document("en")
    other.agents("L. B. Kamenev")
    assert persons("Yu. Kamenev came to see me today.", other) == [("Yu. Kamenev", ("kamenev_y",))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "I send it through Inessa.", [("Inessa", ("armand",))]),
        ("ru", "Мария Львовна шлёт вам привет.", [("Мария Львовна", ("markus",))]),
        ("en", "SNESAREV REPORTS THAT THE BRIDGE IS HELD.", [("SNESAREV", ("snesarev",))]),
    ],
)
def test_registered_figures_by_forename_pair_or_capitals(lang: str, text: str, expected: list) -> None:
    assert persons(text, FINDER.document(lang)) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Give my regards to Vera Pavlovna. V. P. Orlova wrote to me.",
         [("Vera Pavlovna", ("orlova",)), ("V. P. Orlova", ("orlova",))]),
        ("ru", "Привет от Веры Павловны. Вчера приехала В. П. Орлова.",
         [("Веры Павловны", ("orlova",)), ("В. П. Орлова", ("orlova",))]),
        # Initials that do not fit: Vera Pavlovna is somebody else, proposed under her patronymic.
        ("en", "Give my regards to Vera Pavlovna. N. I. Orlova wrote to me.",
         [("Vera Pavlovna", ("pavlovna",)), ("N. I. Orlova", ("orlova",))]),
    ],
)
def test_a_forename_and_patronymic_is_the_person_named_later_by_their_initials(lang: str, text: str,
                                                                                expected: list) -> None:
    assert persons(text, FINDER.document(lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an abbreviation that opens with a lower-case letter holds no initials
        ("Ich sah z. B. Amputation und Fieber.", []),
        ("ich danke Dir f. D. Brief vom Montag", []),
        # initials and their surname stand on one line
        ("Dein treuer H.\n\nBitte grüße alle.", []),
        ("Dein treuer H. Weber", [("H. Weber", ("weber",))]),
        # a word of one or two letters with a full stop abbreviates ("Neue Wiener", "Neue Freie Presse")
        ("Die Nachricht des N. Wr. Tagblatts", []),
        ("in d. N. Fr. Pr. haben", []),
        # a one-letter form of address is a capital: "m." is "meine"
        ("Ich theilte ihm m. Gesinnung mit.", []),
        ("Ich sah M. Durand gestern.", [("M. Durand", ("durand",))]),
        # a forename and a patronymic-like surname take no word of the next line as a surname
        ("Paul Tillich an Margarete Tillich\n\nLiebe Mutter!", [("Paul Tillich", ("tillich",)),
                                                               ("Margarete Tillich", ("tillich",))]),
        # occupations and abstract nouns are no surnames
        ("den Vortrag des Herrn Oberingenieurs", []),
        ("Gutachten des Herrn Ingenieur", []),
        ("Herr Freiheit", []),
        # a unit after a number holds no initial; newspapers' title words are no surnames
        ("die Frage nach den 85 Mill. Subsidien obenan", []),
        ("Im August 1914 H. Weber kam", [("H. Weber", ("weber",))]),
        ("Ludwig Hevesi Fremdenblatt 10) Moriz Baumfeld Extrapost", [("Ludwig Hevesi", ("hevesi",)),
                                                                   ("Moriz Baumfeld", ("baumfeld",))]),
        ("Herr Rosenblatt kam", [("Rosenblatt", ("rosenblatt",))]),
    ],
)
def test_words_that_only_look_like_names_are_no_persons(text, expected):
    assert persons(text, FINDER.document("de")) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a middle initial after the forenames belongs to the one person
        ("en", "I wrote to Miss Sophia A. Peabody yesterday.", [("Sophia A. Peabody", ("peabody",))]),
        # a Dutch particle opens a surname of several words, keyed as it is sorted; a German one does not
        ("en", "Letter to J. van Santen Kolff, Berlin", [("J. van Santen Kolff", ("santen_kolff",))]),
        ("en", "Vincent van Gogh wrote", [("Vincent van Gogh", ("gogh",))]),
        ("de", "Marie von Ebner-Eschenbach kam.", [("Marie von Ebner-Eschenbach", ("ebner-eschenbach",))]),
        # a form of address written with a full stop keeps its case
        ("de", "Papier im Format 112 × 178 mm. Wasserzeichen: John", []),
        ("fr", "MM. Dupont et Durand", [("Dupont", ("dupont",))]),
        # a collection of papers is no person
        ("en", "the Washington Papers (1892)", []),
    ],
)
def test_names_of_several_words_and_their_keys(lang, text, expected):
    assert persons(text, FINDER.document(lang)) == expected


def test_a_feminine_looking_form_of_a_heading_persons_surname_is_his_genitive():
    names = FINDER.document("ru")
    names.agents("Лавров Н. П.")
    assert persons("знакомый Лаврова и Крылова", names)[0] == ("Лаврова", ("lavrov",))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a raised note marker ends a word
        ("Martin Finder Sachen⁴ sind ihm", [("Martin Finder Sachen", ("sachen",))]),
        # a forename cut short before a full stop is given, not the surname
        ("Herrn Dr. Rich. Beer-Hofmann", [("Rich. Beer-Hofmann", ("beer-hofmann",))]),
        # a word of no vowel with a full stop abbreviates
        ("Lieber Frd.", []),
        # a publisher between a place's colon and the year of a printed source
        ("Berlin: S. Fischer 1893 (erschienen", []),
        ("Leipzig: Leopold Weiss, 1901, S. 7", []),
        ("Es tut mir leid, dass Ihnen bei S. Fischer kein Erfolg", [("S. Fischer", ("fischer",))]),
        # a German sharp s keys as "ss"
        ("Verehrter Herr Stefan Großmann", [("Stefan Großmann", ("grossmann",))]),
    ],
)
def test_word_shapes_of_german_pages(text, expected):
    assert persons(text, FINDER.document("de", year=1900)) == expected


def test_a_salutations_lone_forename_is_the_recipient_or_nobody():
    names = FINDER.document("de", year=1900)
    names.addressed_to(names.name_alone("Schnitzler"))
    assert persons("Lieber Artur!\n\nIch schreibe", names) == [("Artur", ("schnitzler",))]
    assert persons("Lieber Artur!\n\nIch schreibe", FINDER.document("de", year=1900)) == []
    assert persons("Lieber Bahr!\n\nIch schreibe", FINDER.document("de", year=1900)) == [("Bahr", ("bahr",))]
    names = FINDER.document("de", year=1900)
    names.addressed_to(names.agents("Paul Tillich"))
    assert persons("Liebes Paulchen!\n\nIch schreibe", names) == [("Paulchen", ("tillich",))]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Передайте письмо Ивану Савинскому.", [("Ивану Савинскому", ("savinsky",))]),
    ("ru", "Я видел Анну Савинскую вчера.", [("Анну Савинскую", ("savinskaya",))]),
    ("ru", "Передайте привет Ивану Петрову.", [("Ивану Петрову", ("petrov",))]),
    ("ru", "Привет Зинаиде Дмитриевне и детям.", [("Зинаиде Дмитриевне", ("dmitrievna",))]),
    ("de", "den 27t Februar 1838 verließ", []),
])
def test_oblique_cases_key_to_the_nominative(lang, text, expected):
    assert persons(text, FINDER.document(lang)) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # initials and their surname are of one script
    ("ru", "P. S. Гонорар вышлют в феврале.", []),
    # a man's genitive after a noun that opens the sentence
    ("ru", "Порядок удобнее. Рукопись Зуева верну через неделю.", [("Зуева", ("zuev",))]),
    # a word of a body's name after its capitalised adjective
    ("ru", "на бланке Совета Народных Комиссаров.", []),
    # a collection of papers named after a person
    ("en", "ALS, MHi: Tuttle Papers, f. 14.", []),
    ("en", "LS, DLC: Fenwick Family Papers, f. 22", []),
    ("en", "Amos Fenwick wrote.", [("Amos Fenwick", ("fenwick",))]),
])
def test_words_around_a_name_that_unmake_or_mend_it(lang, text, expected):
    assert persons(text, FINDER.document(lang)) == expected


def test_a_salutations_forename_and_patronymic_is_the_recipient():
    names = FINDER.document("en", year=1917)
    names.addressed_to(names.name_alone("Lapina"))
    assert persons("Dear Vera Mikhailovna,\n\nI write", names) == [("Vera Mikhailovna", ("lapina",))]


def test_unregistered_namesakes_of_one_document_are_told_apart_by_their_forename():
    found = persons("Vincent van Gogh to Theo van Gogh. Later Theo van Gogh met Vincent van Gogh.")
    assert [keys for _, keys in found] == [("gogh",), ("gogh_t",), ("gogh_t",), ("gogh",)]
