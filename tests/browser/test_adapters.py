"""The site adapters (extension/sites/*.js) on every platform page we have, in real Chromium.

Real pages come from shared/fixtures/pages (counts from its README); the business-side and
logged-in screens are our hand-made fixtures (tests/own_pages.py). Expected values are facts
about the pages (counts, names, ratings from the README or cross-checked against the raw HTML),
never outputs copied from the adapters.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests import adapter_harness as harness  # noqa: E402
from tests.adapter_harness import own_pages, pages  # noqa: E402

playwright_api = pytest.importorskip("playwright.sync_api")

pytestmark = pytest.mark.browser

REAL = ["fb-www-2025", "fb-m-2021", "yelp-react-2022", "yelp-classic-2016", "ta-hotel-2023", "ta-restaurant-2022"]
OWN = list(own_pages.NAMES)
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
            context, page = harness.open_page(browser, pages.PAGES[name])
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
        context, page = harness.open_page(browser, pages.PAGES[name], extra=extra)
        opened.append(context)
        return page

    yield go
    for context in opened:
        context.close()


def raw_html(name: str) -> str:
    page = pages.PAGES[name]
    return pages.page_body(page).decode(page.charset)


# ---- every page: shape, counts and cleanliness ------------------------------------------------


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


# ---- Facebook ---------------------------------------------------------------------------------


def test_fb_www_2025_author_replies_are_not_customer_items(loaded):
    result = loaded("fb-www-2025")
    # The post and its 10 comments are candidates; every comment carries the "Author" badge.
    assert result["candidates"] == 11
    assert raw_html("fb-www-2025").count('aria-label="Comment by Salman Mohammad Sultan') == 10
    assert result["items"] == []


def test_fb_author_recognised_without_the_badge(open_page):
    # The badge is one signal; the post header's profile link (and the URL) is the other.
    page = open_page("fb-www-2025")
    page.evaluate(
        "() => document.querySelectorAll('[aria-label=\"View information about identity badges\"]')"
        ".forEach((b) => b.remove())"
    )
    assert page.evaluate("() => document.body.textContent.includes('Author')") is False
    assert harness.read_items(page)["items"] == []


def test_fb_m_2021_comments(loaded):
    items = loaded("fb-m-2021")["items"]
    assert [i["author_name"] for i in items[:3]] == ["Yusof Elmahboub", "Lynn Williams", "Michael Velasco-Camacho"]
    assert {i["kind"] for i in items} == {"comment"}
    # Ids cross-checked against the raw page: data-commentid="<post>_<comment>" in document order.
    expected = [m.group(2) for m in re.finditer(r'data-commentid="(\d+)_(\d+)"', raw_html("fb-m-2021"))]
    assert [i["external_id"] for i in items] == expected
    assert items[0]["text"].startswith("I think Sora,Spyro,Dixie Kong and a monster hunter")
    assert items[0]["author_url"] == "https://m.facebook.com/yusof.elmahboub"
    assert not any(i["owner_replied"] for i in items)


FB_PAGE = "Hugbrew Coffee Roasters"


def test_fb_loggedin_comments_replies_and_owner_answers(loaded):
    items = loaded("fb-www-loggedin")["items"]
    assert [(i["author_name"], i["kind"], i["owner_replied"]) for i in items] == [
        ("Marta Kowalczyk", "comment", True),
        ("Marta Kowalczyk", "reply", False),  # her follow-up came after the Page's answer
        ("James O'Connor", "comment", False),  # "Top fan" is not the author badge
        ("Олена Шевченко", "comment", False),
        ("Tomasz Nowak", "comment", False),
        ("Aisha Bello", "reply", False),  # a customer's reply does not answer a customer
        ("Diego Alvarez", "comment", True),  # Page reply without a badge: known by its profile link
        ("Sophie Laurent", "comment", True),  # collapsed: "Hugbrew Coffee Roasters replied · 1 reply"
    ]
    assert FB_PAGE not in {i["author_name"] for i in items}
    # external_id is the comment's own id: base64 "comment:<post>_<id>" / reply_comment_id.
    assert [i["external_id"] for i in items] == [
        "1190245873312045", "1190262785430112", "871203349925167", "1190270031245589",
        "2034418867512290", "1190288914407736", "640918823315521", "1189870023311457",
    ]
    marta, _, james, olena, tomasz, _, diego, sophie = items
    assert marta["owner_reply_text"].startswith("Marta, bardzo przepraszamy")
    assert diego["owner_reply_text"] == "Hi Diego, yes! We ship across the EU, it takes 3–5 working days."
    assert james["text"].endswith("nobody has answered…")
    assert olena["text"] == (
        "Замовляла каву в зернах тиждень тому, досі не отримала посилку. "
        "Номер замовлення є, але ніхто не відповідає на пошту 😞"
    )
    assert olena["author_id"] == "100087654321098"
    assert olena["author_url"] == "https://www.facebook.com/profile.php?id=100087654321098"
    assert tomasz["text"] == "Is the Guji available in 1 kg bags? ☕"
    assert marta["url"] == (
        "https://www.facebook.com/hugbrewcoffee/posts/pfbid02Kq7wXvRtm3Ls9aPe4yBnC1dHf8UjZo6gTkM5rVxW2Ny"
        "?comment_id=1190245873312045"
    )
    assert sophie["owner_reply_text"] is None  # the reply itself is not rendered
    assert [i["_has_editor"] for i in items] == [False, False, False, True, False, False, False, False]


def test_fb_owner_reply_after_a_customer_reply_answers_it(open_page):
    page = open_page("fb-www-loggedin")
    before = harness.read_items(page)["items"]
    assert (before[1]["kind"], before[1]["owner_replied"]) == ("reply", False)
    # The Page answers Marta's follow-up: its reply lands after hers in the same thread.
    page.evaluate(
        """() => {
          const pageReply = document.querySelector('[aria-label^="Reply by Hugbrew Coffee Roasters to Marta"]');
          const martaReply = document.querySelector('[aria-label^="Reply by Marta Kowalczyk"]');
          const wrapperOf = (a) => a.parentElement.parentElement.parentElement;
          const copy = wrapperOf(pageReply).cloneNode(true);
          copy.querySelector('[role=article]').setAttribute('aria-label',
            "Reply by Hugbrew Coffee Roasters to Marta Kowalczyk's reply Just now");
          wrapperOf(martaReply).after(copy);
        }"""
    )
    after = harness.read_items(page)["items"]
    assert [(i["external_id"], i["owner_replied"]) for i in after[:2]] == [
        ("1190245873312045", True), ("1190262785430112", True),
    ]
    # The next thread is untouched.
    assert after[2]["owner_replied"] is False


def test_fb_recommender_answering_under_own_recommendation_stays_a_customer(open_page):
    # Under a recommendation the "Author" badge marks the customer, not the Page.
    page = open_page("fb-page-reviews")
    page.evaluate(
        """() => {
          const own = document.querySelector('[aria-label^="Comment by Hugbrew Coffee Roasters"]');
          const copy = own.parentElement.parentElement.parentElement.cloneNode(true);
          const art = copy.querySelector('[role=article]');
          art.setAttribute('aria-label', 'Comment by Michael Brandt 5 hours ago');
          for (const a of art.querySelectorAll('a[href]')) {
            a.href = a.href.replace('/hugbrewcoffee?', '/michael.brandt.hh?').replace('comment_id=1190455512347781', 'comment_id=1190466623458892');
            if (a.textContent === 'Hugbrew Coffee Roasters') a.textContent = 'Michael Brandt';
          }
          const author = [...art.querySelectorAll('a[href]')].find((a) => a.textContent === 'Michael Brandt');
          const badge = document.createElement('div');
          badge.setAttribute('role', 'button');
          badge.setAttribute('aria-label', 'View information about identity badges');
          badge.textContent = 'Author';
          author.before(badge);
          art.querySelector('div[dir=auto]').textContent = 'Still waiting for the swap.';
          own.parentElement.parentElement.parentElement.after(copy);
        }"""
    )
    items = harness.read_items(page)["items"]
    extra = [i for i in items if i["kind"] == "comment"]
    assert [(i["author_name"], i["text"]) for i in extra] == [("Michael Brandt", "Still waiting for the swap.")]
    assert [i["owner_replied"] for i in items if i["kind"] == "recommendation"] == [False, True, False, False]


def test_fb_page_reviews_recommendations(loaded):
    items = loaded("fb-page-reviews")["items"]
    assert [(i["author_name"], i["kind"], i["recommends"], i["owner_replied"]) for i in items] == [
        ("Anna Wiśniewska", "recommendation", True, False),
        ("Michael Brandt", "recommendation", False, True),
        ("Оксана Коваленко", "recommendation", True, False),
        ("Piotr Zieliński", "recommendation", False, False),
    ]
    michael = items[1]
    assert michael["external_id"] == "rec:10161234567890123"
    assert michael["url"] == "https://www.facebook.com/permalink.php?story_fbid=10161234567890123&id=100004812345678"
    assert michael["text"] == (
        "Ordered a grinder in January and got the wrong model. Three emails to support, no answer. Not ordering again."
    )
    assert michael["owner_reply_text"].startswith("Michael, we're sorry we let you down.")
    assert items[0]["external_id"] == "rec:pfbid0AwX4r7Nq2yTfPk9LhV3sBc6mGdJ1zUe8KoRt5iWn"


# ---- Yelp -------------------------------------------------------------------------------------


def test_yelp_react_2022(loaded):
    items = loaded("yelp-react-2022")["items"]
    assert Counter(i["rating"] for i in items) == {5: 9, 1: 1}
    first = items[0]
    assert (first["author_name"], first["posted_text"], first["rating"]) == ("Kevin H.", "9/6/2022", 5)
    mike = [i for i in items if i["rating"] == 1]
    assert [(m["author_name"], m["posted_text"]) for m in mike] == [("Mike M.", "2/20/2022")]
    # Owner replies on reviews 5, 7 and 8; they are never items of their own.
    assert [n for n, i in enumerate(items, 1) if i["owner_replied"]] == [5, 7, 8]
    assert all(i["owner_reply_text"] for i in items if i["owner_replied"])
    assert "Omer And Dan Y." not in {i["author_name"] for i in items}
    # No review id in this era's DOM: "u:<userid>:<date>".
    assert first["external_id"] == "u:kZ-fTmm5Wd8ifvHn1JqB4w:2022-09-06"
    assert first["author_id"] == "kZ-fTmm5Wd8ifvHn1JqB4w"
    assert first["author_url"] == "https://www.yelp.com/user_details?userid=kZ-fTmm5Wd8ifvHn1JqB4w"


def test_yelp_text_without_lang_is_still_the_customers(open_page):
    # An era without lang attributes falls back to the longest block; owner replies stay out.
    page = open_page("yelp-react-2022")
    page.evaluate(
        """() => {
          document.querySelectorAll('[lang]:not(html)').forEach((n) => n.removeAttribute('lang'));
          // An owner reply longer than the review it answers.
          const reply = [...document.querySelectorAll('span')].find((n) => n.textContent.startsWith('Thanks gal,'));
          reply.append(' We also want to add a very long note about the whole project.'.repeat(40));
        }"""
    )
    items = harness.read_items(page)["items"]
    replied = [i for i in items if i["owner_replied"]]
    assert len(replied) == 3
    for item in replied:
        assert item["owner_reply_text"][:40] not in item["text"], item["author_name"]
    assert items[4]["text"].startswith("We hired Om's remodeling for major renovations")


def test_yelp_classic_2016(loaded):
    items = loaded("yelp-classic-2016")["items"]
    assert Counter(i["rating"] for i in items) == {5: 10, 2: 4, 3: 3, 1: 2, 4: 1}
    first = items[0]
    assert (first["author_name"], first["rating"], first["posted_text"]) == ("Marcus C.", 5, "3/24/2016")
    replied = [i for i in items if i["owner_replied"]]
    assert [(i["author_name"], i["rating"]) for i in replied] == [("April W.", 2)]
    assert replied[0]["owner_reply_text"].startswith("So sorry to hear about your experience")
    # <br><br> between paragraphs must not glue sentences together.
    assert "with no greeting, so I left. Came back after 20 minutes" in replied[0]["text"]
    review_ids = re.findall(r'class="review review--with-sidebar" data-review-id="([^"]+)"', raw_html("yelp-classic-2016"))
    assert len(review_ids) == 20
    assert [i["url"].rsplit("hrid=", 1)[1] for i in items] == review_ids


def test_yelp_biz_owner_screen(loaded):
    items = loaded("yelp-biz-reply")["items"]
    assert [(i["author_name"], i["rating"], i["owner_replied"]) for i in items] == [
        ("Priya N.", 1, False),
        ("Kevin T.", 5, True),
        ("Lucía M.", 3, False),
        ("Hannah K.", 4, False),
    ]
    assert items[0]["posted_text"] == "Mar 14, 2025"
    # Same key scheme as www.yelp.com, so a review seen on both sites is one ticket.
    assert items[0]["external_id"] == "u:Vq3pN8sLx2KdY7rTa1bGwQ:2025-03-14"
    assert items[0]["text"].startswith("Waited 25 minutes for two lattes on a Saturday morning and the barista forgot our order twice. The almond")
    assert items[1]["owner_reply_text"] == (
        "Kevin, thank you! The cortado is Ana's pride and she was thrilled to read this. See you next Saturday."
    )
    assert [i["_has_editor"] for i in items] == [True, False, False, False]


# ---- TripAdvisor ------------------------------------------------------------------------------


def test_ta_hotel_2023(loaded):
    items = loaded("ta-hotel-2023")["items"]
    # Each card also has three sub-rating bubbles; only the review rating counts.
    assert [i["rating"] for i in items] == [5] * 10
    first = items[0]
    assert (first["author_name"], first["external_id"]) == ("Vikas Jain", "894842890")
    assert first["author_id"] == "vikas22inkol"
    assert first["text"].startswith("Stayed at Surat Marriott Hotel for work.")
    assert first["url"].startswith("https://www.tripadvisor.com/ShowUserReviews-g297612-d1216812-r894842890-")
    assert not any(i["owner_replied"] for i in items)


def test_ta_hotel_sub_ratings_are_ignored(open_page):
    page = open_page("ta-hotel-2023")
    # Make every sub-rating 1 bubble and the first review's own rating 3.
    page.evaluate(
        """() => {
          for (const b of document.querySelectorAll('.ui_bubble_rating')) {
            if (!b.closest('[data-test-target="review-rating"]')) b.className = 'ui_bubble_rating bubble_10';
          }
          document.querySelector('[data-test-target="review-rating"] .ui_bubble_rating').className = 'ui_bubble_rating bubble_30';
        }"""
    )
    assert [i["rating"] for i in harness.read_items(page)["items"]] == [3] + [5] * 9


def test_ta_customer_words_like_a_byline_are_not_a_response(open_page):
    page = open_page("ta-management-response")
    page.evaluate(
        """() => {
          const text = [...document.querySelectorAll('span')].find((n) => n.textContent.startsWith('Ordered two cold brews'));
          text.prepend('Response from the manager, none at all ');
        }"""
    )
    items = harness.read_items(page)["items"]
    assert items[0]["owner_replied"] is False
    assert items[0]["text"].startswith("Response from the manager, none at all Ordered two cold brews")


def test_ta_restaurant_2022(loaded):
    items = loaded("ta-restaurant-2022")["items"]
    assert Counter(i["rating"] for i in items) == {5: 37, 4: 11, 3: 6, 1: 3, 2: 1}
    first = items[0]
    assert (first["author_name"], first["external_id"]) == ("Malusggs", "854904917")
    assert first["posted_text"] == "August 18, 2022"
    # Spanish text decoded from Windows-1252 correctly.
    assert "año tras año" in first["text"]
    expected = list(dict.fromkeys(re.findall(r"ShowUserReviews-g\d+-d\d+-r(\d+)-", raw_html("ta-restaurant-2022"))))
    assert [i["external_id"] for i in items] == expected


def test_ta_management_center(loaded):
    items = loaded("ta-management-response")["items"]
    assert [(i["author_name"], i["rating"], i["owner_replied"]) for i in items] == [
        ("Maya R", 2, False),
        ("Noor A", 5, True),
        ("Globetrotter58213", 4, False),
        ("Krzysztof W", 1, False),
    ]
    assert [i["external_id"] for i in items] == ["987654321", "986512377", "985771046", "985102238"]
    assert items[1]["owner_reply_text"].startswith("Dear Noor, thank you for the lovely words")
    assert items[3]["text"].startswith("Zamówiłem cappuccino i dostałem letnie mleko")
    assert [i["_has_editor"] for i in items] == [True, False, False, False]


# ---- reply editors, their buttons, and opening a reply -----------------------------------------

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


def test_fb_loggedin_reply_box_is_lexical_and_posts_on_enter(open_page):
    page = open_page("fb-www-loggedin")
    olena = page.evaluate(EDITOR_JS, [3, None])
    assert olena == {"editor": "Reply to Олена Шевченко", "lexical": True, "button": None, "buttonType": None}
    # The post's own "Write a comment…" box is nobody's reply box.
    for index in (0, 2, 4, 6, 7):
        assert page.evaluate(EDITOR_JS, [index, None])["editor"] is None
    opened = page.evaluate(OPEN_REPLY_JS, 4)
    assert opened == {"opened": True, "clicked": ["Reply"]}


def test_fb_m_2021_composer_and_inline_reply_box(open_page):
    page = open_page("fb-m-2021")
    # The story's composer posts with its "Post" submit button.
    button = page.evaluate(
        "() => { const t = document.querySelector('textarea#composerInput');"
        " const b = Hugdesk.sites.find((s) => s.platform === 'facebook').submitButton(t);"
        " return b && [b.getAttribute('aria-label'), b.type]; }"
    )
    assert button == ["Post", "submit"]
    assert page.evaluate(EDITOR_JS, [1, None])["editor"] is None
    # m.facebook loads an inline reply box into the comment's placeholder after "Reply".
    page.evaluate(
        "() => { const p = document.querySelectorAll('[id^=\"comment_replies_inline_composer_placeholder_\"]')[1];"
        " const t = document.createElement('textarea'); t.setAttribute('aria-label', 'Write a reply…'); p.append(t); }"
    )
    assert page.evaluate(EDITOR_JS, [1, None])["editor"] == "Write a reply…"
    assert page.evaluate(EDITOR_JS, [0, None])["editor"] is None
    assert page.evaluate(OPEN_REPLY_JS, 0) == {"opened": True, "clicked": ["Reply"]}


def test_fb_recommendation_is_answered_with_a_comment(open_page):
    page = open_page("fb-page-reviews")
    assert page.evaluate(EDITOR_JS, [0, None])["editor"] is None
    assert page.evaluate(OPEN_REPLY_JS, 0) == {"opened": True, "clicked": ["Comment"]}
    # The comment box Facebook then opens inside the story is that item's reply box.
    page.evaluate(
        """() => {
          const story = document.querySelectorAll('[role=article][aria-labelledby]')[0];
          const box = document.createElement('div');
          box.setAttribute('contenteditable', 'true');
          box.setAttribute('role', 'textbox');
          box.setAttribute('data-lexical-editor', 'true');
          box.setAttribute('aria-label', 'Write a comment…');
          story.append(box);
        }"""
    )
    assert page.evaluate(EDITOR_JS, [0, None])["editor"] == "Write a comment…"
    assert page.evaluate(EDITOR_JS, [1, None])["editor"] is None


def test_yelp_biz_public_comment_form(open_page):
    page = open_page("yelp-biz-reply")
    assert page.evaluate(EDITOR_JS, [0, None]) == {
        "editor": "Write a public comment", "lexical": False, "button": "Post public comment", "buttonType": "submit",
    }
    assert page.evaluate(OPEN_REPLY_JS, 2) == {"opened": True, "clicked": ["Respond publicly"]}


def test_ta_management_response_form(open_page):
    page = open_page("ta-management-response")
    assert page.evaluate(EDITOR_JS, [0, None]) == {
        "editor": "Your response", "lexical": False, "button": "Submit response", "buttonType": "submit",
    }
    assert page.evaluate(OPEN_REPLY_JS, 2) == {"opened": True, "clicked": ["Write a response"]}
    # Already answered: no respond control on the card.
    assert page.evaluate(OPEN_REPLY_JS, 1) == {"opened": False, "clicked": []}


@pytest.mark.parametrize("name", ["yelp-react-2022", "yelp-classic-2016", "ta-hotel-2023", "ta-restaurant-2022"])
def test_public_pages_have_no_reply_box(loaded, name):
    assert not any(i["_has_editor"] for i in loaded(name)["items"])


# ---- pages and elements that are not items --------------------------------------------------

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
