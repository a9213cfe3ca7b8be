"""Why each line of a page got its role: the lines with role and rule, for ``convert --explain``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from teikit.batch import Outcome, collect_inputs
from teikit.convert.letter import structure
from teikit.convert.profile import NO_PROFILE, Profile
from teikit.convert.run import Converter, read_page
from teikit.convert.segment import split_lines
from teikit.errors import TeikitError
from teikit.model import Unit
from teikit.registers import load_registers


def _units(doc_units: list[Unit]) -> list[tuple[Unit, str]]:
    """Each unit with each of its lines' texts (a paragraph or signature may join several)."""
    return [(u, piece.strip()) for u in doc_units for piece in u.text.split("\n")]


def explain(converter: Converter, text: str) -> list[tuple[int, str, str, str]]:
    """(line number, role, rule, text) for every non-blank line of a page, in page order."""
    page = converter.layout(text)
    lines = split_lines(text)
    roles: dict[int, tuple[str, str]] = dict(page.rules)
    rec = converter.recognisers(page)
    by_text: dict[str, list[int]] = {}
    for line in lines:
        if not line.blank and roles.get(line.number, ("text",))[0] == "text":
            by_text.setdefault(line.stripped, []).append(line.number)
    for block in page.blocks:
        doc = structure(block, rec, converter.profile)
        units = [*doc.head_units, *doc.opener, *doc.body, *doc.closer, *doc.postscript,
                 *(u for u in (doc.citation, doc.published) if u is not None)]
        for unit, piece in _units(units):
            role = "postscript" if unit in doc.postscript else unit.role
            waiting = [n for n in by_text.get(piece, []) if n >= unit.line - 20]
            if waiting:
                by_text[piece].remove(waiting[0])
                before = roles.get(waiting[0], ("", ""))[1]
                rule = unit.rule or before or "heading"
                roles[waiting[0]] = (role, f"{before}, {rule}" if before and unit.rule else rule)
            else:  # split off a longer line (a dateline that opens the text): the line keeps both
                for line in lines:
                    if piece and piece in line.stripped and abs(line.number - unit.line) <= 1 \
                            and roles.get(line.number, ("text",))[0] == "text":
                        roles[line.number] = (role, unit.rule)
    return [(ln.number, *roles.get(ln.number, ("text", "in-document")), ln.stripped)
            for ln in lines if not ln.blank]


def format_explanation(rows: list[tuple[int, str, str, str]], width: int = 70) -> list[str]:
    """Lines for a terminal: number, role, rule, and the start of the text."""
    return [f"{n:>5}  {role:<16} {rule:<24} {text[:width]}{'…' if len(text) > width else ''}"
            for n, role, rule, text in rows]


def explain_files(inputs: Sequence[str | Path], *, registers_dir: Path | None = None,
                  profile: Profile = NO_PROFILE, encoding: str | None = None) -> list[str]:
    """The explanation of every page given (folders: their ``*.txt``), each under its name."""
    converter = Converter(load_registers(registers_dir), profile)
    collected = Outcome()
    out: list[str] = []
    for item in collect_inputs(inputs, ".txt", collected):
        try:
            text = read_page(item, encoding).text
        except TeikitError as err:
            out.append(f"== {item.display}: {err}")
            continue
        out += [f"== {item.display}", *format_explanation(explain(converter, text))]
    return out + [f"== {failure}" for failure in collected.failures]
