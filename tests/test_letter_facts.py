"""The facts of a letter from each header form: correspDesc (both forms), particDesc, titleStmt."""

from __future__ import annotations

from pathlib import Path

import pytest

from teikit.letter_facts import letter_facts
from teikit.xml import parse_bytes, parse_file


def _facts(header: str, text: str = "<text><body><p/></body></text>"):  # type: ignore[no-untyped-def]
    data = f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>{header}</teiHeader>{text}</TEI>'
    return letter_facts(parse_bytes(data.encode()).getroot())


FILE_DESC = """<fileDesc><titleStmt>{titles}</titleStmt><publicationStmt><p/></publicationStmt>
<sourceDesc><p/></sourceDesc></fileDesc>"""


def test_correspaction_gives_sides_places_dates_and_origins() -> None:
    facts = _facts(FILE_DESC.format(titles="<title>T</title>") + """<profileDesc>
      <langUsage><language ident="de"/></langUsage><correspDesc>
      <correspAction type="sent"><persName ref="#a">A</persName><placeName ref="#w">Wien</placeName>
        <date when-iso="1900-01-02">2. 1. 1900</date></correspAction>
      <correspAction type="received"><orgName ref="https://d-nb.info/gnd/1-2">B</orgName></correspAction>
      </correspDesc></profileDesc>""")
    (letter,) = facts.letters
    assert [(n.text, n.tag, n.ref) for n in letter.senders] == [("A", "persName", "#a")]
    assert [(n.text, n.tag) for n in letter.recipients] == [("B", "orgName")]
    assert letter.place is not None and letter.place.text == "Wien"
    assert letter.date is not None and letter.date.attributes == (("when", "1900-01-02"),)
    assert letter.origins == {"correspondents": "correspDesc", "date": "correspDesc", "places": "correspDesc"}
    assert facts.title == "T" and facts.languages == ["de"]


def test_early_draft_with_role_typed_names() -> None:
    facts = _facts(FILE_DESC.format(titles="<title>T</title>").replace("<sourceDesc><p/></sourceDesc>", """
      <sourceDesc><correspDesc><sender><persName>A</persName></sender><addressee><persName>B</persName></addressee>
      <dateSender><date when="1893-11-03">3. 11. 1893</date></dateSender></correspDesc></sourceDesc>"""))
    (letter,) = facts.letters
    assert [n.text for n in letter.senders] == ["A"] and [n.text for n in letter.recipients] == ["B"]
    assert letter.origins["correspondents"] == "correspDesc (early draft)"


def test_particdesc_roles_and_creation() -> None:
    facts = _facts(FILE_DESC.format(titles="<title>Ein Brief</title>") + """<profileDesc>
      <creation><date when="1750-05-01">1. Mai 1750</date><placeName ref="#halle">Halle</placeName></creation>
      <particDesc><listPerson>
        <person xml:id="p1" role="sender"><persName>Francke, August</persName></person>
        <person role="addressee recipient" sameAs="http://viaf.org/viaf/123"><persName>Spener, Philipp</persName></person>
        <person role="mentioned"><persName>Dritter</persName></person>
      </listPerson></particDesc></profileDesc>""")
    (letter,) = facts.letters
    assert [(n.text, n.ref) for n in letter.senders] == [("Francke, August", "#p1")]
    assert [(n.text, n.ref) for n in letter.recipients] == [("Spener, Philipp", "http://viaf.org/viaf/123")]
    assert letter.date is not None and letter.date.sort_key == "1750-05-01"
    assert letter.place is not None and letter.place.text == "Halle"
    assert letter.origins == {"correspondents": "particDesc", "date": "profileDesc/creation",
                              "places": "profileDesc/creation"}


def test_titlestmt_author_and_title_recipient() -> None:
    facts = _facts(FILE_DESC.format(titles="""<title level="s">Reihe</title>
      <title type="main">Fedor Mamroth an Arthur Schnitzler, 2. 8. 1889</title>
      <title type="iso-date" when-iso="1889-08-02">1889-08-02</title>
      <author ref="#pmb4986">Mamroth, Fedor</author>"""))
    (letter,) = facts.letters
    assert [(n.text, n.ref) for n in letter.senders] == [("Mamroth, Fedor", "#pmb4986")]
    assert [n.text for n in letter.recipients] == ["Arthur Schnitzler"]
    assert letter.date is not None and letter.date.sort_key == "1889-08-02"
    assert letter.origins == {"correspondents": "titleStmt", "date": "titleStmt"}


def test_title_naming_someone_else_first_gives_no_recipient() -> None:
    facts = _facts(FILE_DESC.format(titles="<title>Notes to Paul, 1900</title><author>Maria Weber</author>"))
    (letter,) = facts.letters
    assert [n.text for n in letter.senders] == ["Maria Weber"] and letter.recipients == []


def test_correspdesc_without_names_takes_them_from_another_form() -> None:
    facts = _facts(FILE_DESC.format(titles="<title>Brief</title>") + """<profileDesc>
      <correspDesc><correspAction type="sent"><date when="1801-02-03"/></correspAction>
        <correspContext><ref type="next" target="b2"/></correspContext></correspDesc>
      <particDesc><listPerson><person role="sender"><persName>A</persName></person>
        <person role="recipient"><persName>B</persName></person></listPerson></particDesc></profileDesc>""")
    (letter,) = facts.letters
    assert [n.text for n in letter.senders] == ["A"] and [n.text for n in letter.recipients] == ["B"]
    assert letter.date is not None and letter.date.sort_key == "1801-02-03"
    assert letter.origins == {"date": "correspDesc", "correspondents": "particDesc"}


