"""A body no register knows, named by a heading as sender or recipient."""

from __future__ import annotations

from teikit.convert.run import Converter
from teikit.registers import load_registers
from teikit.xml import TEI_NS, parse_bytes

NS = {"t": TEI_NS}


def test_a_body_a_heading_names_is_the_recipient_with_an_entry_of_its_own() -> None:
    page = Converter(load_registers()).convert_text(
        "From Marco Brill to Doge and Senate of Genoa, Vienna, 3 March 1617\n\nSerenissimo Principe\n\n"
        "Ho scritto ieri.\n", "page.txt", "page")
    [(_name, data)] = page.files
    root = parse_bytes(data, "page.xml").getroot()
    received = root.find(".//t:correspAction[@type='received']/t:orgName", NS)
    assert received is not None and received.text == "Doge and Senate of Genoa"
    entry = root.find(f".//t:standOff/t:listOrg/t:org[@{{http://www.w3.org/XML/1998/namespace}}id='"
                      f"{received.get('ref')[1:]}']", NS)
    assert entry is not None and entry.findtext("t:orgName", namespaces=NS) == "Doge and Senate of Genoa"


def test_a_person_is_no_body() -> None:
    page = Converter(load_registers()).convert_text(
        "From Marco Brill to Paolo Vane, Vienna, 3 March 1617\n\nCaro amico,\n\nHo scritto ieri.\n", "page.txt", "page")
    [(_name, data)] = page.files
    root = parse_bytes(data, "page.xml").getroot()
    assert root.find(".//t:correspAction[@type='received']/t:orgName", NS) is None
