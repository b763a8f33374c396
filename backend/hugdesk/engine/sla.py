"""The response clock: business hours, a target for each kind of item, and what a card may say.

A 60-minute target that runs overnight turns every Monday morning red, and a red thank-you
from 2022 teaches agents to ignore red. So the clock counts only business minutes (a weekly
schedule with several windows a day, in the business's time zone, minus closed dates), gives
each kind of item its own target, never alarms about praise, calls items posted before
tracking started a backlog rather than a breach, and says "unknown" when the posted date could
not be read instead of pretending the author has waited 0 minutes.

Pure functions over aware datetimes (a naive one is taken as UTC). No store, no web framework.
Counting is O(1) a query after a once-per-year table per schedule, so a backlog item posted
years ago costs the same as one posted a minute ago."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Mapping, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import fastre

Sla = Literal["ok", "warn", "breach", "answered", "backlog", "unknown"]
Band = Literal["negative", "neutral", "positive", "other"]

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
BANDS: tuple[Band, ...] = ("negative", "neutral", "positive", "other")
# negative: 1–2★, "not recommended" and complaint comments; neutral: 3★; positive: 4–5★,
# "recommended" and praise; other: unrated comments that are neither (questions, remarks).
# The complaint figure is the seeds' social-media hour; the others follow the hotel-review studies:
# positive reviews do better with a reply that is not rushed.
DEFAULT_TARGETS: dict[str, int] = {"negative": 60, "neutral": 240, "positive": 1440, "other": 60}
# Praise is never alarming: past its target it stays amber, never red.
NEVER_BREACH: frozenset[str] = frozenset({"positive"})
WARN_SHARE = 0.75  # amber from three quarters of the target, as the card has always shown
MAX_WINDOWS_PER_DAY = 6
MAX_CLOSED_DATES = 1000
MAX_TARGET_MINUTES = 43200  # 30 days of business minutes
# How far ahead a due time or an opening is looked for before the answer is "never".
_HORIZON_YEARS = 5

_UTC = dt.timezone.utc
_LONGEST_WAIT = 20 * 366 * 86400  # seconds
_HHMM = fastre.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")
_ALWAYS = ((0, 1440),)


# ---- the schedule ---------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Schedule:
    """When the business answers: local (start, end) minutes per weekday Monday..Sunday, in `timezone`,
    with `closed` dates (local) when it does not. Compared by identity: `schedule_of` caches them,
    and the per-day and per-year tables below are cached per schedule."""

    timezone: str = "UTC"
    week: tuple[tuple[tuple[int, int], ...], ...] = (_ALWAYS,) * 7
    closed: frozenset[dt.date] = frozenset()
    zone: ZoneInfo = field(init=False, repr=False)
    # No schedule and no closed dates: business time is wall time, counted without tables.
    always_open: bool = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "zone", zone_of(self.timezone))
        object.__setattr__(self, "always_open", not self.closed and all(day == _ALWAYS for day in self.week))


def zone_of(name: str) -> ZoneInfo:
    """The IANA zone, or ValueError naming the problem."""
    if not isinstance(name, str) or not name or len(name) > 64:
        raise ValueError("timezone: an IANA time zone name such as Europe/Warsaw is required")
    try:
        return ZoneInfo(name)
    # ZoneInfo opens a file by that name: "Europe" is a directory (OSError), "../x" a bad key.
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f"timezone: unknown time zone {name!r} (use an IANA name such as Europe/Warsaw)") from None


ALWAYS_OPEN = Schedule()


def _minutes(text: Any, where: str) -> int:
    match = _HHMM.match(text) if isinstance(text, str) else None
    if not match or (match.group(1) == "24" and match.group(2) != "00"):
        raise ValueError(f"{where}: {text!r} is not a time of day as HH:MM (00:00 to 24:00)")
    return int(match.group(1)) * 60 + int(match.group(2))


def parse_business_hours(value: Mapping[str, Any] | None) -> tuple[tuple[tuple[int, int], ...], ...]:
    """{"mon": [["09:00", "13:00"], ["14:00", "18:00"]], ...} as minutes per weekday; a missing day
    is closed, None is always open. ValueError names the exact entry that is wrong."""
    if value is None:
        return (_ALWAYS,) * 7
    if not isinstance(value, Mapping):
        raise ValueError('business_hours: an object such as {"mon": [["09:00", "18:00"]]} or null is required')
    unknown = sorted(set(value) - set(WEEKDAYS))
    if unknown:
        raise ValueError(f"business_hours: unknown day {unknown[0]!r} (use {', '.join(WEEKDAYS)})")
    week = []
    for day in WEEKDAYS:
        windows = value.get(day) or []
        if not isinstance(windows, Sequence) or isinstance(windows, str) or len(windows) > MAX_WINDOWS_PER_DAY:
            raise ValueError(f"business_hours.{day}: a list of at most {MAX_WINDOWS_PER_DAY} [open, close] pairs is required")
        parsed = []
        for k, window in enumerate(windows):
            where = f"business_hours.{day}[{k}]"
            if not isinstance(window, Sequence) or isinstance(window, str) or len(window) != 2:
                raise ValueError(f"{where}: a pair [open, close] such as [\"09:00\", \"18:00\"] is required")
            start, end = _minutes(window[0], where), _minutes(window[1], where)
            if end <= start:
                raise ValueError(f"{where}: closes at {window[1]} before it opens at {window[0]} (use \"24:00\" for midnight)")
            parsed.append((start, end))
        parsed.sort()
        for (_, end), (start, _) in zip(parsed, parsed[1:]):
            if start < end:
                raise ValueError(f"business_hours.{day}: windows overlap")
        week.append(tuple(parsed))
    if not any(week):
        raise ValueError("business_hours: open at least once a week (null means always open)")
    return tuple(week)


def parse_closed_dates(values: Sequence[Any] | None) -> frozenset[dt.date]:
    if not values:
        return frozenset()
    if isinstance(values, str) or not isinstance(values, Sequence) or len(values) > MAX_CLOSED_DATES:
        raise ValueError(f"closed_dates: a list of at most {MAX_CLOSED_DATES} dates as YYYY-MM-DD is required")
    found = set()
    for k, value in enumerate(values):
        try:
            if not isinstance(value, str) or len(value) != 10:
                raise ValueError
            found.add(dt.date.fromisoformat(value))
        except ValueError:
            raise ValueError(f"closed_dates[{k}]: {value!r} is not a date as YYYY-MM-DD") from None
    return frozenset(found)


def format_business_hours(week: tuple[tuple[tuple[int, int], ...], ...]) -> dict[str, list[list[str]]]:
    """The canonical JSON form of a parsed week (sorted windows, every day present)."""
    def hhmm(minutes: int) -> str:
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    return {day: [[hhmm(s), hhmm(e)] for s, e in windows] for day, windows in zip(WEEKDAYS, week)}


@lru_cache(maxsize=64)
def _compiled(timezone: str, hours_key: Any, closed_key: tuple[str, ...]) -> Schedule:
    hours = None if hours_key is None else {day: [list(w) for w in windows] for day, windows in hours_key}
    return Schedule(timezone, parse_business_hours(hours), parse_closed_dates(list(closed_key)))


def schedule_of(settings: Any) -> Schedule:
    """The schedule of anything with `timezone`, `business_hours` and `closed_dates` attributes
    (the stored Settings, or a Schedule itself). Cached: the same settings give the same Schedule."""
    if isinstance(settings, Schedule):
        return settings
    hours = getattr(settings, "business_hours", None)
    hours_key = None if hours is None else tuple(
        (day, tuple(tuple(w) for w in windows)) for day, windows in sorted(hours.items())
    )
    closed = tuple(sorted(getattr(settings, "closed_dates", None) or ()))
    return _compiled(getattr(settings, "timezone", None) or "UTC", hours_key, closed)


# ---- counting business time -------------------------------------------------------------------


def _ts(value: dt.datetime) -> int:
    if value.tzinfo is None:
        value = value.replace(tzinfo=_UTC)
    return int(value.timestamp())


def _instant(ts: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(ts, _UTC)


def _local_start(zone: ZoneInfo, day: dt.date, minutes: int) -> int:
    """The instant a local wall time happens. A time skipped by a DST change counts as the moment
    the clocks jumped past it; of a time that happens twice, the first."""
    if minutes >= 1440:
        day, minutes = day + dt.timedelta(days=1), minutes - 1440
    local = dt.datetime(day.year, day.month, day.day, minutes // 60, minutes % 60, tzinfo=zone)
    return int(local.timestamp())


@lru_cache(maxsize=8192)
def _day_windows(schedule: Schedule, day: dt.date) -> tuple[tuple[int, int], ...]:
    """The open windows of one local date, as epoch seconds."""
    if day in schedule.closed:
        return ()
    windows = []
    for start, end in schedule.week[day.weekday()]:
        a, b = _local_start(schedule.zone, day, start), _local_start(schedule.zone, day, end)
        if b > a:
            windows.append((a, b))
    return tuple(windows)


def _day_total(schedule: Schedule, day: dt.date) -> int:
    return sum(b - a for a, b in _day_windows(schedule, day))


@lru_cache(maxsize=512)
def _year_table(schedule: Schedule, year: int) -> tuple[int, ...]:
    """Business seconds open before each day of the year: table[i] is the total before day i,
    table[-1] the year's total."""
    first = dt.date(year, 1, 1)
    days = (dt.date(year + 1, 1, 1) - first).days
    table = [0]
    for i in range(days):
        table.append(table[-1] + _day_total(schedule, first + dt.timedelta(days=i)))
    return tuple(table)


