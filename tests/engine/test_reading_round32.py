"""Issue 9, thirty-second round: the classes fresh set X was graded down for (drawn after round 29,
graded blind on the engine at the start of stop 22 and after round 31; these fixes came after that
grading). "Недостатки: пока незамітив" is an empty minus field; five stars with every criticism
inside the cons field keep the stars' verdict; "service lackluster, disinterested staff, charged
taxes again" is a complaint about service and the bill; staying near a hospital for a surgery is no
harm done; a review that opens on its verdict of praise and then lists suggestions is a happy one with
notes; five stars for a cheap product that others sell dear, "will be ordering a whole lot more", is
no remark to answer. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors


@pytest.mark.parametrize("text", [
    "Гарна збірка, тихий кулер. Достоинства: збірка Недостатки: пока незамітив",
    "Все працює. + Якісна збірка - не помітив",
])
def test_a_minus_field_with_nothing_noticed_is_empty(text):
    reading = analyse(text, 5, "uk", domain="product")
    assert not reading.remark and reading.sentiment == "positive", (reading.sentiment, reading.remark)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"могло б бути краще|зауважен", draft), draft


def test_five_stars_with_every_criticism_in_the_cons_field_keep_their_verdict():
    text = "На 10% більше кадрів, ніж rx480. Достоинства: Продуктивність Недостатки: поки висока ціна"
    reading = analyse(text, 5, "uk", domain="product")
    assert reading.sentiment == "positive" and not reading.is_complaint, reading.sentiment
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"прикро|не все", draft), draft


def test_lackluster_service_and_a_second_charge_are_a_complaint():
    text = ("Room okay, service lackluster, disinterested front desk staff. I had already paid the taxes when I booked "
            "online, but I was charged taxes again anyway.")
    reading = analyse(text, 3, "en", domain="hospitality")
    assert reading.is_complaint and "overcharged" in reading.issues, (reading.sentiment, reading.issues)
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert "come back and see us" not in draft and re.search(r"sorry|apolog", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Really liked the hotel, but the rate was way too high. We were there for a surgery at the hospital, "
           "so the location was key."),
    ("pl", "Hotel fajny, ale cena za wysoka. Byliśmy tu z powodu operacji w pobliskim szpitalu, lokalizacja świetna."),
])
def test_staying_near_a_hospital_is_no_harm_done(lang, text):
    kind = analyse(text, 3, lang, domain="hospitality").kind
    assert not kind.harm, text
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert not re.search(r"what you went through|this is serious|spotkało|nigdy nie powinno", draft), draft


def test_a_review_that_opens_on_praise_then_suggests_is_happy_with_notes():
    text = ("Hotel bardzo dobry, przemiła obsługa, śniadanie obfite i zróżnicowane. Basen z pięknym widokiem. "
            "Uważamy, że parking dla gości powinien być bezpłatny. Minusem jest też brak kącika zabaw dla dzieci.")
    assert analyse(text, None, "pl", domain="hospitality").remark
    for draft in drafts_for_authors(text, None, HOTEL):
        first = draft.split("\n\n")[1]
        assert first.startswith(("Dziękujemy", "Bardzo", "Ogromnie", "Serdecznie")) and "przeprasz" not in first, draft


def test_five_stars_for_the_cheap_one_others_sell_dear_is_no_remark():
    text = ("Since going gluten free I've tried all kinds of breads and they are all very expensive. This inexpensive "
            "cheese bread is great. I loved it and will be ordering a whole lot more!")
    reading = analyse(text, 5, "en", domain="product")
    assert not reading.is_complaint and not reading.remark, (reading.sentiment, reading.problem_categories)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert "what could be better" not in draft, draft
