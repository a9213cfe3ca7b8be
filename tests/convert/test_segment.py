"""Page layout: furniture, the collection header and document blocks."""

import pytest

from teikit.convert.segment import layout, page_language

PAGE = """Lebedev to Orlova

Marx-Engels |\u00a0 Lenin \u00a0| Stalin |\u00a0 Home Page

 Letters of the Party. 1912-1927
Collection of documents 1996.
Compiled by: A.V.Ivanov, L.P.Petrova.

Stalin Correspondences

No. 87
P. A. Lebedev to N. S. Orlova

Dear Comrade Orlova!

The paper has arrived 1 .

P. Lebedev.

ARCH. F. 17. Op. 67. D. 412. L. 21-22. Autograph.

Notes:

1 In December.

Telegram from N. S. Orlova to P. A. Lebedev

Received.

ARCH. F. 17. Op. 67. D. 413. L. 1.
<< Previous letter | Contents | Next letter >>
"""


def test_layout_sorts_every_line() -> None:
    page = layout(PAGE, lambda line: line.startswith("ARCH."))
    assert [ln.stripped for ln in page.furniture] == [
        "Lebedev to Orlova", "Marx-Engels |\u00a0 Lenin \u00a0| Stalin |\u00a0 Home Page",
        "Stalin Correspondences", "<< Previous letter | Contents | Next letter >>"]
    assert page.collection is not None and page.collection.span == (1912, 1927)
    assert page.collection.year == "1996"
    first, second = page.blocks
    assert first.number is not None and first.number.stripped == "No. 87"
    assert first.heading.stripped == "P. A. Lebedev to N. S. Orlova"
    assert [ln.stripped for ln in first.notes] == ["1 In December."]
    assert second.heading.stripped.startswith("Telegram from")
    assert second.citation is not None and not second.notes


def test_language() -> None:
    assert page_language("Т. Сталин. Пишу Вам по делу") == "ru"
    assert page_language("Dear Comrade") == "en"


def test_notes_without_heading_or_citation_end_the_document() -> None:
    page = layout("From S. A. Gorshkov\nDear friend!\nThe congress 1 lasted nine days.\nYour S. Gorshkov.\n"
                  "1 The Thirteenth Congress.\n2 A hostel for delegates.\n", lambda line: False)
    block = page.blocks[0]
    assert [ln.stripped for ln in block.notes] == ["1 The Thirteenth Congress.", "2 A hostel for delegates."]
    listed = layout("From S. A. Gorshkov\nWe need:\n1) soap;\n2) linen.\n", lambda line: False).blocks[0]
    assert listed.notes == [] and len(listed.text) == 3


def test_a_page_title_above_the_heading_without_a_nav_bar_is_furniture() -> None:
    page = layout("Kalinin to Stalin\n\nM. I. Kalinin to I. V. Stalin\n\nT. Stalin.\n\nText.\n", lambda line: False)
    assert [ln.stripped for ln in page.furniture] == ["Kalinin to Stalin"]
    assert page.blocks[0].heading.stripped == "M. I. Kalinin to I. V. Stalin"


def test_a_numbering_line_alone_is_kept() -> None:
    page = layout("No. 5\n", lambda line: False)
    assert [b.heading.stripped for b in page.blocks] == ["No. 5"]


def test_a_letter_heading_after_an_editors_text_starts_a_document() -> None:
    page = layout("Section V. 1926\nThe year of the opposition.\nKaganovich to Stalin January 15, 1936\n"
                  "ARCH. F. 17. Op. 163. D. 1091. L. 59.\n1) Was on the road.\n2) The state is difficult.\n",
                  lambda line: line.startswith("ARCH."))
    intro, letter = page.blocks
    assert [ln.stripped for ln in intro.text] == ["The year of the opposition."]
    assert letter.heading.stripped.startswith("Kaganovich to Stalin") and letter.citation_first
    assert [ln.stripped[:2] for ln in letter.text] == ["1)", "2)"] and letter.notes == []


