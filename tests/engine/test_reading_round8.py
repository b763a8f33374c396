"""Issue 9, eighth round: classes of error the round-A graders marked WRONG or EDIT on the
dev and held-out sets, and the native readers' phrasebook corrections. Every review here
is written for these tests, not taken from either set."""

import re

import pytest

from hugdesk.engine import phrases_en, phrases_pl, phrases_uk
from hugdesk.engine.analysis import analyse
from hugdesk.engine.names import greeting
from hugdesk.engine.phrases_uk import accusative
from hugdesk.engine.reply_writer import _unstack
from hugdesk.engine.suggestions import suggest

SHOP = {"business_name": "TechDom", "agent_name": "Anna", "signature": "Anna", "business_kind": "online_shop", "draft_detail": "specific"}
CAFE = {"business_name": "Café Lumen", "agent_name": "Anna", "signature": "Anna", "business_kind": "restaurant_cafe", "draft_detail": "specific"}
SORRY = re.compile(r"przykro|przeprasz|прикро|шкода|перепрош|sorry|apolog", re.IGNORECASE)


def review(text, rating, author=None, platform="facebook"):
    return {"platform": platform, "author_name": author, "rating": rating, "text": text}


def drafts(text, rating, settings=SHOP, author=None):
    return [d.text for d in suggest(review(text, rating, author), settings).drafts]


def all_lines(module):
    for table in (module.SLOTS, module.COUNTERACT, module.GUIDANCE, module.STEPS):
        for variants in table.values():
            yield from variants


# A product fault or a return question is no parcel problem.

def test_a_return_question_without_a_question_mark_is_answered_not_treated_as_a_parcel():
    text = ("Купила у вас чайник, кришка погано закривається і хитається. Чи можна його повернути або "
            "обміняти, він ще в коробці")
    for draft in drafts(text, 2):
        assert "посилк" not in draft and "доставк" not in draft, draft
        assert "терпіння" not in draft, draft  # nobody waited for anything
        assert re.search(r"поверненн|обмін", draft), draft


def test_an_exchange_request_in_polish_is_no_delivery_to_check():
    text = "Uchwyt garnka się chwieje, czy mogę go wymienić na nowy, jest nieużywany"
    for draft in drafts(text, 2):
        assert "przesyłk" not in draft and "dzieje się z zamówieniem" not in draft, draft
        assert re.search(r"wymian|zwrot", draft), draft


def test_a_part_that_came_off_is_a_fault_to_look_into_not_a_design_remark():
    text = "Через два тижні відпала кнопка на корпусі, а запчастин немає."
    kind = analyse(text, 2).kind
    assert kind.fault == "defect"
    for draft in drafts(text, 2):
        assert "очікуванням" not in draft, draft
        assert "посилк" not in draft, draft


def test_russian_rozetka_section_labels_mark_criticism():
    text = "Достоинства: легкий\nНедостатки: ручка іржавіє, фарба облазить"
    assert analyse(text, 3, language="uk").is_complaint


# Thanks only for what was praised; no apology for pure praise.

def test_a_steep_price_in_a_happy_review_is_never_thanked_for():
    text = ("Słuchawki mam od miesiąca i są świetne do biegania, polecam. Cena sroga, ale jestem "
            "zadowolony.")
    for draft in drafts(text, 5):
        assert not re.search(r"(?:miłe słowa|dobre słowo|cieszy nas|miło czytać|dobrej opinii)[^.!]* o cenie", draft), draft
    assert "cena" not in [t.nom for t in analyse(text, 5).praised]


def test_worth_the_wait_does_not_praise_the_wait():
    text = ("Best tacos in town, the salsa is amazing. The queue can get really long on Fridays but "
            "it's worth the wait.")
    for draft in drafts(text, 5, CAFE):
        assert "wait" not in draft.lower(), draft


def test_a_missing_stiffness_is_criticism_not_praise():
    text = "Легкий, компактний. Не вистачає жорсткості кришки, борт прогинається."
    analysis = analyse(text, 4, language="uk")
    assert analysis.sentiment != "positive"
    for draft in drafts(text, 4):
        assert "задоволені" not in draft, draft


def test_top_marks_about_the_reviewers_own_health_get_no_apology():
    text = ("Świetnie leży w dłoni. Jako osoba z problemami z nadgarstkiem doceniam, że ręka nie boli "
            "nawet po kilku godzinach grania. Dla mnie bomba.")
    assert not analyse(text, 5).is_complaint
    for draft in drafts(text, 5):
        assert not SORRY.search(draft), draft


def test_a_quick_parcel_is_praise_not_a_delivery_to_follow_up():
    text = ("I was amazed at how quickly it arrived! A cute little gift, but only OK as far as quality goes. "
            "You get what you pay for.")
    for draft in drafts(text, 3):
        assert not re.search(r"deliver|parcel|shipment|patience", draft, re.IGNORECASE), draft


def test_a_container_is_where_the_broken_thing_was_not_what_was_broken():
    text = "The crackers in the tin were all crushed to crumbs. Not buying again."
    for draft in drafts(text, 1):
        assert not re.search(r"\btin\b|held up|patience", draft), draft  # crushed is no delay


