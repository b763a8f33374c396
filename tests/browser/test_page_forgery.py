"""A hostile page steering the card: asking about another customer's ticket, forging a reply,
reversing a name with bidi controls. Real Chromium with the extension, a real backend."""

from __future__ import annotations

import sqlite3
import time
import uuid

import pytest

from tests.support import pages
from tests.support.browser import FIND_EDITABLE_RECORD, INSERT, db_rows

from .conftest import pause, wait_until
from .test_insert import textarea_pages

SEND = "([type, body]) => Hugdesk.send(type, body)"


@pytest.mark.browser
def test_a_page_gets_nothing_about_items_it_did_not_show(ext):
    backend = ext.backend
    # Bob's ticket, with a private call note and a promise, seen on some other page.
    bob = backend.post("/observe", {"items": [{
        "platform": "yelp", "external_id": "u:bob:1/1/2024", "author_name": "Bob B.", "author_id": "bob",
        "text": "Cold soup", "rating": 1}]}).json()["items"][0]
    backend.post("/interactions", {"id": uuid.uuid4().hex, "kind": "phone_call", "ticket_id": bob["ticket_id"],
                                   "text": "card ending 4242, lives at 5 Elm St"})
    promise = backend.post("/promises", {"ticket_id": bob["ticket_id"], "text": "Refund Bob",
                                         "due_at": "2030-01-01T00:00:00Z"}).json()

    page = ext.open(pages.PAGES["yelp-classic-2016"].url)
    keys = ext.wait_cards(page, 20)
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", keys[0]), message="observed")
    own = ext.world(page, "(k) => Hugdesk.records.get(k).result.ticket_id", keys[0])
    mine = {"platform": "yelp", "external_id": keys[0].split(":", 1)[1]}  # a ref this page did show

    for message in [
        ("suggest", {"ticket_id": bob["ticket_id"]}),
        ("tone", {"draft": "Sorry", "ticket_id": bob["ticket_id"]}),
        ("interaction", {"kind": "note", "ticket_ref": mine, "ticket_id": bob["ticket_id"], "text": "forged"}),
        ("interaction", {"kind": "note", "ticket_ref": mine, "customer_id": bob["customer_id"], "text": "forged"}),
        ("interaction", {"kind": "reply_posted", "ticket_ref": {"platform": "yelp", "external_id": "u:bob:1/1/2024"},
                         "text": "forged"}),
        ("promise_create", {"ticket_ref": mine, "ticket_id": bob["ticket_id"], "text": "forged",
                            "due_at": "2030-01-01T00:00:00Z"}),
        ("promise_update", {"promise_id": promise["id"], "status": "kept"}),
        ("ticket_status", {"ticket_id": bob["ticket_id"], "status": "resolved"}),
    ]:
        answer = ext.world(page, SEND, list(message))
        assert answer["ok"] is False and answer["error"]["code"] == "not_on_this_page", (message, answer)
        assert "4242" not in str(answer) and "Refund Bob" not in str(answer)
    # Its own items it may ask about.
    assert ext.world(page, SEND, ["suggest", {"ticket_id": own}])["ok"] is True
    pause(0.5)
    assert db_rows(backend, "SELECT count(*) FROM interactions WHERE text = 'forged'") == [(0,)]
    assert db_rows(backend, "SELECT status FROM promises WHERE id = ?", (promise["id"],)) == [("open",)]
    assert db_rows(backend, "SELECT status FROM tickets WHERE id = ?", (bob["ticket_id"],)) == [("new",)]


