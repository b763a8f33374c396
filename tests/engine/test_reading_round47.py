"""Issue 9, forty-seventh round (stop 28): what set AW (graded in this stop) showed, and what a
business that sells a service (a carrier, a bank, an app) hears. A customer who gave up on our
order and bought elsewhere is still ours to answer, with no "thank you for your patience". A
service centre that refused, or sent the customer back to the shop, is no place to send them
again. A wish ("it would be good if…") and advice to guard against us ("I recommend calling
them yourself") are no praise. Money taken for what was never ordered, a price raised, a line
or an app that does not work, a customer switching away: complaints, told plainly.
Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_SHOP, drafts_for_authors, settings

STORE = GENERAL_SHOP | {"business_name": "Domotek", "compensations": ["знижка 10% на наступне замовлення"]}
SKLEP = GENERAL_SHOP | {"business_name": "Domotek", "compensations": ["rabat 10% na kolejne zakupy"]}
SHOP = GENERAL_SHOP | {"business_name": "Domotek", "compensations": ["10% off your next order"]}
CARRIER = settings("other", "Telenet", "general")


@pytest.mark.parametrize("lang,text,settings_", [
    ("uk", "Оформив замовлення на холодильник у Domotek, два тижні чекав доставку, щодня обіцяли завтра. Відмовився і "
           "замовив в іншому магазині. Нікому не раджу.", STORE),
    ("pl", "Zamówiłem lodówkę w Domotek, dwa tygodnie czekałem na dostawę, codziennie obiecywali jutro. Anulowałem i "
           "zamówiłem w innym sklepie. Nie polecam.", SKLEP),
    ("en", "Ordered a fridge from Domotek, waited two weeks for delivery, every day they promised tomorrow. Cancelled and "
           "ordered from another store. Would not recommend.", SHOP),
])
def test_a_customer_who_gave_up_on_our_order_and_bought_elsewhere_is_ours(lang, text, settings_):
    for draft in drafts_for_authors(text, None, settings_):
        assert not re.search(r"в іншому магазині|w innym sklepie|another (?:store|shop)|там мають|tam mają|"
                             r"цінуємо Ваше терпіння|терпіння|cierpliwość|patience", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Через місяць праска почала протікати. У магазині мене направили до сервісного центру їхнього магазину, а там "
           "сказали: ми не обслуговуємо цей товар, нічим не можемо допомогти. Безвідповідальний магазин."),
    ("uk", "Обігрівач перестав працювати. У сервісному центрі сказали, що він підлягає поверненню на новий у магазині, де "
           "купували. До магазину не додзвонитися, на сайті ніхто не відповідає."),
    ("pl", "Żelazko zaczęło cieknąć po miesiącu. Serwis stwierdził, że nie serwisuje tego modelu, i odesłał mnie z powrotem "
           "do sklepu, a tam nikt nie odbiera."),
])
def test_a_service_centre_that_refused_or_sent_them_back_is_no_place_to_send_them_again(lang, text):
    for draft in drafts_for_authors(text, None, STORE if lang == "uk" else SKLEP):
        assert not re.search(r"далі (?:звертатися|спілкуватися)|сервісн\w* центр\w*, (?:який|що) (?:уже )?займа|"
                             r"nadal kontaktować się z serwisem|serwis\w*, który (?:już )?zajmuje", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Додаток підставляє ім'я іншого отримувача, посилку забрати не зміг. Оператори результатів не дають, у "
           "відділенні вдіяти нічого не можуть. Рекомендую при оплаті самому телефонувати й уточнювати ім'я."),
    ("pl", "Aplikacja podmienia nazwisko odbiorcy, paczki nie mogłem odebrać. Konsultanci nic nie mogą zrobić. Polecam "
           "przy płatności samemu zadzwonić i sprawdzić dane."),
    ("en", "The app swaps in someone else's name, so I couldn't collect my parcel. The agents can't do anything. I "
           "recommend calling them yourself to check the name before you pay."),
])
def test_advice_to_guard_against_us_is_no_recommendation(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert reading.sentiment == "negative", (reading.sentiment, reading.positive, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Списали 150 грн за послугу, яку я не підключав. Верніть кошти!"),
    ("uk", "Підняли тариф без попередження, вже вдруге за рік. Переходжу до іншого оператора."),
    ("uk", "Додаток постійно вилітає, не можу поповнити рахунок."),
    ("uk", "Вдома немає покриття вже тиждень, інтернет постійно зникає."),
    ("pl", "Pobrali mi 30 zł za usługę, której nie zamawiałem. Oddajcie pieniądze!"),
    ("pl", "Podnieśli abonament, drugi raz w tym roku. Zmieniam operatora."),
    ("pl", "Aplikacja ciągle się wysypuje, nie da się doładować konta."),
    ("en", "They charged me $30 for a service I never signed up for. Give me my money back!"),
    ("en", "They raised my plan price again, second time this year. Switching carriers."),
    ("en", "No signal at home for a week and the app keeps crashing."),
])
def test_a_service_business_hears_its_complaints_as_complaints(lang, text):
    reading = analyse(text, None, lang, domain="general")
    assert reading.sentiment == "negative", (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, CARRIER):
        assert not re.search(r"^(?:Dziękujemy za opinię|Дякуємо, що поділилися думкою|Thanks for your feedback)!?$", draft,
                             re.MULTILINE), draft


INSURER = settings("other", "PawCover", "general")


@pytest.mark.parametrize("lang,text,rating,matter", [
    ("en", "Painfully slow to process claims. Six weeks and my claim still has not been processed.", 2, "claim_slow"),
    ("en", "Over 40 days to get the reimbursement for a simple vet visit.", 1, "claim_slow"),
    ("en", "When will you approve my invoices? Three weeks now.", 2, "claim_slow"),
    ("en", "The blood test we paid for was not reimbursed because of a missing form.", 3, "claim_denied"),
    ("en", "The exclusions for coverage are written so they can deny almost anything.", 1, "coverage"),
    ("en", "I never signed up for this plan, I'm trying to cancel and nobody answers.", 1, "cancel_blocked"),
    ("pl", "Nigdy nie podpisywałam tej umowy, a teraz nie mogę jej wypowiedzieć.", 1, "cancel_blocked"),
    ("uk", "Намагаюся скасувати поліс уже місяць, ніхто не відповідає.", 1, "cancel_blocked"),
])
def test_an_insurers_customer_is_heard_on_the_claim_the_cover_or_a_cancellation(lang, text, rating, matter):
    reading = analyse(text, rating, lang, domain="general")
    assert reading.kind.policy == matter, (reading.kind.policy, reading.sentiment)
    for draft in drafts_for_authors(text, rating, INSURER):
        assert re.search(r"claim|cover|cancel|rezygnac|скасув", draft, re.IGNORECASE), draft


def test_praise_beside_an_illness_is_never_glad_it_all_went_as_hoped():
    text = "Best insurance for my dog, who was just diagnosed with a tumour. They paid within a day, thank you!"
    assert analyse(text, 5, "en", domain="general").kind.illness
    for draft in drafts_for_authors(text, 5, INSURER):
        assert not re.search(r"the way you hoped|as you hoped", draft), draft


def test_praised_customer_service_is_no_complaint_about_it():
    text = "Their customer service is always stellar. But the policies for puppies are lacking."
    reading = analyse(text, 3, "en", domain="general")
    assert "support_unreachable" not in reading.problem_categories, reading.problem_categories


@pytest.mark.parametrize("lang,text", [
    ("uk", "Підняли тариф без попередження, вже вдруге за рік. Переходжу до іншого оператора."),
    ("pl", "Podnieśli abonament bez uprzedzenia, drugi raz w tym roku. Zmieniam operatora."),
    ("en", "They raised my plan price without any notice, second time this year. Switching carriers."),
])
def test_a_carrier_hears_about_the_price_rise_and_asks_for_no_policy_number(lang, text):
    reading = analyse(text, None, lang, domain="general")
    assert reading.kind.policy == "price_rise" and "support_unreachable" not in reading.problem_categories, \
        (reading.kind.policy, reading.problem_categories)
    for draft in drafts_for_authors(text, None, CARRIER):
        assert re.search(r"price|podwyżk|ціни", draft, re.IGNORECASE), draft
        assert not re.search(r"policy|polis|поліс|claim|szkod|виплат", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Під час відключень світла зв'язку немає взагалі."),
    ("uk", "Після оновлення додаток не відкривається. Виправте, будь ласка."),
    ("pl", "Brak zasięgu w domu od tygodnia."),
    ("en", "Calls keep dropping and the app won't open since the update."),
])
def test_a_line_or_an_app_that_does_not_work_is_the_service_failing_not_a_matter_of_taste(lang, text):
    reading = analyse(text, None, lang, domain="general")
    assert reading.kind.fault == "service", (reading.kind.fault, reading.problem_categories)
    for draft in drafts_for_authors(text, None, CARRIER):
        assert not re.search(r"не все повністю|nie wszystko|not everything|didn't fully live up", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зручний додаток, але іноді довго вантажиться."),
    ("pl", "Wygodna aplikacja, choć czasem długo się ładuje."),
    ("en", "Handy app, though it sometimes takes a while to load."),
])
def test_a_service_business_never_speaks_of_a_purchase_or_an_order(lang, text):
    for draft in drafts_for_authors(text, None, CARRIER):
        assert not re.search(r"покупк|замовленн|zakup|zamówieni|purchase|\border\b", draft, re.IGNORECASE), draft


def test_an_account_banned_is_the_account_not_an_order_to_compensate():
    text = "Sprzedaję od 10 lat bez problemu, a teraz banują konto za kilka negatywnych komentarzy. Żenada."
    reading = analyse(text, 1, "pl", domain="product")
    assert reading.kind.account, reading.kind
    for draft in drafts_for_authors(text, 1, SKLEP):
        assert not re.search(r"rabat|numer zamówienia", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Pokój przez pięć dni nie był sprzątany."),
    ("uk", "Номер жодного разу не прибирали. Довіра до готелю в мене підірвана."),
    ("en", "The room was never cleaned and there was no hot water for two days."),
])
def test_what_a_stay_lacked_told_flatly_is_a_complaint(lang, text):
    reading = analyse(text, None, lang, domain="hospitality")
    assert reading.sentiment == "negative", (reading.sentiment, reading.positive, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Зв'язок жахливий, постійно пропадає, а гроші знімають щомісяця."),
    ("uk", "Де мої бонуси? Обманщики."),
    ("pl", "Zasięg fatalny, ciągle zanika, a pieniądze pobierają co miesiąc."),
    ("en", "Signal is terrible, keeps dropping, and they still take my money every month."),
])
def test_a_short_starless_complaint_to_a_service_is_not_played_down(lang, text):
    reading = analyse(text, None, lang, domain="general")
    assert reading.sentiment == "negative", (reading.sentiment, reading.negative)
    for draft in drafts_for_authors(text, None, CARRIER):
        assert not re.search(r"не все Вам сподобалося|не все повністю|nie wszystko|not everything|wasn't quite|"
                             r"товар|покупк|produkt|zakup|product|purchase", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Не можу зайти в додаток, пише помилка. Виправте!"),
    ("pl", "Nie mogę się zalogować do aplikacji, wyskakuje błąd. Naprawcie to!"),
    ("en", "Can't log in to the app, it keeps showing an error. Fix it!"),
])
def test_an_app_that_will_not_let_them_in_is_a_complaint_about_access(lang, text):
    reading = analyse(text, None, lang, domain="general")
    assert reading.sentiment == "negative" and reading.kind.account, (reading.sentiment, reading.kind.account)