def _local_date(schedule: Schedule, ts: int) -> dt.date:
    return dt.datetime.fromtimestamp(ts, schedule.zone).date()


@lru_cache(maxsize=4096)
def _position(schedule: Schedule, ts: int) -> tuple[int, int]:
    """(year, business seconds from the start of that local year to ts). Cached: a batch asks for
    the same "now" for every item, and a revisited page for the same posted instants."""
    day = _local_date(schedule, ts)
    before = _year_table(schedule, day.year)[day.toordinal() - _jan1(day.year)]
    within = 0
    for a, b in _day_windows(schedule, day):
        if ts > a:
            within += min(ts - a, b - a)
    return day.year, before + within


@lru_cache(maxsize=256)
def _jan1(year: int) -> int:
    return dt.date(year, 1, 1).toordinal()


def _between(schedule: Schedule, start: tuple[int, int], end: tuple[int, int]) -> int:
    (ya, pa), (yb, pb) = start, end
    return pb - pa + sum(_year_table(schedule, y)[-1] for y in range(ya, yb))


def _advance(schedule: Schedule, start: tuple[int, int], seconds: int) -> int | None:
    """The epoch second at which `seconds` business seconds have passed since position `start`."""
    year, position = start
    target = position + seconds
    for y in range(year, min(year + _HORIZON_YEARS + 1, dt.MAXYEAR)):
        table = _year_table(schedule, y)
        if target <= table[-1]:
            # The day whose open time reaches the target, then the window within it.
            i = bisect.bisect_left(table, target) - 1
            left = target - table[i]
            for w_start, w_end in _day_windows(schedule, dt.date.fromordinal(_jan1(y) + i)):
                if left <= w_end - w_start:
                    return w_start + left
                left -= w_end - w_start
        target -= table[-1]
    return None