@pytest.mark.browser
def test_a_reply_forged_by_page_script_is_not_logged(ext):
    name, url = textarea_pages(ext)[0]
    page = ext.open(url)
    wait_until(lambda: ext.card_keys(page), message="cards")
    key = wait_until(lambda: ext.world(page, FIND_EDITABLE_RECORD, "textarea"), message="a textarea reply box")
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", key), message="observed")
    marked = ext.world(page, """(k) => {
        const box = Hugdesk.adapter.replyTarget(Hugdesk.records.get(k).el);
        box.setAttribute('data-test-box', '1');
        const b = Hugdesk.adapter.submitButton(box);
        if (b) b.setAttribute('data-test-submit', '1');
        return Boolean(b && box.form);
    }""", key)
    assert marked
    # The agent has a draft in the box (bound to the card) but has not posted it.
    assert ext.world(page, INSERT, [key, "Draft the agent is still editing"]) is True
    # Page script, not the agent: fill the box, then submit, click and press Enter by script.
    # It runs from a timer well after Playwright's evaluate, whose call counts as a user gesture
    # for a few seconds; the page's own scripts never have one.
    page.evaluate("""() => setTimeout(() => {
        const box = document.querySelector('[data-test-box]');
        box.value = 'We are sorry (forged by the page)';
        box.form.addEventListener('submit', (e) => e.preventDefault());
        box.form.dispatchEvent(new Event('submit', {bubbles: true, cancelable: true}));
        box.form.requestSubmit();
        const button = document.querySelector('[data-test-submit]');
        button.disabled = false;
        button.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
        box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
        box.value = '';
        document.documentElement.dataset.forged = '1';
    }, 6000)""")
    # Waiting must not evaluate in the page (that would lend it a gesture): the content world can look.
    pause(6.5)
    wait_until(lambda: ext.world(page, "() => document.documentElement.dataset.forged === '1'"), timeout=10,
               message="the page forged its reply")
    pause(1.5)
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'reply_posted'") == [(0,)]
    assert db_rows(ext.backend, "SELECT count(*) FROM tickets WHERE first_response_at IS NOT NULL") == [(0,)]


def bidi_yelp_page() -> bytes:
    body = pages.page_body(pages.PAGES["yelp-classic-2016"])
    return body.replace(b">Marcus C.</a>", ">\u202eMarcus\u202c \u2067C.\u2069</a>".encode())


@pytest.mark.browser
def test_bidi_controls_in_an_author_name_are_not_shown(ext):
    url = "https://www.yelp.com/biz/rosinas-italian-restaurant-oceanside-oceanside-4?hugdesk_test=bidi"
    ext.serve(url, bidi_yelp_page())
    page = ext.open(url)
    keys = ext.wait_cards(page, 20)
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", keys[0]), message="observed")
    # The record keeps what the page said; the card shows it without the controls.
    assert "\u202e" in db_rows(ext.backend, "SELECT author_name FROM tickets WHERE author_name LIKE '%Marcus%'")[0][0]
    shown = ext.world(page, """() => [...Hugdesk.records.values()].map((r) => {
        const c = r.root && r.root.querySelector('.card');
        return c ? c.textContent + ' ' + (c.getAttribute('aria-label') || '') + ' ' +
            [...r.root.querySelectorAll('[title]')].map((e) => e.title).join(' ') : '';
    }).join('\\n')""")
    assert "Marcus" in shown
    assert not any(ch in shown for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


@pytest.mark.browser
def test_an_entry_that_keeps_failing_is_set_aside_and_shown(ext):
    """A request the backend keeps failing on (a 500 every time) must not hold back what was
    logged after it; the popup shows what was set aside and why."""
    backend = ext.backend
    assert backend.get("/me").status_code == 200
    with sqlite3.connect(backend.db_path) as db:
        # Stands in for any input the backend cannot digest: json() fails on this row only.
        db.execute("CREATE TRIGGER test_poison BEFORE INSERT ON interactions "
                   "WHEN NEW.text = 'poison' AND json('not json') BEGIN SELECT 1; END")
    popup = ext.context.new_page()
    popup.goto(f"chrome-extension://{ext.extension_id}/popup/popup.html")
    contact = "([text]) => chrome.runtime.sendMessage({type: 'log_contact', body: {kind: 'phone_call', " \
              "customer: {name: 'Ann K.', phone: '+48 600 100 200'}, text}})"
    first = popup.evaluate(contact, ["poison"])
    assert first["ok"] is True and first["data"]["delivered"] is False
    second = popup.evaluate(contact, ["Called back about the refund"])
    assert second["data"]["delivered"] is False  # waits behind the failing one, in order
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not db_rows(
            backend, "SELECT 1 FROM interactions WHERE text = 'Called back about the refund'"):
        popup.evaluate("() => chrome.runtime.sendMessage({type: 'me', body: {}})")
        pause(0.3)
    assert db_rows(backend, "SELECT count(*) FROM interactions WHERE text = 'Called back about the refund'") == [(1,)]
    status = popup.evaluate("() => chrome.runtime.sendMessage({type: 'outbox_status', body: {}})")["data"]
    assert status["pending"] == 0 and status["rejected"] == 1
    assert status["rejected_items"][0]["label"] == "phone_call" and status["rejected_items"][0]["status"] == 500
    popup.reload()
    shown = wait_until(lambda: popup.eval_on_selector("#outbox-rejected", "e => e.textContent") or None,
                       message="set-aside entry in the popup")
    assert "phone_call" in shown and "500" in shown