# The shop's own failure gets an apology; a refused claim is not "being handled".

def test_paid_then_out_of_stock_is_the_shops_failure_with_an_apology():
    text = ("Zapłaciłem od razu, a po dwóch dniach sklep napisał, że brak towaru w magazynie. "
            "Zamówienie nie zostało wysłane. Żenada.")
    analysis = analyse(text, 1)
    assert "cancelled_order" in analysis.issues
    for draft in drafts(text, 1):
        assert SORRY.search(draft), draft
        assert "w wyborze" not in draft and "innym" not in draft, draft


def test_a_service_that_refused_the_claim_is_not_already_handling_it():
    text = ("Po roku zaczęła schodzić farba z obudowy. Zadzwoniłem do serwisu Samsunga, ale odrzucili "
            "reklamację, twierdząc że to moja wina.")
    for draft in drafts(text, 1):
        assert "już się nią zajmuje" not in draft and "zajmuje się już serwis" not in draft, draft
        assert "Jeśli" in draft, draft  # help offered on the condition it was bought here, never assumed


def test_no_waiting_promise_and_no_bought_here_claim_in_the_phrasebooks():
    uk = "\n".join(all_lines(phrases_uk))
    pl = "\n".join(all_lines(phrases_pl))
    assert "чекати не доведеться" not in uk
    assert "купівля була в нас" not in uk and "zakup był u nas" not in pl


# A safety line that fits the product.

def test_a_mains_blender_that_smoked_is_not_told_to_stop_charging():
    text = "Блендер після хвилини роботи задимів і запахло горілим. Жах."
    for draft in drafts(text, 1):
        assert "безпеки" in draft and "заряджа" not in draft, draft


def test_a_phone_that_smoked_while_charging_is_told_to_stop_charging():
    text = "Телефон під час заряджання задимів і дуже нагрівся. Жах."
    assert any("заряджа" in draft for draft in drafts(text, 1))


def test_a_device_that_smoked_is_never_answered_as_a_matter_of_design():
    text = "Телефон під час заряджання задимів і дуже нагрівся. Жах."
    assert analyse(text, 1).kind.fault == "defect"
    for draft in drafts(text, 1):
        assert "безпеки" in draft and "іншим" not in draft, draft


# Wording: no repeated thanks or gladness.

def test_an_apology_after_opening_thanks_carries_no_second_thanks():
    text = ("I really wanted to like this place after all the reviews, but a few things keep me from rating it "
            "higher. It was packed in the middle of a weekday, so there was hardly any room to spread out and "
            "work. The tables are tiny and wobbly. The music was loud enough that I could not take a call. The "
            "tea selection is lovely and the staff were friendly, but I doubt I will come back to study here.")
    for draft in drafts(text, 2, CAFE):
        assert len(re.findall(r"thank", draft, re.IGNORECASE)) <= 1, draft


def test_glad_is_not_said_three_times():
    first, second = _unstack(["We're so glad you took the time to write – thank you!"],
                             ["We're glad the purchase turned out to be the right choice.",
                              "We're always glad to help whenever you need anything."])
    assert len(re.findall(r"\bglad\b", " ".join(first + second))) == 2
    first, second = _unstack(["Bardzo się cieszymy, że słuchawki spełniają Pana oczekiwania!"],
                             ["Cieszymy się, że zakup okazał się trafiony.", "Miło nam, że wybór okazał się trafny."])
    assert len(first + second) == 2


# Phrasebook corrections by native readers.

def test_polish_lists_of_three_read_a_b_and_c():
    assert phrases_pl.join_issues(["a", "b", "c"]) == "a, b i c"
    assert phrases_pl.join_issues(["a", "b"]) == "a i b"
    assert phrases_pl.join_issues(["a"]) == "a"


def test_no_gendered_agreement_with_a_topic_of_unknown_gender_in_polish():
    assert not any("[przypadł|" in line for line in all_lines(phrases_pl))


def test_ukrainian_government_and_conditional():
    uk = "\n".join(all_lines(phrases_uk))
    assert "якої ми не маємо права нехтувати" not in uk
    assert "не мало статися" not in uk
    assert "pod tym względem tak bardzo" not in "\n".join(all_lines(phrases_pl))


def test_a_preposition_ends_the_ukrainian_accusative():
    assert accusative("безкоштовна кава для двох") == "безкоштовну каву для двох"
    assert accusative("знижка 10 % на наступне замовлення") == "знижку 10 % на наступне замовлення"


# Names.

def test_ukrainian_names_spelt_the_russian_way_or_in_latin_letters_get_the_ukrainian_vocative():
    assert "пані Ірино" in greeting("Ирина", "uk", seed=0).text
    assert "пане Андрію" in greeting("Andrii Kovalenko", "uk", seed=1).text
    assert "пане Олександре" in greeting("Oleksandr", "uk", seed=2).text
    assert "пане Роберте" in greeting("Коваль Роберт", "uk", seed=0).text


def test_ukrainian_greeting_by_name_always_says_pane_or_pani():
    for seed in range(6):
        text = greeting("Олег", "uk", seed=seed).text
        assert "пане Олегу" in text, text


