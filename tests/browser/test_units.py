"""The card's durations ("3 days", "3 dni", "3 дн.") come from our messages and plural rules,
not from Intl.NumberFormat (whose first use costs a page 20-70 ms): they must read exactly as
Chromium's own short units in each of our languages, for every number a clock can show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import executable

EXT = Path(__file__).resolve().parents[2] / "extension"

# content/i18n.js as the content script runs it, with chrome.i18n answering in ``lang`` from our
# own messages (the browser's language is fixed per profile; this page picks one per run).
SETUP = """([lang, messages]) => {
  globalThis.chrome = {i18n: {getUILanguage: () => lang, getMessage: (k) => (messages[k] || {}).message || ''}};
  globalThis.Hugdesk = {sites: []};
}"""
COMPARE = """(lang) => {
  const H = globalThis.Hugdesk;
  const wrong = [];
  const numbers = [...Array(130).keys(), 211, 222, 1000, 1546, 9999, 12546, 1234567];
  // duration() and age() pick the unit by size; each call below lands on one unit showing n.
  for (const n of numbers) {
    if (n === 0) continue;
    const intl = (unit) => new Intl.NumberFormat(lang, {style: 'unit', unit, unitDisplay: 'short'}).format(n);
    if (n < 60 && H.age(n) !== intl('minute')) wrong.push([n, 'minute', H.age(n), intl('minute')]);
    if (n >= 2 && n < 48 && H.duration(n * 60) !== intl('hour')) wrong.push([n, 'hour', H.duration(n * 60), intl('hour')]);
    if (n >= 2 && H.duration(n * 1440) !== intl('day')) wrong.push([n, 'day', H.duration(n * 1440), intl('day')]);
    if (n >= 2 && n <= 8 && H.age(n * 7 * 1440) !== intl('week')) wrong.push([n, 'week', H.age(n * 7 * 1440), intl('week')]);
    if (n >= 2 && n <= 23 && H.age(Math.ceil(n * 30.44) * 1440) !== intl('month')) wrong.push([n, 'month', H.age(Math.ceil(n * 30.44) * 1440), intl('month')]);
    if (n >= 2 && H.age(Math.ceil(n * 365.25) * 1440) !== intl('year')) wrong.push([n, 'year', H.age(Math.ceil(n * 365.25) * 1440), intl('year')]);
  }
  return wrong;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "pl", "uk"])
def test_durations_read_as_chromium_writes_short_units(playwright, lang):
    messages = json.loads((EXT / "_locales" / lang / "messages.json").read_text(encoding="utf-8"))
    browser = playwright.chromium.launch(executable_path=executable(), headless=True)
    try:
        page = browser.new_page()
        page.goto("about:blank")
        page.evaluate(SETUP, [lang, messages])
        for name in ("namespace.js", "core.js", "text.js", "i18n.js"):
            page.add_script_tag(path=str(EXT / "content" / name))
        assert page.evaluate("() => Hugdesk.uiLang") == lang
        assert page.evaluate(COMPARE, lang) == []
    finally:
        browser.close()
