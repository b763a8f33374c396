"""What the extension costs a long page: on the 200-review Yelp page of the benchmark only the
items near the viewport are read, get a card and are sent to the backend, in one observe message
per batch; a review scrolled into view gets its card at once; a collapsed card is a few nodes."""

from __future__ import annotations

import re

import pytest

from tests.support import pages
from tests.support.long_page import PAGE_URL, build_page

from .conftest import pause, wait_until

# Background worker: notes every observe message a content script of PAGE_URL sends (how many
# items each carried). A listener of its own that answers nothing, beside the real handler.
COUNT_OBSERVES = """(url) => {
  globalThis.__hdObserves = [];
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (message && message.type === 'observe' && String(sender.url || '').startsWith(url)) {
      globalThis.__hdObserves.push(message.body.items.map((i) => i.external_id));
    }
    return false;
  });
}"""
OBSERVES = "() => globalThis.__hdObserves"

ALL_FILLED = "() => { const r = [...Hugdesk.records.values()]; return r.length > 0 && r.every((x) => x.result); }"

# Main world: the reviews in page order, and which of them carry a card host.
REVIEWS_WITH_CARDS = """() => [...document.querySelectorAll('ul.reviews div.review[data-review-id]')]
  .map((r) => Boolean(r.querySelector(':scope > [data-hugdesk-review]')))"""

# Main world: jump to a review far down the page, as a link or the scrollbar would, and time how
# long its card host takes to appear.
JUMP_TO = """async (index) => {
  const review = document.querySelectorAll('ul.reviews div.review[data-review-id]')[index];
  const has = () => review.querySelector(':scope > [data-hugdesk-review]');
  if (has()) return -1;
  const t0 = performance.now();
  const mounted = new Promise((resolve) => {
    const mo = new MutationObserver(() => { if (has()) { mo.disconnect(); resolve(performance.now() - t0); } });
    mo.observe(review, {childList: true});
    setTimeout(() => { mo.disconnect(); resolve(null); }, 5000);
  });
  review.scrollIntoView({block: 'center'});
  return mounted;
}"""


@pytest.mark.browser
def test_only_items_near_the_viewport_are_read_mounted_and_observed_in_batches(ext):
    ext.worker.evaluate(COUNT_OBSERVES, PAGE_URL)
    ext.serve(PAGE_URL, build_page(False, 41))
    page = ext.open(PAGE_URL)
    wait_until(lambda: ext.world(page, ALL_FILLED), 15, message="the first cards answered")
    pause(1.0)  # anything else the loader would do at load has happened by now

    # At load: cards only for the first reviews, those within reach of the first screen.
    shown = page.evaluate(REVIEWS_WITH_CARDS)
    assert len(shown) == 200
    at_load = sum(shown)
    assert 1 <= at_load <= 20, at_load
    assert shown[:at_load] == [True] * at_load and not any(shown[at_load:]), "the cards are the first reviews'"
    keys = ext.card_keys(page)
    assert len(keys) == at_load
    # ... and only those were sent to the backend, all in one observe message.
    observes = ext.worker.evaluate(OBSERVES)
    assert len(observes) == 1, [len(o) for o in observes]
    assert sorted(f"yelp:{i}" for i in observes[0]) == sorted(keys)
    stored = ext.backend.get("/tickets?platform=yelp&limit=500").json()["items"]
    assert len(stored) == at_load

    # A collapsed card is a few nodes.
    nodes = ext.world(page, "(key) => Hugdesk.records.get(key).root.querySelectorAll('*').length", keys[0])
    assert 0 < nodes <= 16, nodes

    # Jumping to review 150: its card host appears within a frame or two, then fills.
    took = page.evaluate(JUMP_TO, 150)
    assert took is not None and 0 <= took <= 1000, took
    wait_until(lambda: ext.world(page, ALL_FILLED), 15, message="the new cards answered")
    shown = page.evaluate(REVIEWS_WITH_CARDS)
    assert shown[150]
    assert not any(shown[at_load:120]), "reviews passed over by the jump were never near: no card"
    jumped = [i for i, s in enumerate(shown) if s and i >= at_load]
    assert 2 <= len(jumped) <= 30, jumped

    # The reviews that came near together went to the backend together, each once.
    observes = ext.worker.evaluate(OBSERVES)
    later = observes[1:]
    assert 1 <= len(later) < len(jumped), [len(o) for o in later]
    sent = [i for o in observes for i in o]
    assert len(sent) == len(set(sent)) == sum(shown)
    assert len(ext.backend.get("/tickets?platform=yelp&limit=500").json()["items"]) == sum(shown)

    # Scrolling on a screen at a time mounts the cards of the reviews it passes, batch by batch.
    before = len(observes)
    page.evaluate("async () => { for (let i = 0; i < 6; i++) { scrollBy(0, innerHeight); await new Promise((r) => setTimeout(r, 120)); } }")
    wait_until(lambda: ext.world(page, ALL_FILLED), 15, message="the scrolled-to cards answered")
    pause(0.5)
    shown = page.evaluate(REVIEWS_WITH_CARDS)
    observes = ext.worker.evaluate(OBSERVES)
    new = sum(shown) - len(sent)
    assert new >= 6, new
    assert 1 <= len(observes) - before < new
    assert sum(len(o) for o in observes) == sum(shown) < 200