def business_seconds(schedule: Schedule, start: dt.datetime, end: dt.datetime) -> int:
    """Business seconds from start to end (0 when end is not after start)."""
    a, b = _ts(start), _ts(end)
    if b <= a:
        return 0
    if schedule.always_open:
        return b - a
    return _between(schedule, _position(schedule, a), _position(schedule, b))


def business_minutes(schedule: Schedule, start: dt.datetime, end: dt.datetime) -> int:
    """Whole business minutes from start to end."""
    return business_seconds(schedule, start, end) // 60


def add_business_minutes(schedule: Schedule, start: dt.datetime, minutes: float) -> dt.datetime | None:
    """The instant at which `minutes` business minutes have passed since start: a reply's due time.
    None when the schedule does not open that much within five years."""
    a = _ts(start)
    need = int(round(minutes * 60))
    if need <= 0:
        return _instant(a)
    if schedule.always_open:
        return _instant(a + need)
    found = _advance(schedule, _position(schedule, a), need)
    return None if found is None else _instant(found)


def is_open(settings: Any, at: dt.datetime) -> bool:
    schedule = schedule_of(settings)
    ts = _ts(at)
    return any(a <= ts < b for a, b in _day_windows(schedule, _local_date(schedule, ts)))


def next_opening(settings: Any, at: dt.datetime) -> dt.datetime | None:
    """`at` itself when the business is open then, else the moment it next opens (None if it
    never does within five years). Reminders and notifications wait for this: none fires at night.
    `settings` is the stored Settings or a Schedule."""
    schedule = schedule_of(settings)
    ts = _ts(at)
    day = _local_date(schedule, ts)
    # Windows of the day before can reach past local midnight only through a DST change; look anyway.
    day -= dt.timedelta(days=1)
    for _ in range(366 * _HORIZON_YEARS):
        for a, b in _day_windows(schedule, day):
            if b > ts:
                return _instant(max(a, ts))
        day += dt.timedelta(days=1)
    return None


# ---- targets and the verdict -------------------------------------------------------------------


def band_of(rating: float | None, recommends: bool | None = None, sentiment: str | None = None) -> Band:
    """Which target applies: the stars or the recommendation when the platform gives them,
    else what the text says (a complaint comment or praise)."""
    if rating is not None:
        return "negative" if rating < 3 else "neutral" if rating < 4 else "positive"
    if recommends is not None:
        return "positive" if recommends else "negative"
    if sentiment in ("negative", "mixed"):
        return "negative"
    if sentiment == "positive":
        return "positive"
    return "other"


