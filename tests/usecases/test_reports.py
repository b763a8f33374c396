"""The lead's figures from items with known times, through the same paths the extension uses
(observe, a logged reply, a promise) on a real SQLite file."""

from __future__ import annotations

import datetime as dt
import uuid

import msgspec
import pytest

from hugdesk.store import interactions, promises
from hugdesk.store.agents import DEFAULT_AGENT, agent_for_token, create_agent, set_agent_token
from hugdesk.store.db import connect, iso, now, parse_iso
from hugdesk.usecases import replies, reports
from hugdesk.usecases.observe import ObservedItem, ObserveRequest, observe

TOKEN = "hd_test_token_0123456789abcdef"


@pytest.fixture
def db(tmp_path):
    database = connect(tmp_path / "hugdesk.db")
    set_agent_token(database, DEFAULT_AGENT, TOKEN)
    # Tracking began a week ago: items posted hours ago are inside every figure.
    database.execute("INSERT INTO settings (key, value) VALUES ('tracking_since', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     [msgspec.json.encode(iso(now() - dt.timedelta(days=7))).decode()])
    return database


def seen(db, ref: str, posted_text: str, platform: str = "yelp", rating: float = 1, text: str = "Cold soup, rude staff.",
         agent_id: int = 1) -> dict:
    result = observe(db, ObserveRequest(items=[ObservedItem(
        platform=platform, external_id=ref, author_name=f"Ann {ref}", author_id=f"user-{ref}", rating=rating,
        text=text, posted_text=posted_text)]), agent_id, "default", 60)
    item = result.items[0]
    return {"id": item.ticket_id, "posted_at": item.posted_at, "customer_id": item.customer_id}


def reply(db, ticket: dict, minutes_after: int, agent_id: int = 1) -> None:
    at = parse_iso(ticket["posted_at"]) + dt.timedelta(minutes=minutes_after)
    interactions.record(db, interactions.InteractionCreate(
        id=uuid.uuid4().hex, kind="reply_posted", ticket_id=ticket["id"], at=iso(at), text="Sorry, fixed."), agent_id)


def test_the_issues_example_gives_exact_figures(db):
    for n, minutes in enumerate((10, 30, 120)):
        reply(db, seen(db, f"answered-{n}", "3 hours ago"), minutes)
    seen(db, "waiting-1", "3 hours ago")
    seen(db, "waiting-2", "3 hours ago")
    yesterday = iso(now() - dt.timedelta(days=1))
    promises.create_promise(db, promises.PromiseCreate(customer_id=seen(db, "p", "3 hours ago")["customer_id"],
                                                       text="Refund by yesterday", due_at=yesterday), 1)
    found = reports.summary(db, 30)
    assert found.target_minutes == 60
    assert found.answered == 3
    assert found.median_first_response_minutes == 30
    assert found.p90_first_response_minutes == 120
    assert found.answered_within_target_share == pytest.approx(2 / 3, abs=1e-4)
    assert found.answered_within_target == 2
    # The two waiting items and the one the promise was made on: all three waited three hours.
    assert (found.unanswered, found.overdue) == (3, 3)
    assert (found.promises.open, found.promises.overdue) == (1, 1)
    assert found.backlog == 0
    assert [(p.platform, p.answered, p.median_first_response_minutes) for p in found.by_platform] == [("yelp", 3, 30)]
    assert [(a.agent, a.answered, a.promises.overdue) for a in found.by_agent] == [("default", 3, 1)]
    # Every reply was written today: today's bucket holds them, earlier days are empty but present.
    assert len(found.by_period) == 31
    assert found.by_period[-1].answered + found.by_period[-2].answered == 3
    assert sum(p.answered for p in found.by_period) == 3


def test_an_imprecise_posted_time_starts_the_clock_when_first_seen(db):
    """"3 days ago" could be off by a day: the clock starts when Hugdesk saw the item, so it is not overdue,
    and "2 hours ago" is trusted."""
    vague = seen(db, "vague", "3 days ago")
    precise = seen(db, "precise", "2 hours ago")
    rows = dict(db.execute("SELECT id, clock_start_at FROM tickets").fetchall())
    first_seen = dict(db.execute("SELECT id, first_seen_at FROM tickets").fetchall())
    assert rows[vague["id"]] == first_seen[vague["id"]]
    assert rows[precise["id"]] == precise["posted_at"]
    found = reports.summary(db, 30)
    assert (found.unanswered, found.overdue) == (2, 1)


def test_items_posted_before_tracking_began_are_backlog(db):
    db.execute("UPDATE settings SET value = ? WHERE key = 'tracking_since'",
               [msgspec.json.encode(iso(now() - dt.timedelta(hours=1))).decode()])
    seen(db, "old", "3 hours ago")
    seen(db, "older", "5 days ago")
    reply(db, seen(db, "new", "30 min ago"), 20)
    found = reports.summary(db, 30)
    assert found.backlog == 2
    assert (found.answered, found.unanswered, found.median_first_response_minutes) == (1, 0, 20)
    ids = [row[0] for row in reports.export_items(db, "backlog", 30).rows]
    assert len(ids) == 2


def test_tracking_since_defaults_to_the_first_agent(db):
    db.execute("DELETE FROM settings WHERE key = 'tracking_since'")
    db.execute("UPDATE agents SET created_at = '2026-01-02T03:04:05Z'")
    assert reports.tracking_since(db) == "2026-01-02T03:04:05Z"


def test_a_reply_seen_on_the_page_counts_from_when_it_appeared(db):
    ticket = seen(db, "r", "just now")
    # The page shows the business's reply on a later visit: answered, timed up to that visit.
    observe(db, ObserveRequest(items=[ObservedItem(platform="yelp", external_id="r", author_id="user-r",
                                                   owner_replied=True, owner_reply_text="Thanks!")]), 1, "default", 60)
    found = reports.summary(db, 30)
    assert (found.answered, found.answered_timed, found.unanswered) == (1, 1, 0)
    # Already answered when first seen: answered, but the reply time is unknown and left out of the median.
    observe(db, ObserveRequest(items=[ObservedItem(platform="yelp", external_id="s", author_id="user-s",
                                                   posted_text="1 hour ago", owner_replied=True)]), 1, "default", 60)
    found = reports.summary(db, 30)
    assert (found.answered, found.answered_timed) == (2, 1)
    assert ticket["id"]


def test_agents_see_their_own_figures_and_kept_rates(db):
    create_agent(db, "ola")
    ola = db.execute("SELECT id FROM agents WHERE name = 'ola'").fetchone()[0]
    reply(db, seen(db, "a", "3 hours ago"), 10, agent_id=ola)
    reply(db, seen(db, "b", "3 hours ago"), 90)
    customer = seen(db, "c", "1 hour ago")["customer_id"]
    later = iso(now() + dt.timedelta(days=2))
    kept, _ = promises.create_promise(db, promises.PromiseCreate(customer_id=customer, text="Call back", due_at=later), ola)
    broken, _ = promises.create_promise(db, promises.PromiseCreate(customer_id=customer, text="Refund", due_at=later), ola)
    promises.update_promise(db, kept.id, promises.PromiseUpdate(status="kept"), ola)
    promises.update_promise(db, broken.id, promises.PromiseUpdate(status="broken"), ola)
    team = reports.summary(db, 7)
    by_name = {a.agent: a for a in team.by_agent}
    assert by_name["ola"].median_first_response_minutes == 10
    assert by_name["default"].median_first_response_minutes == 90
    assert (by_name["ola"].promises.kept, by_name["ola"].promises.broken, by_name["ola"].promises.kept_rate) == (1, 1, 0.5)
    own = reports.summary(db, 7, agent=agent_for_token(db, TOKEN))
    assert own.scope == "default" and own.answered == 1 and own.median_first_response_minutes == 90
    assert own.recurring == [] and own.backlog == 0


def test_recurring_problems_count_reviews_and_logged_calls_against_the_previous_period(db):
    for n in range(3):
        seen(db, f"late-{n}", "2 hours ago", text="Our parcel delivery came two weeks late and the box was damaged.")
    customer = seen(db, "x", "2 hours ago", text="Lovely place, great coffee!", rating=5)["customer_id"]
    interactions.record(db, interactions.InteractionCreate(
        id=uuid.uuid4().hex, kind="phone_call", customer_id=customer, text="x"), 1)  # no categories: not counted
    stored = replies.log_interaction(db, interactions.InteractionCreate(
        id=uuid.uuid4().hex, kind="phone_call", customer_id=customer,
        text="Customer called: the courier delivery was late again and the parcel arrived damaged."), 1)
    assert not stored.duplicate
    # An item from the previous period (8 days ago when looking at 7 days).
    old = seen(db, "old", "2 hours ago", text="Delivery was late, the parcel was damaged.")
    db.execute("UPDATE problem_mentions SET at = ? WHERE ticket_id = ?", [iso(now() - dt.timedelta(days=8)), old["id"]])
    found = {r.category: r for r in reports.summary(db, 7).recurring}
    assert "delivery" in found, found
    delivery = found["delivery"]
    assert (delivery.count, delivery.previous_count) == (4, 1)
    assert len(delivery.examples) == 3 and len(delivery.contact_examples) == 1
    rows = reports.export_items(db, "recurring", 7, category="delivery").rows
    assert len(rows) == 4 and {r[2] for r in rows} == {"yelp", "phone"}


def test_expected_response_time_now_is_the_median_of_recent_first_replies(db):
    assert reports.summary(db, 1).expected_now.minutes is None
    for n, minutes in enumerate((5, 15, 40)):
        ticket = seen(db, f"e{n}", "1 hour ago")
        reply(db, ticket, minutes)
    expected = reports.summary(db, 1).expected_now
    assert (expected.minutes, expected.replies, expected.hours) == (15, 3, 4)


def test_export_neutralises_formulas_and_lists_the_items_behind_a_figure(db):
    seen(db, "f", "3 hours ago", text="=HYPERLINK(\"http://evil\")")
    rows = reports.export_items(db, "overdue", 30).rows
    assert len(rows) == 1 and rows[0][-1].startswith("=")
    assert reports.csv_safe(rows[0][-1]).startswith("'=")
    assert reports.export_items(db, "within_target", 30).rows == []


def test_reminders_for_promises_coming_due_and_complaints_gone_quiet(db):
    agent = agent_for_token(db, TOKEN)
    ticket = seen(db, "q", "3 hours ago")
    reply(db, ticket, 10)
    db.execute("UPDATE tickets SET status = 'open', sentiment = 'negative' WHERE id = ?", [ticket["id"]])
    soon = iso(now() + dt.timedelta(minutes=30))
    promises.create_promise(db, promises.PromiseCreate(ticket_id=ticket["id"], text="Call back", due_at=soon), agent.id)
    found = reports.reminders(db, agent)
    assert [r.kind for r in found.items] == ["promise_due"] and found.overdue_count == 0
    # A day on with no contact, the complaint needs an update and the promise is overdue. (Not
    # further: a logged time may be at most a day ahead of the server's clock.)
    later = now() + dt.timedelta(hours=24, minutes=30)
    found = reports.reminders(db, agent, at=later)
    assert sorted(r.kind for r in found.items) == ["promise_overdue", "update_due"]
    assert (found.overdue_count, found.updates_due) == (2, 1)
    keys = {r.key for r in found.items}
    assert keys == {r.key for r in reports.reminders(db, agent, at=later + dt.timedelta(minutes=5)).items}
    # A logged call resets the quiet period.
    interactions.record(db, interactions.InteractionCreate(
        id=uuid.uuid4().hex, kind="phone_call", ticket_id=ticket["id"], at=iso(later - dt.timedelta(hours=1)),
        text="Called, part ordered"), agent.id)
    assert [r.kind for r in reports.reminders(db, agent, at=later).items] == ["promise_overdue"]


def test_reminders_wait_for_opening_hours(db):
    agent = agent_for_token(db, TOKEN)
    ticket = seen(db, "h", "1 hour ago")
    promises.create_promise(db, promises.PromiseCreate(ticket_id=ticket["id"], text="Refund",
                                                       due_at="2026-11-28T12:00:00Z"), agent.id)
    db.execute("INSERT INTO settings (key, value) VALUES ('business_hours', ?)",
               [msgspec.json.encode({"mon": [["09:00", "17:00"]]}).decode()])
    db.execute("INSERT INTO settings (key, value) VALUES ('timezone', '\"Europe/Warsaw\"')")
    sunday = dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.timezone.utc)
    monday = dt.datetime(2026, 11, 30, 9, 0, tzinfo=dt.timezone.utc)  # 10:00 in Warsaw
    closed = reports.reminders(db, agent, at=sunday)
    assert (closed.open_now, closed.items, closed.overdue_count) == (False, [], 1)
    opened = reports.reminders(db, agent, at=monday)
    assert opened.open_now and [r.kind for r in opened.items] == ["promise_overdue"]


