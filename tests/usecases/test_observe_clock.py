"""Observe's response clock with a fixed clock on a real SQLite file: business hours, targets per
kind of item, backlog and unknown, as the cards receive them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from hugdesk.engine import sla
from hugdesk.store.agents import DEFAULT_AGENT, set_agent_token
from hugdesk.store.db import connect
from hugdesk.store.settings import SettingsUpdate, get_settings, update_settings
from hugdesk.usecases.observe import ObservedItem, ObserveRequest, observe

WARSAW = ZoneInfo("Europe/Warsaw")
FRIDAY_1755 = dt.datetime(2025, 6, 6, 17, 55, tzinfo=WARSAW)


@pytest.fixture
def db(tmp_path):
    database = connect(tmp_path / "hugdesk.db")
    set_agent_token(database, DEFAULT_AGENT, "hd_test_token_0123456789abcdef")
    update_settings(database, SettingsUpdate(
        timezone="Europe/Warsaw", tracking_since="2025-01-01T00:00:00Z",
        business_hours={d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
    ))
    return database


def see(db, at: dt.datetime, **item) -> dict:
    me = db.execute("SELECT id FROM agents WHERE name = ?", [DEFAULT_AGENT]).fetchone()[0]
    fields = {"platform": "yelp", "author_name": "Ann K.", "author_id": "ann", "text": "", **item}
    policy = sla.policy_of(get_settings(db))
    answer = observe(db, ObserveRequest(items=[ObservedItem(**fields)]), me, DEFAULT_AGENT, policy, at=at)
    assert answer.tracking_since == "2025-01-01T00:00:00Z"
    (result,) = answer.items
    return {f: getattr(result, f) for f in ("sla", "due_at", "warn_at", "waiting_minutes", "wall_minutes",
                                            "target_minutes", "band", "posted_precision")}


def test_a_friday_evening_complaint_is_due_on_monday_morning(db):
    first = see(db, FRIDAY_1755, external_id="r1", rating=1, text="Cold soup, rude staff.", posted_text="just now")
    assert first == {"sla": "ok", "due_at": "2025-06-09T07:55:00Z", "warn_at": "2025-06-09T07:40:00Z",
                     "waiting_minutes": 0, "wall_minutes": 0, "target_minutes": 60, "band": "negative",
                     "posted_precision": "minute"}
    saturday = see(db, dt.datetime(2025, 6, 7, 12, 0, tzinfo=WARSAW), external_id="r1", posted_text="1 day ago")
    assert (saturday["sla"], saturday["waiting_minutes"], saturday["due_at"]) == ("ok", 5, "2025-06-09T07:55:00Z")
    assert saturday["wall_minutes"] == 18 * 60 + 5
    monday = see(db, dt.datetime(2025, 6, 9, 9, 55, tzinfo=WARSAW), external_id="r1")
    assert (monday["sla"], monday["waiting_minutes"]) == ("breach", 60)


def test_each_kind_of_item_has_its_own_target_and_praise_is_never_red(db):
    month_later = FRIDAY_1755 + dt.timedelta(days=30)
    five = see(db, FRIDAY_1755, external_id="r5", rating=5, text="Lovely evening!", posted_text="just now")
    assert (five["band"], five["target_minutes"], five["due_at"]) == ("positive", 1440, "2025-06-11T12:55:00Z")  # 5 min Fri, 9 h Mon and Tue, 5 h 55 Wed
    assert see(db, month_later, external_id="r5")["sla"] == "warn"
    three = see(db, FRIDAY_1755, external_id="r3", rating=3, text="It was fine.", posted_text="just now")
    assert (three["band"], three["target_minutes"], three["due_at"]) == ("neutral", 240, "2025-06-09T10:55:00Z")
    praise = see(db, FRIDAY_1755, external_id="c1", platform="facebook",
                 text="Thank you so much, wonderful service, we love this place!", posted_text="just now")
    assert (praise["band"], praise["target_minutes"]) == ("positive", 1440)
    assert see(db, month_later, external_id="c1", platform="facebook")["sla"] == "warn"
    complaint = see(db, FRIDAY_1755, external_id="c2", platform="facebook",
                    text="Terrible service, my order never arrived and nobody answers.", posted_text="just now")
    assert (complaint["band"], complaint["target_minutes"]) == ("negative", 60)
    assert see(db, month_later, external_id="c2", platform="facebook")["sla"] == "breach"


def test_old_items_are_backlog_and_unreadable_dates_unknown(db):
    old = see(db, FRIDAY_1755, external_id="old", rating=1, text="Awful.", posted_text="3 years ago")
    assert old["sla"] == "backlog" and old["due_at"] is None and old["posted_precision"] == "year"
    assert old["wall_minutes"] >= 3 * 365 * 24 * 60
    unknown = see(db, FRIDAY_1755, external_id="fb", rating=1, text="Awful.", posted_text="Edited")
    assert unknown["sla"] == "unknown"
    assert unknown["waiting_minutes"] is None and unknown["due_at"] is None and unknown["posted_precision"] is None
    # It stays unknown later: the clock never starts at first sight.
    assert see(db, FRIDAY_1755 + dt.timedelta(days=3), external_id="fb")["sla"] == "unknown"
