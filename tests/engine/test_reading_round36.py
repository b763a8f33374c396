"""Issue 9, thirty-sixth round: Amazon fine-food reviews read on a sample (the even half by the SHA-1
of the text; the odd half is left for drawing). "Tastes like it is moldy" is a taste; what a product
is for ("to keep skin rashes away") or a condition the customer has ("my kids are allergic to corn")
is no reaction to it, and "has never had an allergic response" denies one; four stars over a text
that praises at least as much as it criticises thank before the apology. Every review here is made
up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from hugdesk.engine.complaint_kind import health_worry, spoiled
from tests.support.reading import GENERAL_SHOP as SHOP, drafts_for_authors


def test_tastes_like_it_is_moldy_is_a_taste():
    text = "Cheap beans, bad roast, and my lot actually tastes like it is moldy."
    assert not spoiled(text, "en")
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"food safety|health", draft), draft


@pytest.mark.parametrize("text", [
    "I was looking for a no-corn dog food to keep skin rashes away. He likes it, but it is pricey.",
    "I want to like these because my kids are allergic to corn and soy, but they are far too sharp.",
    "Excellent food for my dog; her coat is shiny and she has never had an allergic response.",
])
def test_a_purpose_a_condition_or_a_denial_is_no_health_worry(text):
    assert not health_worry(text, "en"), text


@pytest.mark.parametrize("text", [
    "I am allergic to peanuts and this bar, sold as peanut free, gave me hives.",
    "Both of us got stomach aches after the muffins.",
])
def test_a_reaction_reported_is_still_a_health_worry(text):
    assert health_worry(text, "en"), text


def test_four_stars_over_more_praise_than_criticism_thank_first():
    text = ("It's not the traditional satay, but it is very good. The oil would be too dry without it. "
            "Some of mine were a year old and still fine. I will buy again.")
    reading = analyse(text, 4, "en", domain="product")
    assert reading.positive >= reading.negative, (reading.positive, reading.negative)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert re.match(r"(Thank|We appreciate)", draft.split("\n\n")[1]), draft