def test_the_desk_queue_uses_each_items_own_clock(db):
    """Praise is never overdue, a complaint is after its hour, an unreadable date is "unknown", and the
    filters narrow the list: the desk says what the cards say."""
    complaint = seen(db, "c", "3 hours ago", rating=1)
    praise = seen(db, "p", "3 hours ago", rating=5, text="Lovely breakfast, thank you!")
    soon = seen(db, "s", "50 min ago", rating=2)
    unreadable = seen(db, "u", "Edited", rating=1)
    db.execute("UPDATE tickets SET assignee = 'ola' WHERE id = ?", [soon["id"]])
    found = reports.queue(db)
    assert [(i.id, i.section) for i in found.items] == [
        (complaint["id"], "overdue"), (soon["id"], "due_soon"), (praise["id"], "rest"), (unreadable["id"], "rest")]
    by_id = {i.id: i for i in found.items}
    assert by_id[praise["id"]].target_minutes == 1440 and by_id[unreadable["id"]].waiting_minutes is None
    assert [i.id for i in reports.queue(db, rating=5).items] == [praise["id"]]
    assert [i.id for i in reports.queue(db, assignee="ola").items] == [soon["id"]]
    assert soon["id"] not in [i.id for i in reports.queue(db, assignee="-").items]
    assert reports.queue(db, platform="facebook").items == []


