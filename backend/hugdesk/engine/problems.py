"""Which complaint categories an item counts towards in the recurring-problems report.

A review counts when it was read as a complaint (negative or mixed); a logged call or e-mail is
read the same way, because customers often phoned or wrote before they posted (seed 004)."""

from __future__ import annotations

from .analysis import analyse

COMPLAINT_SENTIMENTS = ("negative", "mixed")


def review_problems(sentiment: str | None, categories: list[str]) -> list[str]:
    """Categories of a review already read by the suggestion engine."""
    return list(dict.fromkeys(categories)) if sentiment in COMPLAINT_SENTIMENTS else []


def contact_problems(text: str | None) -> list[str]:
    """Categories of an agent's note of a call or an e-mail. Agents write these notes neutrally
    ("customer says the parcel came damaged"), so any named category counts unless it reads as praise."""
    if not text or not text.strip():
        return []
    found = analyse(text)
    if found.sentiment == "positive":
        return []
    return list(dict.fromkeys(found.categories))
