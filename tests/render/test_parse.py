"""Rendering from a file's bytes: one parse, safe parsing, the same output whatever came before."""

from __future__ import annotations

import re

import pytest

from teikit.errors import InputError, TeikitError
from teikit.render import Renderer, RenderOptions, _saxon
from teikit.xml import parse_file
from tests.render.conftest import LETTER

TINY = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>{}</p></body></text></TEI>'


def test_bytes_and_tree_render_the_same() -> None:
    renderer = Renderer(RenderOptions("html"))
    assert renderer.render_bytes(LETTER.read_bytes(), "x") == renderer.render(parse_file(LETTER), "x")


def test_output_does_not_depend_on_what_the_process_rendered_before() -> None:
    renderer = Renderer(RenderOptions("html"))
    first = renderer.render_bytes(LETTER.read_bytes(), "x")
    for n in range(3):
        renderer.render_bytes(TINY.format(n).encode(), "other")
    assert renderer.render_bytes(LETTER.read_bytes(), "x") == first
    assert re.search(rb'id="m-\d+"', first)


def test_malformed_bytes_name_line_and_column(capfd: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(InputError, match=r"^bad\.xml:1:\d+: not well-formed XML"):
        Renderer(RenderOptions("text")).render_bytes(b"<TEI><p></TEI>", "bad.xml")
    assert capfd.readouterr().err == ""  # Saxon's own report of the error is not printed


def test_internal_entities_are_expanded_and_a_bomb_is_refused() -> None:
    small = (b'<!DOCTYPE TEI [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
             + TINY.format("&b;").encode())
    assert "a" * 100 in Renderer(RenderOptions("text")).render_bytes(small, "small.xml").decode()
    levels = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    bomb = f'<!DOCTYPE TEI [<!ENTITY l0 "lol">{levels}]>'.encode() + TINY.format("&l9;").encode()
    with pytest.raises(TeikitError, match="expansion bomb"):
        Renderer(RenderOptions("text")).render_bytes(bomb, "bomb.xml")
    with pytest.raises(Exception, match="DOCTYPE is disallowed"):
        _saxon.processor().parse_xml(xml_text=small.decode())


def test_other_encodings_are_read_as_declared() -> None:
    latin = '<?xml version="1.0" encoding="ISO-8859-1"?>'.encode() + TINY.format("Zürich").encode("latin-1")
    assert "Zürich" in Renderer(RenderOptions("text")).render_bytes(latin, "latin.xml").decode()


def test_utf16_without_a_declaration_of_its_own_is_still_read() -> None:
    utf16 = TINY.format("Zürich").encode("utf-16")
    assert "Zürich" in Renderer(RenderOptions("text")).render_bytes(utf16, "utf16.xml").decode()
