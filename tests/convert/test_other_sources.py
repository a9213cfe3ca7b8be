"""Pages in the shapes of other sources: library catalogues of digital letters, printed
volumes of several letters under addressee lines, web copies with share buttons."""

from __future__ import annotations

import pytest
from lxml import etree

from teikit.convert import furniture, patterns, segment
from teikit.convert.run import Converter
from teikit.registers import load_registers
from teikit.xml import TEI_NS, parse_bytes

NS = {"t": TEI_NS}


@pytest.fixture(scope="module")
def converter() -> Converter:
    return Converter(load_registers())


def _documents(converter: Converter, text: str) -> list[etree._Element]:
    page = converter.convert_text(text, "page.txt", "page")
    return [parse_bytes(data, name).getroot() for name, data in page.files]


def _texts(root: etree._Element, path: str) -> list[str]:
    return [" ".join("".join(el.itertext()).split()) for el in root.iterfind(path, NS)]


@pytest.mark.parametrize("line, senders, recipients", [
    ("Hollweg, Ida: Postkarte an Gustav von Berneck. Graz, 3.4.1911", "Hollweg, Ida", "Gustav von Berneck"),
    ("Steiner-Wolf, Karl: Brief an Lotte Amsel. o.O., 17.9.1903", "Steiner-Wolf, Karl", "Lotte Amsel"),
    ("Brandl, Otto: Karte an Franz Xaver Lenz", "Brandl, Otto", "Franz Xaver Lenz"),
    ("Morel, Jeanne: Lettre à Paul Vernier. Lyon, 2.2.1890", "Morel, Jeanne", "Paul Vernier"),
])
def test_a_library_catalogue_heading(line: str, senders: str, recipients: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is not None and hit[0] == "catalogue", line
    assert (hit[1]["senders"], hit[1]["recipients"]) == (senders, recipients)


@pytest.mark.parametrize("name, natural", [
    ("Hollweg, Ida", "Ida Hollweg"), ("Amsel, Lotte von", "Lotte von Amsel"), ("Karl Brandl", "Karl Brandl")])
def test_an_inverted_name_reads_in_natural_order(name: str, natural: str) -> None:
    assert patterns.natural_order(name) == natural


def test_a_catalogue_page_gives_sender_recipient_place_and_date(converter: Converter) -> None:
    [root] = _documents(converter, "\n".join([
        "Hollweg, Ida: Postkarte an Gustav Berneck. Graz, 3.4.1911",
        "Lieber Freund! Dank für die Blumen, sie",
        "kamen frisch an. Am Sonntag fahre ich nach Hause.",
        "Herzlich Deine",
        "Ida Hollweg",
    ]))
    sent = root.find(".//t:correspAction[@type='sent']", NS)
    assert _texts(sent, "t:persName") == ["Ida Hollweg"]
    assert sent.find("t:date", NS).get("when") == "1911-04-03"
    assert _texts(root, ".//t:correspAction[@type='received']/t:persName") == ["Gustav Berneck"]
    assert _texts(root, ".//t:opener/t:salute") == ["Lieber Freund!"]
    assert _texts(root, ".//t:body/t:p")[0].startswith("Dank für die Blumen")
    assert _texts(root, ".//t:closer/t:signed") == ["Ida Hollweg"]


@pytest.mark.parametrize("line, salute", [
    ("Lieber Freund! Dank für die Blumen", "Lieber Freund!"),
    ("Dear Sir, I write in haste", "Dear Sir,"),
    ("Cher ami, je pars demain", "Cher ami,"),
])
def test_a_salute_opening_the_first_line_of_text(line: str, salute: str) -> None:
    found = patterns.SALUTE_LEAD.match(line)
    assert found is not None and found.group(0).strip() == salute


@pytest.mark.parametrize("line", ["Dearly as I love him, I cannot go.", "Liebermann kam gestern, Gott sei Dank."])
def test_prose_does_not_open_with_a_salute(line: str) -> None:
    assert patterns.SALUTE_LEAD.match(line) is None


def test_a_volume_page_of_two_letters_under_addressee_lines(converter: Converter) -> None:
    roots = _documents(converter, "\n".join([
        "A Lucien Margot.",
        "Rouen, 4 avril 1872.",
        "Mon cher Margot, votre livre est arrivé hier et je l'ai lu d'une traite jusqu'au matin.",
        "Il faut que nous parlions de tout cela quand vous viendrez à la campagne cet été.",
        "Cordialement à vous, mon cher ami, et à votre femme.",
        "A M. de la Tour Vernay.",
        "(FRAGMENT)",
        "12 mai 1872.",
        "Je n'ai pas encore lu votre article, mais je le lirai ce soir avec grand plaisir.",
    ]))
    assert len(roots) == 2
    assert _texts(roots[0], ".//t:closer/t:salute") == ["Cordialement à vous, mon cher ami, et à votre femme."]
    assert roots[1].find(".//t:correspAction[@type='sent']/t:date", NS).get("when") == "1872-05-12"


def test_a_russian_letter_opening_with_forename_and_patronymic(converter: Converter) -> None:
    [root] = _documents(converter, "\n".join([
        "Глеб Иванович,",
        "Посылаю тебе книгу, о которой мы говорили прошлой осенью, и прошу вернуть её к весне.",
        "Любящий тебя К. Ветлугин.",
    ]))
    assert _texts(root, ".//t:opener/t:salute") == ["Глеб Иванович,"]
    assert _texts(root, ".//t:closer/t:signed") == ["Любящий тебя К. Ветлугин."]


def test_a_single_initial_under_the_letter_is_its_signature(converter: Converter) -> None:
    [root] = _documents(converter, "\n".join([
        "À Jules Roche.",
        "3 juin 1861.",
        "Je vous envoie les épreuves corrigées; renvoyez-les-moi dès que vous pourrez.",
        "R.",
        "Partager sur Facebook Tweet",
    ]))
    assert _texts(root, ".//t:closer/t:signed") == ["R."]
    assert "Facebook" not in " ".join(root.find(".//t:text", NS).itertext())


@pytest.mark.parametrize("line, expected", [
    ("Share on Twitter Share on Facebook", True), ("Partager sur Facebook | Tweet", True),
    ("Поделиться ВКонтакте", True), ("Telegram to Paris", False), ("I like Twitter very much", False),
    ("Print", False)])
def test_a_row_of_share_buttons_is_furniture(line: str, expected: bool) -> None:
    assert furniture.share_line(line) is expected


def test_a_writer_signing_with_a_kinship_word(converter: Converter) -> None:
    [root] = _documents(converter, "\n".join([
        "To Mrs. Hartley",
        "Dearest,",
        "The boat came in late and I have only a moment before the mail closes tonight.",
        "Your Devoted Son.",
    ]))
    assert _texts(root, ".//t:closer/t:signed") == ["Your Devoted Son."]


@pytest.mark.parametrize("title, writer", [
    ("Love Letters of Edwin Marsh. Volume 2 of 3", "Edwin Marsh"),
    ("Selected Letters of Ann Brown, Vol. 2", "Ann Brown"),
    ("Lettres de Honoré Valade. Tome 3", "Honoré Valade"), ("THE LETTERS OF EDWIN MARSH. VOLUME II", "Edwin Marsh")])
def test_the_writer_of_a_volume_title(title: str, writer: str) -> None:
    assert segment._page_author([title]) == writer


def test_a_writer_s_signature_recurring_under_each_letter_is_no_furniture(converter: Converter) -> None:
    roots = _documents(converter, "\n".join([
        "Том 2. Письма",
        "И. Л. БЕЛОВУ",
        "5 мая 1912, Киев",
        "Дорогой Илья Львович!",
        "Рукопись получил и прочёл в тот же вечер; завтра напишу подробнее о второй части.",
        "Ваш Д. Ковров",
        "Е. П. СОКОЛОВОЙ",
        "9 мая 1912, Киев",
        "Милая Елена Павловна!",
        "Спасибо за книги, они пришли целыми и в срок, как Вы и обещали.",
        "Ваш Д. Ковров",
    ]))
    assert [_texts(r, ".//t:closer/t:signed") for r in roots] == [["Ваш Д. Ковров"], ["Ваш Д. Ковров"]]


def test_a_page_of_letters_without_headings_splits_at_the_dateline_below_a_signature(converter: Converter) -> None:
    roots = _documents(converter, "\n".join([
        "2/V 71.",
        "Дорогой Олег Петрович.",
        "Спасибо за письмо. Отвечаю коротко, потому что завтра уезжаю на дачу до осени.",
        "Ваша Н. Лесная",
        "Репино. 14.V.71",
        "Дорогая Нина Аркадьевна.",
        "Рад, что Вы отдыхаете. Книгу вышлю, как только её получу из издательства.",
        "Ваш О. Ремез",
    ]))
    assert [_texts(r, ".//t:closer/t:signed") for r in roots] == [["Ваша Н. Лесная"], ["Ваш О. Ремез"]]


@pytest.mark.parametrize("line, expected", [
    ("Ваш А. Ремизов", True), ("Yours ever, J. Smith", True), ("R. A.", True), ("Your devoted Son.", True),
    ("Karl Kraus", False), ("Home | Letters | Search", False), ("Your letter came today and I read it twice.", False)])
def test_a_line_like_a_signature(line: str, expected: bool) -> None:
    assert patterns.signature_like(line) is expected


def test_a_catalogue_heading_naming_a_recipient_with_a_particle(converter: Converter) -> None:
    [root] = _documents(converter, "\n".join([
        "Wendler, Otto: Brief an Clara von Hollstein-Reuss. o.O., 2.6.1908",
        "Hochverehrte gnädige Frau!",
        "Ihre Zeilen haben mich sehr gefreut, und ich komme gern am Donnerstag zu Ihnen.",
        "Ihr ergebener",
        "Otto Wendler",
    ]))
    assert _texts(root, ".//t:correspAction[@type='received']/t:persName") == ["Clara von Hollstein-Reuss"]
    assert root.find(".//t:correspAction[@type='sent']/t:date", NS).get("when") == "1908-06-02"


def test_names_no_rule_knows_in_a_heading_and_a_signature_are_the_correspondents(converter: Converter) -> None:
    [root] = _documents(converter, "\n".join([
        "From Obadiah Crane to Lemuel Pratt, 4 March 1791",
        "Sir,",
        "Your letter of the first came to hand yesterday, and I shall attend to the business at once.",
        "I am Sir your humble Servant",
        "Obad: Crane",
    ]))
    assert _texts(root, ".//t:correspAction[@type='sent']/t:persName") == ["Obadiah Crane"]
    assert _texts(root, ".//t:correspAction[@type='received']/t:persName") == ["Lemuel Pratt"]
    [lone] = _documents(converter, "\n".join([
        "An Friedrich Amsel",
        "Weimar 3. März 1803.",
        "Lieber Freund!",
        "Ihr Brief kam gestern an, und ich danke Ihnen für die Abschrift, die Sie beigelegt haben.",
        "Ihr",
        "Brentel.",
    ]))
    assert _texts(lone, ".//t:correspAction[@type='sent']/t:persName") == ["Brentel"]
    assert lone.find(".//t:correspAction[@type='received']/t:persName", NS).get("ref") != "#freund"


def test_a_volume_of_letters_numbered_in_roman_figures(converter: Converter) -> None:
    roots = _documents(converter, "\n".join([
        "LETTRES DE PAUL VERNIER",
        "XLI",
        "À MONSIEUR JULES ROCHE.",
        "Lyon, 3 mai 1862.",
        "Mon cher ami,",
        "Je pars demain pour Genève et je serai de retour avant la fin du mois, si tout va bien.",
        "Votre",
        "P. V.",
        "XLII",
        "À LOUISE MARCEL.",
        "Lyon, 9 mai 1862.",
        "Chère amie,",
        "Votre lettre m'a fait grand plaisir; je vous répondrai longuement dimanche.",
        "Votre vieil ami",
        "Paul.",
    ]))
    assert len(roots) == 2
    assert _texts(roots[0], ".//t:closer/t:signed") == ["P. V."]
    assert not roots[0].findall(".//t:postscript", NS)


def test_a_closing_formula_addressing_the_reader_stands_above_the_signature(converter: Converter) -> None:
    [root] = _documents(converter, "\n".join([
        "To the Rev. Samuel Orde",
        "Keswick, May 2nd, 1810.",
        "My dear Sir,",
        "Your parcel came safe yesterday, and I thank you for the trouble you have taken about it.",
        "I remain, dear Sir,",
        "Yours very faithfully,",
        "Wm. Hartwell.",
    ]))
    assert _texts(root, ".//t:closer/t:salute") == ["I remain, dear Sir,", "Yours very faithfully,"]
    assert _texts(root, ".//t:correspAction[@type='received']/t:persName") == ["Samuel Orde"]


@pytest.mark.parametrize("line", ["Briefe an Emma Kühn", "Letters to a Young Poet", "Письма к Петрову — Том 2"])
def test_a_collection_title_is_no_letter_heading(line: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is None or hit[1].groupdict().get("senders") is None, hit


@pytest.mark.parametrize("line", ["214. В РЕДАКЦИЮ ГАЗЕТЫ «ВОЛГА»", "To the Editor of the Westbury Gazette",
                                  "An die Redaktion der Hausblätter", "À la rédaction du Courrier."])
def test_a_heading_addressed_to_a_body(line: str) -> None:
    hit = patterns.heading_match(line)
    assert hit is not None and hit[0] == "to_body", line


def test_a_numbered_letter_to_an_editorial_board_is_a_document_of_its_own(converter: Converter) -> None:
    roots = _documents(converter, "\n".join([
        "Том 3. Письма",
        "301. Н. С. ОРЛОВУ",
        "2 марта 1902 г. Ялта.",
        "Дорогой Николай Семенович!",
        "Книгу получил, спасибо. Пишите, как Ваше здоровье и когда Вы думаете быть в Москве.",
        "Ваш П. Зимин.",
        "302. В РЕДАКЦИЮ ГАЗЕТЫ «ВОЛГА»",
        "4 марта 1902 г. Ялта.",
        "Милостивые государи!",
        "Прошу исправить ошибку, вкравшуюся в заметку о моём рассказе в последнем номере.",
        "П. Зимин.",
    ]))
    assert len(roots) == 2
    assert roots[1].find(".//t:correspAction[@type='sent']/t:date", NS).get("when") == "1902-03-04"
