"""Headings in the common forms of English, German, French and Russian editions."""

from __future__ import annotations

import pytest

from teikit.convert import patterns


@pytest.mark.parametrize("line, senders, recipients", [
    ("ENGELS TO KARL KAUTSKY", "ENGELS", "KARL KAUTSKY"),
    ("M. I. Kalinin to I. V. Stalin", "M. I. Kalinin", "I. V. Stalin"),
    ("Brief von Theodor Fontane an Paul Heyse, 12. Mai 1860", "Theodor Fontane", "Paul Heyse"),
    ("Lettre de Gustave Flaubert à George Sand", "Gustave Flaubert", "George Sand"),
    ("Letter from John Smith to Ann Brown [about the farm], 3 May 1850", "John Smith", "Ann Brown"),
    ("From Charles Darwin to J. D. Hooker 10 [December 1844]", "Charles Darwin", "J. D. Hooker"),
    ("Fontane an Heyse", "Fontane", "Heyse"),
    ("Marx à Engels", "Marx", "Engels"),
    ("Сталин — Ленину", "Сталин", "Ленину"),
    ("Lenin: Telegram to Stalin", "Lenin", "Stalin"),
    ("47. TO HENRY ACLAND", None, "HENRY ACLAND"),
    ("Telegram to Trotsky", None, "Trotsky"),
    ("No. 12. Marx an Engels", "Marx", "Engels"),
    ("3 March 1884. Engels to Kautsky", "Engels", "Kautsky"),
])
def test_heading_forms(line: str, senders: str | None, recipients: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is not None, line
    groups = hit[1].groupdict()
    assert groups.get("senders") == senders
    assert groups.get("recipients") == recipients


def test_a_russian_heading_with_the_recipient_in_the_dative_is_a_pair() -> None:
    hit = patterns.heading_match("Письмо И. И. Иванова П. П. Петрову")
    assert hit is not None and hit[1]["pair"] == "И. И. Иванова П. П. Петрову"


@pytest.mark.parametrize("line", ["Ich denke an Dich", "I went there yesterday."])
def test_prose_is_no_heading(line: str) -> None:
    assert patterns.heading_match(line) is None


@pytest.mark.parametrize("line", ["Dear Kautsky,", "Lieber Heyse!", "Sehr geehrter Herr Professor,", "Chère Maître,",
                                  "Monsieur,", "My dear Brown,", "Дорогой Алексей Сергеевич!", "Уважаемый Пётр Петрович!"])
def test_salutes_of_four_languages(line: str) -> None:
    assert patterns.is_salute(line)


@pytest.mark.parametrize("line", ["Dearly as I love him, I cannot go.", "Herr Müller kam gestern."])
def test_sentences_are_no_salutes(line: str) -> None:
    assert not patterns.is_salute(line)


@pytest.mark.parametrize("line, prefix", [
    ("6. 6. 1922: Arthur Schnitzler an Hermann Bahr", "6. 6. 1922: "),
    ("[12. 3. 1892]: Bahr an Schnitzler", "[12. 3. 1892]: "),
    ("47. TO HENRY ACLAND", "47. "),
    ("Док. 5. Сталин — Ленину", "Док. 5. "),
])
def test_a_number_or_date_before_a_heading_is_cut_off(line: str, prefix: str) -> None:
    assert patterns.heading_core(line)[0] == prefix
    assert patterns.heading_match(line) is not None


@pytest.mark.parametrize("line, recipients", [("И. С. КРЫЛОВУ", "И. С. КРЫЛОВУ"), ("И. Н. КОРНЕЕВУ*", "И. Н. КОРНЕЕВУ"),
                                              ("To:   N. I. DOROFEEV", "N. I. DOROFEEV"),
                                              ("À Louise Berthier.", "Louise Berthier")])
def test_headings_naming_only_the_recipient(line: str, recipients: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is not None and hit[1]["recipients"] == recipients


@pytest.mark.parametrize("line, senders, recipients", [
    ("10 June (1852): Anna Marsh to Ellen Dobbs", "Anna Marsh", "Ellen Dobbs"),
    ("Memorandum from J. Bright to Mr Cobden", "J. Bright", "Mr Cobden"),
    ("Bank für Handel und Industrie — Karl Meier", "Bank für Handel und Industrie", "Karl Meier"),
    ("Marie von Ebner-Eschenbach - Paul Heyse", "Marie von Ebner-Eschenbach", "Paul Heyse"),
    ("Орлов П. С. — Иванову И. И., 3 мая 1910 г.", "Орлов П. С.", "Иванову И. И."),
    ("П. С. Орлов - И. И. Иванову. 3 мая 1910 г. Обская губа, пароход Ермак", "П. С. Орлов", "И. И. Иванову"),
    ("From: Hale, Nathan", "Hale, Nathan", None),
])
def test_heading_forms_of_web_editions(line: str, senders: str | None, recipients: str | None) -> None:
    hit = patterns.heading_match(line)
    assert hit is not None, line
    assert (hit[1].groupdict().get("senders"), hit[1].groupdict().get("recipients")) == (senders, recipients)


@pytest.mark.parametrize("line, recipients", [
    ("À GEORGES DUVAL, À LYON", "GEORGES DUVAL"),
    ("To John Pell, at Bath.", "John Pell"),
    ("To: Hale, Nathan", "Hale, Nathan"),
    ("17. H. K. Иванову", "H. K. Иванову"),  # Latin capitals typed for Cyrillic initials
])
def test_recipient_headings_leave_the_recipients_place_out(line: str, recipients: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is not None and hit[1]["recipients"] == recipients


@pytest.mark.parametrize("line", ["Highlighting passages - Turn off highlighting", "Page:Vance - Correspondance 1850-1860",
                                  "Search results - 12 letters found"])
def test_a_site_line_with_a_dash_is_no_heading(line: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is None or hit[0] != "dash", hit


def test_an_inverted_name_of_a_sites_metadata_reads_in_natural_order() -> None:
    assert patterns.INVERTED_NAME.fullmatch("Hale, Nathan")
    assert not patterns.INVERTED_NAME.fullmatch("Hale and Nathan")
    assert patterns.natural_order("Hale, Nathan") == "Nathan Hale"


@pytest.mark.parametrize("line, senders, recipients", [
    ("Lettre autographe signée « H. Vasseur » à Claire Morel", None, "Claire Morel"),
    ("Lettre autographe de Henri VASSEUR, signée, à Claire Morel, acquise en 2019", "Henri VASSEUR, signée,", "Claire Morel"),
    ("Autograph letter signed to John Pell", None, "John Pell"),
])
def test_a_dealers_description_of_a_letter_is_its_heading(line: str, senders: str | None, recipients: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is not None, line
    assert (hit[1].groupdict().get("senders"), hit[1]["recipients"]) == (senders, recipients)


@pytest.mark.parametrize("line", ["Ajouter à la sélection", "Zurück an den Anfang", "Retour à l'accueil"])
def test_a_sites_button_with_a_to_word_is_no_heading(line: str) -> None:
    assert patterns.heading_match(line) is None
