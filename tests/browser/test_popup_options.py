"""The popup (open items, promises due, logging a call) and the options page (settings, connection test)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support import pages

from .conftest import wait_until
from tests.support.browser import db_rows


def open_extension_page(ext, path: str):
    page = ext.context.new_page()
    page.errors = []
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.goto(f"chrome-extension://{ext.extension_id}/{path}")
    return page


@pytest.mark.browser
def test_options_save_and_test_connection(ext):
    page = open_extension_page(ext, "options/options.html")
    wait_until(lambda: page.input_value("#apiBase") == ext.backend.url, message="stored address shown")
    assert page.inner_text("#token-state") == "A token is saved."
    assert page.input_value("#token") == "", "the token is never shown"

    page.click("#test")
    wait_until(lambda: page.inner_text("#result").startswith("Connected as default"), message="connected")

    page.fill("#token", "wrong-token-0123456789")
    page.click("#test")
    wait_until(lambda: page.inner_text("#result") == "The backend refused the token.", message="token refused")

    page.fill("#apiBase", "https://example.com")
    page.click("#save")
    wait_until(lambda: "must look like" in page.inner_text("#result"), message="address refused")
    assert ext.storage("apiBase")["apiBase"] == ext.backend.url

    page.fill("#apiBase", ext.backend.url.replace("127.0.0.1", "localhost") + "/")
    page.fill("#token", "")
    page.click("#save")
    wait_until(lambda: page.inner_text("#result") == "Saved.", message="saved")
    assert ext.storage("apiBase", "token") == {"apiBase": ext.backend.url.replace("127.0.0.1", "localhost"),
                                               "token": ext.backend.token}
    page.click("#test")
    wait_until(lambda: page.inner_text("#result").startswith("Connected as default"), message="connected via localhost")

    ext.backend.stop()
    page.click("#test")
    wait_until(lambda: "Cannot reach the Hugdesk backend" in page.inner_text("#result"), message="unreachable stated")
    ext.backend.start()
    assert page.errors == []


@pytest.mark.browser
def test_popup_lists_unanswered_items_and_due_promises_and_logs_a_call(ext):
    site = ext.open(pages.PAGES["yelp-react-2022"].url)
    keys = ext.wait_cards(site, 10)
    wait_until(lambda: len(ext.backend.get("/tickets?limit=50").json()["items"]) == 10, message="tickets stored")
    ticket = ext.backend.get("/tickets?limit=50").json()["items"][0]
    now = dt.datetime.now(dt.timezone.utc)
    due_past = (now - dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    due_later = (now + dt.timedelta(days=5)).strftime("%Y-%m-%dT%H:%M:%SZ")
    overdue = ext.backend.post("/promises", {"ticket_id": ticket["id"], "text": "Send the invoice", "due_at": due_past}).json()
    ext.backend.post("/promises", {"ticket_id": ticket["id"], "text": "Visit next week", "due_at": due_later})

    popup = open_extension_page(ext, "popup/popup.html")
    popup.wait_for_selector("#tickets li")
    items = popup.locator("#tickets li").all_inner_texts()
    assert len(items) == 7, "10 reviews, 3 answered by the owner"
    assert not any("Gal S." in i for i in items), "owner-replied reviews are not open"
    assert popup.locator("#promises li").count() == 1, "only what is due today or overdue"
    assert "Send the invoice" in popup.inner_text("#promises")
    assert popup.locator("#promises li.overdue").count() == 1

    popup.locator("#promises li button", has_text="Kept").click()
    wait_until(lambda: ext.backend.get("/promises?status=kept").json()["items"], message="kept")
    assert [p["id"] for p in ext.backend.get("/promises?status=kept").json()["items"]] == [overdue["id"]]
    wait_until(lambda: popup.locator("#promises li").count() == 0, message="list refreshed")

    popup.fill("input[name=name]", "Kevin H.")
    popup.fill("input[name=phone]", "+1 650 555 0100")
    popup.fill("textarea[name=text]", "Called about the gym room floor; wants a site visit.")
    popup.click("#contact button[type=submit]")
    wait_until(lambda: popup.inner_text("#contact-result") == "Logged.", message="call logged")
    rows = db_rows(ext.backend, "SELECT kind, channel, text, customer_id FROM interactions WHERE kind = 'phone_call'")
    assert len(rows) == 1
    assert rows[0][:3] == ("phone_call", "phone", "Called about the gym room floor; wants a site visit.")
    assert rows[0][3] is not None
    assert popup.errors == []
    assert keys  # the page stayed open meanwhile


@pytest.mark.browser
def test_popup_refuses_a_contact_without_a_customer(ext):
    popup = open_extension_page(ext, "popup/popup.html")
    popup.fill("textarea[name=text]", "Someone called.")
    popup.click("#contact button[type=submit]")
    wait_until(lambda: popup.inner_text("#contact-result") == "Give the customer's name, e-mail or phone.", message="refused")
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'phone_call'") == [(0,)]