# A tall block above the reviews: every item starts far below the viewport.
SPACER = b'<div style="height: 6000px"></div>'
DRAFT = "That's your problem. We will refund you soon. Call me at 555-123-4567."
TONE_CODES = """() => {
  const host = document.querySelector('hugdesk-tone');
  const root = host && chrome.dom.openOrClosedShadowRoot(host);
  return root ? [...root.querySelectorAll('li')].map((li) => li.dataset.tone) : null;
}"""


@pytest.mark.browser
def test_the_reply_box_the_agent_works_in_gets_its_card_however_far_its_item(ext):
    # Biz Yelp, its four reviews pushed far down: no card at load. The agent reaches a reply box
    # without the page scrolling to it (a keyboard jump, a link): its item is read and carded
    # as the box takes the focus, and the tone guard works there. The page is not called
    # unreadable for having its items out of reach.
    target = pages.PAGES["yelp-biz-reply"]
    body = pages.page_body(target).replace(b'<section aria-label="Reviews"', SPACER + b'<section aria-label="Reviews"', 1)
    ext.serve(target.url, body, pages.content_type(target))
    page = ext.open(target.url)
    pause(3.5)  # past the loader's reading check (2.5 s)
    assert ext.card_keys(page) == []
    assert ext.storage("unreadable_pages").get("unreadable_pages") in (None, [])

    focused = page.evaluate("""() => {
        const box = document.getElementById('public-comment-r1');
        box.focus({preventScroll: true});
        return {scrolled: scrollY, own: Boolean(box.closest('li').querySelector('[data-hugdesk-review]')),
                cards: document.querySelectorAll('[data-hugdesk-review]').length};
    }""")
    assert focused == {"scrolled": 0, "own": True, "cards": 1}
    page.keyboard.type(DRAFT, delay=2)
    codes = wait_until(lambda: (c := ext.world(page, TONE_CODES)) and "private_data" in c and c, message="tone warnings")
    assert "blame" in codes


@pytest.mark.browser
@pytest.mark.usefixtures("backend")
def test_a_page_it_cannot_read_is_still_reported_when_its_items_are_out_of_reach(ext):
    target = pages.PAGES["fb-mbasic-2020-unsupported"]
    body = re.sub(rb"(<body[^>]*>)", lambda m: m.group(1) + SPACER, pages.page_body(target), count=1)
    ext.serve(target.url, body, pages.content_type(target))
    page = ext.open(target.url)
    (entry,) = wait_until(lambda: ext.storage("unreadable_pages").get("unreadable_pages"), 15, message="a report")
    assert (entry["reason"], entry["cards"], entry["evidence"]) == ("none", 0, 10)
    assert ext.card_keys(page) == []
