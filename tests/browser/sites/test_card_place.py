"""The card sits directly under its item's header on Yelp and TripAdvisor (issue 10: "Place it
directly under the item's header on every platform"), on every page we have of each, and falls
back to the top of the item when the header cannot be told.

Facebook keeps the card right before the comment: a comment's header is its first line, so that is
directly above the name, and the comment's own nodes are React's, re-rendered on every reaction
(extension/sites/facebook.js, cardAnchor)."""

from __future__ import annotations

import pytest

from tests.support import harness
from tests.support.pages import PAGES

from .conftest import FACTS, READABLE

pytestmark = pytest.mark.browser

# Where each card would go, and the item's text above and below that point, as the agent reads it.
PLACES_JS = """
() => {
  const site = Hugdesk.sites.find((s) => s.matches(location));
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const out = [];
  for (const el of document.querySelectorAll(site.itemSelector)) {
    const item = site.readItem(el, new Date());
    if (!item) continue;
    const anchor = site.cardAnchor(el);
    const mark = document.createElement('hd-mark');
    anchor.parent.insertBefore(mark, anchor.before);
    const above = document.createRange();
    above.setStart(el, 0);
    above.setEndBefore(mark);
    const below = document.createRange();
    below.setStartAfter(mark);
    below.setEnd(el, el.childNodes.length);
    out.push({author: item.author_name, text: norm(item.text || ''), whole: norm(el.textContent),
              inside: el.contains(mark), top: el.firstChild === mark || el.firstElementChild === mark,
              above: norm(above.toString()), below: norm(below.toString())});
    mark.remove();
  }
  return out;
}
"""

PLACED = [name for name in READABLE if FACTS[name].platform in ("yelp", "tripadvisor")]


@pytest.mark.parametrize("name", PLACED)
def test_the_card_goes_right_under_the_header_of_each_review(browser, name):
    context, page = harness.open_page(browser, PAGES[name])
    try:
        places = page.evaluate(PLACES_JS)
    finally:
        context.close()
    assert len(places) == FACTS[name].cards
    under = 0
    for p in places:
        assert p["inside"], p["author"]
        # Compared without spaces: a <br> between sentences is a space in the item's text only.
        words = "".join(p["text"].split())[:30]
        below, above = "".join(p["below"].split()), "".join(p["above"].split())
        if p["top"]:
            continue  # the fallback: atop the item, as before
        under += 1
        # The reviewer's name is above the card (where the item shows it), the words below.
        if p["author"] and p["author"] in p["whole"]:
            assert p["author"] in p["above"], (name, p["author"], p["above"][-200:])
        assert words in below and words not in above, (name, p["author"], words, p["above"][-200:])
    # Every review of these pages has a header the adapter can tell.
    assert under == len(places), (name, under, len(places))


FALLBACK_JS = """
() => {
  const site = Hugdesk.sites.find((s) => s.matches(location));
  const el = [...document.querySelectorAll(site.itemSelector)].find((e) => site.readItem(e, new Date()));
  // The words moved above the header (a layout we do not know): the card goes atop the item.
  el.prepend(...[...el.querySelectorAll('[lang], [itemprop="description"]')].slice(0, 1));
  const anchor = site.cardAnchor(el);
  return anchor.parent === el && anchor.before === el.firstChild;
}
"""


def test_a_review_whose_words_come_first_gets_the_card_atop_it(browser):
    context, page = harness.open_page(browser, PAGES["yelp-biz-reply"])
    try:
        assert page.evaluate(FALLBACK_JS) is True
    finally:
        context.close()
