"""Issue 9, forty-first round (stop 26): the classes a tuning round on older held-out sets (BS)
and the dev grading of this stop were graded down for. A listing that promised "new" is no
mix-up of orders; a flavour ordered and another received is one; an admonition ("будьте
уважніші") is criticism; a weakness the reviewer excuses in the next sentence ("але це
очікувано") is no complaint; a review that ends looking forward to the next visit keeps its
verdict. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE as CAFE, GENERAL_SHOP as SHOP, drafts_for_authors

_MIX_UP = re.compile(r"pomyłk|mix-up|помилк", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Słuchawki były opisane jako nowe, a przyszły w rozklejonym kartonie, bez folii. Nie mogłam ich dać w prezencie."),
    ("pl", "Konsola wystawiona jako nowa, a w środku ślady kurzu i porysowana obudowa. Proszę o kontakt."),
])
def test_a_listing_that_promised_new_is_not_a_mixed_up_order(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert "wrong_item" not in reading.issues, reading.issues
    assert reading.kind.mismatch
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not _MIX_UP.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Замовила гречану кашу, отримала рисову. Дитина рис не їсть."),
    ("uk", "Замовив груша-банан, отримав яблуко-банан. Будьте уважніші."),
    ("pl", "Zamówiłam miętową, dostałam cytrynową. Szkoda, bo syn lubi tylko tę pierwszą."),
    ("en", "I ordered decaf, got regular. My husband can't drink caffeine."),
])
def test_one_thing_ordered_and_another_received_is_a_wrong_item(lang, text):
    reading = analyse(text, 2, lang, domain="product")
    assert "wrong_item" in reading.issues, (reading.issues, reading.sentiment)
    for draft in drafts_for_authors(text, 2, SHOP):
        assert _MIX_UP.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Замовила в п'ятницю, отримала в понеділок. Все сподобалось, дякую."),
    ("uk", "Замовив телефон, отримав швидко. Працює відмінно."),
    ("pl", "Zamówiłem wieczorem, dostałem rano. Wszystko super."),
    ("pl", "Zamówiłem telefon, dostałem kurierem następnego dnia. Wszystko super."),
    ("uk", "Замовила крем, отримала Новою поштою. Все чудово."),
    ("pl", "Zamówiłam krem, dostałam próbkę gratis. Bardzo miło."),
    ("en", "I ordered the cookies, got them in two days. Delicious."),
    ("en", "I ordered two boxes, got two boxes. Tasty as always."),
])
def test_when_and_how_it_came_is_no_second_thing(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert "wrong_item" not in reading.issues, reading.issues
    assert not reading.is_complaint


@pytest.mark.parametrize("lang,text", [
    ("uk", "Посилка прийшла вчасно. Будьте уважніші при пакуванні скла."),
    ("pl", "Paczka doszła na czas. Bądźcie uważniejsi przy pakowaniu szkła."),
    ("en", "The parcel came on time. Please be more careful when packing glass."),
])
def test_an_admonition_to_the_shop_is_criticism(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert reading.sentiment != "positive", reading.sentiment


@pytest.mark.parametrize("lang,text", [
    ("uk", "Тихий, охайний, нічого не скрипить. Недоліки: слабкий процесор. Але це очікувано й прийнятно для такої ціни."),
    ("pl", "Cichy, schludny, nic nie skrzypi. Wady: słaby procesor. Ale to do przewidzenia w tej cenie."),
    ("en", "Quiet, tidy, nothing squeaks. Cons: a weak processor. But that's to be expected at this price."),
])
def test_a_weakness_excused_in_the_next_sentence_is_no_complaint(lang, text):
    reading = analyse(text, 3, lang, domain="product")
    assert not reading.is_complaint, (reading.sentiment, reading.issues)
    for draft in drafts_for_authors(text, 3, SHOP):
        assert not re.search(r"przykro|sorry|прикро|шкода|przepraszam|перепрошу", draft, re.IGNORECASE), draft


def test_a_review_that_ends_looking_forward_to_the_next_visit_keeps_that_verdict():
    text = ("The first time I came the noodles were bland and far too sweet, so I stayed away for months. Last week I "
            "tried the green curry and it was wonderful: rich, fresh, a big portion. The owner is lovely too. Looking "
            "forward to trying the rest of the menu!")
    for draft in drafts_for_authors(text, 3, CAFE):
        assert not re.search(r"this time|let you down|disappoint", draft, re.IGNORECASE), draft
        assert re.search(r"thank|appreciate", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text,gift", [
    ("pl", "Nie wiem jeszcze, kupiłem na prezent dla taty. Jeszcze nie był w użyciu.", True),
    ("uk", "Поки важко сказати, ще не користувалися. Коробка ціла.", False),
    ("en", "Hard to say, I bought it as a gift and it has not been used yet.", True),
])
def test_nothing_used_yet_gets_no_first_impressions_and_no_keeps_working(lang, text, gift):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.kind.unused == ("gift" if gift else "item"), reading.kind.unused
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"wrażen|impression|вражен|dłuższym|надалі|тривалого|keeps|continues", draft, re.IGNORECASE), draft
        if gift:
            assert re.search(r"prezent|gift|подарун", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Mikrofon szumi. Oddałem do serwisu producenta, po miesiącu serwis stwierdził, że nic więcej zrobić nie może."),
    ("uk", "Мікрофон шумить. Віддав у сервісний центр, через місяць там розвели руками."),
    ("en", "The microphone hisses. After a month the service centre said there is nothing more they can do."),
])
def test_a_service_that_gave_up_is_not_the_place_to_keep_going(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert reading.kind.elsewhere == "service" and reading.kind.gave_up, (reading.kind.elsewhere, reading.kind.gave_up)
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"prowadzić (?:ją )?dalej|dalej z serwisem|й далі звертатися|далі вести|keep going with|"
                             r"carry on with the service|przeciągała|затягнеться|drags on", draft, re.IGNORECASE), draft
