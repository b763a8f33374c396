"""Tone guidance at the reply box (issue 10): under the box the agent types in, every warning shown
(an error is never hidden behind a cap), errors apart from hints, the exact words quoted, a
"Replace with…" that edits the draft, and a confirmation before a draft with an error is posted."""

from __future__ import annotations

import pytest

from tests.support import pages
from tests.support.browser import db_rows

from .conftest import pause, wait_until

# From the issue: with a cap of three warnings the private-data error was hidden.
DRAFT = "That's your problem. We will refund you soon. Call me at 555-123-4567."

# The panel's shadow root is closed; the content script's world opens it (chrome.dom), the page cannot.
ROWS = """() => {
  const host = document.querySelector('hugdesk-tone');
  const root = host && chrome.dom.openOrClosedShadowRoot(host);
  return root ? [...root.querySelectorAll('li')].map((li) => ({
    tone: li.dataset.tone, severity: li.dataset.severity,
    label: li.querySelector('.label').textContent, quote: li.querySelector('q') ? li.querySelector('q').textContent : null,
    replace: li.querySelector('[data-replace]') ? li.querySelector('[data-replace]').textContent : null,
  })) : null;
}"""
CONFIRM = """() => {
  const host = document.querySelector('hugdesk-tone');
  const root = host && chrome.dom.openOrClosedShadowRoot(host);
  return Boolean(root && root.querySelector('[data-confirm]'));
}"""
CENTRE = """(sel) => {
  const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('hugdesk-tone'));
  const el = root.querySelector(sel); const b = el.getBoundingClientRect();
  return {x: b.x + b.width / 2, y: b.y + b.height / 2};
}"""


@pytest.mark.browser
def test_every_warning_shows_under_the_reply_box_and_an_error_asks_before_posting(ext):
    page = ext.open(pages.PAGES["yelp-biz-reply"].url)
    ext.wait_cards(page, 4)
    key = wait_until(lambda: ext.world(page, """() => {
        for (const rec of Hugdesk.records.values()) {
          if (Hugdesk.adapter.replyTarget(rec.el) instanceof HTMLTextAreaElement) return rec.key;
        }
        return null; }"""), message="a review with an open reply box")
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", key), message="observed")
    ext.world(page, "(k) => { const box = Hugdesk.adapter.replyTarget(Hugdesk.records.get(k).el); box.id = 'hd-test-box'; }", key)
    box = page.locator("#hd-test-box")
    box.click()
    box.press_sequentially(DRAFT, delay=2)

    # The panel sits right under the box.
    panel = page.locator("hugdesk-tone")
    wait_until(lambda: panel.count() == 1, message="tone panel")
    gap = page.evaluate("""() => { const b = document.getElementById('hd-test-box').getBoundingClientRect();
        const p = document.querySelector('hugdesk-tone').getBoundingClientRect(); return p.top - b.bottom; }""")
    assert 0 <= gap <= 40, gap

    rows = wait_until(lambda: (r := panel_rows(ext, page)) and any(x["tone"] == "private_data" for x in r) and r,
                      message="the private-data error shown")
    codes = [r["tone"] for r in rows]
    assert {"blame", "private_data"} <= set(codes), codes
    assert len(rows) > 3, "no cap hides a warning"
    # Errors first, marked as errors; the words quoted exactly.
    severities = [r["severity"] for r in rows]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    private = next(r for r in rows if r["tone"] == "private_data")
    assert private["severity"] == "error" and private["quote"] == "555-123-4567"
    assert private["label"].startswith("✖")
    hints = [r for r in rows if r["severity"] != "error"]
    assert hints and all(not h["label"].startswith("✖") for h in hints)
    # Typing stays with the agent.
    assert page.evaluate("() => document.activeElement && document.activeElement.id") == "hd-test-box"

    # Posting with an error: stopped once, with a question; nothing logged as posted.
    submitted = page.evaluate("""() => { window.__submits = 0; document.addEventListener('submit', (e) => { window.__submits++; e.preventDefault(); });
        return true; }""")
    assert submitted
    button = ext.world(page, """(k) => { const rec = Hugdesk.records.get(k); const b = Hugdesk.adapter.submitButton(Hugdesk.adapter.replyTarget(rec.el));
        if (!b) return null; b.id = 'hd-test-submit'; return true; }""", key)
    assert button
    page.locator("#hd-test-submit").click()
    wait_until(lambda: ext.world(page, CONFIRM), message="confirmation asked")
    assert page.evaluate("window.__submits") == 0
    pause(0.5)
    assert db_rows(ext.backend, "SELECT count(*) FROM interactions WHERE kind = 'reply_posted'") == [(0,)]
    # Confirmed: the next post goes through to the page.
    click_in_panel(ext, page, "[data-confirm-post]")
    page.locator("#hd-test-submit").click()
    wait_until(lambda: page.evaluate("window.__submits") == 1, message="post after confirmation")


@pytest.mark.browser
def test_replace_with_fixes_the_quoted_words_in_the_draft(ext):
    page = ext.open(pages.PAGES["yelp-biz-reply"].url)
    ext.wait_cards(page, 4)
    key = wait_until(lambda: ext.world(page, """() => {
        for (const rec of Hugdesk.records.values()) {
          if (Hugdesk.adapter.replyTarget(rec.el) instanceof HTMLTextAreaElement) return rec.key;
        }
        return null; }"""), message="a review with an open reply box")
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", key), message="observed")
    ext.world(page, "(k) => { Hugdesk.adapter.replyTarget(Hugdesk.records.get(k).el).id = 'hd-test-box'; }", key)
    box = page.locator("#hd-test-box")
    box.click()
    box.press_sequentially("We are so sorry, Priya. WE WILL FIX THIS for you.", delay=2)
    rows = wait_until(lambda: (r := panel_rows(ext, page)) and any(x["replace"] for x in r) and r, message="a warning with a fix")
    fixable = next(r for r in rows if r["replace"])
    assert fixable["replace"].startswith("Replace with")
    click_in_panel(ext, page, f'[data-replace="{fixable["tone"]}"]')
    wait_until(lambda: fixable["quote"] not in box.input_value(), message="the quoted words replaced")
    wait_until(lambda: not any(r["tone"] == fixable["tone"] for r in (panel_rows(ext, page) or [])), message="warning gone")


def panel_rows(ext, page):
    return ext.world(page, ROWS)


def click_in_panel(ext, page, selector):
    box = ext.world(page, CENTRE, selector)
    page.mouse.click(box["x"], box["y"])
