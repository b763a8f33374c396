"""Text a hostile page or an unlucky user sends: page dates no clock can mean, and single
20,000-character words. Dates outside a sane range are unknown (None), never garbage; the
text work stays linear, so one request cannot hold the server.

The CPU bounds below are ten times what the work costs on a loaded test machine; before the
fix the same inputs took 4-14 s (scripts/bench_text_work.py measures the real figures)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from hugdesk.engine.analysis import analyse
from hugdesk.engine.dates import parse_posted
from hugdesk.engine.language import detect_language
from hugdesk.engine.tone import review_tone

SEEN = dt.datetime(2026, 11, 18, 10, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize("text", [
    "1/1/0001", "0001-01-01", "Mar 0001", "1 Mar 0001", "3000 years ago", "99999999999999 years ago",
    "12/31/9999", "Dec 9999", "9999999 weeks ago", "1.1.1", "30/02/2023 and 2/30/2023",
])
def test_dates_no_page_can_mean_are_unknown(text):
    found = parse_posted(text, SEEN)
    assert found is None, (text, found)


@pytest.mark.parametrize("text, expected", [
    ("9/6/2022", dt.datetime(2022, 9, 6, tzinfo=dt.timezone.utc)),
    ("March 2023", dt.datetime(2023, 3, 1, tzinfo=dt.timezone.utc)),
    ("2 days ago", SEEN - dt.timedelta(days=2)),
    ("1 yr", SEEN - dt.timedelta(days=365)),
])
def test_real_page_dates_still_read(text, expected):
    assert parse_posted(text, SEEN) == expected


HOSTILE = {
    "letters": "a" * 20000,
    "digits": "1" * 20000,
    "capitals": "A" * 20000,
    "polish": "ą" * 20000,
    "dashes": "a-" * 10000,
    "dots": "a." * 10000,
    "hashes": "#1" * 10000,
    "mixed": "ab1" * 6667,
    "cyrillic": "ї" * 20000,
}


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_one_long_word_costs_little_in_the_tone_guard(name):
    word = HOSTILE[name]
    spent = cpu(lambda: review_tone(word, review_text=word, rating=1))
    assert spent < 0.5, f"{name}: {spent:.2f} s of CPU"


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_one_long_word_costs_little_to_read(name):
    word = HOSTILE[name]
    assert cpu(lambda: (analyse(word, None), detect_language(word))) < 0.5
