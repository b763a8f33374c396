"""Issue 9, twenty-sixth round: the classes fresh set R was graded down for (drawn after round 25,
graded blind on the engine at the start of stop 21 and after round 25; these fixes came after that
grading). A story of a doubled price and an owner who said "you can leave" is no kind words; a
hotel's or a café's guest is never told that "the product" or "the purchase" disappointed; a filthy
hot tub is not the bathroom; an answered question is one invitation, not two. Every review here is
made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from hugdesk.engine.suggestions import suggest
from tests.support.reading import GENERAL_SHOP as SHOP, MANY_AUTHORS, drafts_for_authors

VENUES = [
    ({"business_name": "Hotel Riviera", "business_kind": "hotel"}, "tripadvisor"),
    ({"business_name": "Café Lumen", "business_kind": "restaurant_cafe"}, "yelp"),
]


def _venue_drafts(text: str, rating: float | None) -> list[str]:
    drafts = []
    for business, platform in VENUES:
        context = {**business, "agent_name": "Anna", "signature": "Anna", "compensations": [], "follow_up": []}
        for author in (None, "Kasia", "Oleh", "Mark"):
            result = suggest({"platform": platform, "author_name": author, "rating": rating, "text": text}, context)
            drafts += [d.text for d in result.drafts]
    return drafts


def test_a_doubled_price_and_being_told_to_leave_are_no_kind_words():
    text = ("Zarezerwowałyśmy pokój z miesięcznym wyprzedzeniem, cena ustalona. Zadowolone przyjechałyśmy i pierwszy "
            "klops: pokój niegotowy, czekałyśmy ponad 2h. Przy płaceniu cena okazała się 2 razy wyższa, a właściciel "
            "stwierdził, że jak nam się nie podoba, możemy wyjść. Co zresztą zrobiłyśmy.")
    assert analyse(text, None, "pl", domain="hospitality").sentiment != "positive"
    for draft in _venue_drafts(text, None):
        assert not re.search(r"miłe słowa|ciepłe słowa|ucieszy|gościć Państwa ponownie", draft), draft


@pytest.mark.parametrize("lang,text,rating", [
    ("pl", "Spa było zimne o wyznaczonej godzinie, nie dało się skorzystać z sauny. Pokój czysty, lokalizacja dobra.", None),
    ("pl", "Obiad zimny, kelner nieuprzejmy, rachunek zawyżony. Tragedia.", 1),
    ("uk", "Номер брудний, персонал грубий, сніданок холодний. Жах.", 1),
    ("uk", "Кава холодна, десерт несвіжий. Не раджу.", 2),
    ("en", "Cold food, rude staff, dirty tables. Awful.", 1),
])
def test_a_venue_guest_is_never_told_the_product_or_purchase_disappointed(lang, text, rating):
    for draft in _venue_drafts(text, rating):
        assert not re.search(r"produkt|zakup|товар|покупк|the product|your purchase", draft, re.IGNORECASE), draft


def test_a_filthy_hot_tub_is_not_the_bathroom():
    text = "The pool and hot tub are FILTHY, I would not recommend getting into them. Our door would not lock."
    for draft in _venue_drafts(text, 2):
        assert "bathroom" not in draft, draft


def test_an_answered_question_is_one_invitation():
    text = "За півроку враження не зовсім приємні: вентилятор став гучним, є люфт рамки дисплея. Не розумію, в чому проблема?"
    assert analyse(text, 3, "uk", domain="product").kind.question == "cause"
    for draft in drafts_for_authors(text, 3, SHOP, authors=MANY_AUTHORS):
        assert len(re.findall(r"особист\w* повідомлен", draft)) <= 1, draft
