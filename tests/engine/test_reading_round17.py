"""Issue 9, seventeenth round: classes that recurred across held-out sets G, H and I, fixed as
classes rather than as reviews. An order that never came is not "a disappointing product"; a
pre-order is not yet anything; "these are fakes" and "poisoning" are accusations to take
seriously; a three-star text that plays its one criticism down, or a four-star one whose only
criticism is a "Cons:" field, is thanked first, never "we let you down". Drafts are checked as
they ship (draft_detail "general"). Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine import phrases_pl
from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts, drafts_for_authors


# What a reply to an unopened parcel or a pre-order must not say: it is about a thing in use.
IN_USE = re.compile(r"disappoint|expectations|first impressions|lived up|rozczarow|oczekiwa|wrażeniami|trafion|"
                    r"розчарув|засмут|очікуван|служитиме|вибір виявився", re.IGNORECASE)
VOUCHER = re.compile(r"10%|discount|rabat|знижк", re.IGNORECASE)

NOT_RECEIVED = [
    ("pl", "Zamówiłam słuchawki dwa tygodnie temu i nadal nie otrzymałam paczki. Kontakt żaden.", 1),
    ("pl", "Płyta zamówiona w przedsprzedaży, do dziś nie dotarła.", 2),
    ("uk", "Замовила пилосос ще 10 днів тому, досі не отримала.", 1),
    ("uk", "Посилка так і не прийшла, хоча минуло три тижні.", 2),
    ("en", "Ordered a kettle a month ago and I still haven't received it.", 1),
    ("en", "My parcel has never arrived and nobody answers the phone.", 1),
]


@pytest.mark.parametrize("lang,text,rating", NOT_RECEIVED)
def test_an_order_that_never_came_is_apologised_for_as_such(lang, text, rating):
    assert "not_received" in analyse(text, rating, lang).issues
    for draft in drafts(text, rating, SHOP):
        assert re.search(r"reached you|nie dotarło|не дійшло|order number|numer zamówienia|номер замовлення", draft), draft
        assert not IN_USE.search(draft), draft
        assert not VOUCHER.search(draft), draft  # the carrier may have it: no voucher before anyone has looked


@pytest.mark.parametrize("lang,text", [
    ("en", "The parcel did not arrive on time, it came two days late, but the blender is great."),
    ("en", "I have not received a reply to my email about the warranty."),
    ("pl", "Nadal nie otrzymałem odpowiedzi w sprawie reklamacji."),
    ("pl", "Przesyłka nie dotarła na czas, przyszła dzień później."),
    ("uk", "Досі не отримав відповіді від підтримки."),
])
def test_a_late_parcel_or_an_unanswered_message_is_no_missing_order(lang, text):
    assert "not_received" not in analyse(text, 2, lang).issues


@pytest.mark.parametrize("text", [
    "Czekam na premierę, zamówienie złożone z wyprzedzeniem. Opinię uzupełnię po otrzymaniu towaru.",
    "Pre-ordered it and can't wait for it to arrive! Will update my review once I get it.",
    "Оформив передзамовлення, чекаю на реліз. Відгук доповню, коли отримаю.",
])
def test_a_pre_order_is_thanked_for_without_judging_the_product(text):
    for draft in drafts(text, 5, SHOP):
        assert re.search(r"trust|order|zamówieni|przesyłk|замовлення|посилк|обрали|wybral", draft, re.IGNORECASE), draft
        assert not IN_USE.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "These are fakes. The serial number is not in the maker's database, a counterfeit."),
    ("en", "Not genuine at all, the logo is crooked and the box is a cheap copy."),
    ("pl", "Przyszła podróbka, a nie oryginał. Numer seryjny się nie zgadza."),
    ("pl", "Perfumy nie są oryginalne, zapach znika po godzinie."),
    ("uk", "Годинник не оригінал, а підробка. Серійного номера немає на сайті виробника."),
])
def test_a_counterfeit_claim_is_taken_seriously_and_bought_off_with_nothing(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.counterfeit
    for draft in drafts(text, 1, SHOP):
        assert re.search(r"genuine|oryginaln|оригінальн|pochodz|походжен|came from|origin", draft, re.IGNORECASE), draft
        assert not re.search(r"disappoint|rozczarow|розчарув|засмут|to your liking|do gustu", draft, re.IGNORECASE), draft
        assert not VOUCHER.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "The fake leather started peeling after a month."),
    ("pl", "Oryginalny design, ale szybko się rysuje."),
])
def test_fake_leather_or_an_original_design_is_no_counterfeit_claim(lang, text):
    assert not analyse(text, 2, lang, domain="product").kind.counterfeit


@pytest.mark.parametrize("text", [
    "Avoid! My dog was poisoned by these chews, the vet confirmed it.",
    "Beware: several reports of poisoning from these treats online. Do not buy.",
])
def test_poisoning_in_any_words_is_a_health_worry(text):
    for draft in drafts(text, 1, SHOP):
        assert re.search(r"health", draft), draft
        assert not re.search(r"other shoppers|other customers|disappoint", draft), draft


PLAYED_DOWN = [
    ("en", "Quiet street, spotless room and lovely staff. My only complaint is the shower was a little weak.", HOTEL),
    ("en", "Comfortable beds and a great location. No big complaints, the breakfast was a bit limited.", HOTEL),
    ("pl", "Odkurzacz wygodny, mocny i cichy. Jedynie pojemnik mógłby być większy.", SHOP),
    ("pl", "Czajnik ładny i szybko gotuje wodę. Trochę głośny.", SHOP),
    ("uk", "Зручна праска, гарно прасує. Трохи важка.", SHOP),
]


@pytest.mark.parametrize("lang,text,settings_", PLAYED_DOWN)
def test_a_three_star_text_that_plays_its_criticism_down_is_thanked_first(lang, text, settings_):
    assert analyse(text, 3, lang).remark
    for draft in drafts(text, 3, settings_):
        opening = draft.split("\n\n")[1]
        assert re.match(r"(?:Thank|We appreciate|Dziękujemy|Дякуємо)", opening), draft
        # Thanks for both sides: "thank you for sharing your impressions" leaves the praise unsaid.
        assert re.search(r"good and the bad|balanced|plusy|rzeteln|плюси|виважений", opening), draft
        assert len(re.findall(r"thank|dziękuj|дякуєм", opening, re.IGNORECASE)) <= 1, draft  # thanked once
        assert not re.search(r"let you down|dates of your stay|what happened|co się stało|що сталося|номер замовлення|"
                             r"numer zamówienia|order number|rozczarow|розчарув", draft), draft
        # Measured thanks under three stars: never "lovely words" or "this means a great deal".
        assert not re.search(r"lovely words|kind words|means a great deal|miłe słowa|ciepłe słowa|приємні слова|добрі слова",
                             draft), draft


def test_a_played_down_worry_about_health_is_still_a_health_worry():
    text = ("The dogs love these chews, but both were off their food for days, nothing major. "
            "They are fine again since we stopped.")
    assert not analyse(text, 3, "en").remark
    for draft in drafts(text, 3, SHOP):
        assert re.search(r"health", draft), draft


@pytest.mark.parametrize("text", [
    "Гарний чайник, швидко закипає, дякую за швидку доставку. + Дизайн, швидкість - Ціна",
    "Дитині смакує, добре розчиняється. Достоинства: Склад Недостатки: Ціна",
])
def test_four_stars_whose_only_criticism_is_a_cons_field_get_thanks_and_a_note(text):
    for draft in drafts(text, 4, SHOP):
        assert re.search(r"дякуємо", draft, re.IGNORECASE), draft
        assert not re.search(r"номер замовлення|що сталося|перепрошуємо", draft), draft


def test_a_cons_field_that_found_nothing_yet_is_no_criticism():
    text = "Чудовий ноутбук, швидкий і тихий.Достоинства: Екран, батарея.Недостатки: Поки не знайшов"
    for draft in drafts(text, 5, SHOP):
        assert not re.search(r"прикро|шкода|перепрош", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text,topic", [
    ("pl", "Telefon działa dobrze, ale cena za wysoka.", "cena"),
    ("en", "Great blender, but the price is too high.", "prices"),
    ("uk", "Гарний блендер, але ціна трохи висока.", "ціна"),
])
def test_a_price_that_is_too_high_is_criticised_not_praised(lang, text, topic):
    aspects = [a for a in analyse(text, 3, lang).aspects if a["topic"] == topic]
    assert aspects and all(a["polarity"] == "criticised" for a in aspects), aspects


@pytest.mark.parametrize("lang,text", [
    ("pl", "Telefon działa dobrze, ale cena za wysoka."),
    ("uk", "Гарний блендер, але ціна трохи висока."),
])
def test_low_stars_over_a_short_text_that_also_praises_are_no_great_disappointment(lang, text):
    for draft in drafts(text, 1, SHOP):
        assert not re.search(r"tak dużym rozczarowaniem|tak (?:Pana|Panią|Państwa) rozczarował|так засмутила|так розчарував",
                             draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Słuchawki przyszły porysowane, a kosztów przesyłek, które nie były z mojej winy, nikt nie zwrócił."),
    ("en", "The box came crushed, and it was not my fault that the courier left it in the rain."),
    ("uk", "Це не моя вина, що посилка прийшла розбита, а гроші досі не повернули."),
])
def test_a_fault_the_customer_denies_is_not_theirs(lang, text):
    assert analyse(text, 1, lang).side != "customer"
    for draft in drafts(text, 1, SHOP):
        assert not re.search(r"These things happen|could happen to anyone|Takie rzeczy się zdarzają|przydarzyć każdemu|"
                             r"Таке буває|може статися з кожним", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Каша прийшла з терміном придатності, що спливає за тиждень. Про це ніде не попереджали."),
    ("pl", "Herbatka przyszła z datą ważności kończącą się za tydzień, nikt o tym nie uprzedził."),
    ("en", "The crackers arrived stale and a week from their best-before date."),
    ("pl", "Kaszka dla dziecka przyszła przeterminowana."),
])
def test_food_has_no_fault_to_look_into_and_no_service_centre(lang, text):
    found = drafts_for_authors(text, 2, SHOP)
    for draft in found:
        assert not re.search(r"fault|repair|service cent|usterk|napraw|serwis|несправн|ремонт|сервісн", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("text", [
    "Friendly staff and a good breakfast, but the pool area felt neglected and the lobby was crowded.",
    "Lovely terrace and tasty coffee. The service was slow and the music was far too loud for a chat.",
])
def test_a_mixed_three_star_visit_gets_no_heavy_apology(text):
    settings_ = CAFE if "coffee" in text else HOTEL
    found = drafts_for_authors(text, 3, settings_)
    for draft in found:
        assert not re.search(r"let you down|frustration|not the standard|did not go the way it should", draft), draft


def test_a_shop_does_not_promise_to_improve_what_the_maker_made():
    # A native reader struck it: a shop that only sold the phone cannot make its apps open faster.
    assert not any("możemy poprawić" in line for line in phrases_pl.SLOTS["praise_note_generic"])
