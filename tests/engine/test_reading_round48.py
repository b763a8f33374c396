"""Issue 9, forty-eighth round (stop 28): what set AX (Google Play reviews of Ukrainian mobile
operators, graded in this stop) and the tuning half of its source showed. A carrier's customer
writes in a few rough words: the line "does not pull", the app "does not load", "what am I
paying for?", "1 out of 10". A plan that is not what it says is no fake goods. A problem fixed
since ("UPD. Пофіксили. Молодці.") is settled. A line that drops now and then, told calmly and
scored four stars, gets a measured apology. Another carrier's gap ("бере там, де Київстар не
ловить") is praise of us. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import drafts_for_authors, settings

CARRIER = settings("other", "Telenet", "general")


@pytest.mark.parametrize("text", [
    "Інтернет ніде не ловить, сайти не грузить.",
    "За що я плачу 300 грн, якщо інтернет не тягне?",
    "Зв'язок 2 із 10, постійно лагає.",
    "Якість послуг – тотальне дно, а ціни ростуть.",
    "Є проблеми зі зв'язком, щойно вимикають світло.",
    "Постійно зникає інтернет, додаток не може завантажитися.",
])
def test_a_carriers_customer_in_a_few_rough_words_is_complaining(text):
    reading = analyse(text, None, "uk", domain="general")
    assert reading.sentiment == "negative", (reading.sentiment, reading.positive, reading.negative)


@pytest.mark.parametrize("text", [
    "Зв'язок перевірений роками, стало набагато краще.",
    "Користуюся давно, скарг немає, не раз ставав у пригоді.",
    "Бере там, де інші не ловлять і де Київстар не ловить. Задоволена.",
])
def test_a_carrier_praised_in_its_customers_words_is_praise(text):
    reading = analyse(text, None, "uk", domain="general")
    assert reading.sentiment == "positive", (reading.sentiment, reading.positive, reading.negative)


def test_a_plan_that_is_not_what_it_says_is_no_fake_goods():
    text = "Безлімітний інтернет фейковий: після 30 ГБ швидкість падає до нуля."
    assert not analyse(text, None, "uk", domain="general").kind.counterfeit
    for draft in drafts_for_authors(text, None, CARRIER):
        assert not re.search(r"оригінальн|підробк", draft), draft


def test_a_problem_fixed_since_is_settled():
    text = "Неможливо додати другий номер у сімейну групу, пише помилку. UPD. Пофіксили. Молодці."
    assert analyse(text, None, "uk", domain="general").kind.resolved


def test_a_line_that_drops_now_and_then_told_calmly_gets_a_measured_apology():
    text = "Ставлю 4 зірочки, бо іноді пропадає зв'язок. Є над чим працювати."
    reading = analyse(text, None, "uk", domain="general")
    assert reading.stated_rating == 4
    for draft in drafts_for_authors(text, None, CARRIER):
        assert not re.search(r"все склалося не так|так не (?:мало|повинно) бути", draft), draft


def test_a_price_rise_beside_an_app_that_will_not_open_is_not_only_about_the_price():
    text = "Неможу зайти у застосунок, а ще й тариф підняли."
    reading = analyse(text, None, "uk", domain="general")
    assert reading.kind.policy != "price_rise", reading.kind.policy


CLINIC = settings("other", "Przychodnia Zdrowie", "general")


@pytest.mark.parametrize("lang,text", [
    ("pl", "Zapłaciłam 200 zł za wizytę, która nic nie wniosła. Diagnoza okazała się błędna."),
    ("pl", "Lekarz nie zbadał mnie nawet, wypisał receptę i tyle."),
    ("pl", "Dobry specjalista, ale długie terminy oczekiwania."),
    ("uk", "Лікар навіть не оглянув, поставив неправильний діагноз."),
    ("en", "The doctor didn't even examine me and it turned out to be a misdiagnosis."),
])
def test_a_clinics_patient_is_heard_on_the_visit(lang, text):
    reading = analyse(text, None, lang, domain="general")
    assert reading.sentiment in ("negative", "mixed"), (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, CLINIC):
        assert not re.search(r"^(?:Dziękujemy za opinię|Дякуємо за відгук|Thanks for your feedback)!?$|zakup|produkt|товар|purchase",
                             draft, re.MULTILINE), draft


def test_a_registration_desk_that_does_not_answer_is_unreachable_support():
    text = "Rejestracja nie odbiera telefonu, nie da się umówić wizyty."
    assert "support_unreachable" in analyse(text, None, "pl", domain="general").problem_categories


@pytest.mark.parametrize("text", [
    "Тариф просто супер. Однак якість покриття місцями бажає бути кращою.",
    "Додаток подобається, а покриття мережі ні.",
    "Майже все подобається. Але з таким зв'язком можна і подешевше!",
    "Дякую за допомогу, трішки б зв'язок був би сильніший.",
])
def test_the_criticism_after_praise_is_heard(text):
    reading = analyse(text, None, "uk", domain="general")
    assert reading.sentiment in ("mixed", "negative"), (reading.sentiment, reading.positive, reading.negative)


def test_another_carriers_failing_is_no_criticism_of_us():
    text = "Дуже хороший: коли нема світла, до мене можна додзвонитися, а до Київстару ні."
    assert analyse(text, None, "uk", domain="general").sentiment == "positive"


@pytest.mark.parametrize("lang,text", [
    ("pl", "Pani doktor od razu zrozumiała mój problem z kręgosłupem, wszystko cierpliwie wyjaśniła. Bardzo się stresowałam, "
           "a wyszłam spokojna. Polecam z całego serca."),
    ("uk", "Лікарка одразу зрозуміла мою проблему, все терпляче пояснила. Я дуже хвилювалася через стрес, а вийшла спокійна. Дякую!"),
    ("en", "The doctor understood my problem at once and explained everything patiently. I was scared and anxious, "
           "and left calm. Thank you!"),
])
def test_a_patients_trouble_and_fear_are_no_complaint_about_the_doctor(lang, text):
    reading = analyse(text, None, lang, domain="general")
    assert reading.sentiment == "positive", (reading.sentiment, reading.positive, reading.negative)
