"""Issue 9, eighteenth round: the classes held-out set J was graded WRONG for, fixed as classes.
A question the reviewer does not expect us to answer (a tag, a set-up answered at once, a line
quoted from someone else) is not answered; an order never fulfilled never came; a hotel's
breakfast short of items is no "part of your order"; mould, rot or bugs in what was sold is a
safety matter, not a taste; a return the customer rules out, or an exchange only wished for, is
not offered. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine import phrases_en, phrases_pl, phrases_uk
from hugdesk.engine.analysis import analyse
from hugdesk.engine.complaint_kind import real_question
from tests.support.reading import GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts, drafts_for_authors

# The lines that answer a question (phrases_*.SLOTS "question", "question_also"), not "if you have questions".
YOUR_QUESTION = re.compile(r"your question|co do pytania|za pytanie|na pytanie|Вашого запитання|за запитання|Ваше запитання",
                           re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Arrived with postage due, in a used box. Unfriendly, don't you think? Worst service ever!",
    "You want honesty? Here goes: the soup was cold and the bread was stale.",
    'My daughter took one bite and asked, "Why is it so salty, dad?" She was right, it is far too salty.',
    "Słaba obsługa, długo czekaliśmy na zamówienie, prawda? Nikt nie przeprosił.",
    'Син спитав: "Чому воно таке гірке?" І справді, гірке.',
])
def test_a_question_nobody_expects_us_to_answer_is_not_answered(text):
    assert not real_question(text)
    settings_ = CAFE if re.search(r"soup|bread|obsługa|salty", text) else SHOP
    for draft in drafts_for_authors(text, 1, settings_):
        assert not YOUR_QUESTION.search(draft), draft


@pytest.mark.parametrize("text", [
    "Can I return it if the box is already opened?",
    "Czy można to wymienić na większy rozmiar?",
    "Чи можна повернути товар без чека?",
])
def test_a_real_question_still_counts(text):
    assert real_question(text)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Pewnie dobry, ale nie wiem, bo moje zamówienie nie zostało zrealizowane."),
    ("en", "Probably great, but my order was never fulfilled."),
    ("uk", "Мабуть, гарна річ, але замовлення так і не виконали."),
])
def test_an_order_never_fulfilled_never_came(lang, text):
    assert "not_received" in analyse(text, 3, lang).issues
    for draft in drafts(text, 3, SHOP):
        assert not re.search(r"trafn|trafion|enjoy|przyjemnego|lived up|вдал|служить", draft, re.IGNORECASE), draft


def test_a_hotel_breakfast_short_of_items_is_no_part_of_an_order():
    text = ("Wifi was barely usable and the room by the road was noisy. "
            "The free breakfast was missing items every day.")
    for draft in drafts_for_authors(text, 2, HOTEL):
        assert "part of your order" not in draft, draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Смак хороший, але в другій баночці під кришкою пліснява."),
    ("pl", "Kaszka smaczna, ale w drugim opakowaniu była pleśń."),
    ("en", "Tasty, but the second jar had mould under the lid."),
    ("en", "The rice was full of weevils in every bag."),
])
def test_mould_or_bugs_in_what_was_sold_is_a_safety_matter(lang, text):
    assert analyse(text, 3, lang, domain="product").kind.spoiled
    for draft in drafts_for_authors(text, 3, SHOP):
        assert re.search(r"seriously|poważnie|серйозно", draft), draft
        assert not re.search(r"taste|gust|сподобал|other shoppers|innych kupujących|іншим покупцям|10%", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Aplikacja nie działa. Wyrzuciłem folię z zestawu, więc nie zwrócę produktu."),
    ("pl", "Telefon ciągle zrywa połączenia, najchętniej wymieniłbym go na inny."),
    ("en", "The app keeps crashing. I can't return it because I threw the box away."),
    ("uk", "Застосунок не працює. Не можу повернути товар, бо викинув коробку."),
])
def test_a_return_ruled_out_or_an_exchange_only_wished_for_is_not_offered(lang, text):
    kind = analyse(text, 1, lang, domain="product").kind
    assert not kind.after_sales and kind.question not in ("return", "exchange")
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"zwrot|wymian|return|exchange|повернен|обмін", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Nie zwrócono mi pieniędzy za towar, który nie działał."),
    ("pl", "Słuchawki nie działają, chcę je zwrócić."),
])
def test_a_refund_not_given_or_a_return_asked_for_is_still_a_return(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.after_sales


def test_a_mould_to_pour_sweets_into_is_no_mould_in_food():
    assert not analyse("I loved this mold! Made 30 lollipops with it for the party.", 4, "en", domain="product").kind.spoiled


@pytest.mark.parametrize("lang,text", [
    ("pl", "Trzy egzemplarze i każdy padł po roku. Rozumiem, że awaria jednego to przypadek, ale trzech? Nie kupię kolejnego."),
    ("pl", "Ekran ma wadę, a producent milczy. Jaki jest sens oceniać aparat, skoro nikt nie chce naprawić błędu?"),
    ("en", "A very bitter coffee, even with cream. Definitely not my cup. Oh, did I say it was bitter?"),
])
def test_a_question_put_to_nobody_gets_no_answer(lang, text):
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not YOUR_QUESTION.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "The charger stopped working after a week. Can I return it if the box is opened?"),
    ("pl", "Ładowarka przestała działać po tygodniu. Czy mogę ją zwrócić bez pudełka?"),
    ("uk", "Зарядка перестала працювати за тиждень. Чи можна повернути її без коробки?"),
])
def test_a_question_put_to_us_is_still_heard(lang, text):
    assert analyse(text, 1, lang, domain="product").asks_question


@pytest.mark.parametrize("lang,text", [
    ("pl", "Dysk padł po roku, karty gwarancyjnej nie dołączono, więc kupiłem nowy w innym sklepie."),
    ("uk", "SSD помер через рік, гарантійного талона не поклали. Тому замовив новий на іншому сайті."),
    ("en", "The drive died after a year and there was no warranty card, so I bought a new one from another store."),
])
def test_a_replacement_bought_elsewhere_does_not_make_this_purchase_someone_elses(lang, text):
    assert analyse(text, 2, lang, domain="product").kind.elsewhere != "seller"
    for draft in drafts(text, 2, SHOP):
        assert not re.search(r"another shop|other shop|innym sklepie|іншому магазині|bought it elsewhere", draft), draft


def test_a_new_phone_bought_at_another_shop_is_still_bought_there():
    assert analyse("Kupiłem nowy telefon w sklepie Neonet i po tygodniu przestał działać.", 1, "pl",
                   domain="product").kind.elsewhere == "seller"


@pytest.mark.parametrize("module", ["en", "pl", "uk"])
def test_the_phrasings_of_a_slot_differ_by_more_than_punctuation(module):
    # "Dziękujemy za komentarz!" and "Dziękujemy za komentarz." were two phrasings of one slot:
    # two short replies on one page could then read word for word the same.
    slots = {"en": phrases_en, "pl": phrases_pl, "uk": phrases_uk}[module].SLOTS
    for name, variants in slots.items():
        words = [re.sub(r"\W+", " ", v.lower()).strip() for v in variants]
        assert len(set(words)) == len(words), name
