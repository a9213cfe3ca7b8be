"""Copying artifacts: passages pasted again.

Two shapes are found. A run of sentences pasted again right after itself
(where the repeated region does not start on a whole copy, the partial first
occurrence is the original and every whole copy after it is removed). And a
text that ends by repeating an earlier run of sentences, led in by a few words
that re-translate what stood before the original (a re-pasted reference): the
lead-in and the repeated run go. A run must be long enough (eight words, and
two sentences for the second shape) that it cannot be an author's own
repetition of a short phrase.
"""

from __future__ import annotations

import re

MIN_WORDS = 8
MIN_TRAILING_WORDS = 8
MAX_LEAD_IN_WORDS = 25
MAX_RUN = 40  # sentences in a pasted passage, at most: keeps the search linear in practice
SENTENCE = re.compile(r"\S.*?(?:[.!?…]+[\"”»)]*(?=\s|$)|$)", re.DOTALL)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in SENTENCE.finditer(text)]


def _key(text: str) -> str:
    return " ".join(text.split())


def remove_repeats(text: str) -> tuple[str, list[str]]:
    """The text without pasted-again copies, and each removed copy verbatim."""
    spans = _sentences(text)
    keys = [_key(text[a:b]) for a, b in spans]
    n = len(keys)
    cut: list[tuple[int, int]] = []
    removed: list[str] = []
    i = 0
    while i < n:
        hit = None
        for p in range(1, min((n - i) // 2, MAX_RUN) + 1):
            unit = keys[i : i + p]
            if unit == keys[i + p : i + 2 * p] and sum(len(k.split()) for k in unit) >= MIN_WORDS:
                hit = p
                break
        if hit is None:
            i += 1
            continue
        p = hit
        end = i + 2 * p
        while end < n and keys[end] == keys[end - p]:
            end += 1
        length = end - i
        keep = length % p or p
        for c in range(i + keep, end, p):
            a = spans[c - 1][1]
            b = spans[c + p - 1][1]
            cut.append((a, b))
            removed.append(text[a:b].strip())
        i = end
    trailing = _trailing_copy(spans, keys, start=max((b for _, b in cut), default=0), text=text)
    if trailing is not None:
        cut.append(trailing)
        removed.append(text[trailing[0]:trailing[1]].strip())
    if not cut:
        return text, []
    out, pos = [], 0
    for a, b in cut:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "".join(out), removed


def _words(keys: list[str]) -> int:
    return sum(len(k.split()) for k in keys)


def _trailing_copy(spans: list[tuple[int, int]], keys: list[str], *, start: int, text: str) -> tuple[int, int] | None:
    """The character span of a re-pasted ending: a short lead-in, then a repeat of an earlier run."""
    first = next((i for i, (a, _) in enumerate(spans) if a >= start), len(spans))
    n = len(keys)
    for length in range(min(n - first - 1, MAX_RUN), 1, -1):
        run = keys[n - length:]
        if _words(run) < MIN_TRAILING_WORDS:
            break
        for end in range(n - length, first + length - 1, -1):
            if keys[end - length:end] == run:
                lead_in = keys[end:n - length]
                if 1 <= len(lead_in) and _words(lead_in) <= MAX_LEAD_IN_WORDS:
                    return spans[end - 1][1], len(text.rstrip())
    return None
