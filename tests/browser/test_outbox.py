"""Backend away: the card says so, everything to be logged waits in the outbox, and once the
backend is back each entry is delivered exactly once (counted in the real database)."""

from __future__ import annotations

import pytest

from tests.support import pages

from .conftest import pause, wait_until
from tests.support.browser import db_rows

PROMISE = "We will refund the deposit by Monday"


def ready(ext, page, keys):
    return wait_until(lambda: ext.world(page, "(keys) => keys.every(k => Hugdesk.records.get(k).backend === 'ok')", keys),
                      message="observe answered")


@pytest.mark.browser
def test_outage_then_everything_delivered_exactly_once(ext):
    backend = ext.backend
    page = ext.open(pages.PAGES["yelp-react-2022"].url)
    keys = ext.wait_cards(page, 10)
    ready(ext, page, keys)

    backend.stop()

    # On the open page: two cards opened, a promise, a status change.
    first = ext.card_frame(page, keys[0])
    second = ext.card_frame(page, keys[1])
    ext.scroll_to_frame(page, keys[0])
    first.locator("[data-focus=promise-open]").click()
    wait_until(lambda: first.locator("[data-focus=promise-text]").count(), message="promise form")
    first.locator("[data-focus=promise-text]").fill(PROMISE)
    first.locator("[data-focus=due-3days]").click()
    first.locator("[data-focus=due-save]").click()
    wait_until(lambda: "it will be sent when the backend is back" in first.inner_text("#card"),
               message="the card says the promise waits")
    wait_until(lambda: PROMISE in first.inner_text("[data-section=promises]"), message="the waiting promise listed")
    ext.scroll_to_frame(page, keys[1])
    second.locator("[data-section=status] [data-status=resolved]").click()

    # A page opened during the outage: each card shows a small icon, the sentence on hover.
    other = ext.open(pages.PAGES["yelp-classic-2016"].url)
    other_keys = ext.wait_cards(other, 20)
    wait_until(lambda: ext.card_query(other, other_keys[0], "[data-backend]") == ["⚠"], message="unreachable icon")
    detail = ext.world(other, "(k) => Hugdesk.records.get(k).root.querySelector('[data-backend]').title", other_keys[0])
    assert "backend unreachable" in detail
    ext.expand(other, other_keys[0])

    # Opening a card with drafts also logs that they were shown; those wait in the outbox too.
    logged = lambda o: [e for e in o if e["label"] not in ("observe", "suggestion_shown")]  # noqa: E731
    queued = wait_until(lambda: (o := ext.outbox()) and len(logged(o)) == 5 and o, message="five entries queued")
    labels = sorted(e["label"] for e in queued)
    assert labels.count("card_opened") == 3
    assert "promise" in labels and "status_changed" in labels
    observed = [e for e in queued if e["label"] == "observe"]
    waiting = [e for e in observed if e["body"]["page_url"] == pages.PAGES["yelp-classic-2016"].url]
    assert sum(len(e["body"]["items"]) for e in waiting) == 20, "the outage page's items wait too"
    ids = [e["id"] for e in queued]
    assert len(set(ids)) == len(ids)

    backend.start()
    page.reload()  # a successful call delivers the outbox
    ext.wait_cards(page, 10)
    wait_until(lambda: ext.outbox() == [], timeout=20, message="outbox emptied")

    def counts():
        return {
            "card_opened": db_rows(backend, "SELECT count(*) FROM interactions WHERE kind = 'card_opened'")[0][0],
            "promises": db_rows(backend, "SELECT count(*) FROM promises WHERE text = ?", (PROMISE,))[0][0],
            "status_changed": db_rows(backend, "SELECT count(*) FROM interactions WHERE kind = 'status_changed'")[0][0],
            "yelp_tickets": db_rows(backend, "SELECT count(*) FROM tickets WHERE platform = 'yelp'")[0][0],
            "duplicate_client_ids": db_rows(
                backend, "SELECT count(*) FROM (SELECT client_id FROM interactions WHERE client_id IS NOT NULL "
                "GROUP BY client_id HAVING count(*) > 1)")[0][0],
        }

    want = {"card_opened": 3, "promises": 1, "status_changed": 1, "yelp_tickets": 30, "duplicate_client_ids": 0}
    assert counts() == want
    stored_ids = {r[0] for r in db_rows(backend, "SELECT client_id FROM interactions WHERE kind = 'card_opened'")}
    assert stored_ids == {e["id"] for e in queued if e["label"] == "card_opened"}, "stored under the outbox ids"
    assert db_rows(backend, "SELECT status FROM tickets WHERE external_id = ?", (keys[1].split(":", 1)[1],)) == [("resolved",)]
    # The interaction made on the outage page refers to a ticket created by the queued observe.
    assert db_rows(backend, "SELECT count(*) FROM interactions i JOIN tickets t ON t.id = i.ticket_id "
                   "WHERE i.kind = 'card_opened' AND t.external_id = ?", (other_keys[0].split(":", 1)[1],)) == [(1,)]

    # More flushes (another page view, the worker's periodic alarm) change nothing.
    other.reload()
    ext.wait_cards(other, 20)
    pause(2)
    assert counts() == want
    assert ext.storage("outboxRejected").get("outboxRejected", []) == []

    # The promise made during the outage is now the backend's, shown once.
    ready(ext, page, keys)
    frame = ext.card_frame(page, keys[0])
    wait_until(lambda: frame.locator("[data-promise]").count() == 1 and frame.locator("[data-promise]").get_attribute("data-promise").isdigit(),
               message="the stored promise listed once")
    assert PROMISE in frame.locator("[data-promise]").inner_text()