def test_a_tei_corpus_gives_the_letters_of_each_tei() -> None:
    letter = """<TEI><teiHeader><fileDesc><titleStmt><title>{0} an B</title><author>{0}</author></titleStmt>
      <publicationStmt><idno type="url">https://example.org/{0}</idno></publicationStmt><sourceDesc><p/></sourceDesc>
      </fileDesc></teiHeader><text><body><p/></body></text></TEI>"""
    data = (f'<teiCorpus xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>{FILE_DESC.format(titles="<title>C</title>")}'
            f'</teiHeader>{letter.format("A")}{letter.format("Z")}</teiCorpus>')
    facts = letter_facts(parse_bytes(data.encode()).getroot())
    assert facts.title == "C"
    assert [([n.text for n in c.senders], [n.text for n in c.recipients], c.ref) for c in facts.letters] == [
        (["A"], ["B"], "https://example.org/A"), (["Z"], ["B"], "https://example.org/Z")]


def test_header_without_correspondents_gives_no_letter() -> None:
    assert _facts(FILE_DESC.format(titles="<title>Notes</title>")).letters == []


def test_every_real_letter_has_sender_recipient_and_date(shared: Path) -> None:
    folder = shared / "corpus" / "tei-real"
    missing = []
    for path in sorted(folder.rglob("*.xml")):
        if path.parent.name == "cmif":
            continue
        letters = letter_facts(parse_file(path).getroot()).letters
        if len(letters) != 1 or not (letters[0].senders and letters[0].recipients and letters[0].date):
            missing.append(path.name)
    assert missing == []


@pytest.mark.parametrize("name", ["bahr-schnitzler", "suriano"])
def test_real_editions_name_their_header_form(shared: Path, name: str) -> None:
    path = sorted((shared / "corpus" / "tei-real" / name).glob("*.xml"))[0]
    (letter,) = letter_facts(parse_file(path).getroot()).letters
    expected = "correspDesc (early draft)" if name == "bahr-schnitzler" else "correspDesc"
    assert letter.origins["correspondents"] == expected


@pytest.mark.slow
def test_stylesheets_show_the_facts_export_reads(shared: Path, tmp_path: Path) -> None:
    """Every real letter's HTML page shows the correspondents and the date letter_facts finds in its header."""
    from lxml import etree

    from teikit.render import RenderOptions, render_paths

    folder = shared / "corpus" / "tei-real"
    disagree = []
    for edition in sorted(p for p in folder.iterdir() if p.is_dir() and p.name != "cmif"):
        render_paths([edition], tmp_path / edition.name, RenderOptions(to="html"))
        for path in sorted(edition.glob("*.xml")):
            (letter,) = letter_facts(parse_file(path).getroot()).letters
            page = etree.parse(str(tmp_path / edition.name / f"{path.stem}.html"), etree.HTMLParser())
            shown = " ".join(" ".join(page.getroot().itertext()).split())
            missing = [name.text for name in letter.senders + letter.recipients if name.text not in shown]
            if letter.date and letter.date.text not in shown and letter.date.sort_key not in shown:
                missing.append(f"date {letter.date.text}")
            if missing:
                disagree.append(f"{edition.name}/{path.name}: {missing}")
    assert disagree == []


def test_stylesheets_show_the_facts_of_every_header_form(tmp_path: Path) -> None:
    """particDesc and titleStmt letters: the HTML shows the correspondents letter_facts reads."""
    from lxml import etree

    from teikit.render import RenderOptions, render_paths

    folder = Path(__file__).resolve().parent / "fixtures" / "header-forms"
    render_paths([folder], tmp_path, RenderOptions(to="html"))
    for path in sorted(folder.glob("*.xml")):
        (letter,) = letter_facts(parse_file(path).getroot()).letters
        page = etree.parse(str(tmp_path / f"{path.stem}.html"), etree.HTMLParser())
        shown = " ".join(" ".join(page.getroot().itertext()).split())
        assert letter.senders and letter.recipients and letter.date
        for name in letter.senders + letter.recipients:
            assert name.text in shown, (path.name, name.text)
        assert letter.date.text in shown or letter.date.sort_key in shown, path.name


def test_titlestmt_convention_on_real_letters_agrees_with_their_correspdesc(shared: Path) -> None:
    """With correspDesc removed, the titles and authors of three real editions give the same recipients."""
    from teikit.xml import NS

    def names(letter) -> set[str]:  # type: ignore[no-untyped-def]
        """'Surname, Forename' and 'Forename Surname' alike."""
        found = set()
        for name in letter.recipients:
            surname, _, forename = name.text.partition(",")
            found.add(" ".join(f"{forename} {surname}".casefold().split()))
        return found

    same = differ = 0
    for edition in ("bahr-schnitzler", "schnitzler-briefe", "tillich-briefe"):
        for path in sorted((shared / "corpus" / "tei-real" / edition).glob("*.xml")):
            root = parse_file(path).getroot()
            (stated,) = letter_facts(root).letters
            for desc in root.findall(".//t:correspDesc", NS):
                desc.getparent().remove(desc)
            (read,) = letter_facts(root).letters
            assert read.origins["correspondents"] == "titleStmt"
            if names(read):
                same += names(read) == names(stated)
                differ += names(read) != names(stated)
    # 117 of 130; the 3 others name the same recipients differently ('S. Fischer', 'Vandenhoeck & Ruprecht')
    assert same >= 115 and differ <= 3
