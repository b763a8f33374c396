"""Issue 9, thirty-third round: five stars read on a sample of English hotel reviews (the even half
of the Datafiniti file, as round 31). Five stars over a complaint still thank before the apology;
what other reviewers complained of is not the reviewer's own complaint; a late check-out granted is
no lateness; "my only complaint" under five stars is a remark even when it is a smell; "will never
look anywhere else" and "accommodating", "restful", "inviting" are praise. Every review here is made
up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, drafts_for_authors


def test_five_stars_over_a_complaint_thank_before_the_apology():
    text = "Terrific experience at this hotel. Do not eat in the hotel restaurant - service was slow and food was cold."
    for draft in drafts_for_authors(text, 5, HOTEL):
        first = draft.split("\n\n")[1]
        assert re.match(r"(Thank|We appreciate)", first), draft


def test_what_other_reviewers_complained_of_is_not_the_reviewers_complaint():
    text = ("The bed was comfortable. People had complained about the train in other reviews. I heard it but it "
            "wasn't something that kept me up. I plan on going back next year.")
    reading = analyse(text, 5, "en", domain="hospitality")
    assert reading.sentiment == "positive" and reading.negative == 0, (reading.sentiment, reading.negative)


def test_a_late_check_out_granted_is_no_lateness():
    text = "The staff was very accommodating; we needed an early check in and a late check out for our grandson."
    reading = analyse(text, 5, "en", domain="hospitality")
    assert reading.sentiment == "positive" and not reading.is_complaint, (reading.sentiment, reading.problem_categories)
    for draft in drafts_for_authors(text, 5, HOTEL):
        assert not re.search(r"sorry|apolog", draft, re.IGNORECASE), draft


def test_the_only_complaint_under_five_stars_is_a_remark_even_when_it_is_a_smell():
    text = ("Stayed 3 nights, the bed was comfortable and the staff lovely. I will stay here again. My only complaint "
            "was that there were smoking rooms on my floor and you could smell it in the hallway.")
    reading = analyse(text, 5, "en", domain="hospitality")
    assert reading.remark, (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, 5, HOTEL):
        assert not re.search(r"wasn't the experience|let you down|fell (?:this )?far short", draft), draft


def test_loyalty_and_a_restful_stay_are_praise():
    text = ("We stayed in a cottage, clean and bright. Our second year in a row and we will never look anywhere else. "
            "The pool is refreshing and inviting, a restful week.")
    reading = analyse(text, 5, "en", domain="hospitality")
    assert reading.sentiment == "positive" and not reading.is_complaint, (reading.sentiment, reading.negative)
