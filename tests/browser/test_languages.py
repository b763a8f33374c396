"""The extension speaks the browser's language, and what the agent sees is kept as screenshots.

English, Polish and Ukrainian Chromium each get the card in their language: collapsed (the one-line
header), open (the frame with history, draft, promises, status) and with a tone error under the
reply box. The screenshots go to tests/artifacts/card/ (git-ignored; scripts/test.sh prints it)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from tests.support import pages

from .conftest import EXTENSION, ExtensionBrowser, chromium_args, executable, wait_until

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "card"
TONE_ERROR = {
    "en": "That's your problem. Call me at 555-123-4567.",
    "pl": "To pana problem. Proszę dzwonić pod 555-123-4567.",
    "uk": "Це ваша проблема. Телефонуйте на 555-123-4567.",
}
CLOCK_KEYS = ("sla_due_in", "sla_overdue", "sla_backlog", "sla_backlog_plain", "sla_unknown")


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "pl", "uk"])
def test_cards_follow_the_browser_language_and_are_kept_as_screenshots(playwright, tmp_path, backend, lang):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=executable(), headless=True,
        args=[*chromium_args(), f"--lang={lang}"], locale=lang, viewport={"width": 1100, "height": 900},
    )
    try:
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        browser = ExtensionBrowser(context, worker)
        page_def = pages.PAGES["yelp-biz-reply"]
        pages.route_pages(context, [page_def])
        browser.configure(backend)
        # A call logged in the popup under the reviewer's name: the open card asks "same person?".
        backend.post("/interactions", json={"id": str(uuid.uuid4()), "kind": "phone_call",
                                            "customer": {"name": "Priya N."}, "text": "Called about the wait"})
        page = browser.open(page_def.url)
        keys = browser.wait_cards(page, 4)
        messages = {k: v["message"] for k, v in
                    json.loads((EXTENSION / "_locales" / lang / "messages.json").read_text(encoding="utf-8")).items()}
        key = wait_until(lambda: browser.world(page, """() => {
            for (const rec of Hugdesk.records.values())
              if (Hugdesk.adapter.replyTarget(rec.el) instanceof HTMLTextAreaElement && rec.result) return rec.key;
            return null; }"""), message="an observed review with a reply box")
        wait_until(lambda: browser.card_query(page, key, "[data-status]") == [messages["status_new"]], message=f"{lang} status")
        (clock,) = browser.card_query(page, key, "[data-sla]")
        prefixes = [messages[k].split("{0}")[0].strip() for k in CLOCK_KEYS]
        assert any(p and p in clock for p in prefixes), (clock, prefixes)
        host = page.locator(f'[data-hugdesk-review="{key}"]')
        host.scroll_into_view_if_needed()
        host.screenshot(path=str(ARTIFACTS / f"{lang}-collapsed.png"))

        frame = browser.card_frame(page, key)
        wait_until(lambda: messages["history_title"].upper() in frame.inner_text("#card").upper(), message=f"{lang} open card")
        wait_until(lambda: frame.locator("[data-suggestion='0']").count() == 1, message="draft in the open card")
        if browser.world(page, "(k) => Hugdesk.records.get(k).item.author_name", key) == "Priya N.":
            wait_until(lambda: frame.locator("[data-section=same-person] [data-candidate]").count() == 1,
                       message=f"{lang} same person?")
            assert messages["same_person_merge"] in frame.locator("[data-section=same-person]").inner_text()
        browser.scroll_to_frame(page, key)
        page.wait_for_timeout(300)
        host.screenshot(path=str(ARTIFACTS / f"{lang}-open.png"))
        browser.world(page, "(k) => Hugdesk.closeCard(Hugdesk.records.get(k))", key)

        browser.world(page, "(k) => { Hugdesk.adapter.replyTarget(Hugdesk.records.get(k).el).id = 'hd-test-box'; }", key)
        box = page.locator("#hd-test-box")
        box.click()
        box.press_sequentially(TONE_ERROR[lang], delay=2)
        label = wait_until(lambda: browser.world(page, """() => {
            const host = document.querySelector('hugdesk-tone');
            const root = host && chrome.dom.openOrClosedShadowRoot(host);
            const error = root && root.querySelector('li[data-severity=error] .label');
            return error ? error.textContent : null; }"""), message=f"{lang} tone error")
        assert label == f"✖ {messages['tone_error']}"
        form = page.locator("#hd-test-box").locator("xpath=ancestor::form[1]")
        (form if form.count() else page.locator("hugdesk-tone")).screenshot(path=str(ARTIFACTS / f"{lang}-tone-error.png"))
        assert page.errors == []
    finally:
        context.close()
