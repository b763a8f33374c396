"""Word 3-gram (shingle) Jaccard similarity between replies.

The seeds warn that pasting the same canned reply everywhere backfires; this is the
measure both the suggestion engine (to vary its drafts) and the tone guard (to warn
before posting a near-copy of an earlier reply) use.
"""

from __future__ import annotations

import re

from collections.abc import Iterable

from . import fastre

_WORD = fastre.compile(r"[^\W_]+", re.UNICODE)

# At or above this, a reply reads as a copy of the other one.
NEAR_DUPLICATE = 0.5


def shingles(text: str, size: int = 3) -> frozenset[tuple[str, ...]]:
    words = _WORD.findall((text or "").lower())
    if len(words) < size:
        return frozenset([tuple(words)]) if words else frozenset()
    return frozenset(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def jaccard(a: frozenset, b: frozenset) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def similarity(first: str, second: str) -> float:
    return jaccard(shingles(first), shingles(second))


def most_similar(text: str, others: Iterable[str]) -> tuple[float, int]:
    """Highest similarity of `text` to any of `others`, and that one's index (-1 if none)."""
    mine = shingles(text)
    best, index = 0.0, -1
    for i, other in enumerate(others):
        score = jaccard(mine, shingles(other))
        if score > best:
            best, index = score, i
    return best, index
