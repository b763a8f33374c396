"""Every page and every adapter: item shape, counts, stable ids, hostile markup, host matching."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from hugdesk.engine.dates import read_posted
from tests.support import harness
from tests.support import pages
from tests.browser.conftest import wait_until
from tests.support.pages import PAGES

from .conftest import ALL, COUNT, EDITOR_JS, FACTS, ITEM_KEYS, OPEN_REPLY_JS, PLATFORM, UI_JUNK, raw_html  # noqa: F401

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("name", ALL)
def test_items_are_complete_and_clean(loaded, name):
    result = loaded(name)
    assert result["platform"] == PLATFORM[name]
    assert result["errors"] == []
    items = result["items"]
    assert len(items) == COUNT[name]
    ids = [i["external_id"] for i in items]
    assert len(set(ids)) == len(ids), "external_id must be unique per item"
    for item in items:
        assert ITEM_KEYS <= set(item), item
        assert item["platform"] == PLATFORM[name]
        assert isinstance(item["external_id"], str) and item["external_id"]
        assert item["author_name"], item
        text = item["text"]
        assert text and text == text.strip() and "  " not in text and "\n" not in text, item
        assert not UI_JUNK.search(text), (item["author_name"], text)
        assert item["posted_text"], item
        for key in ("url", "author_url"):
            assert item[key] is None or re.match(r"^https://[a-z0-9.-]+\.[a-z]+/", item[key]), item[key]
        assert isinstance(item["owner_replied"], bool)
        if item["owner_reply_text"] is not None:
            assert item["owner_replied"] and item["owner_reply_text"].strip()
            assert not UI_JUNK.search(item["owner_reply_text"]), item["owner_reply_text"]
        if PLATFORM[name] == "facebook":
            assert item["rating"] is None
            assert item["kind"] in ("comment", "reply", "recommendation")
        else:
            assert item["rating"] in (1, 2, 3, 4, 5), item
            assert item["kind"] == "review" and item["recommends"] is None
        assert item["_anchor_ok"], item


@pytest.mark.parametrize("name", ALL)
def test_every_page_is_read_right(loaded, name):
    # The page's facts come from its raw HTML (conftest.FACTS): every card, its author, its rating,
    # whether the business answered it, and the date it shows (without its label: "Anmeldt 10 mars
    # 2015" is dated "10 mars 2015").
    facts = FACTS[name]
    items = loaded(name)["items"]
    assert len(items) == facts.cards
    assert tuple(i["author_name"] for i in items) == facts.authors
    if facts.ratings is not None:
        assert tuple(i["rating"] for i in items) == facts.ratings
    assert tuple(n for n, i in enumerate(items, 1) if i["owner_replied"]) == facts.answered
    assert facts.dates is not None, "every page's facts say its cards' dates"
    assert tuple(i["posted_text"] for i in items) == facts.dates
    # ...and the response clock can read every one of them, in the page's language, with or
    # without a year: an unread date is an "unknown" clock on the card.
    seen = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc)
    assert [d for d in facts.dates if read_posted(d, seen)[0] is None] == []


@pytest.mark.parametrize("name", ALL)
def test_ids_stable_across_loads_and_adapters_never_throw(loaded, open_page, name):
    first = [i["external_id"] for i in loaded(name)["items"]]
    page = open_page(name)
    again = [i["external_id"] for i in harness.read_items(page)["items"]]
    assert again == first
    # Every adapter on a sample of every element of the page (and on non-elements): no
    # exception escapes, and none is even caught by the safety wrapper.
    checked = page.evaluate(NEVER_THROWS_JS)
    assert checked["sampled"] > 0
    assert checked["thrown"] == 0
    assert checked["errors"] == [], checked["errors"][:3]




@pytest.mark.parametrize("name", ["yelp-react-2022", "yelp-classic-2016", "ta-hotel-2023", "ta-restaurant-2022"])
def test_public_pages_have_no_reply_box(loaded, name):
    assert not any(i["_has_editor"] for i in loaded(name)["items"])



PLAIN_SEARCH = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Coffee near Brooklyn - Yelp</title></head>
<body><header><a href="/">Yelp</a><input aria-label="Search" placeholder="tacos, cheap dinner, Max's"></header>
<main><h1>Top 10 Best Coffee near Brooklyn, New York</h1>
<ul><li><a href="/biz/hugbrew-coffee-roasters-brooklyn">Hugbrew Coffee Roasters</a>
<div role="img" aria-label="4.5 star rating"></div><span>188 reviews</span>
<p>"Best cortado in Williamsburg" <a href="/biz/hugbrew-coffee-roasters-brooklyn?hrid=abc">more</a></p></li>
<li><a href="/biz/other-cafe-brooklyn">Other Cafe</a><div role="img" aria-label="4 star rating"></div></li></ul>
<nav aria-label="Pagination"><ul><li><a href="?start=10">Next</a></li></ul></nav></main></body></html>"""

