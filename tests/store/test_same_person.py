"""The card's "Same person?": who is suggested, and a merge undone exactly (issue 10: a call logged
in the popup for "Priya N." made a second customer her Yelp card knew nothing of)."""

from __future__ import annotations

import pytest

from hugdesk.errors import Conflict
from hugdesk.store import customers
from hugdesk.store.db import connect
from hugdesk.store.reports import keep_apart

AT = "2025-03-01T10:00:00Z"


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "hugdesk.db")


def on(db, platform, handle, name):
    return customers.add_identity(db, "platform", platform, handle, name=name, profile_url=None, at=AT)[1]


def called(db, name, phone=None):
    return customers.resolve_customer_ref(db, customers.CustomerRef(name=name, phone=phone), AT)


def suggested(db, customer_id):
    return [s.customer_id for s in customers.same_person_candidates(db, customer_id)]


def test_a_full_name_on_another_channel_is_suggested_with_an_initial_or_the_surname(db):
    priya = on(db, "yelp", "u1", "Priya N.")
    call = called(db, "Priya N.")
    full = on(db, "facebook", "fb1", "Priya Nair")
    assert sorted(suggested(db, priya)) == sorted([call, full])
    # Both ways: the call's customer is offered the Yelp record too.
    assert priya in suggested(db, call)


def test_weak_matches_are_never_suggested(db):
    priya = on(db, "yelp", "u1", "Priya N.")
    called(db, "Priya")                       # a first name alone
    called(db, "Priya K.")                    # another surname
    on(db, "yelp", "u2", "Priya N.")          # another account on the same platform
    on(db, "facebook", "fb2", "P. Nair")      # an initial for a first name
    called(db, "Priyanka N.")                 # a longer first name is another first name
    assert suggested(db, priya) == []
    lone = on(db, "yelp", "u3", "Priya")
    assert suggested(db, lone) == []          # our own name alone says too little as well


def test_case_and_accents_do_not_hide_a_match(db):
    zoe = on(db, "tripadvisor", "t1", "Zoë Ånström")
    initial = called(db, "Zoë A.")          # the surname's initial, without its ring
    shouting = on(db, "facebook", "fb1", "ZOË ÅNSTRÖM")
    priya = on(db, "yelp", "u1", "priya nair")
    upper = called(db, "PRIYA N.")
    assert sorted(suggested(db, zoe)) == sorted([initial, shouting])
    assert suggested(db, priya) == [upper]


def test_merged_and_kept_apart_records_are_not_suggested(db):
    priya = on(db, "yelp", "u1", "Priya N.")
    call = called(db, "Priya N.")
    mail = customers.resolve_customer_ref(db, customers.CustomerRef(name="Priya Nair", email="p@example.com"), AT)
    keep_apart(db, priya, mail, None, AT)
    assert suggested(db, priya) == [call]
    customers.merge(db, priya, [call], None)
    assert suggested(db, priya) == []


def test_a_suggestion_says_where_and_when_they_were_in_touch(db):
    priya = on(db, "yelp", "u1", "Priya N.")
    call = called(db, "Priya N.")
    db.execute("INSERT INTO interactions (client_id, kind, customer_id, channel, at, recorded_at, text) "
               "VALUES ('c1', 'phone_call', ?, 'phone', '2025-03-04T09:00:00Z', ?, 'Asked about her order')", [call, AT])
    [s] = customers.same_person_candidates(db, priya)
    assert (s.customer_id, s.name, s.channels, s.last_contact_at) == (call, "Priya N.", ["phone"], "2025-03-04T09:00:00Z")


def groups(db):
    return sorted(tuple(r) for r in db.execute("SELECT id, group_id FROM customers ORDER BY id"))


def test_undo_puts_back_exactly_what_one_merge_moved(db):
    a, b, c, d = (called(db, n) for n in ("Ann A.", "Ben B.", "Cat C.", "Dan D."))
    customers.merge(db, b, [c], None)         # b and c were one person already
    before = groups(db)
    merged = customers.merge(db, a, [b], None)
    assert {r[1] for r in groups(db) if r[0] in (a, b, c)} == {a}
    later = customers.merge(db, a, [d], None)  # and d joined later
    customers.undo_merge(db, merged.merge_id, None)
    after = dict(groups(db))
    # b and c are back together in their own group; a keeps d, who came by another merge.
    assert (after[b], after[c]) == (b, b)
    assert (after[a], after[d]) == (a, a)
    customers.undo_merge(db, later.merge_id, None)
    assert groups(db) == before
    with pytest.raises(Conflict):
        customers.undo_merge(db, merged.merge_id, None)  # once only


def test_undo_is_refused_when_the_group_was_regrouped_since(db):
    a, b = called(db, "Ann A."), called(db, "Ben B.")
    merged = customers.merge(db, a, [b], None)
    customers.split(db, b, None)
    with pytest.raises(Conflict):
        customers.undo_merge(db, merged.merge_id, None)
    assert dict(groups(db)) == {a: a, b: b}
