"""The response clock with fixed clocks: business hours, closed dates, several windows a day,
daylight-saving changes in Europe/Warsaw, targets per band, backlog and unknown."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings, strategies as st

from hugdesk.engine import sla
from hugdesk.engine.dates import posted_precision

WARSAW = ZoneInfo("Europe/Warsaw")
UTC = dt.timezone.utc
WEEKDAYS_9_18 = {day: [["09:00", "18:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}


def hours(business_hours=None, timezone="Europe/Warsaw", closed_dates=()):
    """What the stored Settings give the engine: anything with these three attributes."""
    return sla.schedule_of(SimpleNamespace(timezone=timezone, business_hours=business_hours,
                                           closed_dates=list(closed_dates)))


def local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=WARSAW)


def policy(schedule, since=None, **targets) -> sla.Policy:
    return sla.Policy(schedule, {**sla.DEFAULT_TARGETS, **targets}, since)


def complaint(p, posted, at):
    return sla.clock(p, band="negative", posted_at=posted, answered=False, at=at)


# ---- the cases ----------------------------------------------------------------------------

FRIDAY_1755 = local(2025, 6, 6, 17, 55)


def test_a_complaint_at_1755_on_friday_is_due_at_0955_on_monday():
    p = policy(hours(WEEKDAYS_9_18))
    saturday = complaint(p, FRIDAY_1755, local(2025, 6, 7, 12, 0))
    assert saturday.due_at == local(2025, 6, 9, 9, 55)
    assert saturday.sla == "ok" and saturday.waiting_minutes == 5
    assert saturday.wall_minutes == 18 * 60 + 5
    # Amber from 45 business minutes, red at the due time, not a minute before.
    assert complaint(p, FRIDAY_1755, local(2025, 6, 9, 9, 39)).sla == "ok"
    assert complaint(p, FRIDAY_1755, local(2025, 6, 9, 9, 40)).sla == "warn"
    assert saturday.warn_at == local(2025, 6, 9, 9, 40)
    assert complaint(p, FRIDAY_1755, local(2025, 6, 9, 9, 54, 59)).sla == "warn"
    monday = complaint(p, FRIDAY_1755, local(2025, 6, 9, 9, 55))
    assert monday.sla == "breach" and monday.waiting_minutes == 60


def test_without_business_hours_the_clock_is_the_wall_clock():
    """No schedule configured: always open, so a complaint is red an hour after it was posted."""
    p = policy(hours(None))
    assert complaint(p, FRIDAY_1755, local(2025, 6, 7, 12, 0)).sla == "breach"
    assert complaint(p, FRIDAY_1755, local(2025, 6, 6, 18, 55)).due_at == local(2025, 6, 6, 18, 55)
    assert complaint(p, FRIDAY_1755, local(2025, 6, 6, 18, 54)).sla == "warn"
    assert sla.Policy().schedule.always_open


@pytest.mark.parametrize("schedule", [hours(None), hours(WEEKDAYS_9_18)])
@pytest.mark.parametrize("rating", [4, 4.5, 5])
def test_a_good_review_is_never_red(schedule, rating):
    p = policy(schedule)
    band = sla.band_of(rating)
    assert band == "positive"
    posted = local(2025, 1, 6, 10, 0)
    seen = set()
    for days in (0, 1, 2, 3, 7, 30, 365, 3 * 365):
        found = sla.clock(p, band=band, posted_at=posted, answered=False, at=posted + dt.timedelta(days=days))
        assert found.sla != "breach"
        seen.add(found.sla)
    assert seen == {"ok", "warn"}, "it still turns amber once its (long) target is near"
    assert found.target_minutes == 24 * 60


def test_praise_and_recommendations_are_positive_complaints_negative():
    assert sla.band_of(None, sentiment="positive") == "positive"
    assert sla.band_of(None, recommends=True) == "positive"
    assert sla.band_of(None, recommends=False) == "negative"
    assert sla.band_of(None, sentiment="negative") == sla.band_of(None, sentiment="mixed") == "negative"
    assert sla.band_of(1) == sla.band_of(2) == sla.band_of(2.5) == "negative"
    assert sla.band_of(3) == sla.band_of(3.5) == "neutral"
    assert sla.band_of(None) == sla.band_of(None, sentiment="neutral") == "other"
    # The stars win over what the text sounds like.
    assert sla.band_of(5, sentiment="negative") == "positive"


def test_default_targets_per_band():
    p = sla.Policy()
    assert {b: p.target(b) for b in sla.BANDS} == {"negative": 60, "neutral": 240, "positive": 1440, "other": 60}
    three = sla.clock(policy(hours(WEEKDAYS_9_18)), band="neutral", posted_at=FRIDAY_1755, answered=False,
                      at=local(2025, 6, 9, 9, 0))
    # Four business hours: 5 minutes on Friday, 3 h 55 on Monday.
    assert three.due_at == local(2025, 6, 9, 12, 55) and three.sla == "ok"


def test_an_item_posted_before_tracking_started_is_backlog_never_a_breach():
    since = local(2025, 6, 1)
    p = policy(hours(None), since)
    old = local(2022, 3, 3, 12, 0)
    found = complaint(p, old, local(2025, 6, 9, 12, 0))
    assert found.sla == "backlog" and found.due_at is None and found.warn_at is None
    assert found.wall_minutes > 3 * 365 * 24 * 60 and found.waiting_minutes == found.wall_minutes
    # The same item posted just after tracking started runs the clock.
    assert complaint(p, since + dt.timedelta(minutes=1), local(2025, 6, 9, 12, 0)).sla == "breach"
    # Moving tracking back brings it in.
    assert complaint(policy(hours(None), local(2022, 1, 1)), old, local(2025, 6, 9)).sla == "breach"


def test_an_unreadable_posted_date_is_unknown_never_zero_minutes():
    found = complaint(policy(hours(None)), None, local(2025, 6, 9, 12, 0))
    assert found.sla == "unknown"
    assert found.waiting_minutes is None and found.due_at is None and found.wall_minutes is None
    assert found.target_minutes == 60
    # Text with no date in it is not guessed at. (Facebook's year-less "March 3" is a date: this
    # year's, read in tests/engine/test_dates.py.)
    assert posted_precision("Edited") is None and posted_precision("See translation") is None


def test_absurd_dates_neither_stall_nor_alarm():
    p = policy(hours(WEEKDAYS_9_18), local(2025, 1, 1))
    at = local(2025, 6, 9, 12, 0)
    # A date in the future is no more readable than none.
    assert complaint(p, local(9999, 12, 31), at).sla == "unknown"
    assert complaint(p, at + dt.timedelta(days=2), at).sla == "unknown"
    # A day's leeway: a date written in the business's time zone may be "tomorrow" in UTC.
    assert complaint(p, at + dt.timedelta(hours=10), at).sla == "ok"
    ancient = complaint(p, dt.datetime(1, 1, 1, tzinfo=UTC), at)
    assert ancient.sla == "backlog" and ancient.waiting_minutes <= 20 * 366 * 24 * 60


def test_answered_items_have_no_clock():
    found = sla.clock(policy(hours(None)), band="negative", posted_at=None, answered=True, at=local(2025, 1, 1))
    assert (found.sla, found.due_at, found.waiting_minutes) == ("answered", None, None)


def test_closed_dates_are_skipped():
    # Whit Monday closed: Friday 17:55 is due on Tuesday at 09:55.
    p = policy(hours(WEEKDAYS_9_18, closed_dates=["2025-06-09"]))
    monday_noon = complaint(p, FRIDAY_1755, local(2025, 6, 9, 12, 0))
    assert monday_noon.sla == "ok" and monday_noon.waiting_minutes == 5
    assert monday_noon.due_at == local(2025, 6, 10, 9, 55)
    # Closed dates alone, with the default always-open week.
    always = hours(None, closed_dates=["2025-12-25", "2025-12-26"])
    assert sla.business_minutes(always, local(2025, 12, 24, 23, 0), local(2025, 12, 27, 1, 0)) == 120
    assert sla.add_business_minutes(always, local(2025, 12, 24, 23, 30), 60) == local(2025, 12, 27, 0, 30)


def test_several_windows_a_day():
    split = {day: [["14:00", "18:00"], ["09:00", "13:00"]] for day in ("mon", "tue", "wed", "thu", "fri")}
    schedule = hours(split)
    monday = (2025, 6, 9)
    # Lunch does not count: 12:30 + 60 business minutes = 14:30.
    assert sla.add_business_minutes(schedule, local(*monday, 12, 30), 60) == local(*monday, 14, 30)
    assert sla.business_minutes(schedule, local(*monday, 12, 30), local(*monday, 14, 30)) == 60
    assert sla.business_minutes(schedule, local(*monday, 8, 0), local(*monday, 20, 0)) == 8 * 60
    assert sla.add_business_minutes(schedule, local(*monday, 13, 0), 1) == local(*monday, 14, 1)
    assert sla.next_opening(schedule, local(*monday, 13, 30)) == local(*monday, 14, 0)
    assert sla.format_business_hours(sla.parse_business_hours(split))["mon"] == [["09:00", "13:00"], ["14:00", "18:00"]]


def test_daylight_saving_changes_in_warsaw():
    always = hours(None)
    # 30 March 2025: clocks jump from 02:00 to 03:00; 26 October 2025: back from 03:00 to 02:00.
    assert sla.business_minutes(always, local(2025, 3, 30, 0, 0), local(2025, 3, 31, 0, 0)) == 23 * 60
    assert sla.business_minutes(always, local(2025, 10, 26, 0, 0), local(2025, 10, 27, 0, 0)) == 25 * 60

    every_day = hours({day: [["09:00", "18:00"]] for day in sla.WEEKDAYS})
    # Saturday 17:30 CET (16:30 UTC) is due Sunday 09:30 CEST (07:30 UTC): 15 hours on the wall, not 16.
    due = sla.add_business_minutes(every_day, local(2025, 3, 29, 17, 30), 60)
    assert due == local(2025, 3, 30, 9, 30) == dt.datetime(2025, 3, 30, 7, 30, tzinfo=UTC)
    assert sla.next_opening(every_day, local(2025, 10, 26, 3, 0)) == dt.datetime(2025, 10, 26, 8, 0, tzinfo=UTC)

    # A night shift spanning the change is an hour shorter in spring and longer in autumn.
    nights = hours({day: [["00:00", "06:00"], ["22:00", "24:00"]] for day in sla.WEEKDAYS})
    assert sla.business_minutes(nights, local(2025, 3, 29, 21, 0), local(2025, 3, 30, 7, 0)) == 7 * 60
    assert sla.business_minutes(nights, local(2025, 10, 25, 21, 0), local(2025, 10, 26, 7, 0)) == 9 * 60
    # Weekly windows over a whole year: 2024 had 262 weekdays of 9 hours (and a leap day).
    weekdays = hours(WEEKDAYS_9_18)
    assert sla.business_minutes(weekdays, local(2024, 1, 1), local(2025, 1, 1)) == 262 * 9 * 60


def test_next_opening_waits_for_business_hours():
    """What reminders use: nothing fires at night or at the weekend."""
    schedule = hours(WEEKDAYS_9_18, closed_dates=["2025-06-09"])
    assert sla.next_opening(schedule, local(2025, 6, 6, 23, 0)) == local(2025, 6, 10, 9, 0)
    assert sla.next_opening(schedule, local(2025, 6, 6, 17, 59)) == local(2025, 6, 6, 17, 59)
    assert sla.next_opening(schedule, local(2025, 6, 6, 18, 0)) == local(2025, 6, 10, 9, 0)
    assert sla.next_opening(schedule, local(2025, 6, 11, 3, 0)) == local(2025, 6, 11, 9, 0)
    assert sla.is_open(schedule, local(2025, 6, 11, 9, 0)) and not sla.is_open(schedule, local(2025, 6, 9, 12, 0))
    # With no hours configured the business is always open: a reminder fires when it is due.
    assert sla.next_opening(hours(None), local(2025, 6, 8, 3, 0)) == local(2025, 6, 8, 3, 0)
    # The stored settings can be passed as they are.
    stored = SimpleNamespace(timezone="Europe/Warsaw", business_hours=WEEKDAYS_9_18, closed_dates=[])
    assert sla.next_opening(stored, local(2025, 6, 7, 12, 0)) == local(2025, 6, 9, 9, 0)


def test_a_schedule_that_never_opens_again_has_no_due_time():
    schedule = hours({"mon": [["09:00", "10:00"]]}, closed_dates=[
        (dt.date(2025, 6, 9) + dt.timedelta(weeks=k)).isoformat() for k in range(0, 300)])
    assert sla.add_business_minutes(schedule, local(2025, 6, 8), 61) is None
    assert sla.next_opening(schedule, local(2025, 6, 8)) is None


# ---- what settings may hold ----------------------------------------------------------------------


@pytest.mark.parametrize("value, message", [
    ({"monday": [["09:00", "18:00"]]}, "unknown day 'monday'"),
    ({"mon": [["9:00", "18:00"]]}, "business_hours.mon[0]: '9:00' is not a time of day"),
    ({"mon": [["09:00", "24:30"]]}, "business_hours.mon[0]: '24:30'"),
    ({"mon": [["18:00", "09:00"]]}, "business_hours.mon[0]: closes at 09:00 before it opens at 18:00"),
    ({"tue": [["09:00", "13:00"], ["12:00", "18:00"]]}, "business_hours.tue: windows overlap"),
    ({"wed": [["09:00"]]}, "business_hours.wed[0]: a pair"),
    ({"sat": [], "sun": []}, "open at least once a week"),
    ({"fri": [["09:00", "10:00"]] * 7}, "business_hours.fri: a list of at most 6"),
])
def test_business_hours_are_checked_entry_by_entry(value, message):
    with pytest.raises(ValueError) as found:
        sla.parse_business_hours(value)
    assert str(found.value).startswith("business_hours") and message in str(found.value)


def test_other_settings_are_checked():
    with pytest.raises(ValueError, match="timezone: unknown time zone 'Europe/Atlantis'"):
        sla.zone_of("Europe/Atlantis")
    with pytest.raises(ValueError, match="timezone"):
        sla.zone_of("../../etc/passwd")
    with pytest.raises(ValueError, match="timezone: unknown time zone .Europe."):
        sla.zone_of("Europe")  # a directory of zones, not a zone
    with pytest.raises(ValueError, match=r"closed_dates\[1\]"):
        sla.parse_closed_dates(["2025-12-25", "25.12.2025"])
    with pytest.raises(ValueError, match="targets.positive"):
        sla.check_targets({"positive": 0})
    with pytest.raises(ValueError, match="unknown band 'urgent'"):
        sla.check_targets({"urgent": 5})
    assert sla.parse_business_hours({"mon": [["00:00", "24:00"]]})[0] == ((0, 1440),)


# ---- counting is consistent ----------------------------------------------------------------------

# Whole seconds, as the clock counts (business_seconds returns int): between 07:00:00.000001 and
# 07:00:01 the clock counts the second it has entered, 1 > 0.999999 real seconds.
instants = st.datetimes(min_value=dt.datetime(2023, 1, 1), max_value=dt.datetime(2027, 12, 31),
                        timezones=st.just(UTC)).map(lambda t: t.replace(microsecond=0))
SCHEDULES = [
    hours(WEEKDAYS_9_18, closed_dates=["2025-06-09", "2025-12-25"]),
    hours({day: [["00:00", "06:00"], ["22:00", "24:00"]] for day in sla.WEEKDAYS}),
    hours({"sat": [["10:00", "14:00"]], "mon": [["08:00", "12:00"], ["13:00", "17:30"]]}, timezone="America/New_York"),
    hours(None, closed_dates=["2025-03-30"]),
]


@settings(max_examples=300, deadline=None)
@given(start=instants, minutes=st.integers(min_value=1, max_value=60 * 24 * 60), k=st.sampled_from(range(len(SCHEDULES))))
def test_due_time_and_waiting_agree(start, minutes, k):
    """N business minutes after the start, exactly N business minutes have passed, and the due time
    falls inside opening hours."""
    schedule = SCHEDULES[k]
    due = sla.add_business_minutes(schedule, start, minutes)
    assert due is not None and due > start
    assert sla.business_seconds(schedule, start, due) == minutes * 60
    assert sla.business_seconds(schedule, start, due - dt.timedelta(seconds=1)) == minutes * 60 - 1
    assert sla.is_open(schedule, due - dt.timedelta(seconds=1))


@settings(max_examples=200, deadline=None)
@given(a=instants, b=instants, c=instants)
def test_business_time_adds_up(a, b, c):
    a, b, c = sorted((a, b, c))
    schedule = SCHEDULES[0]
    assert sla.business_seconds(schedule, a, c) == sla.business_seconds(schedule, a, b) + sla.business_seconds(schedule, b, c)
    assert sla.business_seconds(schedule, a, c) <= (c - a).total_seconds()
    opening = sla.next_opening(schedule, a)
    assert sla.business_seconds(schedule, a, opening) == 0 and sla.is_open(schedule, opening)


def test_posted_precision():
    assert [posted_precision(t) for t in ("just now", "5 min ago", "3h", "Yesterday", "2 days ago", "3w",
                                          "9/6/2022", "Mar 5, 2023", "March 2023", "5 mo", "1 yr", "March 3", "Edited", None)] == [
        "minute", "minute", "hour", "day", "day", "week", "day", "day", "month", "month", "year", "day", None, None]