# Hostile or broken markup shaped like the platforms' items.
JUNK = b"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>junk</title></head><body>
<div role="article" aria-label="Comment by Nobody"><a href="https://www.facebook.com/x?comment_id=%%%">x</a></div>
<div role="article" aria-label="Reply by"><a href="http://[::1">broken</a><div dir="auto"></div></div>
<div role="article"><h2>Someone recommends</h2></div>
<div data-sigil="comment"><div data-commentid="abc_def"></div></div>
<div data-review-id=""><div aria-label="99 star rating"></div><a href="/user_details?userid=">?</a></div>
<section aria-label="Reviews"><li><div aria-label="NaN star rating"></div></li><li></li></section>
<div data-reviewid="not-a-number"><a href="/ShowUserReviews-g1-d2-rX-">t</a><span class="bubble_99"></span></div>
<div data-automation="reviewCard"><svg><title>of 5 bubbles</title></svg></div>
<div data-test-target="HR_CC_CARD"></div>
</body></html>"""

NEVER_THROWS_JS = """
() => {
  const kit = Hugdesk.siteKit;
  const all = [...document.querySelectorAll('*')];
  const step = Math.max(1, Math.floor(all.length / 400));
  const sample = all.filter((_, i) => i % step === 0);
  const odd = [null, undefined, {}, 42, 'div', document, document.documentElement, document.body,
               document.createTextNode('x'), document.createComment('c'), document.createElement('div'),
               document.createElementNS('http://www.w3.org/2000/svg', 'svg')];
  let thrown = 0;
  let items = 0;
  for (const site of Hugdesk.sites) {
    for (const el of sample.concat(odd)) {
      try {
        if (site.readItem(el, new Date())) items++;
        site.cardAnchor(el);
        const editor = site.replyTarget(el);
        site.submitButton(editor);
        site.submitButton(el);
        site.matches(el || {});
      } catch (e) {
        thrown++;
      }
    }
  }
  return {thrown, errors: kit.errors.slice(), sampled: sample.length, items};
}
"""


def test_unrelated_yelp_page_yields_nothing(browser):
    context = browser.new_context()
    try:
        url = "https://www.yelp.com/search?find_desc=coffee&find_loc=Brooklyn%2C+NY"
        pages.route_pages(context, [], extra={url: (PLAIN_SEARCH, "text/html; charset=utf-8")})
        page = context.new_page()
        page.goto(url)
        harness.inject(page)
        result = harness.read_items(page)
        assert result["platform"] == "yelp"
        assert result["items"] == []
        assert result["errors"] == []
    finally:
        context.close()


@pytest.mark.parametrize(
    "url",
    [
        "https://www.facebook.com/hugbrewcoffee/posts/junk",
        "https://m.facebook.com/story.php?story_fbid=1&id=2",
        "https://www.yelp.com/biz/junk",
        "https://www.tripadvisor.com/Restaurant_Review-g1-d2-Reviews-Junk.html",
    ],
)
def test_hostile_markup_yields_no_items_and_no_exceptions(browser, url):
    context = browser.new_context()
    try:
        pages.route_pages(context, [], extra={url: (JUNK, "text/html; charset=utf-8")})
        page = context.new_page()
        page.goto(url)
        harness.inject(page)
        result = harness.read_items(page)
        assert result["items"] == []
        assert result["errors"] == []
        checked = page.evaluate(NEVER_THROWS_JS)
        assert checked["thrown"] == 0 and checked["errors"] == []
    finally:
        context.close()


def test_matches_hosts(open_page):
    page = open_page("yelp-biz-reply")
    table = page.evaluate(
        """(hosts) => Object.fromEntries(hosts.map((h) => [h,
             Hugdesk.sites.filter((s) => s.matches({hostname: h, pathname: '/', href: 'https://' + h + '/'}))
                          .map((s) => s.platform)]))""",
        [
            "www.facebook.com", "m.facebook.com", "web.facebook.com", "facebook.com", "facebook.com.evil.example",
            "www.yelp.com", "biz.yelp.com", "www.yelp.co.uk", "www.yelp.com.au", "yelp.com.evil.example", "notyelp.com",
            "www.tripadvisor.com", "www.tripadvisor.co.uk", "www.tripadvisor.pl", "www.tripadvisor.com.au",
            "tripadvisor.com.evil.example", "example.com",
        ],
    )
    assert table == {
        "www.facebook.com": ["facebook"], "m.facebook.com": ["facebook"], "web.facebook.com": ["facebook"],
        "facebook.com": ["facebook"], "facebook.com.evil.example": [],
        "www.yelp.com": ["yelp"], "biz.yelp.com": ["yelp"], "www.yelp.co.uk": ["yelp"], "www.yelp.com.au": ["yelp"],
        "yelp.com.evil.example": [], "notyelp.com": [],
        "www.tripadvisor.com": ["tripadvisor"], "www.tripadvisor.co.uk": ["tripadvisor"],
        "www.tripadvisor.pl": ["tripadvisor"], "www.tripadvisor.com.au": ["tripadvisor"],
        "tripadvisor.com.evil.example": [], "example.com": [],
    }


KIT_JS = """
() => {
  const k = Hugdesk.siteKit;
  return {
    b64: k.fbCommentId('Y29tbWVudDozNzQxNzM4MDI5NDUwMTU5XzE3NzI1MjE4MDAzNjg3NzQ%3D'),
    pair: k.fbCommentId('3065154550235644_3154024434681988'),
    dec: k.fbCommentId('1772521800368774'),
    junk: [k.fbCommentId('%%%'), k.fbCommentId('aGVsbG8='), k.fbCommentId('')],
    stars: ['5 star rating', '2.0 star rating', '4.5 star rating', '0 star rating', '9 star rating', 'Photo of X']
      .map(k.starRating),
    bubbles: ['4.0 of 5 bubbles', '1 of 5 bubbles', 'ui_bubble_rating bubble_30', '4,0 z 5', 'Photo 3 of 5', 'bubble_99']
      .map(k.bubbleRating),
    dates: ['9/6/2022', 'Sep 6, 2022', 'September 6, 2022', 'Updated 12/31/2015', '2022-09-06', 'yesterday', '13/45/2020']
      .map(k.isoDate),
    text: (() => {
      const d = document.createElement('div');
      d.append('One', document.createElement('br'), 'two ');
      const p = document.createElement('p'); p.textContent = 'three'; d.append(p);
      const b = document.createElement('div'); b.setAttribute('role', 'button'); b.textContent = 'See more'; d.append(b);
      const img = document.createElement('img'); img.alt = '\u2615'; d.append(img);
      const img2 = document.createElement('img'); img2.alt = 'Photo of a latte'; d.append(img2);
      return k.textOf(d);
    })(),
    tail: k.stripUiTail('Great coffee… Read more'),
  };
}
"""


def test_site_kit_helpers(open_page):
    page = open_page("fb-www-loggedin")
    got = page.evaluate(KIT_JS)
    assert got["b64"] == {"postId": "3741738029450159", "commentId": "1772521800368774"}
    assert got["pair"] == {"postId": "3065154550235644", "commentId": "3154024434681988"}
    assert got["dec"] == {"postId": None, "commentId": "1772521800368774"}
    assert got["junk"] == [None, None, None]
    assert got["stars"] == [5, 2, 5, None, None, None]
    assert got["bubbles"] == [4, 1, 3, 4, None, None]
    assert got["dates"] == ["2022-09-06", "2022-09-06", "2022-09-06", "2015-12-31", "2022-09-06", None, None]
    assert got["text"] == "One two three \u2615"
    assert got["tail"] == "Great coffee"


def test_adapter_shape_and_no_forbidden_dom_apis():
    sources = {p.name: p.read_text(encoding="utf-8") for p in harness.ADAPTER_SCRIPTS}
    for name, source in sources.items():
        assert not re.search(r"\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|\beval\(|new Function", source), name
        # Layout reads inside readItem would stall the page on every new item.
        assert not re.search(r"offsetHeight|offsetWidth|getBoundingClientRect|getComputedStyle|\binnerText\b", source), name
    for name in ("facebook.js", "yelp.js", "tripadvisor.js"):
        assert "kit.register({" in sources[name]
        for method in ("matches", "readItem", "cardAnchor", "replyTarget", "openReply", "submitButton", "itemSelector"):
            assert method in sources[name], (name, method)


# ---- saying so when a page cannot be read -----------------------------------------------------


def test_reading_gap_on_every_page(loaded):
    # The adapters' own judgement, as the loader makes it: only the page of an era we do not read
    # is reported; pages read right, and pages whose items are all the owner's, are not.
    for page in ALL:
        result = loaded(page)
        assert bool(result["gap"]) == (not FACTS[page].readable), (page, result["gap"])
    gap = loaded("fb-mbasic-2020-unsupported")["gap"]
    ctokens = set(re.findall(r"/comment/replies/\?ctoken=\d+_(\d+)", raw_html("fb-mbasic-2020-unsupported")))
    assert gap == {"reason": "none", "evidence": len(ctokens), "cards": 0, "missed": 0}
    assert len(ctokens) == 10


def _reports(ext):
    return ext.storage("unreadable_pages").get("unreadable_pages") or []


@pytest.mark.usefixtures("backend")
def test_unsupported_era_page_is_marked_on_the_toolbar_and_logged(ext):
    # mbasic.facebook.com (2020, real): ten comments in markup the adapter deliberately does not
    # read. The tab's icon gets a quiet "?" with a tooltip; the report keeps the address and the
    # adapter's version for the popup.
    target = PAGES["fb-mbasic-2020-unsupported"]
    page = ext.open(target.url)
    entries = harness_wait(lambda: _reports(ext), "a report")
    (entry,) = entries
    assert entry["url"] == target.url
    assert (entry["platform"], entry["reason"], entry["cards"], entry["evidence"]) == ("facebook", "none", 0, 10)
    version = re.search(r'platform: "facebook",\s*version: "([^"]+)"', (harness.SITES / "facebook.js").read_text()).group(1)
    assert entry["adapter_version"] == version
    assert ext.card_keys(page) == []
    tab = entry["tab_id"]
    assert ext.worker.evaluate("(tabId) => chrome.action.getBadgeText({tabId})", tab) == "?"
    title = ext.worker.evaluate("(tabId) => chrome.action.getTitle({tabId})", tab)
    assert title.startswith("Hugdesk could not read")
    # Other tabs keep the plain icon.
    assert ext.worker.evaluate("() => chrome.action.getBadgeText({})") == ""
    # One report per page, however long it stays open.
    page.wait_for_timeout(3500)
    assert len(_reports(ext)) == 1
    # The popup lists it: the page, what was missed and the adapter's version.
    popup = ext.context.new_page()
    popup.goto(f"chrome-extension://{ext.extension_id}/popup/popup.html")
    popup.wait_for_selector("#unreadable li")
    assert popup.is_visible("#unreadable-section")
    row = popup.inner_text("#unreadable li")
    assert "mbasic.facebook.com" in row and "read 0 of 10" in row and f"facebook@{version}" in row


@pytest.mark.usefixtures("backend")
def test_pages_read_right_are_not_marked(ext):
    # A legacy page the adapter now reads, and a page whose ten comments are all the author's own
    # (no customer cards, on purpose): no badge, no report.
    legacy = ext.open(PAGES["ta-hotel-2015-parkinn"].url, expect_cards=4)
    own = ext.open(PAGES["fb-www-2025"].url)
    legacy.wait_for_timeout(4000)
    assert _reports(ext) == []
    assert ext.card_keys(own) == []


@pytest.mark.usefixtures("backend")
def test_comment_without_an_id_is_reported(ext):
    # One comment whose ids are all gone (its "Reply" link still names it): 29 cards and a report
    # that one item had no id.
    target = PAGES["fb-m-2021"]
    ext.serve(
        target.url,
        pages.page_body(target).replace(b'data-commentid="3065154550235644_3154024434681988"', b"")
        .replace(b'id="3154024434681988" data-uniqueid="3154024434681988"', b"")
        .replace(b"&quot;token&quot;:&quot;3065154550235644_3154024434681988&quot;", b""),
        pages.content_type(target),
    )
    page = ext.open(target.url, expect_cards=29)
    (entry,) = harness_wait(lambda: _reports(ext), "a report")
    assert (entry["reason"], entry["missed"], entry["cards"]) == ("no_ids", 1, 29)
    assert ext.worker.evaluate("(tabId) => chrome.action.getBadgeText({tabId})", entry["tab_id"]) == "?"
    assert len(ext.card_keys(page)) == 29


def harness_wait(check, what):
    return wait_until(check, timeout=15, message=what)