def test_a_letter_heading_followed_by_its_citation_starts_a_document() -> None:
    page = layout("Kaganovich to Stalin August 1, 1932\nARCH. F. 558. Op. 11. D. 740. L. 1.\nFirst letter text.\n"
                  "Stalin to Kaganovich August 4, 1932\nARCH. F. 81. Op. 3. D. 99. L. 5.\nSecond letter text.\n",
                  lambda line: line.startswith("ARCH."))
    assert [b.heading.stripped for b in page.blocks] == ["Kaganovich to Stalin August 1, 1932",
                                                        "Stalin to Kaganovich August 4, 1932"]
    assert [ln.stripped for ln in page.blocks[0].text] == ["First letter text."]


def test_repeated_headings_and_numbering_lines_are_kept() -> None:
    page = layout("No. 209\nNo. 209\nA. B. Ivanov to C. D. Petrov\nText.\nARCH. F. 1. Op. 1. D. 1.\nNotes:\nNotes:\n"
                  "1 A note.\n", lambda line: line.startswith("ARCH."))
    kept = [ln for b in page.blocks
            for ln in (b.number, b.heading, *b.text, b.citation, b.notes_heading, *b.notes) if ln is not None]
    assert sorted(ln.number for ln in kept) == list(range(1, 9))


def test_furniture_of_a_printed_volume_and_a_letter_without_heading() -> None:
    from teikit.convert.segment import layout

    page = "\n".join([
        "Transcript prepared for the family papers project.", "",
        "14 Gower Street, London", "5th January 1862", "", "My dear Brown,", "",
        "I went over the palace this morning with Mr. Brown, who knows", "",
        "LETTERS OF JOHN SMITH 213", "", "every stone of it.", "", "Yours ever,", "J. Smith",
    ])
    found = layout(page, lambda _: False, is_dateline=lambda t: t == "5th January 1862")
    assert [ln.stripped for ln in found.furniture] == [
        "Transcript prepared for the family papers project.", "LETTERS OF JOHN SMITH 213"]
    assert found.rules[10] == ("furniture", "running-head")
    assert len(found.blocks) == 1 and found.blocks[0].heading is None
    assert found.blocks[0].text[0].stripped == "14 Gower Street, London"


def test_numbered_headings_after_a_signature_start_new_documents() -> None:
    from teikit.convert.segment import layout

    page = "\n".join(["47. TO HENRY ACLAND", "My dear Acland,", "I agree.", "Yours,", "J. Ruskin.",
                      "48. TO GEORGE RICHMOND", "My dear Richmond,", "The weather has broken.", "J. Ruskin.",
                      "Док. 6", "Петров — Иванову", "Списки получил."])
    found = layout(page, lambda _: False)
    assert [b.heading.stripped for b in found.blocks if b.heading] == [
        "47. TO HENRY ACLAND", "48. TO GEORGE RICHMOND", "Петров — Иванову"]
    assert found.blocks[2].number is not None and found.blocks[2].number.stripped == "Док. 6"


def test_a_preamble_above_the_first_heading_and_separators_between_letters() -> None:
    from teikit.convert.segment import layout

    page = "\n".join([
        "Henri Vasseur", "Toute réutilisation à des fins privées est autorisée", "",
        "À Louise Berthier.", "Chère amie,", "Je viens vous demander un service.", "H. V.", "", "***", "",
        "À Jules Bouchard.", "Mon cher ami,", "Merci pour vos notes.", "Henri Vasseur.",
    ])
    found = layout(page, lambda _: False)
    assert [ln.stripped for ln in found.furniture] == [
        "Henri Vasseur", "Toute réutilisation à des fins privées est autorisée", "***"]
    assert [b.heading.stripped for b in found.blocks if b.heading] == ["À Louise Berthier.", "À Jules Bouchard."]
    assert found.rules[9] == ("furniture", "separator")


def test_a_numbered_heading_below_a_page_title_and_a_bibliographic_line() -> None:
    from teikit.convert.segment import layout

    page = "\n".join([
        "Лавров — Крылову И. С., 4 июня 1892 г. Ярославль", "",
        "Лавров Н. П. Письмо Крылову И. С., 4 июня 1892 г. // Полное собрание сочинений. Т. 5. С. 72.", "",
        "184. И. С. КРЫЛОВУ", "", "Дорогой Иван Сергеевич!", "", "Вы не заехали ко мне.", "", "Ваш Н. Лавров.",
    ])
    found = layout(page, lambda _: False)
    assert [ln.stripped for ln in found.furniture] == ["Лавров — Крылову И. С., 4 июня 1892 г. Ярославль"]
    assert [(b.heading.stripped[:14], b.editorial) for b in found.blocks if b.heading] == [
        ("Лавров Н. П. П", True), ("184. И. С. КРЫ", False)]


