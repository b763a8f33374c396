"""Platform rules in the tone guard: Tripadvisor's response guidelines and Yelp's similarity rule."""

from __future__ import annotations

import pytest

from hugdesk.engine.platform_rules import platform_warnings
from hugdesk.engine.tone import check_tone

REVIEW = "The room was dirty and nobody at the desk helped us."


def codes(warnings):
    return [w["code"] for w in warnings]


def test_tripadvisor_reply_with_a_link_gets_an_error_citing_the_guideline():
    draft = "Dear Anna, we're sorry about the room. See www.hotel-example.com/care for details."
    found = check_tone(draft, REVIEW, 2, platform="tripadvisor")
    link = [w for w in found if w["code"] == "platform_link"]
    assert len(link) == 1 and link[0]["excerpt"] == "www.hotel-example.com/care"
    assert link[0]["severity"] == "error"
    assert "Tripadvisor" in link[0]["message"] and "Tripadvisor" in link[0]["messages"]["pl"]
    assert link[0]["guideline"] == "Tripadvisor's management response guidelines"


@pytest.mark.parametrize("bullets", ["- a new kettle\n- fresh towels", "• a new kettle\n• fresh towels",
                                     "1. a new kettle\n2. fresh towels"])
def test_tripadvisor_reply_with_a_list_gets_a_warning(bullets):
    draft = f"Dear Anna, we're sorry. Since your stay we have added:\n{bullets}\nWe hope to welcome you again."
    found = [w for w in check_tone(draft, REVIEW, 2, platform="tripadvisor") if w["code"] == "platform_list"]
    assert len(found) == 1 and found[0]["severity"] == "warning"
    assert "fresh towels" in found[0]["excerpt"]


def test_tripadvisor_promotion_and_second_reply():
    draft = "We're sorry, Anna. Use code SORRY10 or book directly next time for a special offer."
    found = platform_warnings(draft, "tripadvisor", item_replies=["Thank you for your review."], ui_lang="uk")
    assert set(codes(found)) == {"platform_promotion", "platform_second_reply"}
    assert all("Tripadvisor" in w["message"] for w in found)
    assert all(w["message"] == w["messages"]["uk"] for w in found)


def test_plain_sentences_on_tripadvisor_and_the_same_draft_elsewhere_are_clean():
    draft = "Dear Anna, we're sorry the room was not clean and that the desk did not help. 2 towels were missing."
    assert platform_warnings(draft, "tripadvisor") == []
    linked = "We're sorry, Anna. More at www.hotel-example.com."
    assert platform_warnings(linked, "facebook") == [] and platform_warnings(linked, None) == []
    assert platform_warnings("Write to care@hotel-example.com, please.", "tripadvisor") == []


def test_yelp_warns_earlier_than_the_general_repetition_check():
    earlier = "Hi Sam, thank you for your review. We are sorry the soup was cold and we will talk to the kitchen."
    draft = "Hi Ola, thanks for your review. We are sorry the pasta was cold and we will talk to the kitchen."  # 48% alike
    general = check_tone(draft, "Cold pasta.", 2, previous_replies=[earlier])
    yelp = check_tone(draft, "Cold pasta.", 2, previous_replies=[earlier], platform="yelp")
    assert "near_duplicate" not in codes(general)
    assert codes(yelp).count("platform_similar") == 1 and "near_duplicate" not in codes(yelp)
    warning = [w for w in yelp if w["code"] == "platform_similar"][0]
    assert "Yelp" in warning["message"] and warning["severity"] == "error"
    fresh = "Ola, we're sorry your pasta arrived cold; please message us so we can put it right."
    assert platform_warnings(fresh, "yelp", previous_replies=[earlier]) == []
