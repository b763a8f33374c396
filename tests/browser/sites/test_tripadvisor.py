"""The TripAdvisor adapter (extension/sites/tripadvisor.js) on every TripAdvisor page we have."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.support import harness
from tests.support import pages
from tests.support.pages import PAGES

from .conftest import ALL, COUNT, EDITOR_JS, FACTS, ITEM_KEYS, OPEN_REPLY_JS, PLATFORM, UI_JUNK, raw_html  # noqa: F401

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


def test_ta_legacy_2015_list_with_sprite_stars_and_norwegian_responses(loaded):
    # The 2015 list: <div id="review_<id>" class="reviewSelector">, sprite stars whose alt is
    # "4 av 5 stjerner", the author as plain text, responses bylined "…, svarte på denne anmeldelsen".
    facts = FACTS["ta-hotel-2015-parkinn"]
    items = loaded("ta-hotel-2015-parkinn")["items"]
    assert [i["author_name"] for i in items] == list(facts.authors) == ["Phoff P", "Kjell G", "Kristoffer F", "Paal K"]
    assert [i["rating"] for i in items] == list(facts.ratings) == [5, 5, 4, 4]
    assert [i["owner_replied"] for i in items] == [True] * 4
    expected_ids = re.findall(r'<div id="review_(\d+)" class="reviewSelector[^"]*">\s*<div class="review basic_review', raw_html("ta-hotel-2015-parkinn"))
    assert [i["external_id"] for i in items] == expected_ids
    first = items[0]
    assert first["text"].startswith("Sjelden opplevd bedre opplevelse av ett hotell")
    assert not first["text"].endswith("Mer")  # the "More" control is not the customer's word
    assert first["owner_reply_text"].startswith("Hej Phoff P, Tack så mycket för de vänliga orden")
    assert "svarte på denne anmeldelsen" not in first["owner_reply_text"]
    # A recent review shows its age ("Anmeldt 2 uker siden") with the date in the line's title; an
    # older one "Anmeldt 10 mars 2015": either way the date, without the label.
    assert [i["posted_text"] for i in items] == ["31 mars 2015", "25 mars 2015", "10 mars 2015", "26 januar 2015"]
    assert first["url"].startswith("https://no.tripadvisor.com/ShowUserReviews-g1006204-d2440155-r262844528-")


def test_ta_legacy_2015_placeholders_are_not_cards(loaded):
    # Bergen: 10 review slots, 3 of them empty placeholders; one review answered (123Regine).
    result = loaded("ta-hotel-2015-bergen")
    assert result["candidates"] == raw_html("ta-hotel-2015-bergen").count('class="reviewSelector') == 10
    items = result["items"]
    assert [i["author_name"] for i in items] == list(FACTS["ta-hotel-2015-bergen"].authors)
    assert [i["author_name"] for i in items if i["owner_replied"]] == ["123Regine"]
    assert Counter(i["rating"] for i in items) == {5: 4, 4: 2, 1: 1}


def test_ta_review_containers_without_screen_names_still_have_authors(open_page):
    # 2019-22 review containers: the name is plain text in the header. Without the "Ask … about"
    # screen names the author is still the header's name, never the location or a badge count.
    page = open_page("ta-restaurant-2022")
    page.evaluate("() => document.querySelectorAll('[data-screenname]').forEach((n) => n.removeAttribute('data-screenname'))")
    assert page.evaluate("() => document.querySelectorAll('[data-screenname]').length") == 0
    items = harness.read_items(page)["items"]
    assert [i["author_name"] for i in items] == list(FACTS["ta-restaurant-2022"].authors)
    assert "María V" in {i["author_name"] for i in items}  # not the escaped "Mar\\u00eda V"


def test_ta_byline_split_over_elements_is_a_response(open_page):
    # Newer cards put the responder's name in its own element: "Response from <span>Name</span>,
    # General Manager at …". The byline is read on its whole block.
    page = open_page("ta-hotel-2023")
    page.evaluate(
        """() => {
          const card = document.querySelectorAll('[data-test-target="HR_CC_CARD"]')[2];
          const box = document.createElement('div');
          const head = document.createElement('div');
          const who = document.createElement('span');
          who.textContent = 'Rahul S';
          head.append('Response from ', who, ', General Manager at Surat Marriott Hotel');
          const when = document.createElement('div');
          when.textContent = 'Responded 12 May 2023';
          const words = document.createElement('div');
          words.textContent = 'Dear guest, thank you for staying with us and for the kind words about our team.';
          box.append(head, when, words);
          card.append(box);
        }"""
    )
    items = harness.read_items(page)["items"]
    assert [i["owner_replied"] for i in items] == [False, False, True] + [False] * 7
    assert items[2]["owner_reply_text"] == "Dear guest, thank you for staying with us and for the kind words about our team."
    assert "Dear guest" not in items[2]["text"]


def test_ta_2024_cards_responses_bylined_by_a_bare_name(loaded):
    # tripadvisor.fr, December 2024: the manager's response has no "Response from" byline, only the
    # manager's name, its own date line and its own legal note ("Cette réponse est l'opinion
    # subjective du gérant et non de Tripadvisor LLC."). Seven of the fifteen reviews are answered.
    facts = FACTS["ta-restaurant-2024-fr"]
    items = loaded("ta-restaurant-2024-fr")["items"]
    assert [n for n, i in enumerate(items, 1) if i["owner_replied"]] == list(facts.answered) == [3, 4, 6, 11, 12, 13, 14]
    third = items[2]
    assert (third["author_name"], third["external_id"], third["rating"]) == ("Olivier D", "985006677", 5)
    assert third["text"].startswith("Quelle chance d'être à Lyon un soir")
    assert third["owner_reply_text"].startswith("Merci beaucoup pour votre avis, qui est un véritable plaisir à lire.")
    assert "opinion subjective" not in third["owner_reply_text"]
    assert third["posted_text"] == "16 décembre 2024"  # the review's date, not the response's (17 décembre)
    # Catherine C's review is shorter than the manager's answer: the body is still hers.
    assert items[5]["text"].startswith("Ambiance chaleureuse, service au top")
    assert items[5]["owner_reply_text"].startswith("Merci infiniment d'avoir pris le temps")
    assert [i["owner_reply_text"] for i in items if not i["owner_replied"]] == [None] * 8


def test_ta_customer_naming_tripadvisor_llc_is_no_response(open_page):
    # The legal note that marks a response is the company's name; a customer may write it too.
    page = open_page("ta-restaurant-2025-fr")
    page.evaluate(
        """() => {
          const body = document.querySelector('[data-automation="reviewCard"] [data-test-target="review-body"] span span');
          body.append(' Tripadvisor LLC a publié cet avis après vérification.');
        }"""
    )
    items = harness.read_items(page)["items"]
    assert not any(i["owner_replied"] for i in items)
    assert items[0]["text"].endswith("Tripadvisor LLC a publié cet avis après vérification.")


def test_ta_review_opening_like_a_date_line_keeps_its_date(open_page):
    # "Written …" is the 2024 cards' date line in English; a review may open with the same word.
    page = open_page("ta-restaurant-2025-fr")
    page.evaluate(
        """() => {
          const body = document.querySelector('[data-automation="reviewCard"] [data-test-target="review-body"] span span');
          body.textContent = 'Written in haste after a long evening: the pizza was good, the service slow and the room too loud.';
        }"""
    )
    first = harness.read_items(page)["items"][0]
    assert first["posted_text"] == "18 janvier 2025"
    assert first["text"].startswith("Written in haste after a long evening")
