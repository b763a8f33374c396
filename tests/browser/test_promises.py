"""One-click promises: logged on one card, shown on every card of that customer, kept or broken."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import pages

from .conftest import wait_until
from tests.support.browser import db_rows

PROMISE = "We will send you a replacement controller by Friday"
CUSTOMER = "Yusof Elmahboub"  # three comments on the m.facebook fixture page

KEYS_OF = """(name) => [...Hugdesk.records.values()].filter(r => r.item.author_name === name).map(r => r.key)"""
READY = """(keys) => keys.every(k => Hugdesk.records.get(k).backend === 'ok')"""
PROMISE_TEXTS = """(key) => {
  const r = Hugdesk.records.get(key);
  return r.root ? [...r.root.querySelectorAll('[data-promise]')].map(li => ({text: li.firstChild.textContent, overdue: li.classList.contains('overdue')})) : [];
}"""


def open_customer_cards(ext):
    page = ext.open(pages.PAGES["fb-m-2021"].url)
    ext.wait_cards(page, 30)
    keys = ext.world(page, KEYS_OF, CUSTOMER)
    assert len(keys) == 3
    wait_until(lambda: ext.world(page, READY, keys), message="observe answered")
    customers = ext.world(page, "(keys) => keys.map(k => Hugdesk.records.get(k).result.customer_id)", keys)
    assert len(set(customers)) == 1 and customers[0] is not None, "one customer behind the three comments"
    return page, keys


@pytest.mark.browser
def test_promise_logged_on_one_card_shows_on_the_customers_other_cards(ext):
    page, keys = open_customer_cards(ext)
    first, second, third = keys
    ext.expand(page, first)
    ext.click_card(page, first, '[data-focus="promise-open"]')
    # The form takes the focus only because the agent asked for it.
    wait_until(lambda: ext.world(page, "(k) => { const r = Hugdesk.records.get(k); return r.root.activeElement && r.root.activeElement.dataset.focus; }", first) == "promise-text",
               message="promise text field focused")
    page.keyboard.type(PROMISE)
    ext.click_card(page, first, '[data-focus="due-tomorrow"]')

    stored = wait_until(lambda: ext.backend.get("/promises?status=open").json()["items"], message="promise stored")
    assert [p["text"] for p in stored] == [PROMISE]
    due = dt.datetime.fromisoformat(stored[0]["due_at"].replace("Z", "+00:00"))
    now = dt.datetime.now(dt.timezone.utc)
    assert dt.timedelta(hours=1) < due - now < dt.timedelta(hours=48), "tomorrow, end of the day"
    assert [p["text"] for p in ext.world(page, PROMISE_TEXTS, first)] == [PROMISE]
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'promise_logged'") == [(1,)]

    page.reload()
    ext.wait_cards(page, 30)
    wait_until(lambda: ext.world(page, READY, keys), message="observe answered after reload")
    for key in (second, third):
        assert ext.card_query(page, key, "[data-promises]") == ["Open promises: 1"]
        ext.expand(page, key)
        assert ext.world(page, PROMISE_TEXTS, key) == [{"text": PROMISE, "overdue": False}]
    others = ext.world(page, "(name) => [...Hugdesk.records.values()].filter(r => r.item.author_name !== name).map(r => r.key)", CUSTOMER)
    assert all(ext.card_query(page, k, "[data-promises]") == [] for k in others[:5])

    # Kept, from another card of the same customer: gone everywhere, outcome logged.
    promise_id = stored[0]["id"]
    ext.click_card(page, second, f'[data-focus="kept-{promise_id}"]')
    wait_until(lambda: ext.backend.get("/promises?status=open").json()["items"] == [], message="promise closed")
    assert db_rows(ext.backend, "SELECT status FROM promises") == [("kept",)]
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'promise_kept'") == [(1,)]
    wait_until(lambda: all(ext.world(page, PROMISE_TEXTS, k) == [] for k in keys), message="promise gone from the cards")
    assert page.errors == []


@pytest.mark.browser
def test_promise_text_prefilled_from_the_selection(ext):
    page, keys = open_customer_cards(ext)
    key = keys[0]
    ext.expand(page, key)
    selected = ext.world(page, """(k) => {
        const el = Hugdesk.records.get(k).el;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let node;
        while ((node = walker.nextNode()) && node.data.trim().length < 12) {}
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, node.data.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return getSelection().toString().trim();
    }""", key)
    assert selected
    ext.click_card(page, key, '[data-focus="promise-open"]')
    value = ext.world(page, """(k) => Hugdesk.records.get(k).root.querySelector('[data-focus="promise-text"]').value""", key)
    assert value == selected


@pytest.mark.browser
def test_overdue_promise_stands_out(ext):
    page, keys = open_customer_cards(ext)
    ticket_id = ext.world(page, "(k) => Hugdesk.records.get(k).result.ticket_id", keys[0])
    past = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert ext.backend.post("/promises", {"ticket_id": ticket_id, "text": "Call back about the refund", "due_at": past}).status_code == 201
    page.reload()
    ext.wait_cards(page, 30)
    wait_until(lambda: ext.world(page, READY, keys), message="observe answered")
    for key in keys:
        assert ext.card_query(page, key, "[data-promises] .breach") == [" overdue: 1"]
    ext.expand(page, keys[2])
    assert ext.world(page, PROMISE_TEXTS, keys[2]) == [{"text": "Call back about the refund", "overdue": True}]
