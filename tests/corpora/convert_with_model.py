#!/usr/bin/env python3
"""``teikit`` with variant (f) of ``line_crf.py``, to measure it end to end: the rules' furniture, and
the lines a CRF model (``line_crf.py --save``) is sure are furniture.

With ``--guarded`` only lines in the run of furniture that opens the page are taken, and never a
line with the shape of a document's line (heading, salute, signature, note, collection title) or of
running text. The scorer runs it in place of ``teikit``:

    score.py DIR --teikit "python3 convert_with_model.py MODEL.crf [--guarded] [--confidence P]"

Needs python-crfsuite. It replaces the layout's furniture test for the run; the converter is unchanged.
"""
from __future__ import annotations

import sys

import pycrfsuite

from teikit.cli import main
from teikit.convert import furniture as furniture_rules
from teikit.convert import patterns, segment
from teikit.convert.dates import DateContext, parse_dateline
from teikit.convert.run import Converter
from teikit.registers import load_registers

from line_features import is_prose, page_features


def _document_shape(text: str) -> bool:
    return bool(patterns.NOTE_LINE.fullmatch(text) or patterns.heading_match(text) is not None
                or patterns.NUMBER["number"].fullmatch(text) or patterns.NOTES_HEADING.fullmatch(text)
                or patterns.is_salute(text) or patterns.signature_like(text)
                or patterns.match(patterns.COLLECTION, text) is not None or is_prose(text))


def patch(model: str, confidence: float, guarded: bool) -> None:
    """Make the layout take as furniture the lines the model is sure of."""
    tagger = pycrfsuite.Tagger()
    tagger.open(model)
    citations = Converter(load_registers(None)).citations
    sure: set[int] = set()
    original_layout, original_rule = segment.layout, segment._Furniture._rule

    def layout(text, *args, **kwargs):  # type: ignore[no-untyped-def]
        lines = segment.split_lines(text)
        content = [ln for ln in lines if not ln.blank]
        context = DateContext(lang=segment.page_language(text))
        tagger.set(page_features(lines, is_dateline=lambda t: parse_dateline(t, context) is not None,
                                 is_citation=lambda t: citations.parse_line(t) is not None))
        roles = tagger.tag()
        found = {ln.number for i, (ln, role) in enumerate(zip(content, roles))
                 if role == "furniture" and tagger.marginal(role, i) >= confidence}
        if guarded:
            top: set[int] = set()
            for ln in content:
                if ln.number in found and not _document_shape(ln.stripped):
                    top.add(ln.number)
                elif furniture_rules.line_rule(ln.stripped) is None:
                    break
            found = top
        sure.clear()
        sure.update(found)
        return original_layout(text, *args, **kwargs)

    def rule(self, line):  # type: ignore[no-untyped-def]
        return original_rule(self, line) or ("learned-furniture" if line.number in sure else None)

    segment.layout = layout
    segment._Furniture._rule = rule
    import teikit.convert.run as run
    run.layout = layout


if __name__ == "__main__":
    args = sys.argv[1:]
    model = args.pop(0)
    guarded = "--guarded" in args[:3]
    if guarded:
        args.remove("--guarded")
    confidence = 0.9
    if args[:1] == ["--confidence"]:
        confidence, args = float(args[1]), args[2:]
    patch(model, confidence, guarded)
    sys.exit(main(args))
