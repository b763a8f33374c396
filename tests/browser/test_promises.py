"""Promises: the date in their words is the default, saved once, shown on every card of the customer, edited, cancelled, kept or broken."""

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


def open_customer_cards(ext):
    page = ext.open(pages.PAGES["fb-m-2021"].url)
    ext.wait_cards(page, 30)
    keys = ext.world(page, KEYS_OF, CUSTOMER)
    assert len(keys) == 3
    wait_until(lambda: ext.world(page, READY, keys), message="observe answered")
    customers = ext.world(page, "(keys) => keys.map(k => Hugdesk.records.get(k).result.customer_id)", keys)
    assert len(set(customers)) == 1 and customers[0] is not None, "one customer behind the three comments"
    return page, keys


def next_weekday(weekday: int) -> dt.date:
    """The next such day after today (Monday = 0), as "by Friday" means."""
    today = dt.date.today()
    return today + dt.timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


@pytest.mark.browser
def test_promise_takes_its_date_from_its_words_is_saved_once_and_shows_on_the_customers_other_cards(ext):
    page, keys = open_customer_cards(ext)
    first, second, third = keys
    frame = ext.card_frame(page, first)
    frame.locator("[data-focus=promise-open]").click()
    # The form takes the focus only because the agent asked for it.
    wait_until(lambda: frame.evaluate("() => document.activeElement && document.activeElement.dataset.focus") == "promise-text",
               message="promise text field focused")
    page.keyboard.type(PROMISE)
    frame.locator("[data-focus=due-date]").focus()  # leaving the field: the date is read from the words
    friday = next_weekday(4).isoformat()
    wait_until(lambda: frame.locator("[data-focus=due-date]").input_value() == friday, message="Friday found in the text")
    assert frame.locator("[data-note=date-found]").is_visible()
    # A double click saves one promise.
    frame.locator("[data-focus=due-save]").dblclick()
    stored = wait_until(lambda: ext.backend.get("/promises?status=open").json()["items"], message="promise stored")
    assert [p["text"] for p in stored] == [PROMISE]
    due = dt.datetime.fromisoformat(stored[0]["due_at"].replace("Z", "+00:00")).astimezone()
    assert due.date().isoformat() == friday
    wait_until(lambda: frame.locator("[data-promise]").count() == 1, message="promise listed")
    # Saving the same promise again makes no second one.
    frame.locator("[data-focus=promise-open]").click()
    wait_until(lambda: frame.locator("[data-focus=promise-text]").count() == 1, message="form again")
    frame.locator("[data-focus=promise-text]").fill(PROMISE)
    frame.locator("[data-focus=due-date]").fill(friday)
    frame.locator("[data-focus=due-save]").click()
    wait_until(lambda: "already saved" in frame.inner_text("#card"), message="told it exists")
    assert len(ext.backend.get("/promises?status=open").json()["items"]) == 1
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'promise_logged'") == [(1,)]

    page.reload()
    ext.wait_cards(page, 30)
    wait_until(lambda: ext.world(page, READY, keys), message="observe answered after reload")
    frame = ext.card_frame(page, second)
    wait_until(lambda: frame.locator("[data-promise]").all_inner_texts(), message="promise on the second card")
    assert PROMISE in frame.locator("[data-promise]").inner_text()

    # Kept, from another card of the same customer: gone, outcome logged.
    promise_id = stored[0]["id"]
    frame.locator(f'[data-focus="kept-{promise_id}"]').click()
    wait_until(lambda: ext.backend.get("/promises?status=open").json()["items"] == [], message="promise closed")
    assert db_rows(ext.backend, "SELECT status FROM promises") == [("kept",)]
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'promise_kept'") == [(1,)]
    wait_until(lambda: frame.locator("[data-promise]").count() == 0, message="promise gone from the card")
    assert page.errors == []


@pytest.mark.browser
def test_promise_can_be_edited_and_cancelled(ext):
    page, keys = open_customer_cards(ext)
    ticket_id = ext.world(page, "(k) => Hugdesk.records.get(k).result.ticket_id", keys[0])
    due = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    created = ext.backend.post("/promises", {"ticket_id": ticket_id, "text": "Call back", "due_at": due}).json()
    ext.world(page, "() => Hugdesk.observeAgain([...Hugdesk.records.values()])")
    frame = ext.card_frame(page, keys[0])
    wait_until(lambda: frame.locator(f'[data-focus="edit-{created["id"]}"]').count(), message="promise listed")
    frame.locator(f'[data-focus="edit-{created["id"]}"]').click()
    frame.locator("[data-focus=edit-text]").fill("Call back about the refund")
    later = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    frame.locator("[data-focus=edit-date]").fill(later)
    frame.locator("[data-focus=edit-save]").click()
    wait_until(lambda: db_rows(ext.backend, "SELECT text FROM promises") == [("Call back about the refund",)], message="edited")
    stored = ext.backend.get("/promises?status=open").json()["items"]
    assert dt.datetime.fromisoformat(stored[0]["due_at"].replace("Z", "+00:00")).astimezone().date().isoformat() == later
    wait_until(lambda: frame.locator(f'[data-focus="cancel-{created["id"]}"]').count(), message="listed again")
    frame.locator(f'[data-focus="cancel-{created["id"]}"]').click()
    wait_until(lambda: db_rows(ext.backend, "SELECT status FROM promises") == [("cancelled",)], message="cancelled")
    wait_until(lambda: frame.locator("[data-promise]").count() == 0, message="gone from the card")


@pytest.mark.browser
def test_promise_text_prefilled_from_the_selection(ext):
    page, keys = open_customer_cards(ext)
    key = keys[0]
    frame = ext.card_frame(page, key)
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
    frame.locator("[data-focus=promise-open]").click()
    wait_until(lambda: frame.locator("[data-focus=promise-text]").count() and frame.locator("[data-focus=promise-text]").input_value() == selected,
               message="prefilled from the selection")


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
        # The bar says how many, never what.
        assert ext.card_query(page, key, "[data-promises-overdue]") == ["⚑ Promises overdue: 1"]
    frame = ext.card_frame(page, keys[2])
    row = wait_until(lambda: frame.locator("[data-promise]").all(), message="promise listed")[0]
    assert "overdue" in row.get_attribute("class") and "Call back about the refund" in row.inner_text()
    assert "⚠" in row.inner_text()
