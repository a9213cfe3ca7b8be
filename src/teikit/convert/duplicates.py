"""Copying artifacts: a run of sentences pasted again right after itself.

The run must be long enough (eight words or more) that it cannot be an
author's own repetition of a short phrase. Where the repeated region does not
start on a whole copy, the partial first occurrence is the original and every
whole copy after it is removed.
"""

from __future__ import annotations

import re

MIN_WORDS = 8
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
        for p in range(1, (n - i) // 2 + 1):
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
    if not cut:
        return text, []
    out, pos = [], 0
    for a, b in cut:
        out.append(text[pos:a])
        pos = b
    out.append(text[pos:])
    return "".join(out), removed
