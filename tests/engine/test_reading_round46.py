"""Issue 9, forty-sixth round (stop 28): reviews without stars (a Facebook recommendation, a
price-comparison site's shop review). With no stars, the text is all there is, and a story of an
order that then met the shop's couriers, support or staff is a service that failed, however
few words of blame the lists find in it: never "sorry not everything suited you", never "such
remarks help other buyers choose". A long story without one good word is read as a low rating.
And no "10% off your next order" to a customer still waiting for their money back.
Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_SHOP, drafts_for_authors

STORE = GENERAL_SHOP | {"business_name": "Domotek", "compensations": ["знижка 10% на наступне замовлення"]}
SKLEP = GENERAL_SHOP | {"business_name": "Domotek", "compensations": ["rabat 10% na kolejne zakupy"]}
SHOP = GENERAL_SHOP | {"business_name": "Domotek", "compensations": ["10% off your next order"]}
_MILD = re.compile(r"не все (?:Вам сподобалося|виявилося|повністю|вийшло|було)|nie wszystko|not everything|"
                   r"допомагають іншим покупцям|pomagają (?:innym|wybrać)|help other (?:shoppers|customers)", re.IGNORECASE)
_VOUCHER = re.compile(r"rabat|знижк|discount|% off", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,settings", [
    ("uk", "Замовив мікрохвильовку. Гарантійний талон у коробці не заповнений. Доставку обіцяли в суботу, привезли в "
           "понеділок, а оператор розмовляла так, ніби я їм винен.", STORE),
    ("pl", "Zamówiłem mikrofalówkę. Karta gwarancyjna w pudełku niewypełniona. Dostawę obiecali na sobotę, a przywieźli "
           "w poniedziałek, konsultantka zaś rozmawiała, jakbym był im coś winien.", SKLEP),
    ("en", "Ordered a microwave. The warranty card in the box was left blank. Delivery was promised for Saturday, but it "
           "came on Monday, and the agent talked to me as if I owed them something.", SHOP),
    ("uk", "Придбала пилосос, він не вмикався. Оператор сказав везти в сервіс самій, кур'єр на повернення не приїхав, "
           "на листи ніхто не відповідає вже тиждень.", STORE),
])
def test_a_starless_story_of_an_order_and_the_shops_people_is_a_service_that_failed(lang, text, settings):
    reading = analyse(text, None, lang, domain="product")
    assert reading.kind.fault == "service", (reading.kind.fault, reading.problem_categories)
    for draft in drafts_for_authors(text, None, settings):
        assert not _MILD.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Купила праску в цьому магазині. Через тиждень вона перестала гріти. Віднесла у сервісний центр, там її "
           "тримали місяць, потім віддали назад і сказали, що все в порядку, хоча вона так само не гріє. На дзвінки "
           "менеджери кажуть чекати. Мабуть, більше сюди не звернуся."),
    ("pl", "Kupiłam żelazko w tym sklepie. Po tygodniu przestało grzać. Oddałam je do serwisu, trzymali je miesiąc, "
           "potem oddali i powiedzieli, że wszystko w porządku, choć nadal nie grzeje. Przez telefon każą czekać. "
           "Chyba więcej tu nie przyjdę."),
])
def test_a_long_starless_story_without_one_good_word_is_answered_as_a_low_rating(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert reading.sentiment == "negative" and reading.positive < 1, (reading.sentiment, reading.positive)
    settings = STORE if lang == "uk" else SKLEP
    for draft in drafts_for_authors(text, None, settings):
        assert not _MILD.search(draft), draft


@pytest.mark.parametrize("lang,text,rating,settings", [
    ("uk", "Повернула бракований блендер три тижні тому, досі чекаю на повернення коштів. Кур'єр забрав, а гроші "
           "так і не прийшли.", 1, STORE),
    ("pl", "Odesłałem wadliwy blender trzy tygodnie temu i nadal czekam na zwrot pieniędzy. Kurier odebrał, przelewu brak.",
     1, SKLEP),
    ("en", "Returned a faulty blender three weeks ago and I'm still waiting for my refund. The courier picked it up, "
           "no money since.", 1, SHOP),
])
def test_no_voucher_while_the_customers_money_is_still_with_us(lang, text, rating, settings):
    assert analyse(text, rating, lang, domain="product").kind.refund_pending
    for draft in drafts_for_authors(text, rating, settings):
        assert not _VOUCHER.search(draft), draft
