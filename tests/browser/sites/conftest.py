"""What the site-adapter tests share: the expected facts about every fixture page, a Chromium
with the adapters injected, and each page read once per module.

Real pages are copies under tests/fixtures/pages/ (sources in its README); the business-side and
logged-in screens are hand-made (tests/support/pages.py says which). Expected values are facts
about the pages (counts, names, ratings from the README or cross-checked against the raw HTML),
never outputs copied from the adapters.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import pytest

from tests.support import harness
from tests.support.pages import OWN_NAMES, PAGES, page_body

playwright_api = pytest.importorskip("playwright.sync_api")

# ---- expected facts of every page ------------------------------------------------------------
# Read from the raw HTML with page-specific patterns (the README says what each page is), never
# from what the adapters return. scripts/eval_pages.py scores the adapters against these too.


@dataclass(frozen=True)
class Facts:
    platform: str
    cards: int
    authors: tuple  # one per card, in page order
    ratings: tuple | None  # one per card (None on Facebook, which has no ratings)
    answered: tuple = ()  # 1-based positions of the cards the business has answered
    # False: a page of a supported site in an era we do not read; it must be reported as not
    # readable (the toolbar badge), never silently left without cards.
    readable: bool = True
    # The date each card shows, as the page writes it (one per card); None when not proved.
    dates: tuple | None = None


def _raw(name: str) -> str:
    page = PAGES[name]
    return page_body(page).decode(page.charset)


def _blocks(name: str, start: str) -> list[str]:
    """The raw page cut at every match of ``start`` (one block per review)."""
    text = _raw(name)
    idx = [m.start() for m in re.finditer(start, text)]
    return [text[a:b] for a, b in zip(idx, idx[1:] + [len(text)])]


def _first(pattern: str, block: str) -> str:
    m = re.search(pattern, block)
    assert m, (pattern, block[:200])
    return html.unescape(m.group(1)).strip()


def _facts_m_facebook_2021() -> Facts:
    text = _raw("fb-m-2021")
    authors = tuple(html.unescape(n) for n in re.findall(r'class="_2b05"><a [^>]*>([^<]+)</a>', text))
    # Each comment's age, first in its action line ("12 mos · Like · Reply").
    dates = tuple(re.findall(r'data-sigil="ufi-inline-comment-actions"><abbr[^>]*>([^<]+)</abbr>', text))
    return Facts("facebook", 30, authors, None, dates=dates)


def _facts_yelp_react_2022() -> Facts:
    text = _raw("yelp-react-2022")
    section = text[text.index('aria-label="Recommended Reviews"'):]
    authors = tuple(re.findall(r'href="/user_details\?userid=[^"]*"[^>]*>([^<]+)</a>', section))[:10]
    ratings = tuple(int(r) for r in re.findall(r'aria-label="(\d) star rating"', section)[:10])
    # The review's date is the first date after its author's name; the owner's replies carry dates
    # of their own further down the same block.
    starts = [m.start() for m in re.finditer(r'href="/user_details\?userid=[^"]*"[^>]*>[^<]+</a>', section)][:10]
    blocks = [section[a:b] for a, b in zip(starts, starts[1:] + [len(section)])]
    dates = tuple(_first(r'css-chan6m">(\d{1,2}/\d{1,2}/\d{4})<', b) for b in blocks)
    return Facts("yelp", 10, authors, ratings, answered=(5, 7, 8), dates=dates)


def _facts_yelp_classic(name: str) -> Facts:
    blocks = _blocks(name, r'<div class="review review--with-sidebar" data-review-id=')
    return Facts(
        "yelp",
        len(blocks),
        tuple(_first(r'user-display-name[^>]*>([^<]*)<', b) for b in blocks),
        tuple(int(_first(r'title="(\d)\.0 star rating"', b)) for b in blocks),
        answered=tuple(i for i, b in enumerate(blocks, 1) if "Comment from" in b),
        dates=tuple(_first(r'rating-qualifier">\s*(?:<meta[^>]*>\s*)?(\d{1,2}/\d{1,2}/\d{4})', b) for b in blocks),
    )


def _facts_ta_2023() -> Facts:
    blocks = _blocks("ta-hotel-2023", r'data-test-target="HR_CC_CARD"')
    return Facts(
        "tripadvisor",
        len(blocks),
        tuple(_first(r'href="/Profile/[^"]*"[^>]*>([^<]+)</a>', b) for b in blocks),
        tuple(int(_first(r'data-test-target="review-rating"[^>]*>\s*<span class="ui_bubble_rating bubble_(\d)0', b)) for b in blocks),
        answered=tuple(i for i, b in enumerate(blocks, 1) if "Response from" in b),
        dates=tuple(_first(r'</a> wrote a review ([^<]+)</span>', b) for b in blocks),
    )


def _facts_ta_2022() -> Facts:
    blocks = _blocks("ta-restaurant-2022", r'<div id="review_\d+" class="reviewSelector')
    return Facts(
        "tripadvisor",
        len(blocks),
        tuple(_first(r'class="info_text pointer_cursor"[^>]*><div>([^<]+)</div>', b) for b in blocks),
        tuple(int(_first(r'bubble_(\d)0', b)) for b in blocks),
        answered=tuple(i for i, b in enumerate(blocks, 1) if "Response from" in b or "responded to this review" in b),
        dates=tuple(_first(r"class=\"ratingDate\" title='([^']+)'", b) for b in blocks),
    )


def _facts_ta_legacy(name: str) -> Facts:
    # Placeholders (<div id="review_…" class="reviewSelector  "></div>, reviews TripAdvisor did not
    # render in this language) hold no review: they are not cards.
    blocks = [b for b in _blocks(name, r'<div id="review_\d+" class="reviewSelector') if "basic_review" in b[:400]]
    return Facts(
        "tripadvisor",
        len(blocks),
        tuple(_first(r'class="expand_inline scrname[^"]*"[^>]*>([^<]+)<', b) for b in blocks),
        tuple(int(_first(r'class="sprite-rating_s_fill rating_s_fill s(\d)0"', b)) for b in blocks),
        answered=tuple(i for i, b in enumerate(blocks, 1) if 'class="mgrRspnInline"' in b),
        dates=tuple(_legacy_date(b) for b in blocks),
    )


def _legacy_date(block: str) -> str:
    # A recent review says its age ("Anmeldt 2 uker siden") and keeps the date in its title; an
    # older one says "Anmeldt 10 mars 2015" ("Reviewed …"): the date is what follows the label.
    titled = re.search(r"class=\"ratingDate relativeDate\" title='([^']+)'", block)
    return titled.group(1) if titled else _first(r'class="ratingDate">Anmeldt ([^<]+?)\s*<', block)


def _facts_ta_cards_2024(name: str) -> Facts:
    # One block per data-automation="reviewCard"; the rating is the SVG <title> "N,0 sur 5 bulles"
    # before the title link; a manager's response carries its own legal note, "Cette réponse est
    # l'opinion subjective du gérant …", inside the card.
    blocks = _blocks(name, r'data-automation="reviewCard"')
    return Facts(
        "tripadvisor",
        len(blocks),
        tuple(_first(r'href="/Profile/[^"]*"[^>]*>([^<]+)</a>', b) for b in blocks),
        tuple(int(_first(r'<title id="[^"]*">(\d),0 sur 5', b)) for b in blocks),
        answered=tuple(i for i, b in enumerate(blocks, 1) if "Cette réponse est l&#x27;opinion subjective" in b),
        dates=tuple(_first(r'Rédigé le (?:<!-- -->)?([^<]+?)\s*<', b) for b in blocks),
    )


def _facts_yelp_user_2019() -> Facts:
    # A user's own page: every review is theirs (the name in the page's <h1>); answered reviews
    # hold a "biz-owner-reply" block. The last review ends where the page's footer starts.
    text = _raw("yelp-user-2019")
    user = _first(r"<h1>([^<]+)</h1>", text)
    body = text[: text.index('class="main-footer')]
    idx = [m.start() for m in re.finditer(r'<div class="review" data-review-id=', body)]
    blocks = [body[a:b] for a, b in zip(idx, idx[1:] + [len(body)])]
    return Facts(
        "yelp",
        len(blocks),
        tuple(user for _ in blocks),
        tuple(int(_first(r'title="(\d)\.0 star rating"', b)) for b in blocks),
        answered=tuple(i for i, b in enumerate(blocks, 1) if "biz-owner-reply" in b),
        dates=tuple(_first(r'rating-qualifier">\s*(\d{1,2}/\d{1,2}/\d{4})', b) for b in blocks),
    )


FACTS: dict[str, Facts] = {
    # all 10 comments are the post author's own replies ("Author" badge): no customer cards
    "fb-www-2025": Facts("facebook", 0, (), None, dates=()),
    "fb-m-2021": _facts_m_facebook_2021(),
    # Logged out, Hindi UI: the page body is empty until Facebook's scripts run (stripped here).
    "fb-www-2023-hi-nothing-rendered": Facts("facebook", 0, (), None, dates=()),
    "fb-mbasic-2020-unsupported": Facts("facebook", 0, (), None, readable=False, dates=()),
    "fb-www-2018-vi-ufi-unsupported": Facts("facebook", 0, (), None, readable=False, dates=()),
    "fb-mbasic-2020-post-unsupported": Facts("facebook", 0, (), None, readable=False, dates=()),
    "yelp-react-2022": _facts_yelp_react_2022(),
    "yelp-classic-2016": _facts_yelp_classic("yelp-classic-2016"),
    "yelp-classic-2016-regal": _facts_yelp_classic("yelp-classic-2016-regal"),
    "yelp-classic-2016-phone-repair": _facts_yelp_classic("yelp-classic-2016-phone-repair"),
    "yelp-user-2019": _facts_yelp_user_2019(),
    "ta-hotel-2023": _facts_ta_2023(),
    # A list of restaurants: no review of one place, so no card and nothing to report.
    "ta-list-2026-fr": Facts("tripadvisor", 0, (), None, dates=()),
    "ta-restaurant-2022": _facts_ta_2022(),
    "ta-restaurant-2024-fr": _facts_ta_cards_2024("ta-restaurant-2024-fr"),
    "ta-restaurant-2025-fr": _facts_ta_cards_2024("ta-restaurant-2025-fr"),
    "ta-hotel-2015-parkinn": _facts_ta_legacy("ta-hotel-2015-parkinn"),
    "ta-hotel-2015-bergen": _facts_ta_legacy("ta-hotel-2015-bergen"),
    # Two review slots, both empty: no review of this hotel is written in Norwegian.
    "ta-hotel-2015-knut-empty": _facts_ta_legacy("ta-hotel-2015-knut-empty"),
    # Hand-made pages: the facts are written in each file's opening comment.
    "fb-www-loggedin": Facts(
        "facebook", 8,
        ("Marta Kowalczyk", "Marta Kowalczyk", "James O'Connor", "Олена Шевченко", "Tomasz Nowak", "Aisha Bello",
         "Diego Alvarez", "Sophie Laurent"),
        None, answered=(1, 7, 8), dates=("3h", "1h", "5h", "6h", "8h", "7h", "1d", "2d"),
    ),
    "fb-page-reviews": Facts(
        "facebook", 4, ("Anna Wiśniewska", "Michael Brandt", "Оксана Коваленко", "Piotr Zieliński"), None, answered=(2,),
        dates=("March 3", "February 21", "February 14", "January 30"),
    ),
    "yelp-biz-reply": Facts("yelp", 4, ("Priya N.", "Kevin T.", "Lucía M.", "Hannah K."), (1, 5, 3, 4), answered=(2,),
        dates=("Mar 14, 2025", "Mar 9, 2025", "Feb 27, 2025", "Feb 20, 2025"),
    ),
    "ta-management-response": Facts(
        "tripadvisor", 4, ("Maya R", "Noor A", "Globetrotter58213", "Krzysztof W"), (2, 5, 4, 1), answered=(2,),
        dates=("Mar 2025", "Feb 2025", "Feb 2025", "Jan 2025"),
    ),
}

REAL = [name for name in FACTS if name not in OWN_NAMES]
OWN = list(OWN_NAMES)
ALL = REAL + OWN
READABLE = [name for name in ALL if FACTS[name].readable]
PLATFORM = {name: f.platform for name, f in FACTS.items()}
COUNT = {name: f.cards for name, f in FACTS.items()}
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
def browser(playwright):
    # The session's one Playwright (tests/browser/conftest.py): a second sync Playwright cannot run
    # beside it, and the extension tests in these modules use that one.
    b = playwright.chromium.launch(executable_path=harness.CHROMIUM, headless=True, args=harness.CHROMIUM_ARGS)
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
