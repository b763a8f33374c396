"""Issue 9, nineteenth round: the WRONG classes that held-out sets J and K left after round 18,
fixed as classes. Too much of a quality is criticism of it; praise of the first days only is a
complaint about what came after; who a product is for is not its fault; "no complaints" said a
few words after the noun is praise; a part missing from the box is no mix-up of orders; a
price that differs from the listing is no item to check against its description; the maker's
own silence is its case; a surname that is also a first name is not greeted; a rating explained
("2 stars instead of 1") is no shortfall; a seal that fails is a fault, not a taste; and two
sentences in a row never open with the same words. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from hugdesk.engine.names import parse_author
from tests.support.reading import (
    MANY_AUTHORS, GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, body_sentences, drafts_for_authors,
)

WARM_PRAISE = re.compile(r"kind words|lovely words|so glad you enjoyed|such positive|ciepłe słowa|miłe słowa|tak pozytywn|"
                         r"приємн\w* враження|добре слово|раді, що Ви задоволені|Дуже раді", re.IGNORECASE)
REGRET = re.compile(r"sorry|apolog|shame|przykro|szkoda|przepraszam|прикро|шкода|перепрошу", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating", [
    ("en", "Nice texture, but these biscuits are a little too sweet for us.", 4),
    ("en", "The jacket looks good, but the sleeves are too tight.", 4),
    ("pl", "Kawa aromatyczna, ale trochę za słodka.", 4),
    ("pl", "Ładny czajnik, tylko zbyt głośny.", 4),
    ("uk", "Гарний светр, але занадто колючий.", 4),
    ("uk", "Зручні кросівки, але завеликі на пів розміру.", 4),
])
def test_too_much_of_a_quality_is_criticism(lang, text, rating):
    reading = analyse(text, rating, lang, domain="product")
    assert reading.sentiment != "positive" and reading.negative >= 1, reading
    for draft in drafts_for_authors(text, rating, SHOP):
        assert not WARM_PRAISE.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Not too sweet, just right. We love it."),
    ("en", "Rich flavour without being too salty. Great snack."),
    ("pl", "Nie za słodkie, idealne. Polecam."),
    ("pl", "Telewizor 55 cali świetny. I wcale nie jest za duży."),
    ("pl", "Kupiłam za małe pieniądze, a działa świetnie."),
    ("pl", "Świetny odkurzacz, nie można zbyt wiele wymagać, a i tak zaskakuje."),
    ("uk", "Не надто солодкий, чудовий смак."),
])
def test_not_too_much_is_praise(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert reading.sentiment == "positive", reading
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not REGRET.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Worked great for the first two weeks, then the screen started flickering."),
    ("en", "At first it was perfect. After a month a crack appeared along the lid."),
    ("pl", "Na początku działał świetnie, po tygodniu pojawiły się paski na ekranie."),
    ("pl", "Przez pierwsze dni wszystko super, potem zaczął piszczeć."),
    ("uk", "Навушники в перші дні були дуже класні, через тиждень з'явився тріск."),
    ("uk", "Спочатку все було чудово, а потім з'явився засвіт у кутку."),
])
def test_praise_of_the_first_days_only_is_a_complaint(lang, text):
    reading = analyse(text, 3, lang, domain="product")
    assert reading.is_complaint and reading.sentiment == "negative", reading
    assert reading.kind.fault == "defect", reading.kind
    assert not reading.declined  # a thing that gave out, not "you knew us at our best"
    for draft in drafts_for_authors(text, 3, SHOP):
        assert not WARM_PRAISE.search(draft), draft
        assert REGRET.search(draft), draft
        assert not re.search(r"at our best|know us at|znali nas|знали нас", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "At first I was sceptical, but it is great."),
    ("en", "From the first day it has worked perfectly."),
    ("en", "At first sight it looks great, and it really is."),
    ("pl", "Na początku byłam sceptyczna, ale jest super."),
    ("pl", "Od pierwszego dnia działa bez zarzutu, polecam."),
    ("uk", "Спочатку сумнівалася, але товар чудовий."),
    ("uk", "З перших днів працює чудово."),
])
def test_doubt_at_first_or_praise_from_the_first_day_stays_praise(lang, text):
    assert analyse(text, 5, lang, domain="product").sentiment == "positive"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Суміш створена для діток з малою вагою. Нам підійшла ідеально."),
    ("pl", "Poduszka idealna dla osób z bólem karku. Śpię wreszcie dobrze."),
    ("en", "Perfect for people with weak wrists. Light and easy to hold."),
])
def test_who_a_product_is_for_is_not_its_fault(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert reading.sentiment == "positive" and not reading.problems, reading
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not REGRET.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Малюк їсть охоче, скарг з боку животика немає."),
    ("pl", "Telefon szybki, problemów z baterią jak dotąd brak, polecam."),
])
def test_no_complaints_a_few_words_on_is_praise(lang, text):
    assert analyse(text, 5, lang, domain="product").sentiment == "positive"


def test_a_lack_word_still_does_not_undo_a_criticism_further_back():
    # "Zły kolor i baterii brak": "brak" reports a second lack, it does not take "zły" back.
    assert analyse("Kolor zły i baterii brak.", 2, "pl", domain="product").sentiment == "negative"


MIX_UP = re.compile(r"mix-up|wrong \w+ we sent|pomyłk|помилк|плутанин", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("en", "Works fine, but the charging cable was missing from the box."),
    ("pl", "Zalety: cicha praca. Wady: brak w zestawie kabla zasilającego."),
    ("pl", "W zestawie nie było instrukcji ani śrubek."),
    ("uk", "Переваги: все як заявлено. Недоліки: в комплекті нема кріплення для диска."),
])
def test_a_part_missing_from_the_box_is_no_mix_up(lang, text):
    reading = analyse(text, 2, lang, domain="product")
    assert "missing_part" in reading.issues and "wrong_item" not in reading.issues, reading.issues
    for draft in drafts_for_authors(text, 2, SHOP):
        assert not MIX_UP.search(draft), draft
        assert re.search(r"order number|numer\w* zamówienia|номер замовлення", draft), draft
        assert re.search(r"missing|brak|zabrak|niekomplet|комплект|бракува", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Sent a red one instead of the blue one I ordered."),
    ("pl", "Przysłali inny kolor niż zamówiłem."),
    ("uk", "Прийшов не той колір, що я замовляв."),
    # A print, engraving or colour unlike the one ordered is a wrong item too.
    ("uk", "Замовляли прорізувачі з написом для тата, а прислали пару з іншим надписом."),
    ("pl", "Przysłali kubek z innym nadrukiem niż zamówiony."),
    ("en", "The mug came with a different print than the one I chose."),
])
def test_a_wrong_item_is_still_a_mix_up(lang, text):
    assert "wrong_item" in analyse(text, 1, lang, domain="product").issues


def test_a_price_that_differs_from_the_listing_is_no_item_to_check_against_its_description():
    text = "Ціна не відповідає заявленій на сайті: після замовлення менеджер сказав, що вона вища на 200 гривень."
    assert not analyse(text, 2, "uk", domain="product").kind.mismatch
    for draft in drafts_for_authors(text, 2, SHOP):
        assert not re.search(r"з описом|опису", draft), draft


MAKER_HOTLINE = re.compile(r"hotline|infolini|гаряч\w* лін|technical support|wsparcie techniczne|техпідтримк", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("en", "The hinge cracked and the manufacturer never replied to my emails. Two months without a laptop."),
    ("pl", "Telefon oddany na wymianę i ślad zaginął. Huawei nie poinformował o terminach, maile bez odpowiedzi."),
    ("uk", "Віддав телефон на заміну, а виробник не відповідає на листи вже місяць."),
])
def test_the_makers_own_silence_is_its_case(lang, text):
    kind = analyse(text, 1, lang, domain="product").kind
    assert kind.elsewhere == "maker" and kind.maker_silent, kind
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not MAKER_HOTLINE.search(draft), draft  # the hotline is what failed them
        assert not re.search(r"10%|unanswered|kontakt z nami|bez odpowiedzi na Pan|відсутність відповіді", draft), draft
        assert re.search(r"manufacturer|producent|виробник", draft), draft


@pytest.mark.parametrize("author,first", [
    ("liane douglas", None),
    ("Mira Thomas", None),
    ("Kowalski Jan", "Jan"),
    ("Шевченко Олена", "Олена"),
])
def test_a_surname_that_is_also_a_first_name_is_not_greeted(author, first):
    person = parse_author(author)
    assert (person.first_name if person else None) == first


@pytest.mark.parametrize("text", [
    "Our server said hello with samples of tea, which I thought was kind and the reason I gave 2 stars instead of 1. "
    "The chicken was tough, dry and tasted frozen.",
    "The waitress offered us free samples which was kind and the reason for 2 stars instead of 1. Chicken tough and dry.",
])
def test_a_rating_explained_is_no_shortfall(text):
    for draft in drafts_for_authors(text, 2, CAFE):
        assert not re.search(r"service|staff|team", draft), draft


def test_a_seal_that_fails_is_a_fault_not_a_taste():
    text = ("Some of the pods are not sealed properly, so the grounds spill out into the cup. "
            "They also don't really fit my machine.")
    reading = analyse(text, 3, "en", domain="product")
    assert reading.kind.fault == "defect", reading.kind
    for draft in drafts_for_authors(text, 3, SHOP):
        assert not re.search(r"to your taste|to your liking", draft), draft


def test_shops_at_large_are_no_salesperson():
    text = "Odradzam kupowanie tej konsoli u polskich sprzedawców, na amazon.de jest dużo taniej."
    assert "staff" not in analyse(text, 1, "pl", domain="product").problem_categories


@pytest.mark.parametrize("settings,text", [
    (SHOP, "This is the best hot cocoa I've had. Smooth and creamy, I would definitely recommend it."),
    (CAFE, "Great fried chicken, sweet yams and good cornbread. Quick service, good prices too."),
    (HOTEL, "The staff is wonderful and the rooms were very clean. Everyone was very friendly! I will stay here again."),
    (SHOP, "Świetny blender, mocny i cichy. Polecam każdemu."),
    (SHOP, "Чудовий чайник, швидко закипає і гарно виглядає."),
])
def test_no_two_sentences_in_a_row_open_with_the_same_words(settings, text):
    # "We're so glad you took the time to write – thank you! We're so glad you enjoyed it.":
    # which phrasings meet depends on the author's seed, so a dozen authors are tried.
    for draft in drafts_for_authors(text, 5, settings, MANY_AUTHORS):
        sentences = body_sentences(draft)
        openings = [tuple(s.lower().split()[:2]) for s in sentences]
        assert all(a != b for a, b in zip(openings, openings[1:])), draft


@pytest.mark.parametrize("text", [
    "Замовляли прорізувачі з написом для тата, а прийшли з іншим написом, тож сюрпризу не вийшло. Самі прорізувачі гарні, "
    "фірма хороша. Але коли дитина їх гризе, напис стирається зубами, і прикро не через красу, а через те, що дитина їсть "
    "фарбу. + Гарні - Напис стирається",
    "Ноутбук для роботи майже ідеальний, але для ігор не підходить зовсім. Кулер шумить під навантаженням, батарея слабка, "
    "порти USB дуже тугі, а кришка відкривається лише трохи більше ніж на дев'яносто градусів. Переваги: процесор, "
    "клавіатура. Недоліки: батарея, порти.",
])
def test_thanks_cut_from_an_apology_takes_its_comma_along(text):
    # "Прикро, що не все вийшло так, як хотілося, – дякуємо, що написали" after thanks already
    # given ends at the apology: "…як хотілося.", never "…як хотілося,.".
    for draft in drafts_for_authors(text, 3, SHOP, MANY_AUTHORS):
        assert not re.search(r"[,–]\s*\.", draft), draft
