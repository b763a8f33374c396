"""Issue 9, twenty-sixth round: the classes fresh set R was graded down for (drawn after round 25,
graded blind on the engine at the start of stop 21 and after round 25; these fixes came after that
grading). A story of a doubled price and an owner who said "you can leave" is no kind words; a
hotel's or a café's guest is never told that "the product" or "the purchase" disappointed; a filthy
hot tub is not the bathroom; an answered question is one invitation, not two. Every review here is
made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE, GENERAL_HOTEL, GENERAL_SHOP as SHOP, MANY_AUTHORS, drafts_for_authors


def _venue_drafts(text: str, rating: float | None) -> list[str]:
    return drafts_for_authors(text, rating, GENERAL_HOTEL) + drafts_for_authors(text, rating, GENERAL_CAFE)


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


@pytest.mark.parametrize("text", [
    "Widok piękny, polecam zrobić fotkę. Do restauracji broń Boże nie wchodzić. Czekaliśmy na zamówienie 2 godziny, "
    "to co przyszło nie nadawało się do jedzenia, wszystko przypalone. Nigdy w życiu moja noga tam więcej nie postanie.",
    "Mieliśmy wątpliwą przyjemność tam mieszkać. Wystrój pełen pstrokacizny, obsługa niedouczona. Jedzenie bez "
    "entuzjazmu, a za tę cenę można oczekiwać czegoś więcej.",
])
def test_without_stars_a_story_of_a_bad_visit_is_no_praise(text):
    assert analyse(text, None, "pl", domain="hospitality").sentiment != "positive"
    for draft in _venue_drafts(text, None):
        assert not re.search(r"pozytywną opinię|bardzo nam miło|cieszymy się, że to widać", draft, re.IGNORECASE), draft


def test_without_stars_one_word_of_praise_before_a_verdict_against_is_no_remark():
    text = ("Dobre materiały i wykonanie. Konstruktorom udało się zbudować fabrykę wiatru: miejsce na 10 wentylatorów "
            "i tylko 8 napędów? Reszta na co? Marnotrawstwo przestrzeni. Szkoda.")
    assert not analyse(text, None, "pl", domain="product").remark
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"bardzo miłe|wybór okazał się trafny", draft), draft


def test_a_towel_left_wet_and_floors_to_vacuum_are_no_kind_feedback():
    text = "Found wet towel on the chair in our room. Floor in lobby and hallways needed to be vacuumed. Breakfast was great."
    assert analyse(text, 3, "en", domain="hospitality").is_complaint
    for draft in _venue_drafts(text, 3):
        assert not re.search(r"kind feedback|kind words|lovely", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Ноутбук бракований. Почали ставити систему і відразу почав глючити екран. Змушена була повернути."),
    ("pl", "Laptop wadliwy, ekran migał od pierwszego dnia. Musiałem go zwrócić."),
    ("en", "The laptop was faulty, the screen flickered from day one. I had to return it."),
])
def test_a_return_already_made_is_not_offered_again(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.settled_by_customer
    for draft in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"повернути товар|zwrócić produkt|return it|як це зробити|jak to zrobić", draft), draft


@pytest.mark.parametrize("text", [
    "Za tę cenę to skandal. Pokoje stare, jedzenie monotonne, drogo jak w pięciogwiazdkowym hotelu.",
    "Cena zdecydowanie za wysoka jak na taki standard. Nie polecam.",
])
def test_a_price_complaint_is_not_waved_off_as_how_it_seems(text):
    for draft in _venue_drafts(text, None) + _venue_drafts(text, 2):
        assert not re.search(r"wydaje się|wydała się|kłopot i nerwy", draft), draft


def test_without_stars_a_text_that_only_condemns_is_answered_as_a_low_rating():
    text = ("Budzik fatalny: alarm od razu na maksymalnej głośności, podświetlenie za słabe, przyciski się zacinają. "
            "Nie polecam, strata pieniędzy.")
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"nie wszystko|w pełni", draft), draft
