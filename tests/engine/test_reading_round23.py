"""Issue 9, twenty-third round: the classes fresh sets O and P were graded down for (drawn after
round 21, graded blind on the engine at the start of stop 20 and after round 22; these fixes came
after that grading and are not in its figures). Praise written without Polish letters ("bez
zastrzezen") is praise, and "realizacja mojego hobby" is no order; an order that "cannot be
fulfilled" was cancelled; a coffee machine is no coffee to enjoy, and the bare word for food (a
bib's pocket catches "залишки їжі") makes nothing food; earbuds "not for my ears" do not fit,
however high the stars; "перестала користуватися" other things is no fault. Every review here is
made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE as CAFE, GENERAL_SHOP as SHOP, MANY_AUTHORS, drafts_for_authors

FOOD_WISH = re.compile(r"Smacznego|smakowało|Смачного|смакувало|enjoy every|hit the spot", re.IGNORECASE)


def test_praise_without_polish_letters_is_praise():
    text = "Zarowno drukarka jak i tusze pozwalaja mi na realizacje mojego hobby bez zastrzezen."
    reading = analyse(text, 3.5, "pl", domain="product")
    assert reading.sentiment == "positive" and not reading.is_complaint, reading.sentiment
    for draft in drafts_for_authors(text, 3.5, SHOP):
        assert not re.search(r"przeprasz|rabat|zamówieni", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Długo czekałam, żeby się dowiedzieć, że zamówienie nie może być zrealizowane z powodu niedostępności produktu."),
    ("en", "Waited two weeks only to hear the order could not be fulfilled because the item is out of stock."),
    ("uk", "Довго чекала, а потім сказали, що замовлення не може бути виконане через відсутність товару."),
])
def test_an_order_that_cannot_be_fulfilled_was_cancelled(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert "cancelled_order" in reading.issues, reading.issues
    for draft in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"patience|cierpliwość|терпіння|co dzieje się z zamówieniem", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Kawa smakuje jak z najlepszej kawiarni. Urządzenie jest intuicyjne i praktycznie bezobsługowe. Polecam!"),
    ("en", "Coffee tastes like it came from a café. This machine is simple to use and easy to clean."),
    ("uk", "Кава як у кав'ярні. Кавоварка працює тихо, мити легко."),
])
def test_a_coffee_machine_is_no_coffee_to_enjoy(lang, text):
    for draft in drafts_for_authors(text, 5, SHOP, authors=MANY_AUTHORS):
        assert not FOOD_WISH.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Дуже практична річ. Зручна кишеня, залишки їжі потрапляють до неї, а не на одяг. Легко миється."),
    ("en", "Very practical bib. The pocket catches the food instead of it landing on clothes. Washes easily."),
])
def test_the_bare_word_for_food_makes_nothing_food(lang, text):
    for draft in drafts_for_authors(text, 5, SHOP, authors=MANY_AUTHORS):
        assert not FOOD_WISH.search(draft), draft


def test_stopped_using_other_things_is_no_fault():
    text = "Дуже практична річ. З її появою перестала користуватися тканинними слюнявчиками."
    reading = analyse(text, 5, "uk", domain="product")
    assert reading.sentiment == "positive" and reading.kind.fault != "defect", (reading.sentiment, reading.kind.fault)


@pytest.mark.parametrize("lang,text", [
    ("pl", "To są dobre słuchawki, ale nie do moich uszu. Cały czas mam wrażenie, że wypadną."),
    ("en", "Good earbuds, but they don't fit my ears; it always feels like they will fall out."),
])
def test_earbuds_that_do_not_fit_are_a_remark_even_at_four_and_a_half_stars(lang, text):
    reading = analyse(text, 4.5, lang, domain="product")
    assert reading.is_complaint, reading.sentiment
    for draft in drafts_for_authors(text, 4.5, SHOP):
        assert not re.search(r"zadowolen\w* z zakupu|spełnia \w+ oczekiwania|happy with|lived up", draft), draft


# From the English grades of sets O and P (also after the measure).

def test_a_tip_for_other_guests_is_no_noise_complaint():
    text = ("Big open space, very nice. If you choose to dine outside, make sure you sit at the back, not facing the overpass, "
            "which can be very noisy. The sandwich was good but over seasoned.")
    reading = analyse(text, 3, "en", domain="hospitality")
    assert "noise" not in reading.issues, reading.issues
    for draft in drafts_for_authors(text, 3, CAFE, authors=MANY_AUTHORS):
        assert "noise" not in draft, draft


def test_a_mixed_visit_the_guest_will_repeat_gets_thanks_first():
    text = ("Arriving from a late flight, we chose this place for its long hours. Service was fine though a bit slow, and the "
            "tots were a bit too salty. My salad was good and everyone enjoyed their burgers. All in all it fit the bill, "
            "and we'll probably stop by again.")
    reading = analyse(text, 3, "en", domain="hospitality")
    assert reading.remark, (reading.positive, reading.negative)
    for draft in drafts_for_authors(text, 3, CAFE, authors=MANY_AUTHORS):
        assert not re.search(r"frustration|what went wrong|patience", draft), draft
