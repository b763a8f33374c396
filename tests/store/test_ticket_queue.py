"""GET /tickets?order=due in the store: every page is the matching slice of the whole list sorted
by the clock itself (overdue first, each item against its own target; then unknown, backlog,
answered), while reading only a page's worth of rows a band."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from types import SimpleNamespace

import pytest

from hugdesk.engine import sla
from hugdesk.store.db import connect, iso
from hugdesk.store.tickets import BAND_SQL, TICKET_COLUMNS, count_tickets, ticket_from_row, ticket_queue

AT = dt.datetime(2025, 6, 11, 10, 30, tzinfo=dt.timezone.utc)
SEGMENT = {"breach": 0, "warn": 0, "ok": 0, "unknown": 1, "backlog": 2, "answered": 3}


def expected_order(tickets):
    def key(t):
        seg = SEGMENT[t.sla]
        if seg == 0:
            return (0, t.sla != "breach", t.due_at is None, t.due_at or "", t.posted_at or "", t.id)
        stamp = t.posted_at if seg == 2 else t.first_seen_at
        # Newest first within the other segments.
        return (seg, False, False, "".join(chr(0x10FFFF - ord(c)) for c in stamp), "", -t.id)
    return sorted(tickets, key=key)


@pytest.fixture(params=[1, 2, 3])
def seeded(tmp_path, request):
    rnd = random.Random(request.param)
    db = connect(tmp_path / "queue.db")
    rows = []
    for k in range(240):
        posted = None if rnd.random() < 0.1 else AT - dt.timedelta(minutes=rnd.randint(-3 * 1440, 60 * 1440))
        seen = AT - dt.timedelta(minutes=rnd.randint(0, 60 * 1440))
        rows.append((
            "yelp" if k % 3 else "facebook", f"x{k}", "review", f"Ann {k}", rnd.choice([None, 1, 2, 2.5, 3, 3.5, 4, 5]),
            rnd.choice([None, None, 0, 1]), rnd.choice([None, "negative", "mixed", "positive", "neutral"]), iso(posted),
            iso(seen), rnd.choice(["new", "new", "open", "waiting", "resolved"]), int(rnd.random() < 0.15),
            iso(seen) if rnd.random() < 0.1 else None, iso(seen),
        ))
    db.conn.executemany(
        "INSERT INTO tickets (platform, external_id, kind, author_name, rating, recommends, sentiment, posted_at, "
        "first_seen_at, status, owner_replied, first_response_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    hours = SimpleNamespace(timezone="Europe/Warsaw", closed_dates=["2025-06-09"],
                            business_hours={d: [["09:00", "13:00"], ["14:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")})
    policy = sla.Policy(sla.schedule_of(hours), {**sla.DEFAULT_TARGETS, "neutral": 200},
                        AT - dt.timedelta(days=20))
    return db, policy


def test_every_page_is_the_slice_of_the_clock_ordered_list(seeded):
    db, policy = seeded
    everything = [ticket_from_row(r, policy, AT) for r in db.execute(f"SELECT {TICKET_COLUMNS} FROM tickets")]
    ordered = [t.id for t in expected_order(everything)]
    assert {t.sla for t in everything} == set(SEGMENT), "the seed covers every state"
    for offset, limit in itertools.product((0, 1, 7, 50, 120, 200, 239, 240, 300), (1, 10, 50, 500)):
        page, total = ticket_queue(db, policy, limit=limit, offset=offset, at=AT)
        assert total == len(everything)
        assert [t.id for t in page] == ordered[offset:offset + limit], (offset, limit)
    # Filters apply to every segment and to the total.
    page, total = ticket_queue(db, policy, platform="facebook", status="new", limit=500, at=AT)
    wanted = [i for i in ordered if any(t.id == i and t.platform == "facebook" and t.status == "new" for t in everything)]
    assert [t.id for t in page] == wanted and total == len(wanted) == count_tickets(db, platform="facebook", status="new")


def test_red_comes_first_then_by_due_time():
    db_items = [SimpleNamespace(sla="ok", due_at="2025-06-12T10:00:00Z", posted_at="b", id=1),
                SimpleNamespace(sla="warn", due_at="2025-06-11T10:45:00Z", posted_at="c", id=3),
                SimpleNamespace(sla="warn", due_at="2025-06-09T10:00:00Z", posted_at="a", id=4),  # praise past due
                SimpleNamespace(sla="breach", due_at="2025-06-10T10:00:00Z", posted_at="a", id=2)]
    assert [t.id for t in expected_order(db_items)] == [2, 4, 3, 1]


def test_the_databases_bands_are_the_engines(tmp_path):
    db = connect(tmp_path / "bands.db")
    for rating, recommends, sentiment in itertools.product(
            (None, 0.5, 1, 2, 2.5, 2.9, 3, 3.5, 3.9, 4, 4.5, 5), (None, 0, 1), (None, "negative", "mixed", "neutral", "positive")):
        found = db.execute(f"SELECT {BAND_SQL} FROM (SELECT ? AS rating, ? AS recommends, ? AS sentiment)",
                           [rating, recommends, sentiment]).fetchone()[0]
        assert found == sla.band_of(rating, None if recommends is None else bool(recommends), sentiment)


def test_queue_counts_agree_with_the_clock(seeded):
    """The popup's totals: each segment counted in SQL is what the clock says of each item."""
    from collections import Counter

    from hugdesk.store.tickets import queue_counts

    db, policy = seeded
    everything = [ticket_from_row(r, policy, AT) for r in db.execute(f"SELECT {TICKET_COLUMNS} FROM tickets")]
    segment = {"breach": "tracked", "warn": "tracked", "ok": "tracked", "unknown": "unknown", "backlog": "backlog",
               "answered": "answered"}
    want = Counter(segment[t.sla] for t in everything)
    assert queue_counts(db, policy, at=AT) == {k: want.get(k, 0) for k in ("tracked", "unknown", "backlog", "answered")}
    facebook = Counter(segment[t.sla] for t in everything if t.platform == "facebook")
    assert queue_counts(db, policy, platform="facebook", at=AT) == {
        k: facebook.get(k, 0) for k in ("tracked", "unknown", "backlog", "answered")}