def test_a_verdict_at_the_end_of_a_clause_is_criticism():
    text = "Заряд тримає слабо. Звук не дуже. Загалом за свої гроші нормально."
    analysis = analyse(text, 3, language="uk")
    assert analysis.is_complaint
    for draft in drafts(text, 3):
        assert SORRY.search(draft), draft


def test_something_that_broke_within_a_month_is_a_fault_with_help_offered():
    text = "Поламався кронштейн через місяць користування."
    assert analyse(text, 2).kind.fault == "defect"
    for draft in drafts(text, 2):
        assert "особисті повідомлення" in draft, draft
        assert "іншим покупцям" not in draft, draft


def test_bought_at_another_chain_is_sent_to_that_seller():
    text = "Kupiłem ten telefon w Saturnie miesiąc temu i rozmowy strasznie trzeszczą, nie da się rozmawiać."
    assert analyse(text, 2).kind.elsewhere == "seller"


def test_a_shop_praised_as_the_seller_never_speaks_of_itself_in_the_third_person():
    for text in ("Чудовий продавець, все швидко і якісно, дякую!", "Świetny sprzedawca, wszystko szybko i sprawnie!"):
        for draft in drafts(text, 5):
            assert not re.search(r"про продавця|o sprzedawcy", draft), draft


def test_a_boring_game_is_not_thanked_for_with_kind_words():
    text = ("Nie przepadam za tą grą, jest nudnawa i wszystko zależy od szczęścia. W wariancie dla "
            "zaawansowanych robi się ciekawiej, ale wolę inne tytuły.")
    assert analyse(text, 3).is_complaint
    for draft in drafts(text, 3):
        assert not re.search(r"miłe słowa|trafion|trafny", draft), draft



def test_a_remark_the_reviewer_accepted_gets_no_apology():
    pl = ("Naprawdę podobają mi się te głośniki, basu jest mało, ale w małym pokoju to nie przeszkadza. "
          "Dźwięk czysty, wykonanie solidne. Jestem bardzo zadowolony.")
    en = "Lovely little speaker, the bass is a bit thin, but that doesn't bother me. Clear sound and solid build."
    for text in (pl, en):
        for draft in drafts(text, 4.5):
            assert not SORRY.search(draft), draft


def test_liking_the_product_is_praise_that_outweighs_a_small_remark():
    text = ("Bardzo lubię ten czajnik, szybko gotuje wodę i ładnie wygląda. Pokrywka trochę skrzypi przy "
            "otwieraniu. Poza tym jestem bardzo zadowolona.")
    assert not analyse(text, 4.5).is_complaint
    for draft in drafts(text, 4.5):
        assert "nie wszystko" not in draft, draft


def test_an_order_never_sent_or_not_as_described_thanks_nobody_for_patience():
    for text in ("Zapłaciłem, a potem sklep napisał, że brak towaru w magazynie. Zamówienie nie zostało wysłane!",
                 "Pad był opisany jako nowy, a w paczce przyszedł używany, bez pudełka. Nie da się go dać na prezent."):
        for draft in drafts(text, 1):
            assert "cierpliwość" not in draft, draft


# A reply offers to look at what the customer named: a return is no exchange (which the business
# may not offer for this product), and an exchange is no return.
@pytest.mark.parametrize("text, lang, named", [
    ("Lampka miga od pierwszego dnia. Oddaję do zwrotu.", "pl", "return"),
    ("Lampka miga od pierwszego dnia, proszę o wymianę.", "pl", "exchange"),
    ("Лампа блимає з першого дня, хочу повернути.", "uk", "return"),
    ("Лампа блимає з першого дня, хочу обміняти.", "uk", "exchange"),
    ("The lamp flickers from day one. Can I return or exchange it?", "en", "both"),
])
def test_the_return_or_exchange_the_customer_named_is_read(text, lang, named):
    assert analyse(text, 1, language=lang).kind.after_sales == named


@pytest.mark.parametrize("module", [phrases_en, phrases_pl, phrases_uk])
def test_a_return_offer_names_no_exchange_and_an_exchange_offer_no_return(module):
    words = {"en": ("return", "exchange"), "pl": ("zwrot", "wymian"), "uk": ("поверн", "обмін")}[module.__name__[-2:]]
    for line in module.COUNTERACT["after_sales_return"]:
        assert words[0] in line.lower() and words[1] not in line.lower(), line
    for line in module.COUNTERACT["after_sales_exchange"]:
        assert words[1] in line.lower() and words[0] not in line.lower(), line


def test_promptness_is_no_memory():
    # "Оперативність" is how fast the shop acted; only "оперативна пам'ять" is a phone's RAM.
    praised = [t.nom for t in analyse("Дякую за оперативність, телефон прийшов наступного дня.", 5, language="uk").praised]
    assert not any("пам'ять" in p for p in praised), praised
    topics = analyse("Оперативної пам'яті замало, телефон постійно гальмує.", 2, language="uk").topics
    assert any("пам'ять" in t.nom for t in topics), [t.nom for t in topics]
