"""The extension speaks the browser's language: Polish and Ukrainian Chromium get Polish and Ukrainian cards."""

from __future__ import annotations

import json

import pytest

from tests.support import pages

from .conftest import EXTENSION, ExtensionBrowser, chromium_args, executable, wait_until


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_cards_follow_the_browser_language(playwright, tmp_path, backend, lang):
    context = playwright.chromium.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=executable(), headless=True,
        args=[*chromium_args(), f"--lang={lang}"], locale=lang,
    )
    try:
        worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
        browser = ExtensionBrowser(context, worker)
        pages.route_pages(context, [pages.PAGES["ta-hotel-2023"]])
        browser.configure(backend)
        page = browser.open(pages.PAGES["ta-hotel-2023"].url)
        keys = browser.wait_cards(page, 10)
        messages = json.loads((EXTENSION / "_locales" / lang / "messages.json").read_text(encoding="utf-8"))
        expected_status = messages["status_new"]["message"]
        wait_until(lambda: browser.card_query(page, keys[0], "[data-status]") == [expected_status], message=f"{lang} status")
        waiting = browser.card_query(page, keys[0], "[data-sla]")[0]
        assert waiting.startswith(messages["waiting"]["message"].split("{0}")[0])
    finally:
        context.close()