def test_erasing_a_person_takes_their_problem_mentions_and_pairs_with_them(db):
    """Erasure must still work with the report's tables: mentions and "keep apart" pairs go too, and
    the daily counts no longer include them."""
    from hugdesk.store.customers import erase

    complaint = seen(db, "e1", "1 hour ago", text="The parcel delivery came late and the box was damaged.")
    other = seen(db, "e2", "1 hour ago", text="The parcel delivery came late and the box was damaged.")
    replies.log_interaction(db, interactions.InteractionCreate(
        id=uuid.uuid4().hex, kind="phone_call", customer_id=complaint["customer_id"],
        text="Customer called: the courier delivery was late and the parcel arrived damaged."), 1)
    reports.keep_apart(db, complaint["customer_id"], other["customer_id"], agent_for_token(db, TOKEN))
    assert {r.category: r.count for r in reports.summary(db, 7).recurring}["delivery"] == 3
    removed = erase(db, complaint["customer_id"], agent="test")
    assert removed["tickets"] == 1
    assert {r.category: r.count for r in reports.summary(db, 7).recurring}["delivery"] == 1
    assert db.execute("SELECT count(*) FROM customer_distinct").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM problem_mentions WHERE customer_id = ?",
                      [complaint["customer_id"]]).fetchone()[0] == 0
