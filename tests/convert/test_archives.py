"""The archival-citation grammar: each field pattern, whole citation lines, citations in notes."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.convert.archives import CitationParser
from teikit.convert.citation_grammar import FIELDS, FIELDS_BY_NAME, is_published_source, printed_source
from teikit.registers import load_registers


@pytest.fixture(scope="module")
def parser() -> CitationParser:
    return CitationParser(load_registers())


FIELD_VALUES = {
    "fond": ["558", "R-9478", "6", "3", "558"],
    "opis": ["1", "1/S", "24", "10", "40", "1"],
    "delo": ["1892", "13", "303", "77", "5411", "312", "29940"],
    "folios": ["3-5", "12 rev.", "282", "13", "4", "7-7 rev.", "14-15", "3", "5v"],
}


@pytest.mark.parametrize("field", FIELDS, ids=lambda f: f.name)
def test_each_field_pattern_reads_its_examples(field):
    values = [field.regex.fullmatch(e).group("value") for e in field.examples]
    assert values == FIELD_VALUES[field.name]


def test_field_patterns_do_not_read_prose():
    assert FIELDS_BY_NAME["fond"].regex.match("F. E. Dzerzhinsky") is None
    assert FIELDS_BY_NAME["delo"].regex.match("Dear comrade") is None
    assert FIELDS_BY_NAME["folios"].regex.match("Lenin 12") is None
    assert FIELDS_BY_NAME["fond"].regex.search("the staff. 17 men") is None


# line -> (repository, key, fond, opis, delo, folios, from, to, form)
LINES = {
    "RTSKHIDNI. F. 558. Op. 1. D. 1892. L. 3-5. Autograph.":
        ("RTsKhIDNI", "RTsKhIDNI", "558", "1", "1892", "3-5", "3", "5", "autograph"),
    "RTSHIDNI. F. 78. Op. 7. D. 210. L. 1-2. Autograph.":
        ("RTsKhIDNI", "RTsKhIDNI", "78", "7", "210", "1-2", "1", "2", "autograph"),
    "RGASPI F. 17. Op. 86. D 143. L. 7-9 Autograph":
        ("RGASPI", "RGASPI", "17", "86", "143", "7-9", "7", "9", "autograph"),
    "RGASPI. F. 85. On. 24. D. 118. L. 6-8. Autograph.":
        ("RGASPI", "RGASPI", "85", "24", "118", "6-8", "6", "8", "autograph"),
    "RGASPI. F. 17. Op. 1/S. D. 40. L. 9. Certified typewritten copy.":
        ("RGASPI", "RGASPI", "17", "1/S", "40", "9", "9", "9", "certified-copy"),
    "RGASPI. F. 17. Op. 65. D. 230. L. 12 rev. Handwritten text.":
        ("RGASPI", "RGASPI", "17", "65", "230", "12 rev.", "12v", "12v", "manuscript"),
    "RGASPI. F. 558. Op. 1. D. 5190. L. 7-7 rev. Autograph.":
        ("RGASPI", "RGASPI", "558", "1", "5190", "7-7 rev.", "7", "7v", "autograph"),
    "RGASPI. F. 2. Op. 1. D. 13902. L. 1-2. Handwritten text on a telegraph form.":
        ("RGASPI", "RGASPI", "2", "1", "13902", "1-2", "1", "2", "telegram-form"),
    "RGASPI. F. 669. Op. 1. D. 33. L. 5. Typewritten text.":
        ("RGASPI", "RGASPI", "669", "1", "33", "5", "5", "5", "typescript"),
    "APRF. F. 3. Op. 61. D. 794. L. 18. Copy.":
        ("APRF", "APRF", "3", "61", "794", "18", "18", "18", "copy"),
    "GARF. F.R-9478. Op.1. D 2. L.3-4.":
        ("GARF", "GARF", "R-9478", "1", "2", "3-4", "3", "4", None),
    "RGVA, f. 6, op. 10, d. 303, l. 282.":
        ("RGVA", "RGVA", "6", "10", "303", "282", "282", "282", None),
    "APRF, Fond 3, Record Series 40, File 77, Page 13":
        ("APRF", "APRF", "3", "40", "77", "13", "13", "13", None),
    "РГАСПИ. Ф. 558. Оп. 1. Д. 5411. Л. 4.":
        ("RGASPI", "RGASPI", "558", "1", "5411", "4", "4", "4", None),
    "РГАСПИ. Ф. 558. Оп. 11. Д. 7730. Л. 12-13. Автограф.":
        ("RGASPI", "RGASPI", "558", "11", "7730", "12-13", "12", "13", "autograph"),
    "ГАРФ. Ф. Р-5446. Оп. 1. Д. 5. Л. 4 об. Машинописный текст.":
        ("GARF", "GARF", "Р-5446", "1", "5", "4 об.", "4v", "4v", "typescript"),
    "Archive: AP RF. F. 3. Op. 58. D. 2. L. 3.":
        ("APRF", "APRF", "3", "58", "2", "3", "3", "3", None),
    "TsA FSB. F. 1. Op. 4. D. 5. L. 6, 9. Typewritten copy.":
        ("TsA FSB", "TsA_FSB", "1", "4", "5", "6, 9", None, None, "copy"),
    "Archive of the President of the Russian Federation (APRF), fond 3, opis 40, delo 77, list 13.":
        ("APRF", "APRF", "3", "40", "77", "13", "13", "13", None),
    "RCHIDNI f.558 op.1 d.1892 ll.3-5ob":
        ("RTsKhIDNI", "RTsKhIDNI", "558", "1", "1892", "3-5ob", "3", "5v", None),
    "РГАСПИ. Ф. 85. Оп. 1с. Д. 13. Л. 5-5 об. Подлинник. Автограф.":
        ("RGASPI", "RGASPI", "85", "1с", "13", "5-5 об.", "5", "5v", "autograph"),
    "РГАСПИ. Ф. 85. Оп. 27. Д. 91. Л. 1-2 об. Подлинник. Автограф.":
        ("RGASPI", "RGASPI", "85", "27", "91", "1-2 об.", "1", "2v", "autograph"),
    "РГАСПИ. Ф. 85. Оп. 14. Д. 8. Л. 12. Подлинник. Телеграфный бланк.":
        ("RGASPI", "RGASPI", "85", "14", "8", "12", "12", "12", "telegram-form"),
    "РГАСПИ, ф. 85, оп. 1с, д. 13, лл. 5об.-6. Отпуск.":
        ("RGASPI", "RGASPI", "85", "1с", "13", "5об.-6", "5v", "6", "copy"),
    "RGASPI. F. 323. Op. 2. D. 64. L. 27. Typewritten text, signatures are autographs.":
        ("RGASPI", "RGASPI", "323", "2", "64", "27", "27", "27", "typescript"),
    "RGASPI. F. 558. On. 11. D. 787. L. 12-15. Authentic. Autograph.":
        ("RGASPI", "RGASPI", "558", "11", "787", "12-15", "12", "15", "autograph"),
    "TsGA UzSSR. F. 17. Op. 1. D. 5. L. 3.":
        ("TsGA UzSSR", None, "17", "1", "5", "3", "3", "3", None),
    "RGASPI; F. 17. Op. 3. D. 212. L. 5-6. Autograph.":
        ("RGASPI", "RGASPI", "17", "3", "212", "5-6", "5", "6", "autograph"),
    "RTSKHIDNI; F. 85. Op. 1/S. D. 7. L. 2. Autographs.":
        ("RTsKhIDNI", "RTsKhIDNI", "85", "1/S", "7", "2", "2", "2", "autograph"),
    "Archive: RGASPI F. 82. Op. 2. D. 1420. L. 14. Original. Typescript.":
        ("RGASPI", "RGASPI", "82", "2", "1420", "14", "14", "14", "typescript"),
}


@pytest.mark.parametrize("line", LINES)
def test_citation_line(parser, line):
    c = parser.parse_line(line)
    assert c is not None
    got = (c.repository, c.repository_key, c.fond, c.opis, c.delo, c.folios, c.folio_from, c.folio_to, c.form)
    assert got == LINES[line]
    assert c.verbatim == line
    assert c.published is None


@pytest.mark.parametrize(
    ("line", "form_text"),
    [
        ("RGASPI. F. 17. Op. 3. D. 1. L. 2. Autograph.", "Autograph."),
        ("RGASPI. F. 17. Op. 3. D. 1. L. 2 Autograph", "Autograph"),
        ("RGASPI. F. 17. Op. 3. D. 1. L. 2.", None),
    ],
)
def test_form_text_is_kept_as_printed(parser, line, form_text):
    assert parser.parse_line(line).form_text == form_text


@pytest.mark.parametrize(
    ("wording", "form"),
    [
        ("Autograph.", "autograph"),
        ("Typewritten text.", "typescript"),
        ("Handwritten text.", "manuscript"),
        ("Copy.", "copy"),
        ("Typewritten copy.", "copy"),
        ("Certified typewritten copy.", "certified-copy"),
        ("Handwritten text on a telegraph form.", "telegram-form"),
        ("Автограф.", "autograph"),
        ("Машинописный текст.", "typescript"),
        ("Подлинник.", "autograph"),
        ("Подлинник. Машинописный текст.", "typescript"),
        ("Копия.", "copy"),
        ("Заверенная машинописная копия.", "certified-copy"),
        ("Autographs.", "autograph"),
        ("Originals. Typescripts.", "typescript"),
        ("Copies.", "copy"),
        ("Автографы.", "autograph"),
        ("Подлинники. Машинописный текст.", "typescript"),
        ("Signature torn off.", None),
    ],
)
def test_kind_of_original(parser, wording, form):
    assert parser.parse_line(f"RGASPI. F. 17. Op. 3. D. 1. L. 2. {wording}").form == form


def test_published_source_after_the_citation_on_one_line(parser):
    line = 'RTSKHIDNI. F. 558. Op. 1. D. 1892. L. 3-5. Autograph. "Proletarian Revolution". 1936. No. 7. S. 167.'
    c = parser.parse_line(line)
    assert c.verbatim == "RTSKHIDNI. F. 558. Op. 1. D. 1892. L. 3-5. Autograph."
    assert c.published == '"Proletarian Revolution". 1936. No. 7. S. 167.'
    assert c.form == "autograph"


@pytest.mark.parametrize(("line", "verbatim", "published"), [
    ("РГАСПИ. Ф. 85. Оп. 1с. Д. 13. Л. 5-5 об. Подлинник. Автограф. Опубликовано: «Известия ЦК КПСС». 1990. № 3. С. 5.",
     "РГАСПИ. Ф. 85. Оп. 1с. Д. 13. Л. 5-5 об. Подлинник. Автограф.",
     "Опубликовано: «Известия ЦК КПСС». 1990. № 3. С. 5."),
    ("РГАСПИ. Ф. 85. Оп. 1с. Д. 13. Л. 5. Подлинник. Автограф. Известия ЦК КПСС. 1990. № 3. С. 5.",
     "РГАСПИ. Ф. 85. Оп. 1с. Д. 13. Л. 5. Подлинник. Автограф.", "Известия ЦК КПСС. 1990. № 3. С. 5."),
    ("РГАСПИ. Ф. 5. Оп. 1. Д. 2. Л. 3. Машинописный текст, подписи — автографы. Известия ЦК КПСС. 1990. № 3. С. 5.",
     "РГАСПИ. Ф. 5. Оп. 1. Д. 2. Л. 3. Машинописный текст, подписи — автографы.",
     "Известия ЦК КПСС. 1990. № 3. С. 5."),
    ("RGASPI. F. 1. Op. 2. D. 3. L. 4. Autograph. Stalin I. V. Works. T. 5. M., 1947. S. 12-14.",
     "RGASPI. F. 1. Op. 2. D. 3. L. 4. Autograph.", "Stalin I. V. Works. T. 5. M., 1947. S. 12-14."),
])
def test_unquoted_published_source_after_the_citation(parser, line, verbatim, published):
    c = parser.parse_line(line)
    assert (c.verbatim, c.published) == (verbatim, published)
    assert c.form is not None


@pytest.mark.parametrize(("line", "published"), [
    ("Опубликовано: «Вопросы истории КПСС». 1966. № 10. С. 91.", True),
    ("Впервые опубликовано: Известия ЦК КПСС. 1990. № 3. С. 5.", True),
    ("Известия ЦК КПСС. 1990. № 3. С. 5.", True),
    ('"Krasny Arkhiv". 1939. No. 2. S. 117.', True),
    ("Ленин В. И. Полн. собр. соч. Т. 51. М., 1965. С. 200.", True),
    ("1 See: Rudakov A. P. Foreign trade. M., 1991. S. 54-57.", False),
    ("RGASPI. F. 2. Op. 1. D. 3. L. 5.", False),
    ("Dear comrade, I was in Moscow in 1920. See p. 5", False),
    ('"Pravda" wrote about it.', False),
])
def test_published_source_lines(line, published):
    assert is_published_source(line) is published


def test_renamed_repository_records_todays_archive(parser):
    c = parser.parse_line("RTSKHIDNI. F. 78. Op. 7. D. 210. L. 1-2. Autograph.")
    assert (c.repository_key, c.repository_today, c.repository_today_key) == ("RTsKhIDNI", "RGASPI", "RGASPI")
    c = parser.parse_line("RGASPI. F. 78. Op. 7. D. 210. L. 1-2.")
    assert (c.repository_today, c.repository_today_key) == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "Dear Comrade Lapina!",
        '"Proletarian Revolution". 1928. No. 4. S. 211-212.',
        "F. E. Dzerzhinsky.",
        "1 See document No. 86.",
        "F. 17.",
    ],
)
def test_lines_that_are_no_citations(parser, line):
    assert parser.parse_line(line) is None


def test_citations_inside_notes(parser):
    text = ("1 The decision is dated September 14, 1921 (RGASPI. F. 17. Op. 13. D. 1045. L. 11). "
            "See the letter of March 30, 1923: GARF. F. R-5451. Op. 7. D. 312. L. 36; "
            "and [RGASPI. F. 3. Op. 1. D. 5. L. 2. Autograph.]")
    found = parser.find_in(text)
    assert [text[s:e] for s, e, _ in found] == [
        "RGASPI. F. 17. Op. 13. D. 1045. L. 11",
        "GARF. F. R-5451. Op. 7. D. 312. L. 36",
        "RGASPI. F. 3. Op. 1. D. 5. L. 2. Autograph.",
    ]
    assert [c.verbatim for _, _, c in found] == [text[s:e] for s, e, _ in found]
    assert [(c.repository, c.fond, c.delo, c.folios, c.form) for _, _, c in found] == [
        ("RGASPI", "17", "1045", "11", None),
        ("GARF", "R-5451", "312", "36", None),
        ("RGASPI", "3", "5", "2", "autograph"),
    ]


def test_a_semicolon_after_the_repository_in_a_note(parser):
    text = "1 The order is kept in the army's files (RGVA; F. 6. Op. 4. D. 88. L. 19-20). It was not sent."
    [(start, end, c)] = parser.find_in(text)
    assert text[start:end] == "RGVA; F. 6. Op. 4. D. 88. L. 19-20"
    assert (c.repository, c.fond, c.opis, c.delo, c.folios) == ("RGVA", "6", "4", "88", "19-20")


def test_every_kind_of_original_after_a_citation_in_a_note_belongs_to_it(parser):
    text = ("1 См.: РГАСПИ. Ф. 5. Оп. 1. Д. 2145. Л. 3-4. Подлинник. Машинописный текст. Далее; "
            "RGASPI. F. 1. Op. 2. D. 3. L. 4. Copy. Original is lost.")
    found = parser.find_in(text)
    assert [text[s:e] for s, e, _ in found] == ["РГАСПИ. Ф. 5. Оп. 1. Д. 2145. Л. 3-4. Подлинник. Машинописный текст.",
                                                "RGASPI. F. 1. Op. 2. D. 3. L. 4. Copy."]
    assert [c.form for _, _, c in found] == ["typescript", "copy"]


def test_repositories_and_forms_come_from_the_register(tmp_path: Path):
    (tmp_path / "archives.xml").write_text(
        """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>p</p></publicationStmt><sourceDesc><p>s</p></sourceDesc></fileDesc>
