"""Issue 9, thirty-first round: three stars read on a sample of English hotel reviews (the even
half of the Datafiniti file by the SHA-1 of the text; the odd half is left for drawing). Under three
stars no draft says "what a lovely review" or "such kind words", whatever the text: two stars were
taken away for something. Shortcomings said without a negative word ("really needs some upgrades",
"the elevators were both down", "not the cleanest bathroom", "toilet seat falling off") are
criticism; "above average" is praise; an opening that thanks is not followed by a second thank-you.
Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, drafts_for_authors

_WARM = re.compile(r"lovely|kind words|wonderful review|make our day|so glad you took|kind feedback", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "It's an older place. People were pleasant and helpful. Not the cleanest bathroom, really needs some upgrades.",
    "The stay was ok, the elevators were both down at the time, rooms were very clean, convenient location.",
    "Staff real nice and helpful. The door to our room was wedged open and there was a huge puddle in the tub.",
    "Came for a wedding, so we were hardly in the room. Floors uneven, toilet seat was falling off. Waterpark was the best part.",
    "Billy the bartender is awesome - ask him about the seasonal infused vodka and enjoy!",
])
def test_three_stars_never_get_warm_thanks(text):
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert not _WARM.search(draft), draft


@pytest.mark.parametrize("text", [
    "Old place, pleasant staff. Not the cleanest bathroom and it really needs some upgrades.",
    "Good location. The elevators were both down and the pool was closed.",
    "Nice breakfast, but the toilet seat was falling off.",
])
def test_shortcomings_without_a_negative_word_are_criticism(text):
    reading = analyse(text, 3, "en", domain="hospitality")
    assert reading.negative > 0.5 and reading.sentiment == "mixed", (reading.sentiment, reading.negative)


def test_above_average_is_praise():
    reading = analyse("The service and the food were above average. Great location.", 3, "en", domain="hospitality")
    assert reading.negative == 0 and "staff" not in reading.problem_categories, (reading.negative, reading.problem_categories)


def test_an_opening_that_thanks_is_not_followed_by_a_second_thank_you():
    text = ("Good price and location. Bed was comfortable. Pillows were relatively flat and the breakfast was "
            "average, nothing to write home about.")
    for draft in drafts_for_authors(text, 3, HOTEL):
        first = draft.split("\n\n")[1]
        assert len(re.findall(r"\b(?:thank|appreciate)", first, re.IGNORECASE)) <= 1, draft
