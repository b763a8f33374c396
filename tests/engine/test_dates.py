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


def _day(y, m, d):
    return dt.datetime(y, m, d, tzinfo=dt.timezone.utc)


# Platforms write dates in the reader's UI language. These are the shapes seen on real saved
# pages (French and Norwegian TripAdvisor, English Facebook and TripAdvisor) and the Polish and
# Ukrainian forms the same sites use, where the month is a genitive ("3 marca", "10 червня").
@pytest.mark.parametrize("text, expected", [
    ("16 décembre 2024", _day(2024, 12, 16)),
    ("Rédigé le 21 août 2024", _day(2024, 8, 21)),
    ("18 juillet 2024", _day(2024, 7, 18)),
    ("3 marca 2025", _day(2025, 3, 3)),
    ("Napisana 14 października 2024", _day(2024, 10, 14)),
    ("10 червня 2024 р.", _day(2024, 6, 10)),
    ("22 листопада 2023", _day(2023, 11, 22)),
    ("5 sty 2026", _day(2026, 1, 5)),
    ("31. mars 2015", _day(2015, 3, 31)),
    ("12. Dezember 2023", _day(2023, 12, 12)),
    ("Dec 3, 2019", _day(2019, 12, 3)),
    ("lipiec 2024", _day(2024, 7, 1)),
])
def test_month_names_in_the_languages_pages_are_shown_in(text, expected):
    assert parse_posted(text, SEEN) == expected


# Facebook and TripAdvisor drop the year for this year's dates. The date is the latest such day
# that is not after the moment the page was seen: "March 3" seen on 10 March 2026 is 2026, and
# "Jun 10" seen then is last June.
@pytest.mark.parametrize("text, expected", [
    ("March 3", _day(2026, 3, 3)),
    ("Jun 10", _day(2025, 6, 10)),
    ("3 marca", _day(2026, 3, 3)),
    ("10 червня", _day(2025, 6, 10)),
    ("Yesterday", SEEN - dt.timedelta(days=1)),
])
def test_dates_without_a_year_are_the_latest_such_day_seen(text, expected):
    assert parse_posted(text, SEEN) == expected
    assert posted_precision(text) == "day"


@pytest.mark.parametrize("text", [
    "4 out of 5", "3 weeks ago and counting", "May I ask", "2 set", "Mar", "mars",
])
def test_words_that_look_like_months_are_not_dates_alone(text):
    found = parse_posted(text, SEEN)
    assert found is None or found == SEEN - dt.timedelta(weeks=3)