<encodingDesc><classDecl><taxonomy xml:id="original-forms">
<category xml:id="autograph"><catDesc><term>Holograph</term></catDesc></category></taxonomy></classDecl></encodingDesc>
</teiHeader><standOff><listOrg>
<org xml:id="TsGAUz"><orgName type="main">TsGA Uz</orgName><orgName type="variant">ЦГА Уз</orgName></org>
</listOrg></standOff></TEI>""",
        encoding="utf-8",
    )
    parser = CitationParser(load_registers(tmp_path))
    c = parser.parse_line("ЦГА Уз. Ф. 17. Оп. 1. Д. 5. Л. 3. Holograph.")
    assert (c.repository, c.repository_key, c.form) == ("TsGA Uz", "TsGAUz", "autograph")
    assert parser.parse_line("RGASPI. F. 17. Op. 1. D. 5. L. 3. Autograph.").repository_key is None


@pytest.mark.parametrize(
    ("printed", "repository", "key"),
    [
        ("RTKHIDNI", "RTsKhIDNI", "RTsKhIDNI"),  # one letter off
        ("RZKHIDNI", "RTsKhIDNI", "RTsKhIDNI"),  # two letters off a long name
        ("RGASPY", "RGASPI", "RGASPI"),
        ("GRAF", "GRAF", None),  # too short to guess
        ("RGAXYZ", "RGAXYZ", None),
    ],
)
def test_misspelled_repositories(parser, printed, repository, key):
    c = parser.parse_line(f"{printed}. F. 1. Op. 2. D. 3. L. 4.")
    assert (c.repository, c.repository_key) == (repository, key)


# line -> (settlement, repository, register key, shelfmark, folios)
SHELFMARKS = {
    "British Library, Add MS 41234, f. 12": (None, "British Library", "BL", "Add MS 41234", "12"),
    "Staatsbibliothek zu Berlin, Nachl. 141, Bl. 3": (None, "Staatsbibliothek zu Berlin", "SBB_PK", "Nachl. 141", "3"),
    "Houghton Library, Harvard University, MS Am 1234 (56)":
        (None, "Houghton Library, Harvard University", "Houghton", "MS Am 1234 (56)", None),
    "Bibliothèque nationale de France, NAF 12345, fol. 3":
        (None, "Bibliothèque nationale de France", "BnF", "NAF 12345", "3"),
    "Österreichisches Theatermuseum, HS_AM23327Ba":
        (None, "Österreichisches Theatermuseum", "Theatermuseum", "HS_AM23327Ba", None),
    "Wienbibliothek im Rathaus, H.I.N. 12345": (None, "Wienbibliothek im Rathaus", "Wienbibliothek", "H.I.N. 12345", None),
    "Wien, Theatermuseum, HS AM 23322 Ba": ("Wien", "Theatermuseum", "Theatermuseum", "HS AM 23322 Ba", None),
    "Cambridge, MA, Harvard Divinity School Library, Tillich Papers, bMS 649/143(10)":
        ("Cambridge, MA", "Harvard Divinity School Library", None, "Tillich Papers, bMS 649/143(10)", None),
    "Archivio di Stato di Venezia, Senato, Dispacci, Filza 10, fol 92r-94v":
        (None, "Archivio di Stato di Venezia", "ASVe", "Senato, Dispacci, Filza 10", "92r-94v"),
    "Classmark: Cambridge University Library, DAR 101: 204–5": (None, "Cambridge University Library", "CUL", "DAR 101", "204–5"),
    "Classmark: Royal Botanic Gardens, Kew, Directors' Correspondence 52, f. 118":
        (None, "Royal Botanic Gardens, Kew", "Kew", "Directors' Correspondence 52", "118"),
    "Frankfurt am Main, Freies Deutsches Hochstift, Hs-30885,26":
        ("Frankfurt am Main", "Freies Deutsches Hochstift", None, "Hs-30885,26", None),
    "BAR, J I.67": (None, "BAR", "BAR", "J I.67", None),
    "Jerusalem, Central Zionist Archives, H1:1926-4": ("Jerusalem", "Central Zionist Archives", None, "H1:1926-4", None),
}


@pytest.mark.parametrize("line", SHELFMARKS)
def test_shelfmark_citations_of_western_archives_and_libraries(parser, line):
    c = parser.parse_line(line)
    assert (c.settlement, c.repository, c.repository_key, c.shelfmark, c.folios) == SHELFMARKS[line]
    assert (c.fond, c.opis, c.delo) == (None, None, None)


@pytest.mark.parametrize("line", [
    "I went to the library, 3 times.", "We met at the Museum, 12 of us", "IV, Schönburgstr. 48.",
    "ASTRAKHAN, REVVOENSOVET OF THE 11TH ARMY, KIROV.", "Kew, 3 March 1862",
    "Hagens Briefwechsel, hrsg. von Emil Lorenz, Stuttgart 1892, Bd. 2, S. 243.",
])
def test_prose_addresses_and_printed_sources_are_no_shelfmark_citations(parser, line):
    assert parser.parse_line(line) is None


def test_the_kind_of_original_may_stand_before_the_citation(parser):
    c = parser.parse_line("Печатается по автографу: РГАЛИ, ф. 549, оп. 1, ед. хр. 312, л. 5—6.")
    assert (c.repository, c.fond, c.opis, c.delo, c.folios, c.form) == ("RGALI", "549", "1", "312", "5—6", "autograph")
    [(_, _, note)] = parser.find_in("Собр. соч., т. 2, с. 491. Автограф — РГБ, ф. 109, оп. 3, ед. хр. 12, л. 3.")
    assert (note.repository, note.delo, note.form) == ("RGB", "12", "autograph")


@pytest.mark.parametrize(("line", "title", "volume", "pages"), [
    ("Collected Works, vol. 35, p. 120", "Collected Works", "35", ("120", None)),
    ("ПСС, т. 50, с. 12", "ПСС", "50", ("12", None)),
    ("Gesammelte Werke, Bd. 3, S. 45", "Gesammelte Werke", "3", ("45", None)),
    ("Hagens Briefwechsel, hrsg. von Emil Lorenz, Stuttgart 1892, Bd. 2, S. 243.", "Hagens Briefwechsel", "2",
     ("243", None)),
    ("Pravda, pp. 3-4", "Pravda", None, ("3", "4")),
])
def test_printed_source_lines(line, title, volume, pages):
    found = printed_source(line)
    assert (found["title"], found["volume_n"], (found["pages_from"], found["pages_to"])) == (title, volume, pages)


@pytest.mark.parametrize("line", ["Vol. 13, pp. 301-02.", "I told him, page 5", "[2] See present edition, Vol. 11, p. 4."])
def test_no_printed_source_without_a_title(line):
    assert printed_source(line) is None


def test_a_printed_source_keeps_its_line_with_title_volume_and_pages_marked():
    from lxml import etree

    from teikit.convert.header import printed_bibl
    from teikit.xml import TEI_NS

    parent = etree.Element(f"{{{TEI_NS}}}sourceDesc")
    printed_bibl(parent, "Collected Works, vol. 35, pp. 301-02.")
    [bibl] = parent
    assert "".join(bibl.itertext()) == "Collected Works, vol. 35, pp. 301-02."
    title, volume, pages = bibl
    assert title.text == "Collected Works"
    assert (volume.get("unit"), volume.get("from"), volume.get("to")) == ("volume", "35", "35")
    assert (pages.get("unit"), pages.get("from"), pages.get("to")) == ("page", "301", "302")


@pytest.mark.parametrize("line, repository, shelfmark", [
    ("GB Cambridge University Library Tennyson, Add. 6345", "Cambridge University Library", "Tennyson, Add. 6345"),
    ("  • D Staatsbibliothek zu Berlin, Nachl. 141", "Staatsbibliothek zu Berlin", "Nachl. 141"),
    ("• Houghton Library, MS Am 1094", "Houghton Library", "MS Am 1094"),
    ("Universitätsbibliothek Basel, NL 110, 12", "Universitätsbibliothek Basel", "NL 110, 12"),
])
def test_a_library_siglum_and_a_web_pages_bullet(line: str, repository: str, shelfmark: str) -> None:
    """A country siglum is no part of the repository, and the collection named after the
    repository without a comma goes with the shelfmark; a repository's own place stays with it."""
    found = CitationParser(load_registers()).parse_line(line)
    assert found is not None and (found.repository, found.shelfmark) == (repository, shelfmark)
