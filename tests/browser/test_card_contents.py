"""What a card shows: status, waiting time against the target, history, collision, status control."""

from __future__ import annotations

import math
import subprocess
import sys

import httpx
import pytest

from tests.support import pages

from .conftest import ROOT, wait_until
from tests.support.browser import db_rows

READY = "(keys) => keys.every(k => Hugdesk.records.get(k).backend === 'ok')"
KEY_OF = "(name) => { for (const r of Hugdesk.records.values()) if (r.item.author_name === name) return r.key; return null; }"


def ready_page(ext, name: str, count: int):
    page = ext.open(pages.PAGES[name].url)
    keys = ext.wait_cards(page, count)
    wait_until(lambda: ext.world(page, READY, keys), message="observe answered")
    return page, keys


@pytest.mark.browser
def test_waiting_time_coloured_against_the_target(ext):
    page, keys = ready_page(ext, "yelp-react-2022", 10)
    sla = {k: ext.card_query(page, k, "[data-sla]") for k in keys}
    answered = [k for k in keys if "Answered" in ext.card_text(page, k)]
    assert len(answered) == 3, "three reviews have an owner reply"
    for key in keys:
        if key in answered:
            assert sla[key] == []
        else:
            (text,) = sla[key]
            assert text.startswith("Waiting ") and text.endswith("(target 1 hr)")
            assert ext.card_query(page, key, '[data-sla="breach"]') == [text]

    # A recent comment: the same wait is green, amber or red depending on the target.
    fb = pages.PAGES.get("fb-www-loggedin")
    if fb is None or not fb.path.exists():
        pytest.skip("hand-made logged-in Facebook fixture not written yet")
    page = ext.open(fb.url)
    wait_until(lambda: ext.card_keys(page), message="cards")
    key, minutes = wait_until(lambda: ext.world(page, """() => {
        for (const r of Hugdesk.records.values())
            if (r.result && r.result.waiting_minutes >= 20 && r.result.waiting_minutes < 100000) return [r.key, r.result.waiting_minutes];
        return null; }"""), message="a recent unanswered comment")
    for target, colour in ((minutes * 10, "ok"), (math.ceil(minutes / 0.85), "warn"), (max(1, minutes // 2), "breach")):
        assert ext.backend.patch("/settings", {"target_minutes": target}).status_code == 200
        page.reload()
        wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k) && Hugdesk.records.get(k).result && Hugdesk.records.get(k).result.target_minutes", key) == target,
                   message="new target")
        assert ext.world(page, "(k) => Hugdesk.liveSla(Hugdesk.records.get(k))", key) == colour
        assert len(ext.card_query(page, key, f'[data-sla="{colour}"]')) == 1
        assert ext.world(page, "(k) => Hugdesk.records.get(k).root.querySelector('.card').className", key) == f"card sla-{colour}"


@pytest.mark.browser
def test_history_says_writing_again_for_a_repeat_customer(ext):
    page, keys = ready_page(ext, "fb-m-2021", 30)
    yusof = ext.world(page, "(n) => [...Hugdesk.records.values()].filter(r => r.item.author_name === n).map(r => r.key)", "Yusof Elmahboub")
    assert len(yusof) == 3
    for key in yusof:
        assert ext.card_query(page, key, "[data-history]") == ["Earlier contacts: 2 · writing again"]
    lynn = ext.world(page, KEY_OF, "Lynn Williams")
    assert ext.card_query(page, lynn, "[data-history]") == []
    ext.expand(page, yusof[0])
    assert "No earlier contacts" not in ext.card_text(page, yusof[0])
    ext.expand(page, lynn)
    assert "No earlier contacts." in ext.card_text(page, lynn)
    # Drafts come from the engine (possibly in a second request); the card shows them, greeting Lynn.
    drafts = wait_until(lambda: ext.card_query(page, lynn, "[data-suggestion] p"), message="drafts on Lynn's card")
    assert drafts[0].startswith(("Hi Lynn", "Hello Lynn", "Dear Lynn"))
    assert "Suggested replies" in ext.card_text(page, lynn)


@pytest.mark.browser
def test_another_agent_replying_shows_on_the_card(ext):
    page, keys = ready_page(ext, "fb-m-2021", 30)
    lynn = ext.world(page, KEY_OF, "Lynn Williams")
    created = subprocess.run(
        [sys.executable, "-m", "hugdesk", "token", "create", "anna", "--db", str(ext.backend.db_path)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    anna = created.stdout.strip().splitlines()[-1]
    platform, external_id = lynn.split(":", 1)
    answer = httpx.post(f"{ext.backend.api}/interactions", headers={"Authorization": f"Bearer {anna}"}, timeout=10, json={
        "id": "anna-typing-0001", "kind": "typing", "ticket_ref": {"platform": platform, "external_id": external_id}})
    assert answer.status_code == 201, answer.text
    ext.world(page, "() => Hugdesk.observeAgain([...Hugdesk.records.values()])")
    wait_until(lambda: ext.card_query(page, lynn, "[data-viewer]") == ["anna is replying"], message="collision shown")
    others = [k for k in keys if k != lynn]
    assert all(ext.card_query(page, k, "[data-viewer]") == [] for k in others[:5])


@pytest.mark.browser
def test_status_change_from_the_card(ext):
    page, keys = ready_page(ext, "ta-hotel-2023", 10)
    key = keys[0]
    ext.expand(page, key)
    ext.world(page, """(k) => {
        const select = Hugdesk.records.get(k).root.querySelector('[data-focus="status"]');
        select.value = 'open';
        select.dispatchEvent(new Event('change'));
    }""", key)
    external_id = key.split(":", 1)[1]
    wait_until(lambda: db_rows(ext.backend, "SELECT status FROM tickets WHERE external_id = ?", (external_id,)) == [("open",)],
               message="status stored")
    wait_until(lambda: ext.card_query(page, key, '[data-status]') == ["Open"], message="badge updated")
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'status_changed'") == [(1,)]


@pytest.mark.browser
def test_answered_review_gets_no_drafts_and_no_placeholder(ext):
    page, keys = ready_page(ext, "yelp-react-2022", 10)
    answered = ext.world(page, "() => [...Hugdesk.records.values()].filter(r => r.item.owner_replied).map(r => r.key)")
    assert len(answered) == 3
    for key in answered:
        ext.expand(page, key)
        assert ext.card_query(page, key, "[data-suggestion]") == []
        assert "Suggested replies" not in ext.card_text(page, key)
