"""Issue 9, twentieth round: the classes held-out set L was graded down for, fixed as classes (set L
was drawn after round 19 and graded blind before any of this was written). The next step offered
for a fault promises no remedy the shop has not set up; one or two stars over a matter of taste
keep the door open; "kupiłabym" tells a woman as "kupiłam" does; a device that acts by itself is
faulty. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine import phrases_en, phrases_pl, phrases_uk
from hugdesk.engine.analysis import analyse
from tests.support.reading import (
    MANY_AUTHORS, GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, body_sentences, drafts_for_authors,
)

# A remedy promised before anyone has looked: "ustalić, jak ją usunąć", "znaleźć rozwiązanie",
# "put it right". "Podpowiemy, co dalej" and "see what can be done" promise nothing.
REMEDY = re.compile(r"jak ją usunąć|znaleźć rozwiązanie|знайти рішення|put it right", re.IGNORECASE)


@pytest.mark.parametrize("module", [phrases_en, phrases_pl, phrases_uk])
@pytest.mark.parametrize("key", ["product_defect", "not_as_described"])
def test_the_step_offered_for_a_fault_promises_no_remedy(module, key):
    for line in module.COUNTERACT[key]:
        assert not REMEDY.search(line), line


INVITE = re.compile(r"private message|wiadomoś\w* prywatn|особист\w* повідомлен", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating", [
    ("en", "This tea is far too bitter for my taste.", 2),
    ("pl", "Ten sos jest dla mnie zdecydowanie za ostry, nie da się go jeść.", 1),
    ("uk", "Пюре зовсім не смачне, дитина відмовилась їсти.", 1),
])
def test_one_or_two_stars_over_a_matter_of_taste_keep_the_door_open(lang, text, rating):
    for draft in drafts_for_authors(text, rating, SHOP):
        assert INVITE.search(draft), draft


@pytest.mark.parametrize("text,gender", [
    ("Panele ładne w sklepie, ale po ułożeniu widać smugi. Nie kupiłabym drugi raz.", "f"),
    ("Gdybym wiedział, nie kupiłbym tego telefonu. Bateria słaba.", "m"),
])
def test_a_conditional_first_person_tells_the_gender(text, gender):
    assert analyse(text, 1, "pl", domain="product").gender_hint == gender


@pytest.mark.parametrize("lang,text", [
    ("pl", "Słuchawki bardzo dobre, ale kabel ciągle sam się odłącza, a mikrofon sam z siebie zaczyna szumieć."),
    ("en", "Great sound, but the headset keeps disconnecting on its own."),
    ("en", "Nice speaker, but it turns itself off randomly."),
    ("uk", "Звук гарний, але навушники самі вимикаються."),
])
def test_a_device_that_acts_by_itself_is_faulty(lang, text):
    reading = analyse(text, 3, lang, domain="product")
    assert reading.is_complaint and reading.kind.fault == "defect", (reading.sentiment, reading.kind)
    for draft in drafts_for_authors(text, 3, SHOP):
        assert re.search(r"order|zamówieni|замовлення", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Дитині не сподобалось, на смак як гнилий гарбуз."),
    ("pl", "Smakuje jak zgniła dynia, wyrzuciłam cały słoik."),
    ("en", "It tastes like rotten fruit, my son spat it out."),
])
def test_a_taste_compared_to_rot_is_no_rot_found(lang, text):
    kind = analyse(text, 1, lang, domain="product").kind
    assert not kind.spoiled, kind
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"seriously|poważnie|серйозно|безпечн|safety|bezpiecz", draft), draft


def test_rot_found_is_still_rot():
    assert analyse("Під кришкою гнилі шматочки, викинули.", 1, "uk", domain="product").kind.spoiled


@pytest.mark.parametrize("lang,text", [
    ("uk", "Взяла на пробу 1 баночку пюре «манго» в іншому інтернет магазині, бо там продавали поштучно."),
    ("pl", "Wzięłam na próbę jeden słoiczek musu w innym sklepie internetowym i jest niesmaczny."),
])
def test_bought_in_another_online_shop_with_words_between(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.elsewhere == "seller"


@pytest.mark.parametrize("text", [
    "Потужний ноутбук для ігор, все літає.Достоинства: ПотужнийНедостатки: Невеликий засвіт у кутку екрана",
    "Dobry laptop do pracy.Zalety: szybkiWady: głośny wentylator",
])
def test_a_field_label_glued_to_the_word_before_it_still_opens_the_field(text):
    # Scrapers print "ПотужнийНедостатки:" with no space: the cons are still the cons.
    reading = analyse(text, 3, domain="product")
    assert reading.sentiment == "mixed" and reading.is_complaint, reading
    for draft in drafts_for_authors(text, 3, SHOP):
        assert not re.search(r"добрі слова|добре слово|miłe słowa|ciepłe słowa", draft), draft


def test_a_regret_after_thanks_given_carries_no_second_thanks():
    text = "Потужний ноутбук для ігор, все літає.Достоинства: ПотужнийНедостатки: Невеликий засвіт у кутку екрана"
    for draft in drafts_for_authors(text, 3, SHOP):
        first = draft.split("\n\n")[1]
        assert len(re.findall(r"[Дд]якуємо|[Дд]якую", first)) <= 1, first


@pytest.mark.parametrize("lang,text", [
    ("uk", "Звичайний монітор за свою ціну. Зібрали нормально, кольори нормальні. Для фільмів і ігор - норм."),
    ("pl", "Zwyczajny czajnik, gotuje wodę, cena w porządku."),
])
def test_an_ordinary_thing_plainly_said_gets_measured_thanks(lang, text):
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"найкраща нагорода|так тепл|ogromnie|najlepsza nagroda|ciepłe słowa|miłe słowa|"
                             r"добрі слова|добре слово|приємн\w* враження", draft, re.IGNORECASE), draft


def test_a_minus_named_as_the_downer_is_the_one_remark():
    text = ("We came for lunch after reading about the best burgers in town. The poutine fries were really good, "
            "the grilled cheese was a hit with my kid and the burgers were well seasoned. Downer was the bacon on our "
            "burgers was cold and the egg on mine was overcooked. Overall we will be back!")
    assert analyse(text, 3, "en", domain="hospitality").remark
    for draft in drafts_for_authors(text, 3, CAFE):
        assert not re.search(r"date and time|dates? of your (?:visit|stay)|none of that should have happened", draft), draft


@pytest.mark.parametrize("settings,text", [
    (CAFE, "I was so excited to try this place, but the vegan sandwich was a soggy, oily disaster with no toppings. "
           "I ended up eating chips for lunch."),
    (SHOP, "This tea is far too bitter for my taste."),
    (SHOP, "Ten sos jest dla mnie zdecydowanie za ostry, nie da się go jeść."),
])
def test_no_two_thanks_in_a_row(settings, text):
    # "I'm sorry … – thank you for telling us honestly. Thank you for letting us know – …"
    for draft in drafts_for_authors(text, 1, settings, MANY_AUTHORS):
        sentences = body_sentences(draft)
        for a, b in zip(sentences, sentences[1:]):
            assert not (re.search(r"thank|dziękuj|дякуєм", a, re.IGNORECASE)
                        and re.match(r"(?:Thank|Dziękuj|Дякуєм)", b)), draft


@pytest.mark.parametrize("settings,text", [
    (HOTEL, "Our room was right above the pool, so it was constantly loud and impossible to sleep."),
    (HOTEL, "Pokój czysty, ale bardzo głośno, nie dało się spać przez imprezę obok."),
    (HOTEL, "Номер чистий, але тонкі стіни, чути все, неможливо виспатися."),
    (CAFE, "The music was so loud we couldn't hear each other, and we left early."),
])
def test_noise_that_spoiled_a_stay_or_a_meal_is_named(settings, text):
    for draft in drafts_for_authors(text, 2, settings):
        assert re.search(r"the noise|hałasu|шум", draft), draft


@pytest.mark.parametrize("settings,text,rating", [
    (HOTEL, "Great location, friendly staff, and the room was quiet, not noisy at all.", 5),
    (SHOP, "The blender is loud and the lid leaks.", 2),
])
def test_noise_is_not_named_where_nobody_complained_of_it_at_a_venue(settings, text, rating):
    for draft in drafts_for_authors(text, rating, settings):
        assert not re.search(r"the noise|hałasu|шум", draft), draft


@pytest.mark.parametrize("module", [phrases_en, phrases_pl, phrases_uk])
def test_the_step_offered_for_a_missing_part_does_not_promise_to_supply_it(module):
    # "з'ясувати, як доукомплектувати товар", "how to get the missing part to you": read by
    # three native graders as a promise to send the part, which the shop has not set up.
    for line in module.COUNTERACT["missing_part"]:
        assert not re.search(r"доукомплект|відсутню деталь|get the missing part|make it complete|uzupełni", line), line


def test_a_question_answered_gets_no_second_invitation():
    text = "Як мені повернути монітор, бо не підійшов до комп'ютера: немає виходу HDMI. Недоліки: Немає виходу HDMI"
    for draft in drafts_for_authors(text, 1, SHOP):
        assert len(re.findall(r"особист\w* повідомлен", draft)) == 1, draft


@pytest.mark.parametrize("settings,text", [
    (HOTEL, "They lost my reservation and the clerk had to search his emails for it. There was no ramp at the door for my "
            "wheelchair. The TV was ancient. The old AC was noisy, so I kept it on fan."),
    (CAFE, "The food was fine but the cashier was rude to us. The music was too loud. They also charged us twice."),
])
def test_noise_late_in_a_list_of_troubles_is_not_named_as_the_complaint(settings, text):
    for draft in drafts_for_authors(text, 1, settings):
        assert not re.search(r"the noise", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Maseczka z kilkakrotnie zawyżoną ceną. Chwilkę poczekam i kupię, jak będą w normalnych cenach."),
    ("en", "Way overpriced. I'll wait until the price drops and buy it then."),
    ("uk", "Ціна завищена в рази. Почекаю і куплю, коли буде нормальна ціна."),
])
def test_a_shopper_waiting_for_a_better_price_has_bought_nothing(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.non_owner
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"rozczarował|zakup nie|purchase|let you down|покупка не|розчарува|order number|numer zamówienia|"
                             r"номер замовлення", draft, re.IGNORECASE), draft
        assert re.search(r"cena|price|ціна", draft, re.IGNORECASE), draft  # the price is heard


def test_praise_of_a_trouble_put_right_is_thanked_as_such():
    text = "The first box arrived melted, but they were quick to remedy it by sending me another one, and it was great."
    assert analyse(text, 5, "en", domain="product").kind.resolved
    found = drafts_for_authors(text, 5, SHOP)
    for draft in found:
        assert not re.search(r"choose well|choice|lived up", draft), draft
    assert any(re.search(r"put right|sorted out", draft) for draft in found), found


@pytest.mark.parametrize("text", [
    "Переваги: якісний монітор, багато регулювань, ціна по акціїНедоліки: Немає в комплекті HDMI шнура, довга доставка",
    "Zalety: świetny obraz, dużo regulacji. Wady: brak kabla HDMI w zestawie, długa dostawa.",
])
def test_four_stars_with_a_missing_cable_in_the_cons_field_get_thanks_and_no_voucher(text):
    # What is said inside the "Cons:" field, however strongly, is the field's: four stars and
    # praise stay a mixed review, thanked first, with no voucher and no question about what
    # was missing (the customer said it).
    reading = analyse(text, 4, domain="product")
    assert reading.sentiment == "mixed", reading
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"10%", draft), draft
        assert not re.search(r"чого бракувало|czego zabrakło|what was missing", draft), draft


# From set M's grades (set M was drawn after round 20 and graded before these were written).

@pytest.mark.parametrize("text", [
    "Ці пустушки для нас найкращі. Дуже крутий дизайн, гарні кольори. Хоч з усіх пар найдорожчі, але вони цього варті. "
    "+ Якість. - Ціна.",
    "Świetny zegarek, bateria trzyma tydzień, polecam. Zalety: ekran, bateria. Wady: cena.",
])
def test_five_stars_with_a_minus_get_no_regret(text):
    # "Шкода, що не все було ідеально" under five stars: the minus cost nothing.
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"шкода|прикро|szkoda|przykro|sorry", draft, re.IGNORECASE), draft


def test_a_watch_owned_before_and_the_one_owned_now_is_no_decline():
    text = "Wcześniej miałem Fenixa 6 Pro, teraz Fenix 6 Pro Solar. Dla mnie zegarek rewelacyjny, polecam."
    assert analyse(text, 5, "pl", domain="product").sentiment == "positive"


@pytest.mark.parametrize("text", [
    "The food was good and the place was clean, but there were ants in my soda and the staff treated it as normal.",
    "Mrówki w napoju, a obsługa udawała, że to normalne.",
])
def test_insects_in_a_drink_at_a_cafe_are_no_pests_in_a_room(text):
    for draft in drafts_for_authors(text, 2, CAFE):
        assert not re.search(r"wonderful|kind words|in your room|w pokoju", draft, re.IGNORECASE), draft
        assert re.search(r"insects|owad", draft), draft


def test_a_cons_field_that_found_nothing_is_empty():
    text = "Відеокарта класна, тиха, тягне все на максимальних налаштуваннях.Достоинства: Крутий вигляд, тихаНедостатки: Не обнаружено"
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"зауваження|шкода|прикро", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Nagłośnienie słabe, muzyki prawie nie było słychać, a obsługa nieuprzejma."),
    ("uk", "Кондиціонер негучний, але в номері було брудно."),
])
def test_a_word_that_only_contains_a_noise_stem_names_no_noise(lang, text):
    # "nagłośnienie" (a sound system), "негучний" (quiet): no noise complained of.
    for draft in drafts_for_authors(text, 2, HOTEL if lang == "uk" else CAFE):
        assert not re.search(r"hałasu|шум", draft), draft
