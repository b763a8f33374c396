"""How much an agent changed a draft before posting it: the figure that tells a team lead (and
us) whether the suggestions are good enough to send as they are.

The edit is a word-level Levenshtein distance between the inserted draft and the posted reply,
divided by the draft's length in words: 0 means sent unchanged, 0.1 means one word in ten was
replaced, added or removed; it can pass 1 when the agent wrote much more than the draft.
"""

from __future__ import annotations

import difflib
import re

from . import fastre


_WORD = fastre.compile(r"[^\W_]+(?:['’][^\W_]+)?|[^\w\s]", re.UNICODE)
# Under this share of words changed, a reply counts as sent "nearly unchanged".
NEARLY_UNCHANGED = 0.10
# The exact distance costs words(draft) × words(reply) steps; above this many, a diff-based
# count stands in (insertions plus deletions, an upper bound within a factor of two).
EXACT_LIMIT = 250_000


def words(text: str) -> list[str]:
    return _WORD.findall((text or "").lower())


def edit_distance(a: list[str], b: list[str]) -> int:
    if len(a) * len(b) > EXACT_LIMIT:
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        same = sum(block.size for block in matcher.get_matching_blocks())
        return max(len(a), len(b)) - same if same else max(len(a), len(b))
    previous = list(range(len(b) + 1))
    for i, word in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (word != other)))
        previous = current
    return previous[-1]


def edit_ratio(draft: str, posted: str) -> float:
    """Words changed between ``draft`` and ``posted``, per word of the draft (rounded to 0.001)."""
    a, b = words(draft), words(posted)
    if not a:
        return 0.0 if not b else float(len(b))
    return round(edit_distance(a, b) / len(a), 3)


def is_from_draft(draft: str, posted: str) -> bool:
    """Whether the posted reply grew out of the draft at all (it kept at least half of its words)."""
    a, b = words(draft), words(posted)
    if not a or not b:
        return False
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    kept = sum(block.size for block in matcher.get_matching_blocks())
    return kept >= len(a) / 2


def summarise(rows: list[tuple]) -> dict:
    """Acceptance figures from (from_draft, edit_ratio, approach, language, source) rows: the share
    of replies sent from a draft, the share sent nearly unchanged, and the median edit, overall and
    per language, approach and source."""

    def figures(subset: list[tuple]) -> dict:
        from_draft = [r for r in subset if r[0]]
        ratios = sorted(r[1] for r in from_draft if r[1] is not None)
        median = None
        if ratios:
            middle = len(ratios) // 2
            median = ratios[middle] if len(ratios) % 2 else round((ratios[middle - 1] + ratios[middle]) / 2, 3)
        return {
            "replies": len(subset),
            "from_draft": len(from_draft),
            "from_draft_share": round(len(from_draft) / len(subset), 3) if subset else None,
            "nearly_unchanged": sum(1 for r in ratios if r < NEARLY_UNCHANGED),
            "nearly_unchanged_share": round(sum(1 for r in ratios if r < NEARLY_UNCHANGED) / len(subset), 3)
            if subset else None,
            "median_edit": median,
        }

    def grouped(index: int) -> list[dict]:
        keys = sorted({r[index] for r in rows if r[0] and r[index]})
        return [{"key": key, **figures([r for r in rows if r[0] and r[index] == key])} for key in keys]

    return {**figures(rows), "by_language": grouped(3), "by_approach": grouped(2), "by_source": grouped(4)}
