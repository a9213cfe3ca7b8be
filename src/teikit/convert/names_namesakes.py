"""Which of several register persons of one name a mention means: a pure function of the
candidates and the evidence the document gives about each.

    evidence = NamesakeEvidence(near={...}, anywhere={...}, last_named={...})
    keys, cert = choose_namesake(["kamenev", "kamenev_s"], evidence)

The evidence for a candidate is how many of its register cues stand in the mention's
paragraph (and, failing that, anywhere in the text), with the distance of the nearest, and
when the document last named it. One candidate is chosen when one of them leads on cues near
the mention, else on cues anywhere, else is the one named last; otherwise every candidate is
kept, the better known (no ``_`` in its key) first, with ``cert="low"``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

CueScore = tuple[int, int]  # (cues found, minus the distance of the nearest)


@dataclass(frozen=True)
class NamesakeEvidence:
    """What the document says about each candidate."""

    near: Mapping[str, CueScore] = field(default_factory=dict)  # cues in the mention's paragraph
    anywhere: Mapping[str, CueScore] = field(default_factory=dict)  # cues in the whole text
    last_named: Mapping[str, int] = field(default_factory=dict)  # when the document last named it


def choose_namesake(candidates: Sequence[str], evidence: NamesakeEvidence) -> tuple[tuple[str, ...], str | None]:
    """The keys a mention links to and its certainty (None when one candidate is chosen)."""
    if len(candidates) == 1:
        return (candidates[0],), None
    for scores in (evidence.near, evidence.anywhere):
        best = _leader(candidates, scores)
        if best is not None:
            return (best,), None
    named = [k for k in candidates if k in evidence.last_named]
    if named:
        return (max(named, key=evidence.last_named.__getitem__),), None
    return tuple(sorted(candidates, key=lambda k: ("_" in k, k))), "low"


def _leader(candidates: Sequence[str], scores: Mapping[str, CueScore]) -> str | None:
    """The one candidate with the best cue score, when it found any cue and no other ties with it."""
    ranked = [scores.get(k, (0, 0)) for k in candidates]
    best = max(ranked)
    if best[0] and ranked.count(best) == 1:
        return candidates[ranked.index(best)]
    return None
