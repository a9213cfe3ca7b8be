"""teikit's profile: generated from one declaration, RNG and XSD agree, a strict subset of TEI."""

from __future__ import annotations

import importlib.util
import random
import sys
from pathlib import Path
from types import ModuleType

import pytest
from lxml import etree

from teikit.validate import validate_tree
from teikit.xml import parse_file, serialize

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "validate"
SCHEMAS = ROOT / "schemas"

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(SCHEMAS))
    try:
        spec = importlib.util.spec_from_file_location(name, SCHEMAS / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCHEMAS))


generate = _load("generate")
decl = generate.decl

VALID = sorted((FIXTURES / "valid").glob("*.xml"))
INVALID = sorted((FIXTURES / "invalid").glob("*.xml"))
LETTERS = sorted((ROOT / "tei" / "letters").glob("*.xml"))
RNG = str(SCHEMAS / "teikit.rng")
XSD = str(SCHEMAS / "teikit.xsd")


def test_committed_schemas_are_what_the_declaration_generates() -> None:
    for name, data in generate.outputs().items():
        assert (SCHEMAS / name).read_bytes() == data, f"schemas/{name} is stale: run python schemas/generate.py"


@pytest.mark.parametrize("path", VALID + INVALID, ids=lambda p: p.name)
def test_rng_and_xsd_give_the_same_verdict(path: Path) -> None:
    tree = parse_file(path)
    assert (not validate_tree(tree, [RNG])) == (not validate_tree(tree, [XSD]))


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_fixtures_pass_the_whole_profile(path: Path) -> None:
    assert validate_tree(parse_file(path)) == []


def test_letters_pass_the_whole_profile() -> None:
    if not LETTERS:
        pytest.skip("tei/letters/ holds no encoded letters yet")
    failures = {p.name: [x.message for x in validate_tree(parse_file(p))] for p in LETTERS}
    assert {name: problems for name, problems in failures.items() if problems} == {}


# --- random documents from the declaration ---------------------------------------

_VALUES = {
    decl.WORD: ["x", "main", "note-marker"],
    decl.STRING: ["some text", "I"],
    decl.POINTERS: ["#a", "#a #b", "https://example.org/x"],
    decl.TEMPORAL: ["1924", "1924-08", "1924-08-05", "1924-08-05T10:00:00"],
    decl.LANGUAGE: ["en", "ru", ""],
}


class _Writer:
    """Builds random documents that the declaration allows (bounded depth)."""

    def __init__(self, seed: int) -> None:
        self.rand = random.Random(seed)
        self.ids = 0

    def element(self, name: str, depth: int) -> etree._Element:
        spec = decl.ELEMENTS[name]
        el = etree.Element(f"{{{TEI_NS}}}{name}")
        for attr in spec.attributes:
            if attr.required or self.rand.random() < 0.4:
                el.set(self._attr_name(attr.name), self._value(attr.type))
        self.content(el, spec.content, depth)
        return el

    def _attr_name(self, name: str) -> str:
        return f"{{{XML_NS}}}{name[4:]}" if name.startswith("xml:") else name

    def _value(self, kind: object) -> str:
        if isinstance(kind, tuple):
            return self.rand.choice(kind)
        if kind == decl.ID:
            self.ids += 1
            return f"id{self.ids}"
        return self.rand.choice(_VALUES[kind])

    def content(self, el: etree._Element, part: object, depth: int) -> None:
        deep = depth > 7
        if isinstance(part, str):
            el.append(self.element(part, depth + 1))
        elif isinstance(part, decl.Opt):
            if not deep and self.rand.random() < 0.6:
                self.content(el, part.part, depth)
        elif isinstance(part, (decl.Many, decl.Some)):
            low = 1 if isinstance(part, decl.Some) else 0
            for _ in range(low if deep else self.rand.randint(low, 3)):
                self.content(el, part.part, depth)
        elif isinstance(part, decl.Alt):
            self.content(el, part.parts[0] if deep else self.rand.choice(part.parts), depth)
        elif isinstance(part, decl.Seq):
            for item in part.parts:
                self.content(el, item, depth)
        elif isinstance(part, decl.Mixed):
            el.text = "text "
            if part.names and not deep:
                for _ in range(self.rand.randint(0, 3)):
                    child = self.element(self.rand.choice(part.names), depth + 1)
                    child.tail = " more "
                    el.append(child)


def random_documents(count: int) -> list[etree._ElementTree]:
    docs = []
    for seed in range(count):
        root = _Writer(seed).element(decl.ROOT, 0)
        docs.append(etree.ElementTree(etree.fromstring(serialize(root))))
    return docs


def test_random_profile_documents_are_valid_against_rng_and_xsd() -> None:
    for tree in random_documents(12):
        assert validate_tree(tree, [RNG]) == []
        assert validate_tree(tree, [XSD]) == []


def test_profile_valid_documents_are_valid_tei(tei_all: Path) -> None:
    """The strict-subset claim, on the fixtures, the letters and random profile documents."""
    trees = [parse_file(p) for p in VALID + INVALID + LETTERS] + random_documents(40)
    profile_valid = [t for t in trees if not validate_tree(t, [RNG])]
    assert len(profile_valid) > 40
    for tree in profile_valid:
        problems = validate_tree(tree, [str(tei_all)])
        assert problems == [], serialize(tree).decode()[:3000]
