"""What the site-adapter tests share: the expected facts about every fixture page, a Chromium
with the adapters injected, and each page read once per module.

Real pages are copies under tests/fixtures/pages/ (sources in its README); the business-side and
logged-in screens are hand-made (tests/support/pages.py says which). Expected values are facts
about the pages (counts, names, ratings from the README or cross-checked against the raw HTML),
never outputs copied from the adapters.
"""

from __future__ import annotations

import re

import pytest

from tests.support import harness
from tests.support.pages import OWN_NAMES, PAGES, page_body

playwright_api = pytest.importorskip("playwright.sync_api")

REAL = ["fb-www-2025", "fb-m-2021", "yelp-react-2022", "yelp-classic-2016", "ta-hotel-2023", "ta-restaurant-2022"]
OWN = list(OWN_NAMES)
ALL = REAL + OWN

PLATFORM = {
    "fb-www-2025": "facebook",
    "fb-m-2021": "facebook",
    "fb-www-loggedin": "facebook",
    "fb-page-reviews": "facebook",
    "yelp-react-2022": "yelp",
    "yelp-classic-2016": "yelp",
    "yelp-biz-reply": "yelp",
    "ta-hotel-2023": "tripadvisor",
    "ta-restaurant-2022": "tripadvisor",
    "ta-management-response": "tripadvisor",
}
COUNT = {
    "fb-www-2025": 0,  # all 10 comments are the post author's own replies ("Author" badge)
    "fb-m-2021": 30,
    "fb-www-loggedin": 8,
    "fb-page-reviews": 4,
    "yelp-react-2022": 10,
    "yelp-classic-2016": 20,
    "yelp-biz-reply": 4,
    "ta-hotel-2023": 10,
    "ta-restaurant-2022": 58,
    "ta-management-response": 4,
}
ITEM_KEYS = {
    "platform", "external_id", "kind", "url", "author_name", "author_id", "author_url", "rating",
    "recommends", "text", "posted_text", "owner_replied", "owner_reply_text",
}
# Words of the platforms' own controls and labels that must never end up in a customer's text.
UI_JUNK = re.compile(
    r"Read more|See more|Show less|Show more|Google Translation|Business Owner|Business owner information|"
    r"Respond publicly|Send private message|Write a response|Useful\s*\d*\s*Funny|Funny\s*\d*\s*Cool|Helpful\s*Share|"
    r"subjective opinion of a Tripadvisor member|Date of (?:stay|visit)|Reply to |Write a comment|Like\s*Reply|"
    r"Top fan|^Author|Comment from .+ of |Responded |Response from ",
)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=harness.CHROMIUM, headless=True, args=harness.CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def loaded(browser):
    """name -> what the adapters read from one load of that page (each page loaded once here)."""
    cache: dict[str, dict] = {}

    def get(name: str) -> dict:
        if name not in cache:
            context, page = harness.open_page(browser, PAGES[name])
            try:
                cache[name] = harness.read_items(page)
            finally:
                context.close()
        return cache[name]

    return get


@pytest.fixture
def open_page(browser):
    opened = []

    def go(name: str, extra=None):
        context, page = harness.open_page(browser, PAGES[name], extra=extra)
        opened.append(context)
        return page

    yield go
    for context in opened:
        context.close()


def raw_html(name: str) -> str:
    page = PAGES[name]
    return page_body(page).decode(page.charset)




EDITOR_JS = """
([index, mark]) => {
  const site = Hugdesk.sites.find((s) => s.matches(location));
  const items = [...document.querySelectorAll(site.itemSelector)].filter((el) => site.readItem(el, new Date()));
  const el = items[index];
  const editor = site.replyTarget(el);
  const button = editor ? site.submitButton(editor) : null;
  return {
    editor: editor && (editor.getAttribute('aria-label') || editor.id || editor.tagName),
    lexical: !!(editor && editor.getAttribute('data-lexical-editor') === 'true'),
    button: button && (button.getAttribute('aria-label') || button.textContent.trim()),
    buttonType: button && button.type,
  };
}
"""

# Records clicks on the platform's own reply controls without letting them navigate away.
OPEN_REPLY_JS = """
(index) => {
  const site = Hugdesk.sites.find((s) => s.matches(location));
  const items = [...document.querySelectorAll(site.itemSelector)].filter((el) => site.readItem(el, new Date()));
  const clicked = [];
  document.addEventListener('click', (e) => {
    clicked.push((e.target.closest('a,button,[role=button]') || e.target).textContent.trim());
    e.preventDefault();
  }, {capture: true});
  const opened = site.openReply(items[index]);
  return {opened, clicked};
}
"""
