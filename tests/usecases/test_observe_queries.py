"""Observe reads what the cards need for the whole batch at once: its number of reads does not
grow with the number of items (a real SQLite file; every statement SQLite runs is counted)."""

from __future__ import annotations

import pytest

from hugdesk.store import interactions, promises
from hugdesk.store.agents import DEFAULT_AGENT, set_agent_token
from hugdesk.store.db import connect
from hugdesk.usecases.drafts import Advisor
from hugdesk.usecases.observe import ObservedItem, ObserveRequest, observe


def batch(n: int, offset: int = 0) -> ObserveRequest:
    return ObserveRequest(page_url="https://www.yelp.com/biz/x", items=[
        ObservedItem(platform="yelp", external_id=f"u:{k % 7}:{k}", author_name=f"Ann {k % 7}.",
                     author_id=f"user{k % 7}", rating=1 + k % 5, text=f"The soup number {k} was cold and late.",
                     posted_text="2 hours ago")
        for k in range(offset, offset + n)
    ])


def count_reads(db, run) -> int:
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        run()
    finally:
        db.conn.set_trace_callback(None)
    return sum(1 for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH")))


@pytest.fixture
def db(tmp_path):
    database = connect(tmp_path / "hugdesk.db")
    set_agent_token(database, DEFAULT_AGENT, "hd_test_token_0123456789abcdef")
    return database


def agent_id(db) -> int:
    return db.execute("SELECT id FROM agents WHERE name = ?", [DEFAULT_AGENT]).fetchone()[0]


def test_reads_per_batch_do_not_grow_with_its_size(db):
    me = agent_id(db)
    # Customers with history and open promises, so every read has something to find.
    first = observe(db, batch(7), me, DEFAULT_AGENT, 60, Advisor())
    with db.atomic():
        for result in first.items[:3]:
            promises.create_promise(db, promises.PromiseCreate(ticket_id=result.ticket_id, text="Call back",
                                                               due_at="2030-01-01T10:00:00Z"), me)
            interactions.record(db, interactions.InteractionCreate(
                id=f"call-{result.ticket_id:08d}", kind="phone_call", ticket_id=result.ticket_id, text="Called"), me)

    small = count_reads(db, lambda: observe(db, batch(5, 100), me, DEFAULT_AGENT, 60, Advisor()))
    large = count_reads(db, lambda: observe(db, batch(60, 200), me, DEFAULT_AGENT, 60, Advisor()))
    again = count_reads(db, lambda: observe(db, batch(60, 200), me, DEFAULT_AGENT, 60, Advisor()))
    assert small == large == again, (small, large, again)
    assert small <= 15


def test_batched_reads_give_each_card_its_own_customer(db):
    """The batched answer is per item: history and promises belong to each item's own customer."""
    me = agent_id(db)
    first = observe(db, batch(7), me, DEFAULT_AGENT, 60, Advisor())
    with db.atomic():
        promises.create_promise(db, promises.PromiseCreate(ticket_id=first.items[2].ticket_id, text="Refund",
                                                           due_at="2030-01-01T10:00:00Z"), me)
    answer = observe(db, batch(14, 7), me, DEFAULT_AGENT, 60, Advisor())
    for result, item in zip(answer.items, batch(14, 7).items):
        same_person = item.author_id == "user2"
        assert [p.text for p in result.promises] == (["Refund"] if same_person else [])
        assert result.history.tickets >= 1  # each author wrote in the first batch too
        assert result.history.repeat


def test_with_a_model_on_reads_still_do_not_grow_and_nothing_waits_for_it(db):
    """A configured model adds two reads a batch (its key, its stored drafts), never one per item;
    the drafter here is never started, so every review stays queued and observe still answers."""
    from hugdesk.store.settings import SettingsUpdate, update_settings
    from hugdesk.usecases.model_drafts import ModelDrafter

    me = agent_id(db)
    update_settings(db, SettingsUpdate(model_enabled=True, model_endpoint="http://127.0.0.1:9/v1", model_name="m"))
    drafter = ModelDrafter()
    observe(db, batch(7), me, DEFAULT_AGENT, 60, Advisor(), drafter=drafter)
    small = count_reads(db, lambda: observe(db, batch(5, 100), me, DEFAULT_AGENT, 60, Advisor(), drafter=drafter))
    large = count_reads(db, lambda: observe(db, batch(60, 200), me, DEFAULT_AGENT, 60, Advisor(), drafter=drafter))
    assert small == large, (small, large)
    answer = observe(db, batch(3, 300), me, DEFAULT_AGENT, 60, Advisor(), drafter=drafter)
    assert all(r.model_pending for r in answer.items) and drafter.pending() == 7 + 5 + 60 + 3
