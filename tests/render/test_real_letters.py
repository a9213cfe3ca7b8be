"""Other projects' letters shown whole: every real letter of the shared corpus, in HTML and text.

The facts of each header (correspondents, date, places) come from ``teikit.letter_facts``;
the stylesheets read the same header forms, and these tests hold both to the same answers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from teikit.letter_facts import LetterFacts, letter_facts
from teikit.render import Renderer, RenderOptions
from teikit.xml import NS
from tests.conftest import SHARED

# Register lists keep data for the index (coordinates, identifiers): the index shows what a reader needs of them.
REGISTER_DATA = "ancestor::*[self::t:listPerson or self::t:listPlace or self::t:listOrg or self::t:listEvent]"
FINAL_STOP = re.compile(r"[.,;:¬⸗-]$")  # a final stop, or the hyphen of a word joined at a line end


@dataclass(frozen=True)
class Rendered:
    path: Path
    facts: LetterFacts
    root: etree._Element
    html: str
    html_words: str
    text: str


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def rendered() -> list[Rendered]:
    """Every real letter rendered once for the module (the shared fixture is per test, so it is checked here)."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside this checkout (the real letters live there)")
    shared = SHARED
    html, text = Renderer(RenderOptions("html")), Renderer(RenderOptions("text", width=10_000))
    found = []
    for path in sorted((shared / "corpus" / "tei-real").rglob("*.xml")):
        if path.parent.name == "cmif":
            continue
        data = path.read_bytes()
        root = etree.fromstring(data)
        page = html.render_bytes(data, str(path)).decode()
        found.append(Rendered(path, letter_facts(root), root, page,
                              words(lxml_html.fromstring(page).text_content()),
                              text.render_bytes(data, str(path)).decode()))
    assert len(found) == 220
    return found


@pytest.mark.slow
def test_correspondents_and_date_of_every_header_form_are_shown(rendered: list[Rendered]) -> None:
    missing = []
    for item in rendered:
        letter = item.facts.letters[0]
        assert letter.senders and letter.recipients and letter.date, item.path
        wanted = [n.text for n in letter.senders + letter.recipients] + [letter.date.text]
        for name, shown in (("html", item.html_words), ("text", words(item.text))):
            missing += [f"{item.path.name} ({name}): {w}" for w in wanted if words(w) not in shown]
    assert missing == []


@pytest.mark.slow
def test_every_word_of_the_text_is_shown(rendered: list[Rendered]) -> None:
    missing = []
    for item in rendered:
        text_words = words(item.text)
        for node in item.root.xpath(f"t:text//text()[not({REGISTER_DATA})]", namespaces=NS):
            wanted = FINAL_STOP.sub("", words(node))
            for name, shown in (("html", item.html_words), ("text", text_words)):
                if wanted and wanted not in shown:
                    missing.append(f"{item.path.name} ({name}): {wanted[:60]}")
    assert missing == []


def header_of(text: str) -> dict[str, str]:
    """The text rendering's header: 'correspondents' (the arrow line) and the labelled fields."""
    head = text.split("\n" + "-" * 10)[0].splitlines()[2:]
    found = {"correspondents": next((line for line in head if " → " in line and ":" not in line[:17]), "")}
    found |= {m[1]: m[2] for line in head if (m := re.match(r"^([^:\s][^:]*):\s+(.*)$", line))}
    return found


@pytest.mark.slow
def test_stylesheet_and_letter_facts_agree_on_every_real_letter(rendered: list[Rendered]) -> None:
    disagreements = []
    for item in rendered:
        letter = item.facts.letters[0]
        header = header_of(item.text)
        expected = (", ".join(words(n.text) for n in letter.senders) + " → "
                    + ", ".join(words(n.text) for n in letter.recipients))
        if header["correspondents"] != expected:
            disagreements.append(f"{item.path.name}: {header['correspondents']!r} != {expected!r}")
        date = next(v for k, v in header.items() if k in ("Date", "Datum", "Data"))
        if words(date).strip("[]") != words(letter.date.text).strip("[]"):  # type: ignore[union-attr]
            disagreements.append(f"{item.path.name}: date {date!r} != {letter.date.text!r}")  # type: ignore[union-attr]
        sent = letter.action("sent")
        places = ", ".join(words(p.text) for p in sent.places) if sent else ""
        shown = next((v for k, v in header.items() if k in ("Place", "Ort", "Luogo")), "")
        if words(shown) != places:
            disagreements.append(f"{item.path.name}: place {shown!r} != {places!r}")
    assert disagreements == []


@pytest.mark.slow
def test_the_text_carries_every_index_entry_of_the_page(rendered: list[Rendered]) -> None:
    missing = []
    for item in rendered:
        page = lxml_html.fromstring(item.html)
        index_text = item.text.split("\n\n", 1)[1]
        for entry in page.xpath("//section[@class='index']//li"):
            name = words(entry.xpath("string(span[@class='idx-name'])"))
            if f"\n{name}" not in index_text:
                missing.append(f"{item.path.name}: {entry.get('id')} {name}")
    assert missing == []


@pytest.mark.slow
def test_narrow_text_keeps_to_its_width(tmp_path: Path) -> None:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside this checkout (the real letters live there)")
    renderer = Renderer(RenderOptions("text", width=20))
    overruns = []
    for path in sorted((SHARED / "corpus" / "tei-real").rglob("*.xml")):
        if path.parent.name == "cmif":
            continue
        for line in renderer.render_bytes(path.read_bytes(), str(path)).decode().splitlines():
            if len(line) > 20 and " " in line.strip():  # only a word longer than the line may overrun it
                overruns.append(f"{path.name}: {line!r}")
    assert overruns == []
