"""Page text is data, and a page the adapter finds nothing on is left exactly as it was."""

from __future__ import annotations

import re

import pytest

from tests.support import pages

from .conftest import executable, pause, wait_until

HOSTILE = "<img src=x onerror=alert(1)>"
ESCAPED = b"&lt;img src=x onerror=alert(1)&gt;"


def hostile_yelp_page() -> bytes:
    """The 2016 Yelp page with its first reviewer renamed to markup, markup opening his review, and
    his user id given to the second review too (so that review's card shows his history)."""
    body = pages.page_body(pages.PAGES["yelp-classic-2016"])
    first_user = b"AoxLea6RXcwefB9L_eajGw"  # Marcus C.
    users = re.findall(rb'data-signup-object="user_id:([^"]+)"', body)
    assert users[0] == first_user
    body = body.replace(users[1], first_user)
    body = body.replace(b">Marcus C.</a>", b">" + ESCAPED + b"</a>")
    start = body.index(b'data-review-id="0BgqUbBo55isD2jqDsAUVA"')
    para = body.index(b'<p itemprop="description" lang="en">', start) + len(b'<p itemprop="description" lang="en">')
    return body[:para] + ESCAPED + b" " + body[para:]


@pytest.mark.browser
def test_hostile_review_text_stays_inert(ext):
    url = "https://www.yelp.com/biz/rosinas-italian-restaurant-oceanside-oceanside-4?hugdesk_test=hostile"
    ext.serve(url, hostile_yelp_page())
    page = ext.open(url)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    keys = ext.wait_cards(page, 20)

    tickets = wait_until(lambda: (t := ext.backend.get("/tickets?platform=yelp&limit=100").json()["items"]) and len(t) == 20 and t,
                         message="tickets stored")
    assert any(t["author_name"] == HOSTILE for t in tickets)
    assert any(t["text"].startswith(HOSTILE) for t in tickets)

    # The second card belongs to the same customer: his history shows the markup as characters.
    page.reload()
    keys = ext.wait_cards(page, 20)
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", keys[1]), message="observe answered")
    # Whichever of the two was posted later lists the other in its history, as characters.
    later = ext.world(page, "(ks) => ks.find(k => Hugdesk.records.get(k).result.history.tickets > 0)", keys[:2])
    assert later
    frame = ext.card_frame(page, later)
    wait_until(lambda: HOSTILE in frame.inner_text("[data-section=history]"), message="markup shown as text in the history")
    assert frame.evaluate("() => document.querySelectorAll('img, script:not([src])').length") == 0
    label = ext.world(page, "(k) => Hugdesk.records.get(k).root.querySelector('.card').getAttribute('aria-label')", keys[0])
    assert HOSTILE in label

    elements_in_cards = ext.world(page, "() => [...Hugdesk.records.values()].reduce((n, r) => n + r.root.querySelectorAll('img, script').length, 0)")
    assert elements_in_cards == 0
    # The only frame is the open card's own page.
    frames = ext.world(page, "() => [...Hugdesk.records.values()].flatMap(r => [...r.root.querySelectorAll('iframe')].map(f => new URL(f.src).pathname))")
    assert frames == ["/card/card.html"]
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"]').length") == 0

    # The popup lists the unanswered items by author: text there too.
    popup = ext.context.new_page()
    popup.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    popup.goto(f"chrome-extension://{ext.extension_id}/popup/popup.html")
    popup.wait_for_selector("#tickets li")
    assert HOSTILE in popup.inner_text("#tickets")
    assert popup.evaluate("document.querySelectorAll('img').length") == 0

    pause(0.5)
    assert dialogs == []
    assert page.errors == []


def plain_dom(playwright, url: str, body: bytes | None) -> str:
    """The page's DOM in a Chromium without the extension."""
    browser = playwright.chromium.launch(executable_path=executable(), headless=True, args=["--no-sandbox"])
    try:
        context = browser.new_context()
        pages.route_pages(context, [p for p in pages.PAGES.values() if p.path.exists()],
                          extra={url: (body, "text/html; charset=utf-8")} if body else None)
        page = context.new_page()
        page.goto(url, wait_until="load")
        return page.content()
    finally:
        browser.close()


NOTHING_HERE = (
    b"<!DOCTYPE html><html lang='en'><head><title>Pizza near Oceanside - Yelp</title></head><body>"
    b"<header><a href='/'>Yelp</a><input aria-label='Find' value='pizza'></header>"
    b"<main><h1>Best Pizza near Oceanside</h1><p>No results. Try a different search.</p>"
    b"<div role='article'>An article that is not a review.</div></main></body></html>"
)


@pytest.mark.browser
@pytest.mark.parametrize("case", ["facebook-post-without-customer-comments", "yelp-search-without-reviews"])
def test_page_without_items_stays_intact(ext, playwright, case):
    if case == "yelp-search-without-reviews":
        url, body = "https://www.yelp.com/search?find_desc=pizza&find_loc=Oceanside", NOTHING_HERE
        ext.serve(url, body)
    else:
        url, body = pages.PAGES["fb-www-2025"].url, None
    page = ext.open(url)
    console_errors = []
    page.on("console", lambda m: m.type == "error" and console_errors.append(m.text))
    pause(1.5)
    assert ext.card_keys(page) == []
    assert page.content() == plain_dom(playwright, url, body)
    assert page.errors == []
    assert [e for e in console_errors if "ERR_FAILED" not in e] == []
    # The content script ran and recognised the platform; it simply found nothing.
    assert ext.world(page, "() => [Hugdesk.adapter && Hugdesk.adapter.platform, Hugdesk.records.size]") in (
        ["facebook", 0], ["yelp", 0])
