"""Turning the dates platforms show ("2 days ago", "1 yr", "9/6/2022", "March 2023") into times.

Relative dates are resolved against the moment the item was first seen, because that is
when the page said them."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_UNITS = {
    # english, abbreviations used by Facebook ("3w", "1 yr") and Yelp/TripAdvisor
    "s": 1, "sec": 1, "second": 1,
    "m": 60, "min": 60, "minute": 60,
    "h": 3600, "hr": 3600, "hour": 3600,
    "d": 86400, "day": 86400,
    "w": 604800, "wk": 604800, "week": 604800,
    "mo": 2592000, "mon": 2592000, "month": 2592000,
    "y": 31536000, "yr": 31536000, "year": 31536000,
    # polish
    "sek": 1, "sekund": 1, "minut": 60, "godz": 3600, "godzin": 3600, "dzień": 86400, "dni": 86400,
    "tydz": 604800, "tydzień": 604800, "tygodni": 604800, "mies": 2592000, "miesiąc": 2592000,
    "miesięcy": 2592000, "miesiące": 2592000, "rok": 31536000, "lat": 31536000, "lata": 31536000,
    "godzinę": 3600, "godziny": 3600, "minutę": 60, "minuty": 60, "tygodnie": 604800,
    # ukrainian
    "с": 1, "сек": 1, "хв": 60, "хвилин": 60, "хвилину": 60, "хвилини": 60, "год": 3600,
    "годин": 3600, "годину": 3600, "години": 3600, "дн": 86400, "день": 86400, "дні": 86400,
    "днів": 86400, "тиж": 604800, "тиждень": 604800, "тижні": 604800, "тижнів": 604800,
    "міс": 2592000, "місяць": 2592000, "місяці": 2592000, "місяців": 2592000, "рік": 31536000,
    "роки": 31536000, "років": 31536000,
}
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "jeden": 1, "jedną": 1, "один": 1, "одну": 1}
_RELATIVE = re.compile(r"(?<![\w])(\d+|an?|one|jeden|jedną|один|одну)\s*([a-ząćęłńóśźżа-яіїєґ']+?)\.?(?:s)?\b", re.I)
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_NUMERIC = re.compile(r"\b(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_MONTH_NAME = re.compile(
    r"\b(?:(\d{1,2})\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:(\d{1,2}),?\s+)?(\d{4})\b",
    re.I,
)


_NOW_WORDS = {"just now", "now", "teraz", "przed chwilą", "щойно", "зараз"}
_DAY = 86400
# No review platform we read existed before this, and a review cannot be posted after it was
# seen (a day's slack for time zones): anything outside is a page lying or a misread, so unknown.
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
FUTURE_SLACK = dt.timedelta(days=1)


def sane(value: dt.datetime | None, seen_at: dt.datetime) -> dt.datetime | None:
    """The time when it can be true, else None (unknown)."""
    if value is None or not EARLIEST <= value <= seen_at + FUTURE_SLACK:
        return None
    return value


def parse_posted(text: str | None, seen_at: dt.datetime) -> dt.datetime | None:
    """Best-effort: None when the text holds no date we can trust."""
    return read_posted(text, seen_at)[0]


def posted_precision_s(text: str | None) -> int | None:
    """How many seconds the posted time read from ``text`` may be off: 60 for "5 min ago", 3600 for
    "2 hours ago", a day or more for "yesterday" or a date; None when no time could be read. The
    report's response clock starts at the posted time only when this is an hour or less."""
    if not text:
        return None
    try:
        return _parse(text, dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc))[1]
    except (OverflowError, ValueError):
        return None


def read_posted(text: str | None, seen_at: dt.datetime) -> tuple[dt.datetime | None, int | None]:
    """The posted time and its precision in seconds (the unit the page counted in)."""
    if not text:
        return None, None
    try:
        found, precision = _parse(text, seen_at)
    except (OverflowError, ValueError):
        return None, None  # "3000 years ago" is before year 1: no datetime can hold it
    found = sane(found, seen_at)
    return (found, precision) if found is not None else (None, None)


