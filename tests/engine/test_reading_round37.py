"""Issue 9, thirty-seventh round: the classes fresh set Z was graded down for (drawn after round 36,
graded blind on the engine at the start of stop 22 and after round 36; these fixes came after that
grading). "Відсутність в складі солі" is a merit of the recipe, not an item out of stock; "нема
затримок" and "зникли фрізи" name no delivery trouble; waiting for a machine to cool down is no wait
for us; "w bok z głównej drogi" is no customer service (BOK); "naprawdę" is no repair; a text's own
overall score ("całość oceniam na 3") is its stars. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors


def test_no_salt_in_the_recipe_is_no_item_out_of_stock():
    text = "Пюре смачне, доні подобається, великий плюс – відсутність в складі солі. + Без солі - Не знайшли"
    reading = analyse(text, 5, "uk", domain="product")
    assert "cancelled_order" not in reading.issues and not reading.is_complaint, (reading.issues, reading.sentiment)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"замовлення|перепрош", draft), draft


def test_delays_denied_and_freezes_gone_are_no_delivery_trouble():
    text = ("Старий ноутбук став набагато кращим: вмикається за 25 секунд, нема затримок, нарешті зникли фрізи в іграх. "
            "Рекомендую!")
    reading = analyse(text, 5, "uk", domain="product")
    assert "delivery" not in reading.problem_categories and reading.sentiment == "positive", \
        (reading.sentiment, reading.problem_categories)


def test_waiting_for_a_machine_to_cool_is_no_wait_for_us():
    text = "Niszczarka głośna i często się przegrzewa, potem trzeba długo czekać na schłodzenie mechanizmu. Nie polecam."
    reading = analyse(text, None, "pl", domain="product")
    assert "long_wait" not in reading.issues, reading.issues
    for draft in drafts_for_authors(text, None, SHOP):
        assert "oczekiwania" not in draft.split("\n\n")[1] or "spełni" in draft, draft


def test_aside_from_the_main_road_is_no_customer_service():
    text = "Hotel w bok z głównej drogi, kawałek do centrum. Pościel brudna, pokój źle rozplanowany."
    assert "support_unreachable" not in analyse(text, None, "pl", domain="hospitality").categories


def test_really_is_no_repair():
    text = ("Konferencja wypadła znakomicie. Wymagane jest naprawdę dobre łącze i internet działał. "
            "Pokoje czyste, jedzenie smaczne. Chętnie wrócimy!")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.negative == 0 and not reading.remark, (reading.negative, reading.remark)


@pytest.mark.parametrize("lang,text,score", [
    ("pl", "Sale dobre, SPA na 5, ale kolejki do posiłków. Całość oceniam na 3 głównie z powodu pokoju.", 3.0),
    ("en", "Nice pool, slow check-in. Overall I'd give it 3 out of 5.", 3.0),
    ("pl", "Pokój na 5, śniadanie na 4.", None),
])
def test_a_texts_own_overall_score_is_its_stars(lang, text, score):
    assert analyse(text, None, lang, domain="hospitality").stated_rating == score
    if score is not None:
        for draft in drafts_for_authors(text, None, HOTEL):
            assert not re.search(r"miłe słowa|tak pozytywn|kind words|lovely", draft), draft