def test_a_header_block_repeating_the_heading_above_the_printed_letter_is_editorial() -> None:
    from teikit.convert.segment import layout

    page = "\n".join(["TO SEMYON GLEBOV", "[October 4, 1912]", "First published in 1930", "",
                      "TO SEMYON GLEBOV", "October 4, 1912", "Dear friend,", "I have your letters.", "Yours,", "P. V."])
    found = layout(page, lambda _: False)
    assert [(b.heading.stripped, b.editorial) for b in found.blocks if b.heading] == [
        ("TO SEMYON GLEBOV", True), ("TO SEMYON GLEBOV", False)]


def test_hard_wrapped_prose_of_a_letter_without_heading_is_no_heading() -> None:
    from teikit.convert.segment import layout

    page = "\n".join(["Dear Jan,", "Herewith I send you the things I promised. I am sure you",
                      "will like the book.", "Two weeks from today I hope to be in Breda. You can imagine",
                      "how I am looking forward to it.", "Your loving brother, Pieter"])
    found = layout(page, lambda _: False)
    assert len(found.blocks) == 1 and found.blocks[0].heading is None


def test_the_writer_a_page_title_names() -> None:
    from teikit.convert.segment import _page_author

    assert _page_author(["Letters of John Ruskin"]) == "John Ruskin"
    assert _page_author(["Karl Wendt: Briefe"]) == "Karl Wendt"
    assert _page_author(["Home | Letters", "Henri Vasseur"]) == "Henri Vasseur"
    assert _page_author(["Stalin Correspondences", "Alfred Escher Briefedition"]) is None


def test_numbered_notes_at_the_end_when_the_text_carries_their_markers() -> None:
    from teikit.convert.segment import layout

    page = "\n".join(["812. À MADAME DE RÉMOND.", "Chère Madame,", "Serez-vous à Rouen samedi[1] ?",
                      "H. Vasseur.", "1. Le comte de Rémond, ancien préfet."])
    found = layout(page, lambda _: False)
    assert [ln.stripped for ln in found.blocks[0].notes] == ["1. Le comte de Rémond, ancien préfet."]
    listed = layout("\n".join(["To Henry Acland", "My dear Acland,", "Two things:", "1. The capitals.",
                               "2. The drawings."]), lambda _: False)
    assert listed.blocks[0].notes == []


@pytest.mark.parametrize("titles, writer", [
    (["Emily Vance Letters of 1871"], "Emily Vance"),
    (["Page:Vance Édition Morel Correspondance 3.djvu/264"], "Vance"),
    (["Hale Correspondence Project"], "Hale"),
    (["Nathan Hale Papers, Series 1, Letterbooks 1770-1776"], "Nathan Hale"),
    (["Author: Pavel Orlov"], "Pavel Orlov"),
    (["Автор книги: Павел Орлов"], "Павел Орлов"),
    (["Орлов П. С. Письмо Иванову И. И., 3 мая 1910 г. // Орлов П. С. Собрание сочинений. Т. 4."], "Орлов П. С."),
    (["From: Hale, Nathan"], "Nathan Hale"),
    (["Орлов П. С. - Орлов — Иванову И. И., 3 мая 1910."], "Орлов П. С."),
    (["Bolshevik leadership Correspondence. 1912-1927"], None),
    (["Letters to a Young Poet"], None),
])
def test_the_writer_a_sites_title_lines_name(titles: list[str], writer: str | None) -> None:
    from teikit.convert.segment import _page_author

    assert _page_author(titles) == writer


def test_a_catalogue_entry_names_the_writer_in_natural_order() -> None:
    from teikit.convert.segment import _page_author

    assert _page_author(["VASSEUR, Henri (1821-1880)"]) == "Henri Vasseur"
    assert _page_author(["Pell, John, 1790-1861"]) == "John Pell"


