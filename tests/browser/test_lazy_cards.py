"""What the extension costs a long page: on the 200-review Yelp page of the benchmark only the
items near the viewport get a card; the others are read ahead in idle time, without a card, and
sent to the backend in a few batched observe messages, so it knows every item on the page; a
review scrolled into view gets its card at once, from that reading and answer, without another
observe; a collapsed card is a few nodes."""

from __future__ import annotations

import re

import pytest

from tests.support import pages
from tests.support.long_page import PAGE_URL, TEMPLATE_ID, build_page

from .conftest import pause, wait_until

# Background worker: notes every observe message a content script of PAGE_URL sends (how many
# items each carried). A listener of its own that answers nothing, beside the real handler; added
# once per worker (tests may share one), its notes emptied per test.
COUNT_OBSERVES = """(url) => {
  globalThis.__hdObserves = [];
  globalThis.__hdObservesOf = url;
  if (globalThis.__hdCounting) return;
  globalThis.__hdCounting = true;
  chrome.runtime.onMessage.addListener((message, sender) => {
    if (message && message.type === 'observe' && String(sender.url || '').startsWith(globalThis.__hdObservesOf)) {
      globalThis.__hdObserves.push(message.body.items.map((i) => i.external_id));
    }
    return false;
  });
}"""
OBSERVES = "() => globalThis.__hdObserves"

ALL_FILLED = "() => { const r = [...Hugdesk.records.values()]; return r.length > 0 && r.every((x) => x.result); }"

# Main world: the reviews in page order, and which of them carry a card host.
REVIEWS_WITH_CARDS = """() => [...document.querySelectorAll('ul.reviews div.review[data-review-id]')]
  .map((r) => Boolean(r.querySelector('[data-hugdesk-review]')))"""

# Main world: jump to a review far down the page, as a link or the scrollbar would, and time how
# long its card host takes to appear.
JUMP_TO = """async (index) => {
  const review = document.querySelectorAll('ul.reviews div.review[data-review-id]')[index];
  const has = () => review.querySelector('[data-hugdesk-review]');
  if (has()) return -1;
  const t0 = performance.now();
  const mounted = new Promise((resolve) => {
    const mo = new MutationObserver(() => { if (has()) { mo.disconnect(); resolve(performance.now() - t0); } });
    mo.observe(review, {childList: true, subtree: true});
    setTimeout(() => { mo.disconnect(); resolve(null); }, 5000);
  });
  review.scrollIntoView({block: 'center'});
  return mounted;
}"""


def tickets_total(ext) -> int:
    return ext.backend.get("/tickets?platform=yelp&limit=1").json()["total"]


@pytest.mark.browser
def test_only_items_near_the_viewport_get_cards_and_the_backend_hears_of_every_item_in_a_few_batches(ext):
    ext.worker.evaluate(COUNT_OBSERVES, PAGE_URL)
    ext.serve(PAGE_URL, build_page(False, 41))
    page = ext.open(PAGE_URL)
    wait_until(lambda: ext.world(page, ALL_FILLED), 15, message="the first cards answered")

    # Without any scrolling, once the page has settled, the backend knows all 200 reviews (read
    # ahead in idle time, without cards), so the queue and the badge count the whole page.
    wait_until(lambda: tickets_total(ext) == 200, 20, message="every review known to the backend")
    pause(0.5)

    # Cards only for the first reviews, those within reach of the first screen.
    shown = page.evaluate(REVIEWS_WITH_CARDS)
    assert len(shown) == 200
    at_load = sum(shown)
    assert 1 <= at_load <= 20, at_load
    assert shown[:at_load] == [True] * at_load and not any(shown[at_load:]), "the cards are the first reviews'"
    keys = ext.card_keys(page)
    assert len(keys) == at_load
    assert ext.world(page, "() => Hugdesk.records.size") == at_load

    # The near reviews went first, in one message; the rest followed in a few batched ones,
    # every review exactly once.
    observes = ext.worker.evaluate(OBSERVES)
    assert sorted(f"yelp:{i}" for i in observes[0]) == sorted(keys)
    assert 2 <= len(observes) <= 4, [len(o) for o in observes]
    sent = [i for o in observes for i in o]
    assert len(sent) == len(set(sent)) == 200

    # A collapsed card is a few nodes.
    nodes = ext.world(page, "(key) => Hugdesk.records.get(key).root.querySelectorAll('*').length", keys[0])
    assert 0 < nodes <= 16, nodes

    # Jumping to review 150: its card host appears within a frame or two, filled from the answer
    # the backend already gave, without another observe.
    took = page.evaluate(JUMP_TO, 150)
    assert took is not None and 0 <= took <= 1000, took
    wait_until(lambda: ext.world(page, ALL_FILLED), 5, message="the new cards filled")
    shown = page.evaluate(REVIEWS_WITH_CARDS)
    assert shown[150]
    assert not any(shown[at_load:120]), "reviews passed over by the jump were never near: no card"
    jumped = [i for i, s in enumerate(shown) if s and i >= at_load]
    assert 2 <= len(jumped) <= 30, jumped
    assert ext.worker.evaluate(OBSERVES) == observes, "no second observe for an item read ahead"

    # Scrolling on a screen at a time mounts the cards of the reviews it passes, still without
    # another observe.
    page.evaluate("async () => { for (let i = 0; i < 6; i++) { scrollBy(0, innerHeight); await new Promise((r) => setTimeout(r, 120)); } }")
    wait_until(lambda: ext.world(page, ALL_FILLED), 5, message="the scrolled-to cards filled")
    pause(0.5)
    shown = page.evaluate(REVIEWS_WITH_CARDS)
    assert sum(shown) - at_load - len(jumped) >= 6
    assert sum(shown) < 200
    assert ext.worker.evaluate(OBSERVES) == observes
    assert tickets_total(ext) == 200


