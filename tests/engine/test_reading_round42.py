"""Issue 9, forty-second round (stop 27): reviews of a business itself, graded in stop 26's
sets AO–AQ and the tuning file tune26. A customer often tells a shop's failure as a story
with no evaluative word ("nobody called back", "it had been used", "never again"); a seller
names the marketplace's commissions without saying "I sell"; a locked account is no
purchase; a discount on "your next order" answers neither a seller, nor an account, nor a
review that names no order; a customer who bought from us is not sent to "the service
centre" when it is our own step; an insurer has no order number. Every review here is made
up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_SHOP, drafts_for_authors, settings

ALLEGRO = GENERAL_SHOP | {"business_name": "Allegro", "compensations": ["rabat 10% na kolejne zakupy"]}
STORE = GENERAL_SHOP | {"business_name": "Domotek", "compensations": ["знижка 10% на наступне замовлення"]}
INSURER = settings("other", "PawCover", "general")

_VOUCHER = re.compile(r"rabat|знижк|discount", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Замовив чайник, приїхав з подряпинами. Оформив заявку на повернення, але ніхто зі мною так і не зв'язався."),
    ("uk", "НЕ КУПЛЮ ТУТ БІЛЬШЕ НІКОЛИ. І друзям пораджу цей магазин обходити."),
    ("uk", "Після оплати виявилося, що праскою вже користувалися: на підошві сліди використання."),
    ("uk", "Продавець запевнив, що ціна не зміниться, але це виявилося неправдою: наступного дня прийшов рахунок на 600 грн більший."),
    ("uk", "Телефон здав на гарантію місяць тому. Досі нічого не знаю, на листи ніхто не відповідає."),
    ("pl", "Od dwóch tygodni nikt się do mnie nie odezwał w sprawie zwrotu. Omijajcie szerokim łukiem."),
    ("pl", "Kupiony jako nowy, a w pudełku ślady użytkowania i zardzewiała śrubka."),
    ("en", "Nobody ever called me back about the replacement. Stay away from this place."),
])
def test_a_failure_told_as_a_story_without_stars_is_a_complaint(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert reading.sentiment == "negative", (reading.sentiment, reading.positive, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Взяв цей чайник і не пошкодував: працює чудово."),
    ("uk", "Так і не знайшов жодних недоліків за пів року. Рекомендую."),
])
def test_no_regret_and_no_fault_found_stay_praise(lang, text):
    assert analyse(text, None, lang, domain="product").sentiment == "positive"


@pytest.mark.parametrize("text", [
    "Złodziejskie prowizje, z każdym miesiącem coraz wyższe. Tak się nie traktuje partnerów.",
    "Pożeracze prowizji. Z mojej marży prawie nic nie zostaje.",
    "Prowizje są podnoszone co kwartał, a obsługa odpowiada z automatu.",
])
def test_commissions_called_too_high_are_a_sellers_grievance(text):
    reading = analyse(text, 1, "pl", domain="product")
    assert reading.kind.merchant
    for draft in drafts_for_authors(text, 1, ALLEGRO):
        assert re.search(r"sprzedaż w naszym serwisie|prowizj|opłat", draft), draft
        assert not _VOUCHER.search(draft), draft


def test_a_buyers_shrug_at_commissions_is_no_seller():
    text = "Sprzedawca nie odpowiada od tygodnia, a serwis go chroni, wiadomo, prowizja."
    assert not analyse(text, 1, "pl", domain="product").kind.merchant


@pytest.mark.parametrize("lang,text,word", [
    ("pl", "Nie mogę się zalogować od tygodnia, a przypomnienie hasła za każdym razem pokazuje błąd.", "kont"),
    ("pl", "Zablokowali mi konto bez słowa wyjaśnienia, nic nie kupiłem od miesiąca.", "kont"),
    ("uk", "Не можу увійти вже третій день, відновити пароль не виходить.", "акаунт"),
    ("en", "I can't log in since the update and the reset password link never arrives.", "account"),
])
def test_a_locked_account_gets_help_with_the_account_not_a_purchase_regret(lang, text, word):
    for draft in drafts_for_authors(text, 1, ALLEGRO):
        assert word in draft.lower(), draft
        assert not re.search(r"zakup|produkt|покупк|товар|purchase|order", draft, re.IGNORECASE), draft
        assert not _VOUCHER.search(draft), draft


def test_other_peoples_accounts_are_not_the_reviewers():
    text = "Dwa razy kupiłem telefon i dwa razy oszukany. Konta sprzedających zawieszone po fakcie, a pieniądze zamrożone."
    assert not analyse(text, 1, "pl", domain="product").kind.account


@pytest.mark.parametrize("lang,text", [
    ("pl", "Jedno wielkie oszustwo, zero kontaktu, na maile odpisują bzdury. Skandal."),
    ("uk", "Дозвонитися неможливо, на листи ніхто не відповідає вже місяць. Жах."),
])
def test_no_voucher_when_the_review_names_no_order(lang, text):
    for draft in drafts_for_authors(text, 1, ALLEGRO if lang == "pl" else STORE):
        assert not _VOUCHER.search(draft), draft


def test_a_broken_order_still_gets_the_voucher():
    text = "Zamówiony czajnik przyszedł pęknięty, woda cieknie spod spodu."
    assert any(_VOUCHER.search(d) for d in drafts_for_authors(text, 1, ALLEGRO))


def test_bought_here_the_service_centre_is_our_step_not_a_party_to_send_them_to():
    text = ("Купила тут мікроволновку, авторизований сервісний центр підтвердив брак виробника. Документи здала "
            "тиждень тому. Скільки чекати на повернення коштів?")
    reading = analyse(text, None, "uk", domain="product")
    assert reading.kind.elsewhere != "service"
    assert reading.kind.refund_pending
    found = drafts_for_authors(text, None, STORE)
    for draft in found:
        assert "звертатися до сервісного центру" not in draft, draft
    assert any("кошт" in draft for draft in found), found


def test_nobody_will_replace_it_is_a_refusal():
    text = "Подзвонив у сервісний центр, а там кажуть, що міняти ніхто не буде, бо я сам винен."
    reading = analyse(text, None, "uk", domain="product")
    assert reading.kind.elsewhere == "service" and reading.kind.refused


@pytest.mark.parametrize("text", [
    "They denied my claim as pre-existing after two months of waiting. I cancelled the policy and I want my money back.",
    "Charged my card twice this month and nobody answers the phone. Refund still pending.",
])
def test_a_business_that_sells_no_goods_asks_for_no_order(text):
    for draft in drafts_for_authors(text, 1, INSURER):
        assert not re.search(r"\border\b|return(?:ing)? it|parcel", draft, re.IGNORECASE), draft
        assert re.search(r"privat", draft), draft
