"""Issue 4 on the page: drafts on the cards in each review's language."""

from __future__ import annotations

import pytest

from tests.support import pages

from .conftest import wait_until

SUGGESTIONS = """(key) => { const r = Hugdesk.records.get(key);
  return r && r.result && !r.result.suggestions_pending ? r.result.suggestions : null; }"""
ITEM = "(key) => Hugdesk.records.get(key).item"


@pytest.mark.browser
def test_drafts_on_cards_are_in_each_reviews_language(ext):
    page = ext.open(pages.PAGES["fb-page-reviews"].url)
    keys = wait_until(lambda: ext.card_keys(page), message="cards")
    by_language: dict[str, list[str]] = {}
    for key in keys:
        item = ext.world(page, ITEM, key)
        if item["owner_replied"]:
            continue
        # Drafts observe left for later are fetched when the agent opens the card.
        ext.expand(page, key)
        drafts = wait_until(lambda: ext.world(page, SUGGESTIONS, key), message=f"drafts for {key}")
        assert len(drafts) >= 2
        by_language.setdefault(drafts[0]["language"], []).append(drafts[0]["text"])
        # Shown in the open card: one recommended draft with a primary Insert, the others a click away.
        frame = ext.card_frame(page, key)
        wait_until(lambda: frame.locator("[data-suggestion='0'] p").count(), message="drafts rendered")
        assert frame.locator("[data-suggestion='0'] p").inner_text() == drafts[0]["text"]
        assert frame.locator("[data-suggestion='0'] button.primary").count() == 1
        assert frame.locator("details[data-alternatives] [data-suggestion]").count() == min(len(drafts), 5) - 1
        assert not frame.locator("details[data-alternatives]").evaluate("d => d.open")
    assert {"pl", "uk"} <= set(by_language), by_language.keys()
    assert any(ch in "ąćęłńóśźż" for ch in "".join(by_language["pl"]))
    assert any("\u0400" <= ch <= "\u04ff" for ch in "".join(by_language["uk"]))
