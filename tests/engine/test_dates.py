"""How precise a page's "posted" text is decides where the response clock starts."""

import datetime as dt

import pytest

from hugdesk.engine.dates import parse_posted, posted_precision, posted_precision_s, read_posted
from hugdesk.engine.problems import contact_problems, review_problems

SEEN = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("text, precision", [
    ("just now", 60), ("30 min", 60), ("5 minutes ago", 60), ("10m", 60), ("2 hours ago", 3600),
    ("2 godziny temu", 3600), ("3 год тому", 3600), ("1 hr", 3600),
    ("3 days ago", 86400), ("yesterday", 86400), ("wczoraj", 86400), ("2 tyg.", 604800),
    ("9/6/2022", 86400), ("March 5, 2023", 86400), ("March 2023", 31 * 86400), ("1 yr", 31536000),
    ("", None), (None, None), ("Edited", None),
])
def test_precision_is_the_unit_the_page_counted_in(text, precision):
    assert posted_precision_s(text) == precision
    # The card's coarser wording of the same precision agrees on what could be read at all.
    assert (posted_precision(text) is None) == (precision is None)


def test_reading_the_time_is_unchanged_by_the_precision():
    assert read_posted("2 hours ago", SEEN) == (SEEN - dt.timedelta(hours=2), 3600)
    assert parse_posted("2 hours ago", SEEN) == SEEN - dt.timedelta(hours=2)
    assert parse_posted("9/6/2022", SEEN) == dt.datetime(2022, 9, 6, tzinfo=dt.timezone.utc)


def test_only_complaints_and_contact_notes_count_as_problems():
    assert review_problems("negative", ["delivery", "delivery", "price"]) == ["delivery", "price"]
    assert review_problems("positive", ["food"]) == []
    assert "delivery" in contact_problems("Customer called: the courier delivery was late again.")
    assert contact_problems("") == [] and contact_problems(None) == []
