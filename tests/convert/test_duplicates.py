"""Removal of pasted-again sentence runs."""

from teikit.convert.duplicates import remove_repeats

A = "The answer has not been found."
B = "It is known that his son was admitted to the workers' faculty in the autumn."


def test_whole_copies_after_the_original_are_removed() -> None:
    text = f"Intro sentence here. {A} {B} {A} {B} {A} {B}"
    kept, removed = remove_repeats(text)
    assert kept == f"Intro sentence here. {A} {B}"
    assert removed == [f"{A} {B}", f"{A} {B}"]


def test_partial_first_occurrence_is_the_original() -> None:
    x = "The published letter reflected his direct reaction to the creation of the group."
    y = "A new look at events and facts."
    text = f"Source (pp. 68-70). {x} {y} {x} {y} {x}"
    kept, removed = remove_repeats(text)
    assert kept == f"Source (pp. 68-70). {x}"
    assert len(removed) == 2


def test_repeated_sentence_inside_a_paragraph() -> None:
    s = "Now the committee wants to appeal to the commission, and the matter will drag on."
    kept, removed = remove_repeats(f"Three weeks ago it happened. {s} {s} He does not want to go.")
    assert kept == f"Three weeks ago it happened. {s} He does not want to go."
    assert removed == [s]


def test_short_repetition_by_the_author_is_kept() -> None:
    text = "Good. Good. We will do it."
    assert remove_repeats(text) == (text, [])
