"""The Facebook adapter (extension/sites/facebook.js) on every Facebook page we have."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.support import harness
from tests.support import pages
from tests.support.pages import PAGES

from .conftest import ALL, COUNT, EDITOR_JS, FACTS, ITEM_KEYS, OPEN_REPLY_JS, PLATFORM, UI_JUNK, raw_html  # noqa: F401

pytestmark = pytest.mark.browser


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


# Logged out, m.facebook shows each commenter's name as plain text: no profile link.
UNLINK_AUTHORS_JS = """
() => {
  let n = 0;
  for (const c of document.querySelectorAll('[data-sigil~="comment"]')) {
    const body = c.querySelector('[data-sigil~="comment-body"]');
    const link = [...c.querySelectorAll('a[href]')].find((a) => a.textContent.trim() && body &&
      (a.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING));
    if (link) { link.replaceWith(document.createTextNode(link.textContent)); n++; }
  }
  return n;
}
"""


def test_fb_m_logged_out_plain_text_authors_are_read_and_actions_never_are(open_page):
    page = open_page("fb-m-2021")
    assert page.evaluate(UNLINK_AUTHORS_JS) == 30
    items = harness.read_items(page)["items"]
    # Before the fix the first link with text, "Like", was taken for every author.
    assert [i["author_name"] for i in items] == list(FACTS["fb-m-2021"].authors)
    assert not {"Like", "Reply", "More"} & {i["author_name"] for i in items}
    first = items[0]
    assert first["author_url"] is None
    assert first["author_id"] == "100004071004949"  # the ring id m.facebook puts on the avatar


def test_fb_m_link_in_a_comment_or_its_gif_is_not_the_author(open_page):
    page = open_page("fb-m-2021")
    page.evaluate(UNLINK_AUTHORS_JS)
    page.evaluate(
        """() => {
          const c = document.querySelectorAll('[data-sigil~="comment"]')[4];
          const body = c.querySelector('[data-sigil~="comment-body"]');
          const inBody = document.createElement('a');
          inBody.href = 'https://www.nintendo.com/switch/';
          inBody.textContent = 'nintendo.com/switch';
          body.prepend(inBody);
          const gif = document.createElement('div');
          const a = document.createElement('a');
          a.href = 'https://l.facebook.com/l.php?u=https%3A%2F%2Fmedia.giphy.com%2Fmedia%2Fabc%2Fgiphy.gif';
          a.textContent = 'GIPHY';
          gif.append(a);
          body.after(gif);
        }"""
    )
    items = harness.read_items(page)["items"]
    assert items[4]["author_name"] == FACTS["fb-m-2021"].authors[4] == "Lance Flannigan"
    assert items[4]["text"].startswith("nintendo.com/switch")


def test_fb_m_comment_without_words_keeps_its_own_id(open_page):
    # A comment that is only a sticker has no comment-body; its replies do. Its id must be its
    # own, not its first reply's (the two shared one key and one of them got no card).
    page = open_page("fb-m-2021")
    page.evaluate(
        """() => {
          const [, second, third] = document.querySelectorAll('[data-sigil~="comment"]');
          second.querySelector('[data-sigil~="comment-body"]').remove();
          second.append(third);
        }"""
    )
    items = harness.read_items(page)["items"]
    expected = [m.group(2) for m in re.finditer(r'data-commentid="(\d+)_(\d+)"', raw_html("fb-m-2021"))]
    assert sorted(i["external_id"] for i in items) == sorted(expected)
    assert len(items) == 30
    second = next(i for i in items if i["external_id"] == expected[1])
    assert (second["author_name"], second["kind"]) == (FACTS["fb-m-2021"].authors[1], "comment")
    third = next(i for i in items if i["external_id"] == expected[2])
    assert third["kind"] == "reply"


def test_fb_m_a_commenters_ring_is_never_the_story_owner(open_page):
    # Comments carry avatar rings too. When the story header has none (group posts, shared
    # stories, several stories on one page), the first commenter was taken for the owner and his
    # comment got no card.
    page = open_page("fb-m-2021")
    page.evaluate(
        """() => document.querySelectorAll('[data-sigil^="feed_story_ring"]').forEach((r) => {
             if (!r.closest('[data-sigil~="comment"]')) r.removeAttribute('data-sigil');
           })"""
    )
    items = harness.read_items(page)["items"]
    assert len(items) == 30
    assert items[0]["author_name"] == "Yusof Elmahboub"


def test_fb_m_owner_is_the_story_before_the_comment(open_page):
    # Two stories on one page: a comment by the second story's actor under the second story is
    # that owner's answer, not a customer's; under the first story the same person is a customer.
    page = open_page("fb-m-2021")
    page.evaluate(
        """() => {
          const comments = [...document.querySelectorAll('[data-sigil~="comment"]')];
          const lynnRing = comments[1].querySelector('[data-sigil^="feed_story_ring"]').getAttribute('data-sigil');
          const header = document.createElement('header');
          const ring = document.createElement('div');
          ring.setAttribute('data-sigil', lynnRing);
          header.append(ring);
          comments[10].before(header);
          // Lynn also comments after her own story's header.
          const copy = comments[1].cloneNode(true);
          copy.id = '9999999999999999';
          copy.setAttribute('data-uniqueid', '9999999999999999');
          copy.querySelector('[data-commentid]').setAttribute('data-commentid', '3065154550235644_9999999999999999');
          comments[12].after(copy);
        }"""
    )
    items = harness.read_items(page)["items"]
    ids = [i["external_id"] for i in items]
    assert "9999999999999999" not in ids  # the owner's own comment under her story
    assert items[1]["author_name"] == "Lynn Williams"  # a customer under the first story
    assert len(items) == 30


def test_www_2018_ufi_comments_are_an_era_we_report_not_read(loaded):
    # www.facebook.com in 2018 (Vietnamese UI, logged in): 112 comments and 94 replies on a Page's
    # posts, labelled only "Bình luận" / "Trả lời bình luận", their words in "UFI" spans and no
    # dir="auto" block. Read as comments they gave 206 cards without a word of text, the Page's
    # own answers among them; now no card, and the page is reported as not read.
    raw = raw_html("fb-www-2018-vi-ufi-unsupported")
    assert raw.count('role="article" aria-label="Bình luận"') == 112
    assert raw.count('role="article" aria-label="Trả lời bình luận"') == 94
    result = loaded("fb-www-2018-vi-ufi-unsupported")
    assert result["items"] == []
    ids = set(re.findall(r"[?&;](?:reply_)?comment_id=(\d+)", raw))
    assert result["gap"] == {"reason": "none", "evidence": len(ids), "cards": 0, "missed": 0}
    assert len(ids) == 114