def check_targets(value: Mapping[str, Any]) -> dict[str, int]:
    """Targets in business minutes per band; ValueError names the entry that is wrong."""
    if not isinstance(value, Mapping):
        raise ValueError(f"targets: an object with minutes per band ({', '.join(BANDS)}) is required")
    out = {}
    for band, minutes in value.items():
        if band not in BANDS:
            raise ValueError(f"targets: unknown band {band!r} (use {', '.join(BANDS)})")
        if isinstance(minutes, bool) or not isinstance(minutes, int) or not 1 <= minutes <= MAX_TARGET_MINUTES:
            raise ValueError(f"targets.{band}: whole business minutes between 1 and {MAX_TARGET_MINUTES} are required")
        out[band] = minutes
    return out


@dataclass(frozen=True)
class Policy:
    """Everything the clock needs besides the item: the schedule, a target per band and when
    tracking started (None: everything is tracked)."""

    schedule: Schedule = ALWAYS_OPEN
    targets: Mapping[str, int] = field(default_factory=lambda: dict(DEFAULT_TARGETS))
    tracking_since: dt.datetime | None = None

    def target(self, band: str) -> int:
        return self.targets.get(band) or DEFAULT_TARGETS[band]

    @classmethod
    def wall_clock(cls, target: int) -> "Policy":
        """Always open, everything tracked, one target for every band that alarms: the clock as
        it was before business hours (for scripts and tests that only know a number)."""
        return cls(targets={**DEFAULT_TARGETS, "negative": target, "other": target})


def policy_of(settings: Any) -> Policy:
    """The policy of the stored Settings (anything with timezone, business_hours, closed_dates,
    targets and tracking_since attributes; targets as a mapping or an object with band attributes)."""
    targets = getattr(settings, "targets", None)
    if targets is not None and not isinstance(targets, Mapping):
        targets = {band: getattr(targets, band) for band in BANDS if getattr(targets, band, None)}
    since = getattr(settings, "tracking_since", None)
    if isinstance(since, str):
        since = parse_instant(since)
    return Policy(schedule_of(settings), {**DEFAULT_TARGETS, **(targets or {})}, since)


def parse_instant(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=_UTC)


@dataclass(frozen=True)
class Clock:
    """What a card or the desk may say about one item.

    sla: ok / warn (amber) / breach (red) / answered / backlog (posted before tracking started:
    never a breach) / unknown (the posted date could not be read: no figure at all).
    due_at and warn_at: the instants the item turns red and amber (None unless ok, warn or breach);
    waiting_minutes: business minutes since it was posted (None when answered or unknown);
    wall_minutes: the same on the wall clock; target_minutes: this item's own target."""

    sla: Sla
    band: Band
    target_minutes: int
    due_at: dt.datetime | None = None
    warn_at: dt.datetime | None = None
    waiting_minutes: int | None = None
    wall_minutes: int | None = None


def clock(
    policy: Policy, *, band: Band, posted_at: dt.datetime | None, answered: bool, at: dt.datetime,
) -> Clock:
    target = policy.target(band)
    if answered:
        return Clock("answered", band, target)
    # A date the page gave in the future cannot be trusted any more than none at all.
    if posted_at is None or _ts(posted_at) > _ts(at) + 86400:
        return Clock("unknown", band, target)
    schedule = policy.schedule
    a, now_ts = _ts(posted_at), _ts(at)
    wall = max(0, (now_ts - a) // 60)
    if policy.tracking_since is not None and a < _ts(policy.tracking_since):
        # Counting starts at most twenty years back ("1/1/0001" parses): nobody needs an older
        # backlog item's exact age in business minutes, and counting it would cost seconds.
        since = max(a, now_ts - _LONGEST_WAIT)
        waited = business_seconds(schedule, _instant(since), at) // 60
        return Clock("backlog", band, target, waiting_minutes=waited, wall_minutes=wall)
    if schedule.always_open:
        waited = max(0, now_ts - a) // 60
        due, warn = a + target * 60, a + int(target * WARN_SHARE * 60)
    else:
        # One position for the posted instant serves the waiting time and both instants.
        start = _position(schedule, a)
        waited = _between(schedule, start, _position(schedule, now_ts)) // 60 if now_ts > a else 0
        due, warn = _advance(schedule, start, target * 60), _advance(schedule, start, int(target * WARN_SHARE * 60))
    due_at = None if due is None else _instant(due)
    warn_at = None if warn is None else _instant(warn)
    if waited >= target:
        sla: Sla = "warn" if band in NEVER_BREACH else "breach"
    elif waited >= target * WARN_SHARE:
        sla = "warn"
    else:
        sla = "ok"
    return Clock(sla, band, target, due_at, warn_at, waited, wall)


def item_clock(
    policy: Policy, *, rating: float | None, recommends: bool | None, sentiment: str | None,
    posted_at: dt.datetime | None, answered: bool, at: dt.datetime,
) -> Clock:
    """The clock of one review or comment, from what is stored about it."""
    band = band_of(rating, recommends, sentiment)
    return clock(policy, band=band, posted_at=posted_at, answered=answered, at=at)