def _parse(text: str, seen_at: dt.datetime) -> tuple[dt.datetime | None, int | None]:
    lowered = text.strip().lower()
    if lowered in _NOW_WORDS:
        return seen_at, 60
    if lowered.startswith(("yesterday", "wczoraj", "вчора")):
        return seen_at - dt.timedelta(days=1), _DAY
    if lowered.startswith(("today", "dzisiaj", "dziś", "сьогодні")):
        return seen_at, _DAY
    match = _NUMERIC.search(lowered)
    if match:
        found = _numeric_date(*match.groups())
        return found, _DAY if found else None
    match = _MONTH_NAME.search(lowered)
    if match:
        day_before, month, day_after, year = match.groups()
        day = int(day_before or day_after or 1)
        try:
            found = dt.datetime(int(year), _MONTHS[month[:3]], day, tzinfo=dt.timezone.utc)
        except ValueError:
            return None, None
        # "March 2023" names a month, "March 5, 2023" a day.
        return found, _DAY if (day_before or day_after) else 31 * _DAY
    for number, unit in _RELATIVE.findall(lowered):
        seconds = _unit_seconds(unit)
        if seconds:
            count = int(number) if number.isdigit() else _WORD_NUMBERS.get(number, 1)
            return seen_at - dt.timedelta(seconds=count * seconds), seconds
    return None, None


def _unit_seconds(unit: str) -> int | None:
    unit = unit.lower().rstrip(".")
    if unit in _UNITS:
        return _UNITS[unit]
    if unit.endswith("s") and unit[:-1] in _UNITS:
        return _UNITS[unit[:-1]]
    # Inflected Polish/Ukrainian forms share a stem with a listed word ("dniami", "тижня").
    for stem_len in (5, 4, 3):
        if len(unit) >= stem_len:
            for key, seconds in _UNITS.items():
                if len(key) >= stem_len and key[:stem_len] == unit[:stem_len]:
                    return seconds
    return None


def _numeric_date(a: str, b: str, c: str) -> dt.datetime | None:
    # US sites (Yelp) write month/day/year; a four-digit first part means year-month-day.
    try:
        if len(a) == 4:
            return dt.datetime(int(a), int(b), int(c), tzinfo=dt.timezone.utc)
        year = int(c) + (2000 if len(c) == 2 else 0)
        if int(a) > 12:  # day.month.year, as Polish and Ukrainian pages write it
            return dt.datetime(year, int(b), int(a), tzinfo=dt.timezone.utc)
        return dt.datetime(year, int(a), int(b), tzinfo=dt.timezone.utc)
    except ValueError:
        return None


Precision = str  # "minute" | "hour" | "day" | "week" | "month" | "year"


@lru_cache(maxsize=4096)  # pages repeat a few hundred texts ("2 days ago") on every visit
def posted_precision(text: str | None) -> Precision | None:
    """How finely the page dated an item, so a card can say "about 3 weeks" rather than pretend
    to the minute; None when parse_posted could not read it either."""
    if not text:
        return None
    try:
        if _parse(text, _EPOCH)[0] is None:
            return None
    except (OverflowError, ValueError):
        return None
    lowered = text.strip().lower()
    if lowered in {"just now", "now", "teraz", "przed chwilą", "щойно", "зараз"}:
        return "minute"
    if lowered.startswith(("yesterday", "wczoraj", "вчора", "today", "dzisiaj", "dziś", "сьогодні")):
        return "day"
    if _NUMERIC.search(lowered):
        return "day"
    match = _MONTH_NAME.search(lowered)
    if match:
        return "day" if (match.group(1) or match.group(3)) else "month"
    for _, unit in _RELATIVE.findall(lowered):
        seconds = _unit_seconds(unit)
        if seconds:
            return {1: "minute", 60: "minute", 3600: "hour", 86400: "day", 604800: "week",
                    2592000: "month"}.get(seconds, "year")
    return None


_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
