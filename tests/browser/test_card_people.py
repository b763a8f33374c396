"""The open card's people and ownership (issue 10): "Same person?" merged in one click and undone
exactly, a prompt when no business name is set, a promise quoted once, and who the item is
assigned to, with one state in the status row."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tests.support import pages
from tests.support.browser import db_rows

from .conftest import pause, wait_until

CALL = "Called about her booking and asked for the refund again"


def open_priya(ext):
    """The Yelp for Business page, and the card of "Priya N." (1★, unanswered, a reply box)."""
    page = ext.open(pages.PAGES["yelp-biz-reply"].url)
    ext.wait_cards(page, 4)
    key = wait_until(lambda: ext.world(page, """() => { for (const r of Hugdesk.records.values())
        if (r.item.author_name === 'Priya N.' && r.result && r.result.customer_id) return r.key; return null; }"""),
        message="Priya's card observed")
    customer = ext.world(page, "(k) => Hugdesk.records.get(k).result.customer_id", key)
    return page, key, customer


def log_call(backend, name, text=CALL):
    """A call logged in the popup under a name only: a second customer record, as in the issue."""
    answer = backend.post("/interactions", json={"id": str(uuid.uuid4()), "kind": "phone_call",
                                                 "customer": {"name": name}, "text": text})
    assert answer.status_code == 201, answer.text
    return answer.json()["customer_id"]


def groups(backend):
    return db_rows(backend, "SELECT id, group_id FROM customers ORDER BY id")


def history_text(frame):
    return frame.locator("[data-section=history]").inner_text()


@pytest.mark.browser
def test_same_person_is_suggested_merged_in_one_click_undone_exactly_and_kept_apart(ext):
    # Before: a call under "Priya N." and another person whose record the undo must not touch.
    call = log_call(ext.backend, "Priya N.")
    other = log_call(ext.backend, "Priya K.", "Asked about opening hours")
    page, key, priya = open_priya(ext)
    before = groups(ext.backend)
    frame = ext.card_frame(page, key)
    row = frame.locator(f'[data-section=same-person] [data-candidate="{call}"]')
    wait_until(lambda: row.count() == 1, message="the call's record suggested")
    assert frame.locator(f'[data-candidate="{other}"]').count() == 0  # another surname is another person
    text = row.inner_text()
    assert "Priya N." in text and "Phone" in text and "last contact" in text
    assert CALL not in history_text(frame)
    # The suggestion lives in the card's frame (extension origin), not in the page's document.
    assert frame.url.startswith("chrome-extension://")
    assert ext.card_query(page, key, "[data-section=same-person], [data-candidate]") == []
    assert page.evaluate("() => document.documentElement.outerHTML.includes('same-person')") is False

    frame.locator(f'[data-focus="merge-{call}"]').click()
    wait_until(lambda: CALL in history_text(frame), message="the call in Priya's history after the merge")
    merged = dict(groups(ext.backend))
    assert merged[call] == merged[priya] and merged[other] == other
    assert frame.locator(f'[data-candidate="{call}"]').count() == 0

    frame.locator("[data-focus=same-undo]").click()
    wait_until(lambda: CALL not in history_text(frame), message="the call gone again after Undo")
    assert groups(ext.backend) == before  # exactly the grouping before the merge
    wait_until(lambda: frame.locator(f'[data-candidate="{call}"]').count() == 1, message="suggested again")

    frame.locator(f'[data-focus="apart-{call}"]').click()
    wait_until(lambda: frame.locator(f'[data-candidate="{call}"]').count() == 0, message="kept apart")
    assert groups(ext.backend) == before
    assert db_rows(ext.backend, "SELECT low_id, high_id FROM customer_distinct") == [tuple(sorted((priya, call)))]
    # Remembered: a card opened again, on a fresh visit, does not ask again. (A fresh page rather
    # than Esc: a key sent to a page whose focus sits in the card frame can wait forever for
    # its acknowledgement on a loaded machine, and Esc has its own test in test_card_frame.py.)
    assert page.errors == []
    page.close()
    page, key, _ = open_priya(ext)
    frame = ext.card_frame(page, key)
    wait_until(lambda: "Priya" in frame.locator("#card").inner_text(), message="card again")
    pause(0.5)
    assert frame.locator("[data-section=same-person]").count() == 0
    assert page.errors == []


SEND = "(m) => chrome.runtime.sendMessage(m)"


@pytest.mark.browser
def test_the_worker_answers_same_person_and_assignment_only_about_what_the_tab_showed(ext):
    call = log_call(ext.backend, "Priya N.")
    stranger = log_call(ext.backend, "Marta W.", "Someone on no page at all")
    page, key, priya = open_priya(ext)
    frame = ext.card_frame(page, key)
    wait_until(lambda: frame.locator(f'[data-candidate="{call}"]').count() == 1, message="suggestion shown")
    before = groups(ext.backend)
    # From the card frame itself: a customer this tab never showed, a pair it was never offered,
    # a merge it did not make, a ticket it never showed.
    elsewhere = ext.backend.post(f"/customers/{stranger}/merge", json={"customer_ids": [call]}).json()["merge_id"]
    ext.backend.post(f"/customers/merges/{elsewhere}/undo")
    before = groups(ext.backend)
    asks = [
        {"type": "same_person", "body": {"customer_id": stranger}},
        {"type": "same_person_merge", "body": {"customer_id": priya, "other_id": stranger}},
        {"type": "same_person_merge", "body": {"customer_id": stranger, "other_id": call}},
        {"type": "same_person_apart", "body": {"customer_id": priya, "other_id": stranger}},
        {"type": "same_person_undo", "body": {"merge_id": elsewhere}},
        {"type": "ticket_assign", "body": {"ticket_id": 999, "to": "me"}},
    ]
    for ask in asks:
        answer = frame.evaluate(SEND, ask)
        assert answer["ok"] is False and answer["error"]["code"] == "not_on_this_page", (ask, answer)
    # The page's own content script may not ask at all: only the card frame may.
    answer = ext.world(page, SEND, {"type": "same_person", "body": {"customer_id": priya}})
    assert answer["error"]["code"] == "forbidden_sender"
    assert groups(ext.backend) == before
    assert db_rows(ext.backend, "SELECT count(*) FROM customer_distinct") == [(0,)]


@pytest.mark.browser
def test_without_a_business_name_the_card_asks_for_it_and_no_draft_has_a_gap(ext):
    page, key, _ = open_priya(ext)
    frame = ext.card_frame(page, key)
    note = frame.locator("[data-note=business-name]")
    wait_until(lambda: note.count() == 1, message="the business-name prompt")
    assert "business name" in note.inner_text()
    assert note.locator("a").get_attribute("href").endswith("/options/options.html")
    wait_until(lambda: frame.locator("[data-section=drafts] .draft").count() >= 1, message="drafts")
    for draft in frame.locator("[data-section=drafts] .draft p").all_text_contents():
        assert "choosing !" not in draft and " !" not in draft and "  " not in draft.replace("\n\n", "\n")
    # The link opens the options page, where the name is set.
    with ext.context.expect_page() as opened:
        note.locator("a").click()
    options = opened.value
    options.wait_for_load_state()
    assert options.url.endswith("/options/options.html")
    options.fill("#businessName", "Hugbrew Coffee")
    options.click("#business-save")
    wait_until(lambda: options.inner_text("#business-result") == "Business name saved.", message="saved")
    assert ext.backend.get("/settings").json()["business_name"] == "Hugbrew Coffee"
    options.close()
    # A card opened now, on a fresh visit, has no prompt.
    assert page.errors == []
    page.close()
    page, key, _ = open_priya(ext)
    frame = ext.card_frame(page, key)
    wait_until(lambda: frame.locator("[data-section=status]").count() == 1, message="card again")
    pause(0.5)
    assert frame.locator("[data-note=business-name]").count() == 0
    assert page.errors == []


@pytest.mark.browser
def test_a_promise_saved_three_times_is_quoted_once_with_one_date(ext):
    page, key, priya = open_priya(ext)
    ticket = ext.world(page, "(k) => Hugdesk.records.get(k).result.ticket_id", key)
    first = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)).replace(hour=17, minute=0, second=0, microsecond=0)
    for due in (first, first + dt.timedelta(days=3), first):
        answer = ext.backend.post("/promises", json={"id": str(uuid.uuid4()), "ticket_id": ticket, "customer_id": priya,
                                                     "text": "Refund the deposit", "due_at": due.strftime("%Y-%m-%dT%H:%M:%SZ")})
        assert answer.status_code in (200, 201), answer.text
    page.close()
    page, key, _ = open_priya(ext)  # a fresh observe writes the drafts with the promises
    frame = ext.card_frame(page, key)
    wait_until(lambda: frame.locator("[data-section=drafts] .draft").count() >= 1, message="drafts")
    drafts = frame.locator("[data-section=drafts] .draft p").all_text_contents()
    quoting = [d for d in drafts if "Refund the deposit" in d]
    assert quoting, drafts
    for draft in quoting:
        assert draft.count("Refund the deposit") == 1, draft


def agent_name(backend):
    return backend.get("/me").json()["agent"]["name"]


@pytest.mark.browser
def test_the_card_shows_the_assignee_with_assign_to_me_and_one_state_when_answered(ext):
    page, key, _ = open_priya(ext)
    ticket = ext.world(page, "(k) => Hugdesk.records.get(k).result.ticket_id", key)
    frame = ext.card_frame(page, key)
    who = frame.locator("[data-section=assignee]")
    wait_until(lambda: frame.locator("[data-focus=assign-me]").count() == 1, message="Assign to me")
    assert "Not assigned" in who.inner_text()
    frame.locator("[data-focus=assign-me]").click()
    wait_until(lambda: "Assigned to you" in who.inner_text(), message="assigned to me")
    assert ext.backend.get(f"/tickets/{ticket}").json()["assignee"] == agent_name(ext.backend)
    frame.locator("[data-focus=assign-nobody]").click()
    wait_until(lambda: "Not assigned" in who.inner_text(), message="unassigned")
    assert ext.backend.get(f"/tickets/{ticket}").json()["assignee"] is None
    # Someone else took it: the card says who, and the agent can still take it over.
    assert ext.backend.patch(f"/tickets/{ticket}", json={"assignee": "Lena"}).status_code == 200
    ext.world(page, "() => Hugdesk.observeAgain([...Hugdesk.records.values()])")
    wait_until(lambda: "Assigned to Lena" in who.inner_text(), message="Lena's")
    assert frame.locator("[data-focus=assign-me]").count() == 1

    # An answered review: the bar says Answered, and the status row never says New beside it.
    answered = ext.world(page, "() => [...Hugdesk.records.values()].filter(r => r.item.owner_replied).map(r => r.key)")
    assert answered
    other = answered[0]
    wait_until(lambda: ext.card_query(page, other, '[data-status="answered"]') == ["✓ Answered"], message="answered pill")
    frame = ext.card_frame(page, other)
    status = frame.locator("[data-section=status]")
    wait_until(lambda: status.count() == 1, message="status row")
    assert frame.locator("[data-status=new]").count() == 0
    assert "New" not in status.inner_text() and "Answered" in status.inner_text()
    assert frame.locator("[data-state=answered]").count() == 1
    assert page.errors == []
