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

    # Plain http:// only on this machine.
    page.fill("#apiBase", "http://team.example.com:8765")
    page.click("#save")
    wait_until(lambda: "must be https://" in page.inner_text("#result"), message="address refused")
    assert ext.storage("apiBase")["apiBase"] == ext.backend.url
    # A team server over https:// is saved once Chrome lets Hugdesk reach its host: Chrome asks
    # (headless Chrome keeps the question open, so nothing is saved meanwhile).
    page.fill("#apiBase", "https://hugdesk.example.com")
    page.click("#save")
    wait_until(lambda: "may reach hugdesk.example.com" in page.inner_text("#result"), message="host permission asked")
    assert ext.storage("apiBase")["apiBase"] == ext.backend.url
    page.reload()
    # The background takes any https:// origin (and only an origin).
    accepted = page.evaluate("""() => chrome.runtime.sendMessage({type: 'settings_set', body: {apiBase: 'https://hugdesk.example.com:8443/'}})""")
    assert accepted["ok"] and accepted["data"]["apiBase"] == "https://hugdesk.example.com:8443"
    refused = page.evaluate("""() => chrome.runtime.sendMessage({type: 'settings_set', body: {apiBase: 'https://user:pw@hugdesk.example.com/x'}})""")
    assert not refused["ok"]

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
def test_popup_is_a_queue_overdue_first_with_totals_pages_and_the_badge(ext):
    # Reviews from 2022 run a clock (tracking since 2020); those of 2016 are backlog.
    assert ext.backend.patch("/settings", {"tracking_since": "2020-01-01T00:00:00Z"}).status_code == 200
    for name, n in (("yelp-react-2022", 10), ("yelp-classic-2016", 20)):
        site = ext.open(pages.PAGES[name].url)
        ext.wait_cards(site, n)
    wait_until(lambda: ext.backend.get("/tickets?limit=1").json()["total"] == 30, message="tickets stored")
    ticket = ext.backend.get("/tickets?limit=50").json()["items"][0]
    now = dt.datetime.now(dt.timezone.utc)
    due_past = (now - dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    overdue = ext.backend.post("/promises", {"ticket_id": ticket["id"], "text": "Send the invoice", "due_at": due_past}).json()
    ext.backend.post("/promises", {"ticket_id": ticket["id"], "text": "Visit in a fortnight",
                                   "due_at": (now + dt.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M:%SZ")})

    popup = open_extension_page(ext, "popup/popup.html")
    popup.wait_for_selector("#tickets li")
    # 30 reviews, 4 answered by the owner: 26 in the queue, 20 a page, overdue first, then the backlog.
    wait_until(lambda: popup.inner_text("#queue-total").startswith("1–20 of 26 unanswered"), message="totals")
    slas = [li.get_attribute("data-sla") for li in popup.locator("#tickets li").all()]
    queue = ext.backend.get("/tickets?order=due&limit=100").json()
    red = sum(1 for t in queue["items"] if t["sla"] == "breach")
    tracked = queue["counts"]["tracked"]
    assert red >= 1 and len(slas) == 20 and slas[:red] == ["breach"] * red, slas
    # Then the praise past its target (never red), then the backlog.
    assert set(slas[red:tracked]) <= {"warn", "ok"} and set(slas[tracked:]) == {"backlog"}, slas
    first = popup.locator("#tickets li").first
    text = first.inner_text()
    assert "Yelp" in text and "★" in text and "⚠ Overdue" in text
    assert first.locator("a").get_attribute("href").startswith("https://www.yelp.com/")
    assert first.locator(".excerpt").inner_text()
    assert "▤ Backlog · " in popup.locator("#tickets li").last.inner_text()
    popup.click("#more")
    wait_until(lambda: popup.inner_text("#queue-total").startswith("21–26 of 26"), message="second page")
    assert popup.locator("#tickets li").count() == 6 and popup.locator("#more").is_hidden()
    # Promises due this week or overdue; the one in a fortnight waits.
    assert popup.locator("#promises li").count() == 1 and "Send the invoice" in popup.inner_text("#promises")
    # The toolbar badge: overdue replies plus overdue promises.
    wait_until(lambda: ext.worker.evaluate("() => chrome.action.getBadgeText({})") == str(red + 1), message="badge = red + 1")

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


@pytest.mark.browser
def test_the_outbox_counts_only_what_the_agent_did(ext):
    site = ext.open(pages.PAGES["yelp-biz-reply"].url)
    keys = ext.wait_cards(site, 4)
    wait_until(lambda: ext.world(site, "(k) => Hugdesk.records.get(k).backend === 'ok'", keys[0]), message="observed")
    ext.backend.stop()
    try:
        ext.expand(site, keys[0])  # logs card_opened, which waits in the outbox
        wait_until(lambda: any(e["label"] == "card_opened" for e in ext.outbox()), message="card_opened queued")
        popup = open_extension_page(ext, "popup/popup.html")
        wait_until(lambda: "Cannot reach" in popup.inner_text("#state"), message="backend away")
        assert popup.inner_text("#outbox") == ""
        popup.fill("input[name=name]", "Priya N.")
        popup.fill("textarea[name=text]", "Called back about the wait.")
        popup.click("#contact button[type=submit]")
        wait_until(lambda: "it will be sent" in popup.inner_text("#contact-result"), message="call kept")
        popup.reload()
        wait_until(lambda: popup.inner_text("#outbox") == "Waiting to be sent: 1", message="one action waits")
    finally:
        ext.backend.start()


@pytest.mark.browser
def test_popup_refuses_a_contact_without_a_customer(ext):
    popup = open_extension_page(ext, "popup/popup.html")
    popup.fill("textarea[name=text]", "Someone called.")
    popup.click("#contact button[type=submit]")
    wait_until(lambda: popup.inner_text("#contact-result") == "Give the customer's name, e-mail or phone.", message="refused")
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'phone_call'") == [(0,)]
