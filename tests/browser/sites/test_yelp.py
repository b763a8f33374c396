"""The Yelp adapter (extension/sites/yelp.js) on every Yelp page we have."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.support import harness
from tests.support import pages
from tests.support.pages import PAGES

from .conftest import ALL, COUNT, EDITOR_JS, FACTS, ITEM_KEYS, OPEN_REPLY_JS, PLATFORM, UI_JUNK, raw_html  # noqa: F401

pytestmark = pytest.mark.browser


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




def test_yelp_biz_public_comment_form(open_page):
    page = open_page("yelp-biz-reply")
    assert page.evaluate(EDITOR_JS, [0, None]) == {
        "editor": "Write a public comment", "lexical": False, "button": "Post public comment", "buttonType": "submit",
    }
    assert page.evaluate(OPEN_REPLY_JS, 2) == {"opened": True, "clicked": ["Respond publicly"]}
