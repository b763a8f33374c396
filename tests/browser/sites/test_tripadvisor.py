"""The TripAdvisor adapter (extension/sites/tripadvisor.js) on every TripAdvisor page we have."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.support import harness
from tests.support import pages
from tests.support.pages import PAGES

from .conftest import ALL, COUNT, EDITOR_JS, ITEM_KEYS, OPEN_REPLY_JS, PLATFORM, UI_JUNK, raw_html  # noqa: F401

pytestmark = pytest.mark.browser


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



def test_ta_management_response_form(open_page):
    page = open_page("ta-management-response")
    assert page.evaluate(EDITOR_JS, [0, None]) == {
        "editor": "Your response", "lexical": False, "button": "Submit response", "buttonType": "submit",
    }
    assert page.evaluate(OPEN_REPLY_JS, 2) == {"opened": True, "clicked": ["Write a response"]}
    # Already answered: no respond control on the card.
    assert page.evaluate(OPEN_REPLY_JS, 1) == {"opened": False, "clicked": []}
