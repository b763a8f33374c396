"""Turning the dates platforms show ("2 days ago", "1 yr", "9/6/2022", "March 2023") into times.

Relative dates are resolved against the moment the item was first seen, because that is
when the page said them."""

from __future__ import annotations

import datetime as dt
import re

from functools import lru_cache

from . import fastre

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
_RELATIVE = fastre.compile(r"(?<![\w])(\d+|an?|one|jeden|jedną|один|одну)\s*([a-ząćęłńóśźżа-яіїєґ']+?)\.?(?:s)?\b", re.I)
def _month_words() -> dict[str, int]:
    # Full names, genitives ("3 marca", "10 червня") and the abbreviations sites print, in the
    # UI languages review pages come in. Abbreviations that are common words next to a number
    # ("4 out of 5", "2 days ago", "2 set") are left out: only the full name counts there.
    table = {
        "en": "january february march april may june july august september october november december",
        "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
        "de": "januar februar märz april mai juni juli august september oktober november dezember",
        "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
        "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
        "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
        "nl": "januari februari maart april mei juni juli augustus september oktober november december",
        "no": "januar februar mars april mai juni juli august september oktober november desember",
        "sv": "januari februari mars april maj juni juli augusti september oktober november december",
        "pl": "styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
        "pl-gen": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
        "uk": "січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень",
        "uk-gen": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
        "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
        "ru-gen": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
        "en-abbr": "jan feb mar apr may jun jul aug sep oct nov dec",
        "fr-abbr": "janv févr fevr mars avr mai juin juil août aout sept oct nov déc dec",
        "de-abbr": "jan feb mär mrz apr mai jun jul aug sep okt nov dez",
        "pl-abbr": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
        "uk-abbr": "січ лют бер кві тра чер лип сер вер жов лис гру",
        "ru-abbr": "янв фев мар апр мая июн июл авг сен окт ноя дек",
    }
    words: dict[str, int] = {}
    for names in table.values():
        for number, name in enumerate(names.split(), start=1):
            words.setdefault(name, number)
    words.update({"sept": 9, "jänner": 1, "fevereiro": 2, "setiembre": 9, "listopadu": 11,
                  "квіт": 4, "трав": 5, "черв": 6, "серп": 8, "жовт": 10, "лист": 11, "груд": 12,
                  "fevrier": 2, "decembre": 12, "aout": 8, "сент": 9})
    return words


_MONTH_WORDS = _month_words()
_NUMERIC = fastre.compile(r"\b(\d{1,4})[/.-](\d{1,2})[/.-](\d{2,4})\b")
_LETTERS = fastre.compile(r"[^\W\d_]+")
# A day right before the month ("3 marca", "31. mars", "3rd of May") or right after it ("March 3,"),
# and a year after either.
_DAY_BEFORE = fastre.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:of\s+|de\s+)?$")
_AFTER = fastre.compile(r"\.?\s*(?:(\d{1,2})(?:st|nd|rd|th)?(?!\d)\.?,?\s*)?(?:(?:de\s+)?(\d{4})(?!\d))?")


def _month_date(lowered: str) -> tuple[int, int | None, int | None] | None:
    """(month, day, year) from the first month name with a day or a year beside it."""
    for word in _LETTERS.finditer(lowered):
        month = _MONTH_WORDS.get(word.group())
        if month is None:
            continue
        before = _DAY_BEFORE.search(lowered, 0, word.start())
        after = _AFTER.match(lowered, word.end())
        day = before.group(1) if before else after.group(1)
        year = after.group(2)
        if day is None and year is None:
            continue  # "May I ask", "mars" alone: a word, not a date
        return month, int(day) if day else None, int(year) if year else None
    return None


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
    found_month = _month_date(lowered)
    if found_month:
        month, day, year = found_month
        try:
            if year is None:
                # This year's dates are printed without one ("March 3"): the latest such day
                # that is not after the moment the page was seen.
                found = dt.datetime(seen_at.year, month, day, tzinfo=dt.timezone.utc)
                if found > seen_at + FUTURE_SLACK:
                    found = found.replace(year=seen_at.year - 1)
            else:
                found = dt.datetime(year, month, day or 1, tzinfo=dt.timezone.utc)
        except ValueError:
            return None, None  # 31 June, or 29 February of a year without one
        # "March 2023" names a month, "March 5, 2023" a day.
        return found, _DAY if day else 31 * _DAY
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
    if lowered in _NOW_WORDS:
        return "minute"
    if lowered.startswith(("yesterday", "wczoraj", "вчора", "today", "dzisiaj", "dziś", "сьогодні")):
        return "day"
    if _NUMERIC.search(lowered):
        return "day"
    found_month = _month_date(lowered)
    if found_month:
        return "day" if found_month[1] else "month"
    for _, unit in _RELATIVE.findall(lowered):
        seconds = _unit_seconds(unit)
        if seconds:
            return {1: "minute", 60: "minute", 3600: "hour", 86400: "day", 604800: "week",
                    2592000: "month"}.get(seconds, "year")
    return None


_EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
