"""Issue 9, fifty-third round (stop 33): what set BW (115 unseen reviews, graded blind) found wrong.

Five drafts of 115 were wrong: two batteries called "tania chińska podróba" answered with a check
of where the goods came from, a router whose listing showed "inny model" answered as a mix-up in
the order, bugs crawling into a hotel bed answered with "sorry for the frustration", and a used
phone a child found pornography on answered with "sorry it fell short of what you hoped for".
Each class is covered here in its own words and in the other two languages; every review here is
made up for these tests. Also: "bought it not here" is elsewhere, and a customer is never told "it
could happen to anyone" (unseen sets: once wrong to someone whose sensor read wrong)."""

import re

import pytest

from tests.support.reading import GENERAL_CAFE, GENERAL_HOTEL, GENERAL_SHOP, body, drafts_for_authors

SETTINGS = {"product": GENERAL_SHOP, "hotel": GENERAL_HOTEL, "restaurant": GENERAL_CAFE}


def _never_says(text, rating, domain, wrong):
    for draft in drafts_for_authors(text, rating, SETTINGS[domain]):
        assert not re.search(wrong, body(draft), re.IGNORECASE), draft


def _always_says(text, rating, domain, right):
    for draft in drafts_for_authors(text, rating, SETTINGS[domain]):
        assert re.search(right, body(draft), re.IGNORECASE), draft


_ORIGIN_CHECK = r"oryginaln|pochodz|pochodzenie|genuine|where (?:it|the item) came from|оригінальн|походж"


@pytest.mark.parametrize(("text", "rating"), [
    ("Bateria trzyma godzinę zamiast trzech. Tania chińska podróba, szkoda pieniędzy.", 1),
    ("Zamiennik tuszu drukuje w paski po tygodniu. Nie jest oryginalny, ale tego się nie spodziewałem.", 2),
    ("A compatible replacement battery that is obviously not genuine quality: half a day and it's flat.", 2),
    ("Аналог картриджа, не оригінал, і це видно: друкує смугами вже з першого дня.", 2),
])
def test_a_cheap_thing_called_a_knock_off_gets_no_origin_check(text, rating):
    _never_says(text, rating, "product", _ORIGIN_CHECK)


@pytest.mark.parametrize(("text", "rating"), [
    ("Sprzedawany jako oryginał, a to zamiennik – podróba jak się patrzy, trzyma pół dnia.", 1),
    ("Listed as genuine OEM, but this replacement battery is a fake, the logo is printed crooked.", 1),
    ("Ці навушники – підробка, а не оригінал: коробка інша, звук жахливий.", 1),
])
def test_goods_passed_off_as_genuine_are_still_an_authenticity_claim(text, rating):
    _always_says(text, rating, "product", _ORIGIN_CHECK + r"|z opisem|the listing")


_MIX_UP = r"pomyłk|mix-up|wrong (?:item|product|model)|помилк\w* (?:із|з|в) замовлення|не той товар"


@pytest.mark.parametrize(("text", "lang"), [
    ("Router nie był nowy, hasło inne niż na naklejce. Na zdjęciach był inny model z USB 3.0, a w opisie 2.0.", "pl"),
    ("The listing photos show a different model with two fans; mine has one and runs hot.", "en"),
    ("На фото в описі інша модель, з металевим корпусом, а цей пластиковий і скрипить.", "uk"),
])
def test_a_listing_that_pictured_another_model_is_no_mix_up_in_the_order(text, lang):
    _never_says(text, 2, "product", _MIX_UP)


@pytest.mark.parametrize("text", [
    "Zamówiłem czarny, przyszedł biały. Ktoś się pomylił przy pakowaniu.",
    "Przysłali inny model niż zamówiony, musiałem odsyłać.",
    "I ordered the blue one and received a red one instead.",
])
def test_a_swap_of_what_was_ordered_is_still_named(text):
    _always_says(text, 1, "product", _MIX_UP + r"|inny model|zamiast|instead|pomyl")


_PESTS = r"pests|insekt|szkodnik|шкідник|комах"


@pytest.mark.parametrize("text", [
    "Room looked fine, but at night small beetle like bugs came out of little holes in the walls and we found bugs in the bed.",
    "W nocy robaki wychodziły ze szczelin i chodziły po łóżku, spaliśmy w ubraniach.",
    "Вночі з щілин у стіні вилазили жуки на ліжко, спали одягнені.",
])
def test_bugs_in_the_bed_are_pests_answered_as_such(text):
    _always_says(text, 2, "hotel", _PESTS)


@pytest.mark.parametrize("text", [
    "There's a bug in the booking app: it showed the wrong dates, and the room was fine.",
    "Great product, and the insect repellent works on the balcony too.",
])
def test_a_software_bug_or_a_repellent_is_no_pest_in_a_shop(text):
    _never_says(text, 2, "product", r"pests|insekt|шкідник")


_SERIOUS = r"serious|poważn|серйозн"
_FELL_SHORT = r"fell (?:this far )?short of what you hoped|hoped for|nie spełnił\w* oczekiwań|не виправдала"


@pytest.mark.parametrize(("text", "lang"), [
    ("Bought a renewed phone as a gift for my daughter. The seller didn't wipe the phone and she found pornography in the gallery.", "en"),
    ("Telefon jako nowy, a w galerii zdjęcia poprzedniego właściciela i jego konto Google. Skandal.", "pl"),
    ("Планшет як новий, а там фото попереднього власника і його акаунт. Жах.", "uk"),
])
def test_a_device_with_a_strangers_content_on_it_is_a_serious_matter(text, lang):
    _always_says(text, 1, "product", _SERIOUS)
    _never_says(text, 1, "product", _FELL_SHORT)


@pytest.mark.parametrize(("text", "lang"), [
    ("Bought it not here, but the screen went dark after a month and the stand wobbles.", "en"),
    ("Kupiłem nie tutaj, ale po miesiącu ekran zgasł, a podstawka się chwieje.", "pl"),
    ("Користуюсь рік, купляв не тут: кольори погані, підставка хитається.", "uk"),
])
def test_bought_not_here_is_bought_elsewhere(text, lang):
    _never_says(text, 2, "product", r"order number|numer zamówienia|номер замовлення")


@pytest.mark.parametrize("text", [
    "Trzeba zasłaniać czujnik przed słońcem, inaczej nie mierzy. Tętno pokazuje 80 przy maksymalnym wysiłku, potem 110 w spoczynku.",
    "I set it up exactly as the manual says and the heart-rate readings are still nonsense: 80 while sprinting.",
    "Налаштував усе за інструкцією, а пульс показує 80 під час бігу і 110 у спокої.",
])
def test_no_customer_is_told_it_could_happen_to_anyone(text):
    _never_says(text, 3, "product", r"happen to anyone|These things happen|przydarzyć każdemu|Takie rzeczy się zdarzają|"
                                    r"статися з кожним|Таке буває")
