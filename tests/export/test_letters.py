from __future__ import annotations

from pathlib import Path

from teikit.export.letters import read_document
from teikit.export.sources import SourceFile
from teikit.registers import Registers
from teikit.xml import parse_bytes
from teikit.export.letters import document_of

DRAFT = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title level="s">Series</title><title level="a">A an B</title></titleStmt>
<publicationStmt><p/></publicationStmt><sourceDesc><correspDesc>
<sender><persName ref="pmb1">A</persName></sender><addressee><persName ref="pmb2">B</persName></addressee>
<placeSender><placeName ref="pmb50">Wien</placeName></placeSender>
<dateSender><date when="1893-11-03">3. 11. 1893</date></dateSender></correspDesc></sourceDesc></fileDesc></teiHeader>
<text><body><p/></body></text></TEI>"""


def test_teikit_letter(kalinin: Path, registers: Registers) -> None:
    doc = read_document(SourceFile(kalinin, "k"), registers)
    (letter,) = doc.letters
    assert doc.title == "M. I. Kalinin to I. V. Stalin"
    assert [(p.key, p.name) for p in letter.senders] == [("kalinin", "M. I. Kalinin")]
    assert [(p.key, p.uri) for p in letter.recipients] == [("stalin", "http://www.wikidata.org/entity/Q855")]
    assert letter.date is not None and letter.date.attributes == (("when", "1924-08"),)
    assert letter.place is not None and letter.place.uri == "https://sws.geonames.org/1512569/"
    assert doc.repository == "RTsKhIDNI"
    assert doc.shelfmark.startswith("RTSKHIDNI. F. 78.")
    assert doc.languages == ["en"]
    assert letter.bibl is not None and letter.bibl.text.startswith("Bolshevik leadership Correspondence")
    mentioned = [m.key for m in doc.mentions]
    assert mentioned == ["stalin", "trotsky", "central_committee", "lenin", "baku", "kalinin"]
    assert doc.warnings == []


def test_early_correspdesc_draft_in_sourcedesc() -> None:
    doc = document_of(parse_bytes(DRAFT).getroot(), SourceFile(Path("d.xml"), "d"))
    (letter,) = doc.letters
    assert doc.title == "A an B"
    assert [p.key for p in letter.senders] == ["pmb1"]
    assert [p.key for p in letter.recipients] == ["pmb2"]
    assert letter.place is not None and letter.place.name == "Wien"
    assert letter.date is not None and letter.date.sort_key == "1893-11-03"
    assert letter.bibl is not None and (letter.bibl.type, letter.bibl.text) == ("online", "Series")


def test_file_without_correspdesc_is_one_letter_with_a_warning(letters_dir: Path) -> None:
    doc = read_document(SourceFile(letters_dir / "no-correspdesc.xml", "n"))
    assert len(doc.letters) == 1 and not doc.letters[0].has_correspondence
    assert doc.letters[0].title == "A note without correspondence metadata"
    assert any("no correspDesc" in w for w in doc.warnings)


def test_names_typed_as_roles_go_to_their_action() -> None:
    data = b"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
    <publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc><profileDesc><correspDesc>
    <correspAction type="sent"><persName type="addressee">B</persName><persName type="sender">A</persName>
    <date when="1877-02-01">[Februar 1877?]</date></correspAction></correspDesc></profileDesc></teiHeader></TEI>"""
    (letter,) = document_of(parse_bytes(data).getroot(), SourceFile(Path("e.xml"), "e")).letters
    assert [p.name for p in letter.senders] == ["A"]
    assert [p.name for p in letter.recipients] == ["B"]
