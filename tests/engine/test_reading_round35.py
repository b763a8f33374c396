"""Issue 9, thirty-fifth round: the classes fresh set Y was graded down for (drawn after round 34,
graded blind on the engine at the start of stop 22 and after round 34; these fixes came after that
grading). A part replaced in a repair ("nóż wymieniony na nowy") is no exchange to arrange; a cup
named first is the thing sold, not food ("Смачного"); a trouble that stopped ("перестав підвисати",
"stopped freezing") is praise, and five stars over a filled form keep a note, not a fault to look
into; "tastes like vomit" is a taste; a "blunt roach" is no insect; "in need of repair" is criticism;
praise for how a small issue was handled is a settled trouble. Every review here is made up for
these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors


def test_a_part_replaced_in_a_repair_is_no_exchange_to_arrange():
    text = ("Zawiodłam się na tej kosiarce. Nóż po roku wymieniony na nowy, bo nie dało się go naostrzyć. "
            "Potem silnik zaczął dziwnie pracować, aż w końcu przestał.")
    assert analyse(text, None, "pl", domain="product").kind.after_sales == ""
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"wymian|zwrot", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Яскрава якісна чашечка для негарячих напоїв + Якість, яскравий малюнок - До 40 градусів"),
    ("en", "Sippy cup for cold drinks only, bright and sturdy, my son loves it."),
])
def test_a_cup_named_first_is_the_thing_sold_not_food(lang, text):
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"Смачного|смакувало|Smacznego|enjoy every last bit|hit the spot", draft), draft


def test_a_trouble_that_stopped_is_praise():
    text = ("Поставив у старий ноутбук: система вантажиться в 4 рази швидше, WebStorm перестав підвисати. "
            "Достоинства: швидкість, ціна Недостатки: температури в ноутбуці")
    reading = analyse(text, 5, "uk", domain="product")
    assert not reading.kind.failed and reading.kind.fault != "defect", (reading.kind.fault, reading.kind.failed)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"несправн|не так, як Ви очікували|номер замовлення", draft), draft


def test_tastes_like_vomit_is_a_taste():
    text = "I gave it the benefit of the doubt, but the second bite confirmed it tastes like vomit."
    kind = analyse(text, 1, "en", domain="product").kind
    assert not kind.health and not kind.harm, (kind.health, kind.harm)


def test_a_blunt_roach_is_no_insect():
    text = "The room was disgusting, the sheets still damp and the floor filthy. I found a blunt roach beneath the bed."
    reading = analyse(text, 1, "en", domain="hospitality")
    assert "pests" not in reading.grave, reading.grave
    for draft in drafts_for_authors(text, 1, HOTEL):
        assert "pests" not in draft, draft


def test_in_need_of_repair_is_criticism():
    reading = analyse("The hotel was ok. The room was in much need of repair.", 3, "en", domain="hospitality")
    assert reading.negative > 0.5, reading.negative


def test_praise_for_how_a_small_issue_was_handled_is_a_settled_trouble():
    text = ("Very helpful management and staff, very good breakfast, I would stay there again. I had a small issue with "
            "my check in. I was impressed with how they handled it.")
    assert analyse(text, 4, "en", domain="hospitality").kind.resolved
    for draft in drafts_for_authors(text, 4, HOTEL):
        first = draft.split("\n\n")[1]
        assert not re.search(r"sorry|fell short", first, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Ноутбук гарний і швидкий, але останнім часом почав підвисати."),
    ("pl", "Laptop ładny i szybki, ale ostatnio zaczął się zawieszać."),
])
def test_a_trouble_that_started_is_still_a_fault(lang, text):
    # Only "stopped" turns a trouble round; "started" is the onset of a fault whatever follows.
    reading = analyse(text, 4, lang, domain="product")
    assert reading.is_complaint and reading.kind.failed, (reading.sentiment, reading.kind.failed)
