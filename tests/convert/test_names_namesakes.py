"""Namesake resolution: a pure function of the candidates and the evidence, each case by name."""

from __future__ import annotations

import pytest

from teikit.convert.names_namesakes import NamesakeEvidence, choose_namesake

CANDIDATES = ["kamenev", "kamenev_s"]


@pytest.mark.parametrize(("name", "evidence", "expected"), [
    ("one candidate needs no evidence", NamesakeEvidence(), (("kamenev",), None)),
    ("a cue near the mention decides", NamesakeEvidence(near={"kamenev_s": (1, -40)}), (("kamenev_s",), None)),
    ("more cues near the mention win", NamesakeEvidence(near={"kamenev": (2, -90), "kamenev_s": (1, -5)}),
     (("kamenev",), None)),
    ("on equal counts the nearer cue wins", NamesakeEvidence(near={"kamenev": (1, -90), "kamenev_s": (1, -5)}),
     (("kamenev_s",), None)),
    ("cues elsewhere in the text decide when none is near",
     NamesakeEvidence(anywhere={"kamenev": (1, -900)}), (("kamenev",), None)),
    ("near cues go before cues elsewhere",
     NamesakeEvidence(near={"kamenev_s": (1, -10)}, anywhere={"kamenev": (3, -500)}), (("kamenev_s",), None)),
    ("without cues the one named last", NamesakeEvidence(last_named={"kamenev": 1, "kamenev_s": 4}),
     (("kamenev_s",), None)),
])
def test_a_namesake_is_chosen_when_the_evidence_decides(name, evidence, expected):
    candidates = CANDIDATES[:1] if name.startswith("one candidate") else CANDIDATES
    assert choose_namesake(candidates, evidence) == expected, name


@pytest.mark.parametrize(("name", "evidence"), [
    ("no evidence at all", NamesakeEvidence()),
    ("a tie on cues and distance", NamesakeEvidence(near={"kamenev": (1, -5), "kamenev_s": (1, -5)})),
    ("scores without any cue found", NamesakeEvidence(near={"kamenev": (0, -10)}, anywhere={"kamenev_s": (0, -3)})),
])
def test_undecided_namesakes_keep_every_candidate_with_low_certainty(name, evidence):
    assert choose_namesake(["kamenev_s", "kamenev"], evidence) == (("kamenev", "kamenev_s"), "low"), name