def test_a_licence_sentence_over_several_lines_is_furniture_and_letters_are_numbered_in_capitals() -> None:
    page = layout("The Project Gutenberg EBook of Letters of Anna Brill, by Anna Brill\n\n"
                  "This eBook is for the use of anyone anywhere at no cost and with\n"
                  "almost no restrictions whatsoever.  You may copy it, give it away or\n"
                  "re-use it under the terms of the licence included with this eBook.\n\n"
                  "LETTER 12. TO J. HOLT.\n\nDear Holt,\n\nThe seeds came.\n\nYours ever, A. Brill.\n\n"
                  "LETTER 13. TO MISS CORA VANE.\n\nDear Miss Vane,\n\nMany thanks.\n\nA. Brill.\n",
                  lambda line: False)
    assert [ln.number for ln in page.furniture] == [1, 3, 4, 5]
    assert [b.heading.stripped for b in page.blocks if b.heading] == ["LETTER 12. TO J. HOLT.", "LETTER 13. TO MISS CORA VANE."]


def test_a_number_above_a_dateline_opens_a_letter_and_the_reader_lines_above_it_are_furniture() -> None:
    dated = lambda line: line.startswith(("Weimar", "[Weimar"))  # noqa: E731
    page = layout("Kitap oku: «Briefe an Freunde», sayfa 3\nYazı tipi: küçük Аа büyük Aa\n\nIV\n\n"
                  "Weimar, den 3. März 1779.\n\nLieber Bruder!\n\nDein Brief hat mich gefreut.\n\nDein\nWendel.\n\n"
                  "VI\n\n[Weimar, Ende März 1779.]\n\nNur ein Wort.\n\nW.\n", lambda line: False, is_dateline=dated)
    assert [ln.number for ln in page.furniture] == [1, 2]
    assert [(b.heading.stripped, b.text[0].stripped) for b in page.blocks] == [
        ("IV", "Weimar, den 3. März 1779."), ("VI", "[Weimar, Ende März 1779.]")]


def test_a_page_that_opens_inside_a_letter_begins_with_a_letter_without_heading() -> None:
    page = layout("par bandes de douze, me remercier et me féliciter ; tous très gentils.\n\n"
                  "DCCXXVII\n\nÀ GUSTAVE BRILL, À PARIS\n\nJe sais, mon ami.\n", lambda line: False)
    assert page.blocks[0].heading is None and page.blocks[0].text[0].number == 1
    assert page.blocks[1].heading.stripped == "À GUSTAVE BRILL, À PARIS"


def test_notes_at_the_foot_of_a_page_go_to_the_letter_that_carries_their_markers() -> None:
    page = layout("1.\n\nWeimar, den 3. März 1779.\n\nLieber Bruder!\n\nDie Kupfer für Lips[1] gehen ab.\n\nW.\n\n"
                  "2.\n\nWeimar, den 9. März 1779.\n\nNur ein Wort.\n\nW.\n\n[1] Ein Kupferstecher.\n",
                  lambda line: False, is_dateline=lambda line: line.startswith("Weimar"))
    assert [[ln.stripped for ln in b.notes] for b in page.blocks] == [["[1] Ein Kupferstecher."], []]


def test_a_dateline_and_a_salute_below_a_letter_open_the_next_one() -> None:
    dated = lambda line: line.startswith("Berlin,")  # noqa: E731
    page = layout("Berlin, 17. Januar 1886\nGnädigste Frau.\nHerzlichen Dank für das Bild.\nIn Ergebenheit Th. Brill.\n"
                  "Berlin, 22. März 1886\nHochverehrte gnädigste Frau.\nGestatten Sie mir noch ein Wort.\n",
                  lambda line: False, is_dateline=dated)
    assert [b.text[0].stripped for b in page.blocks] == ["Berlin, 17. Januar 1886", "Berlin, 22. März 1886"]


