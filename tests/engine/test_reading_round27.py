"""Issue 9, twenty-seventh round: the classes fresh set T was graded down for (drawn after round 26,
graded blind on the engine at the start of stop 21 and after round 26; these fixes came after that
grading). Without stars a closing "Polecam" is the verdict; a baby's constipation is a health
worry; another drive that "stopped working after a year" is not this one failing; "not the right
choice for gamers" is advice, not a wrong parcel; "I'm a bit spoiled" is the customer, not the
food; rust and dirt at the pool are a complaint; fried rice "the equivalent of dirty dishwater" is
the taste, not dirt; a delivered meal has an order time, not a visit; a mix-up is looked into,
never promised to be "put right". Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, MANY_AUTHORS, \
    drafts_for_authors


@pytest.mark.parametrize("text", [
    "Przywitała nas przemiła obsługa, pan w recepcji był bardzo uprzejmy. Hotel nowy, nowocześnie urządzony, łazienka "
    "bardzo ładna, wi-fi działa wszędzie. Jedynym minusem są małe pokoje i problem z klimatyzacją, było zimno. "
    "Mimo stacji kolejowej było cicho. Dojazd do centrum szybki i łatwy. Polecam",
    "Szczoteczki świetnie się sprawdzają przy aparacie ortodontycznym, nie ma problemu z dopasowaniem. "
    "Zęby jaśniejsze. Polecam bardzo.",
])
def test_without_stars_a_closing_recommendation_is_the_verdict(text):
    reading = analyse(text, None, "pl")
    assert reading.sentiment == "positive" or reading.remark, (reading.sentiment, reading.remark)
    for draft in drafts_for_authors(text, None, HOTEL) + drafts_for_authors(text, None, SHOP):
        assert not re.search(r"przeprasz|przykro nam, że nie wszystko", draft, re.IGNORECASE), draft


def test_a_tip_to_order_more_is_no_recommendation():
    text = ("Recepcja nie poinformowała o ofercie, wycieczka się nie odbyła, pieniądze poszły. Szkoda. "
            "Wszystkim odwiedzającym polecam dokupić porcje, bo kolacja jest minimalistyczna.")
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not re.search(r"pozytywną opinię|ciepłe słowa|miłe słowa", draft), draft


def test_a_babys_constipation_is_a_health_worry():
    text = "Спробували перейти на цю суміш – дитина кричить, болить живіт і відразу запор. Не підійшло."
    assert analyse(text, 1, "uk", domain="product").kind.health
    for draft in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS):
        assert "несправн" not in draft, draft


def test_another_drive_that_failed_is_not_this_one():
    text = ("Без жодних проблем підійшов до ноутбука. Сподіваюся, що цей накопичувач служитиме довше за Goodram S400u "
            "120GB M.2 2280, який перестав працювати вже через рік. Достоинства: Працює належним чином Недостатки: Немає")
    assert analyse(text, 5, "uk", domain="product").sentiment == "positive"
    for draft in drafts_for_authors(text, 5, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"перепрошу|несправн", draft), draft


def test_not_the_right_choice_for_gamers_is_no_wrong_parcel():
    text = ("Непоганий ноутбук, купив по акції. Хто хоче купляти його суто для ігор – це не той варіант. "
            "Достоинства: Шустрий, тихий Недостатки: Немає входу для мікрофона")
    assert "wrong_item" not in analyse(text, 4, "uk", domain="product").issues
    for draft in drafts_for_authors(text, 4, SHOP, authors=MANY_AUTHORS):
        assert "помилку із замовленням" not in draft, draft


def test_a_spoiled_customer_is_no_spoiled_food():
    text = ("I HATED this coffee. I'm a Starbucks loyalist, so maybe I'm a bit spoiled. Big mistake. "
            "It definitely tastes like chicory.")
    reading = analyse(text, 1, "en", domain="product")
    assert reading.kind.fault == "trait", reading.kind.fault
    for draft in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS):
        assert "standard we hold" not in draft, draft


def test_rust_and_dirt_at_the_pool_are_a_complaint():
    text = "GOOD RENOVATIONS IN PROGRESS. DISAPPOINTED IN RUST, CORROSION AND DIRT AT SWIMMING POOL. STAFF HELPFUL AND FRIENDLY."
    assert analyse(text, 4, "en", domain="hospitality").sentiment != "positive"
    for draft in drafts_for_authors(text, 4, HOTEL):
        assert not re.search(r"lovely words|kind words", draft, re.IGNORECASE), draft


def test_dirty_dishwater_as_a_taste_is_no_cleanliness_and_delivery_has_an_order_time():
    text = ("We ordered from this restaurant and did not expect the food that was delivered to us. Their fried rice is "
            "the equivalent of taking dirty dishwater and putting it on rice. Worst General Tso's chicken ever.")
    reading = analyse(text, 1, "en", domain="hospitality")
    assert "cleanliness" not in reading.problem_categories and reading.kind.takeaway
    for draft in drafts_for_authors(text, 1, CAFE):
        assert not re.search(r"cleanliness|your visit", draft), draft


def test_a_server_picking_the_food_up_is_no_takeaway():
    text = "They served our food to a different table, then picked it up and served it onto our table. Ruined our night."
    assert not analyse(text, 1, "en", domain="hospitality").kind.takeaway


def test_a_mix_up_is_never_promised_to_be_put_right():
    text = "I ordered the white and pink flowers in the picture and got orange and yellow ones instead."
    for draft in drafts_for_authors(text, 2, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"put it right|sort it out", draft), draft
