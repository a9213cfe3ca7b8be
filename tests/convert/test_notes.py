"""Notes blocks and note markers in their written forms."""

from teikit.convert.notes import MarkerFinder, parse_notes
from teikit.model import Line, Note


def _lines(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_note_lines_with_digits_words_and_asterisks() -> None:
    notes = parse_notes(_lines("1 The figure is given as in the document.", "twoThe telegram was received.",
                               "* So in the document.", "continued on a second line."))
    assert [(n.n, n.surface) for n in notes] == [("1", "1 "), ("2", "two"), ("*", "* ")]
    assert notes[1].text == "The telegram was received."
    assert notes[2].text.endswith("continued on a second line.")


def test_markers_are_taken_in_note_order() -> None:
    notes = [Note(n, "x", 1) for n in ("1", "2", "3", "4")]
    finder = MarkerFinder(notes)
    text = ("is Ilyich still in Krakow? one We receive 300 poods. The article by Zinoviev 2 that you "
            "mention. Send me Luch 3(I need them) and the collection of articles4 on insurance.")
    found = finder.find(text)
    assert [(m.n, m.surface) for m in found] == [("1", "one"), ("2", "2"), ("3", "3"), ("4", "4")]
    assert text[found[3].start - 8:found[3].end] == "articles4"


def test_spaced_and_glued_markers_and_asterisks() -> None:
    finder = MarkerFinder([Note("1", "a", 1), Note("2", "b", 2)])
    found = finder.find("ongoing phenomenon 1 . Day and night.2 a faction *, but did* it")
    assert [m.n for m in found] == ["1", "2", "*", "*"]


def test_numbers_that_are_not_waiting_notes_are_not_markers() -> None:
    finder = MarkerFinder([Note("1", "a", 1)])
    assert [m.n for m in finder.find("collected 1,140 horses on the 2nd and 23 vessels")] == []


def test_a_lone_number_in_marker_position_is_a_marker_without_note() -> None:
    finder = MarkerFinder([Note("1", "a", 1), Note("3", "c", 2)])
    found = finder.find("the first 1 , then he is not surprised tomorrow 2 . and the third 3 .")
    assert [m.n for m in found] == ["1", "2", "3"]


def test_numbers_inside_dates_are_not_markers() -> None:
    finder = MarkerFinder([Note("1", "a", 1), Note("2", "b", 2)])
    text = "By January 20 1 , and on October 2 the resolution of the opposition 2 , was read"
    october = text.index("October 2")
    found = finder.find(text, exclude=[(text.index("January 20"), text.index("January 20") + 10),
                                       (october, october + 9)])
    assert [(m.n, text[m.start - 12:m.start].strip()) for m in found] == [("1", "January 20"), ("2", "opposition")]


def test_a_lost_marker_does_not_hold_up_the_later_ones() -> None:
    finder = MarkerFinder([Note("1", "a", 1), Note("2", "b", 2), Note("3", "c", 3)])
    found = finder.find("the first of July, and the gold 2 . Then the silver3 came.")
    assert [m.n for m in found] == ["2", "3"]


def test_markers_glued_to_the_next_word_or_before_a_dash() -> None:
    finder = MarkerFinder([Note(str(i), "x", i) for i in range(1, 5)])
    text = "questions 1We agree. The Committee 2we asked. 3I am glad. The revolution 4- behind us."
    assert [(m.n, m.surface) for m in finder.find(text)] == [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4")]


def test_notes_in_brackets_parentheses_and_superscript_digits() -> None:
    from teikit.convert.notes import MarkerFinder, marker_value, parse_notes
    from teikit.model import Line

    notes = parse_notes([Line(1, "[1] First."), Line(2, "(2) Second."), Line(3, "³ Third.")])
    assert [n.n for n in notes] == ["1", "2", "3"]
    assert marker_value("¹²") == "12"
    found = MarkerFinder(notes).find("Wenn[1] ich komme (2) und gehe³.")
    assert [(m.n, m.surface) for m in found] == [("1", "[1]"), ("2", "(2)"), ("3", "³")]