def test_a_number_above_a_heading_is_the_letters_a_year_or_a_page_above_a_numbered_heading_is_not() -> None:
    page = layout("Letters 1912\n\n1912\n\n41\n\nTo:   N. I. BRILL\n\nDear Comrade,\n\nText.\n", lambda line: False)
    assert [ln.stripped for ln in page.furniture] == ["Letters 1912", "1912"]
    assert page.blocks[0].number.stripped == "41"
    scan = layout("CORRESPONDANCE\n107\n\n813. À MADAME DE RÉMOND.\nChère Madame,\nTexte.\n", lambda line: False)
    assert "107" in [ln.stripped for ln in scan.furniture]


def test_a_stray_heading_line_below_a_letter_stays_with_it_when_the_next_letter_is_numbered() -> None:
    page = layout("230\n\nTO A. I. BRILL\n\nDear Comrade Brill,\n\nThe report has arrived.\n\nP. V.\n\n"
                  "Sent from Cracow to St. Petersburg\n\n231\n\nTO VERA LANE\n\nDear Vera,\n\nOnly a few lines.\n",
                  lambda line: False)
    assert [b.heading.stripped for b in page.blocks] == ["TO A. I. BRILL", "TO VERA LANE"]
    assert page.blocks[0].text[-1].stripped == "Sent from Cracow to St. Petersburg"


def test_a_catalogue_summary_above_the_full_description_of_a_lot_is_an_editors_text() -> None:
    page = layout("Lettre autographe signée « H. Brill » à Jules Vane\nParis, vendredi [3 mai 1866], 2 pages in-8\n\n"
                  "« J'ai trouvé Paris tout petit »\n\nVENDU\nAjouter à la sélection\n\nBRILL, Henri (1804-1876)\n\n"
                  "Lettre autographe signée « H. Brill » à Jules Vane\nParis, vendredi [3 mai 1866]\n\nCher ami,\n\n"
                  "J'ai trouvé Paris tout petit hier.\n\nH. Brill.\n", lambda line: line.startswith("BRILL"))
    assert [b.editorial for b in page.blocks] == [True, False]
    assert page.blocks[0].citation is None and page.blocks[0].text[-1].stripped == "BRILL, Henri (1804-1876)"
    assert {"VENDU", "Ajouter à la sélection"} <= {ln.stripped for ln in page.furniture}


def test_a_letter_on_one_line_is_split_into_its_heading_and_its_text() -> None:
    page = layout("Brill, Konrad: Briefe. 1798\n\n13/3402. An Wilhelm Vane Hier, mein Werthester, die versprochenen "
                  "Bogen. Sagen Sie mir bald, wie Ihnen der Schluß gefällt. Jena d. 2. Jan. 1798. K.\n\n"
                  "13/3403. An Sophie Brill Liebe Mutter, ich bin wohl und fleißig und komme zu Ostern gewiß nach "
                  "Hause. Jena d. 4. Jan. 1798. Konrad.\n", lambda line: False)
    assert [(b.heading.stripped, b.text[0].stripped[:12]) for b in page.blocks] == [
        ("13/3402. An Wilhelm Vane", "Hier, mein W"), ("13/3403. An Sophie Brill", "Liebe Mutter")]
    assert page.author == "Konrad Brill"


def test_a_site_menu_and_title_above_an_a_to_b_heading_are_furniture() -> None:
    page = layout("Main Contents & Search\nList of Correspondents\n\n1883    1885\n\nAnna Brill Letters of 1884\n\n\n"
                  "AB to Eben Vane\n\nDear Prof. Vane\n\nI have the poem.\n\nA. B.\n", lambda line: False)
    assert len(page.furniture) == 4 and page.blocks[0].heading.stripped == "AB to Eben Vane"


def test_notes_numbered_through_a_volume_end_a_letter_whose_text_carries_their_markers() -> None:
    page = layout("To JOHN VANE\n\nDear Sir: I was conversing on the points in the enclosed 86 queries, when you "
                  "can make it convenient to 87 yourself.\n\n86. On the conduct of the President.\n"
                  "87. From the letter book.\n", lambda line: False)
    assert [ln.stripped[:3] for ln in page.blocks[0].notes] == ["86.", "87."]
    listed = layout("To JOHN VANE\n\nDear Sir: we need three things.\n\n86. Soap.\n87. Linen.\n", lambda line: False)
    assert not listed.blocks[0].notes


