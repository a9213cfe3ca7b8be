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


def test_a_re_pasted_ending_with_a_re_translated_lead_in_is_removed() -> None:
    x = "The published letter of Petrovsky has no date; it is dated by its contents."
    y = "It is not known what answer was given to it."
    text = (f"The position is described in: Gavrilenko Yu. I. The leadership // Pages of history, edited by "
            f"Kulik V. M. Kiev, 1990. S. 141-158. {x} {y} Pages of history. Ed. Kulika V. M. Kiev, 1990. "
            f"S. 141-158. {x} {y}")
    kept, removed = remove_repeats(text)
    assert kept.endswith(f"S. 141-158. {x} {y}") and kept.count(x) == 1
    assert removed == [f"Pages of history. Ed. Kulika V. M. Kiev, 1990. S. 141-158. {x} {y}"]


def test_an_ending_that_only_echoes_a_short_phrase_is_kept() -> None:
    text = "We will win. The work goes on here. Everyone is tired. We will win."
    assert remove_repeats(text) == (text, [])