# An image the test holds unanswered: the page's load event waits for it.
HELD_URL = "https://www.yelp.com/hugdesk-test/held.png"
HELD_IMAGE = b'<img src="%s" alt="">' % HELD_URL.encode()
# Main world, from the first moment: when the first card host entered the page.
FIRST_CARD = """window.__hdFirstCard = null;
new MutationObserver((records, mo) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType === 1 && n.hasAttribute('data-hugdesk-review')) { window.__hdFirstCard = performance.now(); return mo.disconnect(); }
  }
}).observe(document, {childList: true, subtree: true});"""


def open_with_load_held(ext, salt: int):
    """The 200-review page with an image that is never answered until the test says so."""
    held = []
    ext.context.route(HELD_URL, lambda route: held.append(route))
    ext.serve(PAGE_URL, build_page(False, salt).replace(b"</body>", HELD_IMAGE + b"</body>", 1))
    page = ext.context.new_page()
    page.add_init_script(FIRST_CARD)
    page.goto(PAGE_URL, wait_until="domcontentloaded")
    wait_until(lambda: held, 10, message="the image asked for")
    wait_until(lambda: ext.world(page, "() => Boolean(Hugdesk.adapter)"), 10, message="the content script")
    return page, held


@pytest.mark.browser
def test_the_first_cards_wait_for_the_pages_load_event_then_come_at_once(ext):
    # Chrome runs the content scripts before the load event here (document_idle): starting then
    # made the page's load come 5-7 % later on this page. The start waits for the load event.
    page, held = open_with_load_held(ext, 43)
    try:
        pause(0.3)
        assert page.evaluate("() => document.readyState") == "interactive"
        assert ext.card_keys(page) == [], "no card before the load event"
        held[0].abort()
        wait_until(lambda: ext.card_keys(page), 10, message="the first cards")
        loaded, first = page.evaluate("() => [performance.getEntriesByType('navigation')[0].loadEventEnd, window.__hdFirstCard]")
        assert 0 < loaded <= first, (loaded, first)
        assert first - loaded < 500, (loaded, first)
        wait_until(lambda: ext.world(page, ALL_FILLED), 15, message="the first cards answered")
    finally:
        ext.context.unroute(HELD_URL)


@pytest.mark.browser
def test_a_page_whose_load_event_never_comes_gets_its_cards_all_the_same(ext):
    page, held = open_with_load_held(ext, 44)
    try:
        wait_until(lambda: ext.card_keys(page), 10, message="cards without a load event")
        assert page.evaluate("() => document.readyState") == "interactive"
        wait_until(lambda: ext.world(page, ALL_FILLED), 15, message="the cards answered")
    finally:
        for route in held:
            route.abort()
        ext.context.unroute(HELD_URL)


# Main world: the reviews held in the page's template, added to the list 20 at a time as an
# infinite scroll would (without the view moving).
INSERT_ALL = """async (id) => {
  const list = document.querySelector('ul.reviews');
  const items = [...document.getElementById(id).content.children];
  for (let i = 0; i < items.length; i += 20) {
    list.append(...items.slice(i, i + 20).map((n) => document.importNode(n, true)));
    await new Promise((r) => setTimeout(r, 100));
  }
  return document.querySelectorAll('ul.reviews div.review[data-review-id]').length;
}"""


