"""Issue 9, twenty-eighth round: the classes fresh set U was graded down for (drawn after round 27,
graded blind on the engine at the start of stop 21 and after round 27; these fixes came after that
grading). A dirty beach down the road is no hygiene failure of the hotel's; a room without air
conditioning is not a broken unit; stations that cannot be put in order are a missing feature, not a
set-up; what other commenters claimed is not the reviewer's own criticism; a card charged after a
timely cancellation is a billing complaint, not "the price felt too high". Every review here is
made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors


def _hotel_drafts(text: str, rating: float | None) -> list[str]:
    return drafts_for_authors(text, rating, HOTEL)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Hotel głośny, przy głównej ulicy, pokoje ciemne. Do plaży 5 km, ta w porcie brudna. Jedzenie słabe, basen mały."),
    ("en", "Noisy hotel on a main road, dark rooms. The nearest beach is filthy. Breakfast poor, pool tiny."),
])
def test_a_dirty_beach_is_no_hygiene_failure_of_the_hotel(lang, text):
    assert "hygiene" not in analyse(text, 2, lang, domain="hospitality").grave
    for draft in _hotel_drafts(text, 2):
        assert not re.search(r"czystoś|cleanliness|not clean|nie było czysto", draft, re.IGNORECASE), draft


def test_a_room_without_air_conditioning_is_no_broken_unit():
    text = ("Bardzo sympatyczne miejsce, śniadania dobre, basen spory. Pokoje różnią się dostępnością klimatyzacji – "
            "my niestety w upały mieliśmy pokój bez klimatyzacji, ale wiatraki pomogły.")
    assert "broken_ac" not in analyse(text, None, "pl", domain="hospitality").issues
    for draft in _hotel_drafts(text, None):
        assert "niedziałając" not in draft, draft


def test_stations_that_cannot_be_ordered_are_no_set_up():
    text = ("Brakuje przewijania stacji pilotem. Nie da się ustawić stacji radiowych w żądanej kolejności. "
            "Przyciski wydają irytujący dźwięk. Mimo wszystko polecam.")
    assert not analyse(text, None, "pl", domain="product").kind.setup
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"konfigurac|uruchomienie", draft), draft


def test_what_other_commenters_claimed_is_not_the_reviewers_own_criticism():
    text = ("Szybki zakup i sprawdził się. Widziałam kilka komentarzy, że słuchawki zbyt mocno siedzą na głowie i "
            "uwierają. U mnie jest super, dobry dźwięk, mikrofon, wygląd minimalistyczny.")
    reading = analyse(text, None, "pl", domain="product")
    assert reading.sentiment == "positive", (reading.sentiment, reading.negative)
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"poprawić|mogłoby być lepsze|przeprasz", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "I had to cancel my trip but well within my cancellation window. The hotel was never told, so the manager "
           "said I owe the first night and charged my credit card."),
    ("pl", "Anulowałam rezerwację tydzień wcześniej, zgodnie z regulaminem. Mimo to hotel obciążył mi kartę za pierwszą noc."),
    ("uk", "Скасувала бронювання вчасно, за правилами. Але готель все одно списав з картки оплату за першу ніч."),
])
def test_a_card_charged_after_a_timely_cancellation_is_a_billing_complaint(lang, text):
    assert "overcharged" in analyse(text, 1, lang, domain="hospitality").issues
    for draft in _hotel_drafts(text, 1):
        assert not re.search(r"price felt too high|cena .{0,20}rozczarow|ціна .{0,20}розчарув", draft), draft


def test_without_stars_a_long_text_with_one_word_of_praise_gets_no_kind_words():
    # Set V: complaints in words the lists do not know, with one "ok" among them, were thanked
    # for "such kind words". Barely any praise in a long starless text is no praise to thank for.
    text = ("Pokój w porządku. Meldunek trwał pół godziny, recepcjonistka szukała kluczy po szufladach. Dostaliśmy "
            "pokój od strony parkingu zamiast z widokiem na morze, o który prosiliśmy przy rezerwacji. Rano obsługa weszła "
            "do pokoju bez pukania, mimo wywieszki na drzwiach. Tyle w temacie tego hotelu, zobaczymy, czy ktoś to "
            "przeczyta i coś z tym zrobi.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.sentiment != "positive", (reading.sentiment, reading.positive, reading.negative)
    for draft in _hotel_drafts(text, None):
        assert not re.search(r"miłe słowa|ciepłe słowa|pozytywn|ucieszy", draft), draft
