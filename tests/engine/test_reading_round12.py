"""Issue 9, twelfth round: English idioms that a single word misreads ("not a fan of" names
no fan). Every review here is made up for these tests."""

import re

import pytest

from tests.support import reading
from tests.support.reading import SHOP, settings

CAFE = settings("restaurant_cafe", "Green Cup")
SORRY = re.compile(r"sorry|apolog", re.IGNORECASE)
FAN = re.compile(r"\bfan\b", re.IGNORECASE)


def drafts(text, rating, business):
    return reading.drafts(text, rating, business, platform="yelp")


@pytest.mark.parametrize("text,rating,settings", [
    ("Not a fan of this chain. The noodles were mediocre and overpriced.", 2, CAFE),
    ("I'm not really a fan of their new menu, everything tasted bland.", 2, CAFE),
    ("Never been much of a fan of these places and this visit did not change my mind: cold food, slow service.", 1, CAFE),
    ("Not a big fan of the design, the buttons feel cheap and the lid doesn't close.", 2, SHOP),
])
def test_not_a_fan_of_is_dislike_not_a_fan(text, rating, settings):
    for draft in drafts(text, rating, settings):
        assert not FAN.search(draft), draft
        assert SORRY.search(draft), draft


@pytest.mark.parametrize("text,rating,settings", [
    ("Huge fan of their dumplings, we come every Friday.", 5, CAFE),
    ("I'm a big fan of this kettle: quiet, quick and it looks great.", 5, SHOP),
])
def test_a_big_fan_of_is_praise_not_a_fan(text, rating, settings):
    for draft in drafts(text, rating, settings):
        assert not FAN.search(draft), draft
        assert not SORRY.search(draft), draft


def test_a_real_fan_is_still_a_fan():
    # The device part keeps its name where it is one.
    texts = drafts("The fan is so loud I can't sleep next to it, and it rattles.", 2, SHOP)
    assert any(FAN.search(d) for d in texts), texts


GRAVE = re.compile(r"serious|poważn|серйозн", re.IGNORECASE)
LIKED = re.compile(r"glad|great to hear|happy|enjoyed|cieszy|miło|радi|приємно", re.IGNORECASE)


@pytest.mark.parametrize("text,rating", [
    ("Found small pieces of hard plastic in my son's baby food. Threw the rest away.", 1),
    ("There was a piece of glass in the jar. My daughter nearly swallowed it.", 1),
    ("Both of my dogs got sick after eating these treats, vomiting all night.", 2),
    ("My cat was ill for two days after this food, the vet thinks it was the food.", 1),
    ("W kaszce dla dziecka były kawałki plastiku. Wyrzuciłam całe opakowanie.", 1),
    ("Po tych przysmakach pies całą noc wymiotował.", 2),
    ("У дитячому пюре знайшли шматочки пластику, викинули все.", 1),
    ("Після цього корму собаці було погано всю ніч, блювала.", 2),
])
def test_harm_from_food_we_sold_is_grave(text, rating):
    for draft in drafts(text, rating, SHOP):
        assert GRAVE.search(draft), draft
        assert not LIKED.search(draft.split("\n\n")[1]), draft