@pytest.mark.browser
def test_items_added_later_are_read_ahead_too(ext):
    ext.worker.evaluate(COUNT_OBSERVES, PAGE_URL)
    ext.serve(PAGE_URL, build_page(True, 42))
    page = ext.open(PAGE_URL)
    wait_until(lambda: ext.world(page, "() => Boolean(Hugdesk.adapter)"), 10, message="the content script")
    pause(1.5)  # the page has settled before anything arrives
    assert page.evaluate(INSERT_ALL, TEMPLATE_ID) == 200
    wait_until(lambda: tickets_total(ext) == 200, 20, message="every inserted review known to the backend")
    pause(0.5)
    cards = len(ext.card_keys(page))
    assert 1 <= cards <= 20, cards
    observes = ext.worker.evaluate(OBSERVES)
    sent = [i for o in observes for i in o]
    # Batched, never one observe per item (200 here). How many batches depends on the machine's
    # idle time: an idle one merges the ten chunks (100 ms apart) into a few; a loaded one gives
    # each chunk its own and may cut one in two at a reading slice's end (CI once saw 7 under an
    # earlier bound of 6). Twenty is still ten items a batch.
    assert len(observes) <= 20, [len(o) for o in observes]
    assert len(sent) == len(set(sent)) == 200


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


# Main world, from the first moment: every card host's border-box height each time the page
# lays it out with a new size (a ResizeObserver reports once per rendered frame in which the
# size changed, the first time with the size it was first laid out at).
SIZES = """(() => {
  const sizes = window.__hdSizes = {};
  const ro = new ResizeObserver((entries) => {
    for (const e of entries) {
      const key = e.target.getAttribute('data-hugdesk-review');
      (sizes[key] = sizes[key] || []).push(Math.round(e.borderBoxSize[0].blockSize * 10) / 10);
    }
  });
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType === 1 && n.hasAttribute('data-hugdesk-review')) ro.observe(n);
    }
  }).observe(document, {childList: true, subtree: true});
})();"""
# Content script world: the card's own box and its host's, collapsed.
BOXES = """(key) => { const r = Hugdesk.records.get(key);
  return {host: r.host.getBoundingClientRect().height, card: r.card.getBoundingClientRect().height}; }"""


@pytest.mark.browser
def test_a_card_moves_the_page_once_the_backend_answer_and_the_clock_never_move_it_again(ext):
    # Each time a card changes height, everything below it moves and the browser revisits the
    # whole rest of the page (on the 200-review page tens of ms of its main thread each time).
    # A collapsed card is laid out at its final height in the first frame that shows it, and its
    # answer, its clock and the backend's state change only what is inside it.
    ext.serve(PAGE_URL, build_page(False, 43))
    page = ext.context.new_page()
    page.add_init_script(SIZES)
    page.goto(PAGE_URL, wait_until="load")
    wait_until(lambda: ext.world(page, ALL_FILLED), 15, message="the first cards answered")
    pause(1.0)
    keys = ext.card_keys(page)
    assert keys
    sizes = page.evaluate("() => window.__hdSizes")
    assert set(sizes) == set(keys)
    for key in keys:
        assert len(sizes[key]) == 1 and sizes[key][0] > 20, (key, sizes[key])
        # The bar is not clipped by its host, nor is the host taller than the bar.
        box = ext.world(page, BOXES, key)
        assert abs(box["host"] - box["card"]) <= 1, box

    # Scrolling down mounts more cards: each, too, laid out once at its final height.
    page.evaluate("async () => { for (let i = 0; i < 4; i++) { scrollBy(0, innerHeight); await new Promise((r) => setTimeout(r, 150)); } }")
    wait_until(lambda: ext.world(page, ALL_FILLED) and len(ext.card_keys(page)) > len(keys), 10, message="more cards")
    pause(1.0)
    sizes = page.evaluate("() => window.__hdSizes")
    collapsed = sizes[keys[0]][0]
    assert all(s == [collapsed] for s in sizes.values()), sizes

    # Opening a card lets it grow (the agent asked for it); closing it brings back the bar alone.
    page.evaluate("() => scrollTo(0, 0)")
    ext.expand(page, keys[0])
    wait_until(lambda: ext.world(page, BOXES, keys[0])["host"] > collapsed + 40, 10, message="the open card grown")
    ext.click_card(page, keys[0], "[data-focus=toggle]")
    wait_until(lambda: abs(ext.world(page, BOXES, keys[0])["host"] - collapsed) <= 0.5, 5, message="the card collapsed again")
    box = ext.world(page, BOXES, keys[0])
    assert abs(box["host"] - box["card"]) <= 1, box
