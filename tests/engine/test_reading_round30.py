"""Issue 9, thirtieth round: the classes fresh set W was graded down for (drawn after round 29 was
written, graded blind on the engine at the start of stop 22 and after round 29; these fixes came
after that grading). A machine clogged with dirt is equipment that fails, not a room left dirty;
"materiałem" is a noun, not a man speaking, and a corpus that splits "kupiła m" or "by m … kupiła"
still shows a woman writing; "дитину вирвало" is a worry about health; "- не має" is an empty minus
field; "why is the price so high?" asks nothing to diagnose, and a short text whose one criticism is
the price is answered about the price. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors


@pytest.mark.parametrize("lang,text", [
    ("pl", "W pokojach zimno jak na dworze! Klimatyzacja jest tak wysłużona i zapchana brudem, że tylko warczy. "
           "Grzejniki są tylko dla pracowników. Horror."),
    ("en", "The rooms were freezing. The heater was so old and clogged with dust that it only rattled. "
           "Staff kept the spare heaters for themselves."),
])
def test_a_machine_clogged_with_dirt_is_no_room_left_dirty(lang, text):
    reading = analyse(text, None, lang, domain="hospitality")
    assert "hygiene" not in reading.grave, reading.grave
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not re.search(r"czystoś|czysto|clean", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("text,gender", [
    ("Krzesełko pokryte dobrym materiałem, ale ciężkie. Drugi raz bym go nie kupiła.", "f"),
    ("Krzesełko pokryte materiałem , ale ciężkie . Drugi raz by m go nie kupiła .", "f"),
    ("Hotel zły . Nie spodziewał em się rewelacji , ale tego nie spotkał em nigdzie .", "m"),
    ("Byłam tu z mężem, pokój z tytułem 'apartament' i stołem na balkonie.", "f"),
    ("Produkt z dobrym materiałem i ładnym kanałem na kabel.", None),
    ("Ogółem dotarł z połamanym tyłem i pokryty pyłem.", None),
])
def test_the_writers_gender_from_verbs_not_from_nouns(text, gender):
    assert analyse(text, None, "pl").gender_hint == gender, text


def test_a_child_sick_after_the_food_is_a_worry_about_health():
    text = "Каша дуже солодка, навіщо стільки цукру! Дитину вирвало від каші. + Добре розводиться - Дуже солодка"
    assert analyse(text, 1, "uk", domain="product").kind.health
    for draft in drafts_for_authors(text, 1, SHOP):
        assert re.search(r"здоров", draft) and not re.search(r"не все|пояснити", draft), draft


def test_a_minus_field_saying_there_is_none_is_empty():
    text = "Синочку пустушка подобається, ціна і якість влаштовують повністю! + Легенька, зручна - не має"
    reading = analyse(text, 5, "uk", domain="product")
    assert reading.sentiment == "positive" and not reading.remark, (reading.sentiment, reading.remark)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"зауважен|могло б бути краще", draft), draft


@pytest.mark.parametrize("lang,text,rating", [
    ("en", "I absolutely love this stuff, but I pay $2.50 for a 6-pack in the grocery store. Why is this price so HIGH?", 1),
    ("pl", "Świetny ekspres, kawa pyszna. Dlaczego cena jest aż tak wysoka?", 2),
])
def test_a_short_text_criticising_only_the_price_is_answered_about_the_price(lang, text, rating):
    reading = analyse(text, rating, lang, domain="product")
    assert reading.price_only and reading.kind.question != "cause", (reading.problem_categories, reading.kind.question)
    for draft in drafts_for_authors(text, rating, SHOP):
        assert re.search(r"price|cena|cen[ay]", draft, re.IGNORECASE), draft
        assert not re.search(r"taste|causing|such a disappointment|przyczyn|takim rozczarowaniem", draft), draft


def test_a_price_beside_another_fault_is_not_price_only():
    text = "Drogie jak na to, co oferuje. Bateria trzyma jeden dzień, a ładowarka się grzeje."
    assert not analyse(text, 2, "pl", domain="product").price_only
