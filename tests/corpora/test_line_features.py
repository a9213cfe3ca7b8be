"""The shape features of the line labeller of line_crf.py."""

from __future__ import annotations

import sys
from pathlib import Path

from teikit.convert.segment import split_lines

sys.path.insert(0, str(Path(__file__).resolve().parent))

from line_features import is_prose, line_features, page_features, word_shape  # noqa: E402

PAGE = """Home | Letters | About

Karl Weber to Otto Brandt

Leipzig, 3 March 1905.

Dear Brandt,

Thank you for your letter of the 26th. I send the proofs back with this post, and the
drawings with the next one, as soon as the engraver has done with them.

Yours ever,
Karl Weber

Special offer this week
"""


def _features(text: str, asked: list[str] | None = None) -> dict[str, object]:
    def dateline(line: str) -> bool:
        if asked is not None:
            asked.append(line)
        return "1905" in line

    return line_features(text, repeats=set(), median=20, is_dateline=dateline, is_citation=lambda _: False)


def test_word_shapes() -> None:
    assert [word_shape(w) for w in ("Weber", "WEBER", "weber", "K.", "1905", "«Lieber", "—")] == \
        ["Xx", "X", "x", "X.", "d", "Xx", "—"]


def test_line_features_are_shapes() -> None:
    nav = _features("Home | Letters | About")
    assert nav["nav"] and nav["words"] == 3 and nav["end"] == "a" and nav["prose"] == 0
    salute = _features("Dear Brandt,")
    assert salute["salute_shape"] and salute["opens_salute"] and salute["end"] == ","
    assert _features("Leipzig, 3 March 1905.")["dateline"] and _features("Leipzig, 3 March 1905.")["year"]
    prose = _features("Thank you for your letter of the 26th, and for the proofs that came with it.")
    assert prose["prose"] == 3 and prose["first"] == "u" and not prose["salute_shape"]
    assert _features("KARL WEBER")["caps"] == 4 and _features("Karl Weber")["caps"] == 2
    assert _features("Karl Weber")["name"] and _features("Karl Weber")["titled"] == 3
    assert is_prose("On December 9 the strike began in the town.") and not is_prose("Special offer this week")


def test_the_grammars_are_asked_only_of_lines_that_could_be_datelines() -> None:
    asked: list[str] = []
    _features("Thank you for your letter and for the proofs.", asked)
    _features(" ".join(["word"] * 30) + " 1905", asked)
    _features("3 March", asked)
    assert asked == ["3 March"]


def test_page_features_see_the_neighbours_and_the_blank_lines() -> None:
    lines = split_lines(PAGE)
    rows = page_features(lines, is_dateline=lambda t: "1905" in t, is_citation=lambda _: False)
    assert len(rows) == sum(1 for ln in lines if not ln.blank)
    first, closing, last = rows[0], rows[6], rows[-1]
    assert not any(k.startswith(("-1:", "-2:")) for k in first) and first["blank_after"] == 1.0
    assert "1:blank_before" in first and "2:dateline" in first
    assert "blank_after" not in closing and "1:name" in closing
    assert not any(k.startswith(("1:", "2:")) for k in last) and "blank_before" in last
    assert all(value == 1.0 for row in rows for value in row.values())