def test_an_address_line_under_the_dateline_is_no_new_letter() -> None:
    dated = lambda line: line.startswith("Florenz")  # noqa: E731
    page = layout("August Brill an Alfred Vane\n\nFlorenz d. 20 July 1870.\n\nAn Herrn Dr Alfred Vane in Bern.\n\n"
                  "Hochgeachteter Herr!\n\nIhr Telegramm kam gestern.\n", lambda line: False, is_dateline=dated)
    assert len(page.blocks) == 1


def test_a_line_in_capitals_under_a_page_number_is_a_running_head() -> None:
    page = layout("В. Д. БРИЛЛЮ\n2/VIII.\nТов. Брилль!\nПрошу Вас принять т. Ванина и помочь ему с\n88\n"
                  "П. С. ВАНИН\nработой.\nВаш Ванин\n", lambda line: False)
    assert [ln.stripped for ln in page.furniture] == ["88", "П. С. ВАНИН"]
    numbered = layout("Texte.\n107\n813. À MADAME DE BRILL.\nChère Madame,\n", lambda line: False)
    assert "813. À MADAME DE BRILL." not in [ln.stripped for ln in numbered.furniture]


def test_a_note_at_the_foot_of_a_page_below_the_last_signature_goes_to_the_letter_with_its_marker() -> None:
    page = layout("813. À MADAME DE BRILL.\nChère Madame,\nLemaire[1] m'a écrit.\nH. Vane.\n\n814. À LA MÊME.\n"
                  "Chère Madame,\nLes papiers sont arrivés.\nH. V.\n\n1. Le libraire Auguste Lemaire.\n",
                  lambda line: False)
    assert [[ln.stripped for ln in b.notes] for b in page.blocks] == [["1. Le libraire Auguste Lemaire."], []]


def test_an_editions_source_line_among_the_notes_is_the_citation() -> None:
    page = layout("184. И. С. БРИЛЛЮ\nДорогой Иван Сергеевич!\nПосылаю книгу*.\nВаш Н. Ванин.\nПримечания\n"
                  "Печатается по автографу: АРХИВ, ф. 549, оп. 1, ед. хр. 312, л. 5.\n* Книга не сохранилась.\n",
                  lambda line: "ф. 549" in line)
    block = page.blocks[0]
    assert block.citation is not None and block.citation.stripped.startswith("Печатается по автографу")
    assert [ln.stripped for ln in block.notes] == ["* Книга не сохранилась."]


def test_an_editors_introduction_between_the_heading_and_the_letter_is_a_text_of_its_own() -> None:
    page = layout("10 September (1840): Nathaniel Brill to Sophia Vane\n\nAlthough Nathaniel Brill refers to Sophia "
                  "Vane as his wife in this letter, the two did not marry until July of 1842.\n\n"
                  "September 10, 1841, Salem\n\nDear Miss Vane,\n\nMost dear wife, thou canst not imagine it.\n",
                  lambda line: False, is_dateline=lambda line: line.startswith("September"))
    intro, letter = page.blocks
    assert intro.editorial and intro.heading is None and intro.text[0].stripped.startswith("Although")
    assert letter.heading.stripped.endswith("Sophia Vane") and letter.text[0].stripped == "September 10, 1841, Salem"


def test_a_wiki_scan_page_names_the_volumes_author() -> None:
    page = layout("Page:Brill Édition Conard Correspondance 3.djvu/264\nLa bibliothèque libre.\n\n"
                  "405. À LOUISE VANE.\n\nChère amie,\n\nTexte.\n", lambda line: False)
    assert page.author == "Brill"


def test_a_one_line_letter_whose_heading_ends_with_a_stop() -> None:
    page = layout("12. An Wilhelm Vane. Jena, den 3. März 1795. Lieber Freund, ich danke Ihnen für den Brief und "
                  "die Bücher, die Sie mir geschickt haben. Ihr Brill.\n", lambda line: False)
    assert page.blocks[0].heading.stripped == "12. An Wilhelm Vane."
    assert page.blocks[0].text[0].stripped.startswith("Jena, den 3. März 1795.")
