"""The card's history summary counts only what came before the item, and a thread is one conversation.

Issue 10: three comments by the same person on one post made drafts apologise "sorry it has taken
this long"; a first comment listed the same person's later reply as an "earlier contact"."""

from __future__ import annotations

import pytest

from hugdesk.store import customers
from hugdesk.store.db import connect

POST = "https://m.facebook.com/story.php?story_fbid=1&id=2"
OTHER_POST = "https://m.facebook.com/story.php?story_fbid=9&id=2"


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "hugdesk.db")


def ticket(db, customer_id, external_id, posted_at, page_url=POST, platform="facebook"):
    return db.execute(
        "INSERT INTO tickets (platform, external_id, kind, customer_id, author_name, text, page_url, posted_at, "
        "first_seen_at, updated_at) VALUES (?, ?, 'comment', ?, 'Yusof E.', 'Hi', ?, ?, ?, ?)",
        [platform, external_id, customer_id, page_url, posted_at, posted_at, posted_at],
    ).lastrowid


def customer(db):
    _, cid = customers.add_identity(db, "platform", "facebook", "yusof", name="Yusof E.", profile_url=None,
                                    at="2025-01-01T00:00:00Z")
    return cid


def test_comments_in_one_thread_are_one_conversation(db):
    me = customer(db)
    first = ticket(db, me, "c1", "2025-03-01T10:00:00Z")
    second = ticket(db, me, "c2", "2025-03-01T10:05:00Z")
    third = ticket(db, me, "c3", "2025-03-01T10:09:00Z")
    for t in (first, second, third):
        summary = customers.history_summary(db, me, exclude_ticket=t)
        assert summary.repeat is False, t
        assert summary.tickets == 0, t


def test_a_later_item_is_never_an_earlier_contact(db):
    me = customer(db)
    old = ticket(db, me, "old", "2025-01-10T10:00:00Z", page_url=OTHER_POST)
    new = ticket(db, me, "new", "2025-03-01T10:00:00Z")
    # The older item, on another post, knows nothing of the newer one.
    before = customers.history_summary(db, me, exclude_ticket=old)
    assert before.tickets == 0 and before.repeat is False and before.recent == []
    # The newer one is a repeat contact, with the older one in its history.
    after = customers.history_summary(db, me, exclude_ticket=new)
    assert after.tickets == 1 and after.repeat is True
    assert [e.ticket_id for e in after.recent] == [old]


def test_batch_summaries_agree_with_single_ones(db):
    me = customer(db)
    a = ticket(db, me, "a", "2025-01-10T10:00:00Z", page_url=OTHER_POST)
    b = ticket(db, me, "b", "2025-03-01T10:00:00Z")
    c = ticket(db, me, "c", "2025-03-01T10:04:00Z")
    batch = customers.history_summaries(db, [(me, a), (me, b), (me, c)], {me: [me]})
    assert [batch[(me, t)].tickets for t in (a, b, c)] == [0, 1, 1]
