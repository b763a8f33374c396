"""A draft quotes an open promise once, with its one date (issue 10: repeated clicks made five
identical promises, and a draft quoted the promise twice, with two different dates)."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from hugdesk.engine import phrases_en, phrases_pl, phrases_uk
from hugdesk.engine.suggestions import suggest

CASES = {
    "en": ("Still waiting for my refund, this is ridiculous.", "Refund the deposit", phrases_en),
    "pl": ("Nadal czekam na zwrot pieniędzy, to jakiś żart.", "Zwrócimy kaucję", phrases_pl),
    "uk": ("Досі чекаю на повернення грошей, це жарт.", "Повернемо заставу", phrases_uk),
}
DATES = ["2026-12-01T17:00:00Z", "2026-12-04T17:00:00Z", "2026-12-01T17:00:00Z"]


@pytest.mark.parametrize("lang", CASES)
def test_identical_promises_are_quoted_once_with_one_date(lang):
    text, promise, phrases = CASES[lang]
    first, later = (phrases.format_date(datetime.fromisoformat(d.replace("Z", "+00:00"))) for d in DATES[:2])
    # The same promise saved three times (twice on one day, once on another), as the old card did,
    # one of them with a stray full stop and other case.
    promises = [{"text": promise, "due_at": DATES[0], "overdue": False},
                {"text": promise.lower() + ".", "due_at": DATES[1], "overdue": False},
                {"text": promise, "due_at": DATES[2], "overdue": False}]
    for draft in suggest({"platform": "yelp", "author_name": "Kevin H.", "rating": 1, "text": text},
                         {"history": {"promises": promises}, "business_name": "Kettle"}).drafts:
        quoted = re.findall(re.escape(promise[1:]), draft.text, flags=re.IGNORECASE)
        if not quoted:
            continue
        assert len(quoted) == 1, draft.text
        # One date, the earliest: the one the customer holds us to.
        assert draft.text.count(first) == 1 and later not in draft.text, (first, later, draft.text)
        break
    else:
        pytest.fail(f"no draft mentions the promise: {lang}")


def test_two_different_promises_are_both_quoted():
    promises = [{"text": "Refund the deposit", "due_at": DATES[0], "overdue": False},
                {"text": "Send a new charger", "due_at": DATES[1], "overdue": False}]
    drafts = suggest({"platform": "yelp", "author_name": "Kevin H.", "rating": 1, "text": CASES["en"][0]},
                     {"history": {"promises": promises}}).drafts
    assert any("Refund the deposit" in d.text and "Send a new charger" in d.text for d in drafts)
