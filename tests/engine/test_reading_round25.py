"""Issue 9, twenty-fifth round: the classes fresh set Q was graded down for (drawn this stop, graded
blind on the engine at the start of stop 21 and after round 24; these fixes came after that
grading and are not in its figures). Set Q brought the first Polish reviews without stars (PolEmo
2.0 hotel and product reviews): with no stars a list of faults closed by one word of praise is
mixed, not "such kind words", and a glowing text with one light remark is thanked first. Also: a
price weighed and found worth it under five stars is no remark; a price that "skyrocketed" and a
hold of $1500 on the card are complaints; "didn't leave me wanting to come back" is no "see you
soon"; a hedged empty "Cons:" field is empty; an errand the customer now faces at the service
centre is not a case the service already handles; "turned it on and… nothing" is dead on arrival;
focus that cannot be set is the picture's quality, not a set-up; a part swapped at a cost or
under warranty is no exchange to offer. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, MANY_AUTHORS, \
    drafts_for_authors


def _hotel_drafts(text: str, rating: float | None) -> list[str]:
    return drafts_for_authors(text, rating, HOTEL)


@pytest.mark.parametrize("lang,text,domain", [
    ("pl", "Hotel lekko zapyziały. Hol i bar OK. Pokoje proszą o zmianę wystroju, łazienki do remontu. "
           "Obsługa niekontaktowa.", "hospitality"),
    ("pl", "Na początku wszystko było super. Niestety po trzech miesiącach urwał się mikrofon, potem zaczęła "
           "szwankować regulacja głośności. Dźwięk bardzo dobry.", "product"),
    ("en", "Nice lobby. Unfortunately the room was dirty, the shower broken and the staff rude. Good location.", "hospitality"),
])
def test_without_stars_faults_beside_praise_are_never_kind_words(lang, text, domain):
    reading = analyse(text, None, lang, domain=domain)
    assert reading.sentiment in ("mixed", "negative"), reading.sentiment
    drafts = _hotel_drafts(text, None) if domain == "hospitality" else drafts_for_authors(text, None, SHOP)
    for draft in drafts:
        assert not re.search(r"życzliw|ciepłe słowa|kind words|lovely|cieszy nas, że produkt spełnia", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Gra na bardzo wysokim poziomie, grafika i dźwięk świetne. Drobne błędy graficzne się zdarzają. "
           "Tytuł obowiązkowy!"),
    ("pl", "Przemiła obsługa, smaczne śniadania i super klimat. Wrócimy na pewno! Jedynie dojazd pod górę męczy."),
])
def test_without_stars_a_glowing_text_with_a_light_remark_is_thanked_first(lang, text):
    reading = analyse(text, None, lang)
    assert reading.remark or reading.sentiment == "positive", (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"przeprasz|numer zamówienia|nie wszystko było tak", draft), draft


def test_a_price_weighed_under_five_stars_is_no_remark():
    text = ("The food is so good. The oysters were pretty pricey but phenomenal and fresh, the calamari light and "
            "delicious, the lobster roll heavenly. A really amazing meal, but you definitely pay for it.")
    assert analyse(text, 5, "en", domain="hospitality").sentiment == "positive"
    for draft in drafts_for_authors(text, 5, CAFE, authors=MANY_AUTHORS):
        assert not re.search(r"could be better|sorry", draft, re.IGNORECASE), draft


def test_a_price_that_skyrocketed_is_no_lovely_review():
    text = ("I love this coffee but the price has skyrocketed from 15 to 40 dollars. "
            "I am hesitant to buy this product again for this price.")
    assert analyse(text, 5, "en", domain="product").sentiment != "positive"
    for draft in drafts_for_authors(text, 5, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"lovely review|enjoy every", draft, re.IGNORECASE), draft


def test_a_hold_on_the_card_is_a_billing_complaint():
    text = "We had a great stay, but on the last day the hotel held us for another 1500! A total sham. Not impressed."
    reading = analyse(text, 3, "en", domain="hospitality")
    assert "overcharged" in reading.issues, reading.issues
    for draft in _hotel_drafts(text, 3):
        assert not re.search(r"see you again|welcoming you back", draft), draft


def test_not_wanting_to_come_back_gets_no_invitation():
    text = ("The mac and cheese was really good, but the chicken was a little dry and the corn bread flavorless. "
            "A fine enough meal but it didn't leave me wanting to come back.")
    assert analyse(text, 3, "en", domain="hospitality").kind.no_return
    for draft in drafts_for_authors(text, 3, CAFE, authors=MANY_AUTHORS):
        assert not re.search(r"come back|see you again|welcoming you|the one thing", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Яка ціна, така і якість. Серйозних глюків поки не було. Достоинства: Ціна, нормальна швидкість "
           "Недостатки: поки ніби немає"),
    ("pl", "Za te pieniądze w porządku, działa szybko. Zalety: cena, szybkość Wady: chyba brak"),
])
def test_a_hedged_empty_cons_field_is_empty(lang, text):
    for draft in drafts_for_authors(text, 3, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"сервісн\w* центр|serwis|ремонт|napraw|перепрошу|przeprasz", draft, re.IGNORECASE), draft


def test_a_trip_to_the_service_centre_still_ahead_is_no_case_it_handles():
    text = ("Замовив ноут дружині на день народження. Включаю і... І нічого! І тепер маю марнувати свій час, "
            "бігати в сервіс, чекати заключення сервісного центру і чекати заміну!")
    reading = analyse(text, 1, "uk", domain="product")
    assert reading.kind.elsewhere != "service" and reading.kind.fault == "defect", reading.kind
    for draft in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"уже займається|й далі спілкуватися", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Plugged it in, turned it on and... nothing. Dead on the first day."),
    ("pl", "Włączam i... nic. Zero reakcji, ekran czarny."),
])
def test_turned_on_and_nothing_is_dead_on_arrival(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.fault == "defect"


def test_focus_that_cannot_be_set_is_no_set_up():
    text = ("Wielkie rozczarowanie. Nie da się ustawić ostrości, zawsze któraś krawędź jest rozmazana. "
            "Rozdzielczość niewystarczająca. Nie polecam.")
    reading = analyse(text, None, "pl", domain="product")
    assert not reading.kind.setup, reading.kind
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"konfigurac|uruchomienie", draft), draft


def test_a_part_swapped_at_a_cost_or_under_warranty_is_no_exchange_to_offer():
    text = ("Piecyk mam prawie 3 lata i po raz drugi padł hydrogenerator. Pierwszy raz po 3 miesiącach - wymiana na "
            "gwarancji. Teraz jest już po gwarancji i koszt wymiany bardzo duży.")
    assert analyse(text, None, "pl", domain="product").kind.after_sales == ""
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"dokonać wymiany|wymiany lub zwrotu", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Завжди купувала цей чай, останній раз прийшов з іншою етикеткою. Смак той самий, хороший чай."),
    ("pl", "Lodówka dobrze pracuje, jestem zadowolona, chociaż nie polecam osobom, które mają otwartą kuchnię."),
])
def test_the_latest_time_and_advice_for_some_are_no_never_again(lang, text):
    assert not analyse(text, 4, lang, domain="product").kind.no_return


@pytest.mark.parametrize("lang,text", [
    ("uk", "Після цієї суміші в дитини рідкий стілець чотири рази на день. Вже пожалкувала, що замовила багато пачок."),
    ("pl", "Po tej kaszce dziecko ma luźne stolce i ból brzuszka. Nie kupię więcej."),
    ("en", "After two days on this formula my baby had loose stools and an upset stomach."),
])
def test_a_babys_upset_stomach_is_a_health_worry(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert reading.kind.health, reading.kind
    for draft in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"expectations|oczekiwa|очікуван", draft), draft


def test_food_gone_off_at_a_hotel_is_no_matter_of_taste():
    text = ("Pokój może nie był zły, ale jedzenie paskudne, chleb ani razu nie był świeży, czasem mleko zepsute dali. "
            "Panie kucharki bardzo niemiłe. Nie polecam tego hotelu.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.sentiment == "negative" and reading.kind.fault == "service", (reading.sentiment, reading.kind.fault)
    for draft in _hotel_drafts(text, None):
        assert not re.search(r"w pełni zadowol|dla innych", draft), draft


def test_a_wait_among_other_troubles_at_a_hotel_gets_no_thanks_for_patience():
    text = ("Jacuzzi nie działało, nikt nie przyszedł naprawić, po 20 nie było wody. Na wolny stolik trzeba było "
            "długo czekać. Po pierwszym dniu podziękowaliśmy. Nie polecam.")
    for draft in _hotel_drafts(text, None):
        assert "cierpliwość" not in draft, draft


def test_no_complaints_but_one_is_a_happy_review_with_a_remark():
    text = ("Користуючись цим ноутбуком вже два тижні особливих нарікань не маю. Хіба що дуже швидко нагрівається. "
            "А так за свою ціну досить непоганий ноутбук.")
    reading = analyse(text, 3, "uk", domain="product")
    assert reading.remark, (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, 3, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"не все виявилося|перепрошу", draft), draft


def test_a_replacement_made_on_time_and_praised_is_settled():
    text = ("WiFi так і не вдалося запустити, довелося взяти інший моноблок. Розетка була на висоті – все вчасно "
            "замінила, їх робота просто клас.")
    assert analyse(text, 1, "uk", domain="product").kind.resolved


@pytest.mark.parametrize("lang,text", [
    ("uk", "Компактний блок живлення, ще не провіряв. Достоинства: Компактна Недостатки: Не провіряв."),
    ("en", "Looks sturdy and compact. Haven't tried it yet, will update."),
])
def test_not_tried_yet_is_no_satisfied_customer(lang, text):
    assert analyse(text, 5, lang, domain="product").untried
    for draft in drafts_for_authors(text, 5, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"задоволені покупкою|satisfied|serves you|служитиме|lived up|right choice", draft), draft
