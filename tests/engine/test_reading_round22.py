"""Issue 9, twenty-second round: the classes fresh set N was graded down for (set N was drawn
after round 21 and graded blind before any of this was written), fixed as classes. Emergency care
is harm, not a wait; a person burnt is harm, a burnt chicken is cooking; a drifting stick, a dead
pixel, a lost signal or a teat that cracks is a fault of the unit; "I was going to order it, but"
is no owner's complaint; the shop that saved the day after our failed order is no other seller;
a case open with the service centre gets sympathy and a hand, not a lesson in filing it; a happy
four-star text with one light criticism gets thanks first. Every review here is made up."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import (
    GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, MANY_AUTHORS, drafts, drafts_for_authors,
)

VOUCHER = re.compile(r"discount|rabat|знижк", re.IGNORECASE)
WAIT = re.compile(r"the wait|long wait|waiting|oczekiwani|czekać|очікуван|чекати", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("en", "I had to be taken to the ER in an ambulance after one of these energy shots. I took it 20 minutes before."),
    ("pl", "Po wypiciu tego napoju przyjechało pogotowie, miałam drgawki i nie mogłam oddychać."),
    ("uk", "Після цього напою довелося викликати швидку допомогу, у дитини були судоми."),
])
def test_emergency_care_is_harm_not_a_wait(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert reading.kind.harm, reading.kind
    assert "long_wait" not in reading.issues, reading.issues
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not VOUCHER.search(draft) and not WAIT.search(draft), draft


def test_a_time_something_was_taken_is_no_wait():
    reading = analyse("Felt dizzy after the supplement I took 20 minutes before dinner. Never again.", 1, "en", domain="product")
    assert "long_wait" not in reading.issues


@pytest.mark.parametrize("text,harm", [
    ("The shower went scalding hot and I was the one to get burnt; my kids could have been hurt.", True),
    ("The chicken was burnt and the fries were stone cold.", False),
])
def test_a_person_burnt_is_harm_and_burnt_food_is_cooking(text, harm):
    domain = "hospitality"
    assert analyse(text, 1, "en", domain=domain).kind.harm is harm


@pytest.mark.parametrize("lang,text", [
    ("pl", "Nowy pad i od razu dryf lewego drążka. Niestety."),
    ("en", "Brand new controller and the left stick drifts from day one."),
    ("uk", "На четвертий день зник сигнал від комп'ютера, з ноутбуком працює."),
    ("uk", "Соски зручні, але дуже швидко тріскають навпіл, буквально за тиждень."),
    ("uk", "Гарний монітор, але попався екземпляр з битим пікселем."),
    ("pl", "Monitor ładny, ale ma martwy piksel na środku ekranu."),
])
def test_a_fault_of_this_unit_is_a_defect(lang, text):
    reading = analyse(text, 2, lang, domain="product")
    assert reading.kind.fault == "defect", reading.kind.fault
    best = [drafts(text, 2, SHOP, author=a)[0] for a in MANY_AUTHORS]
    assert all(re.search(r"order|zamówieni|замовлення", d) for d in best), best


@pytest.mark.parametrize("lang,text", [
    ("en", "I have used this mix for years. I was going to order this one, but saw it is now 16.5 oz instead of 18. "
           "Companies should stop shrinking their products."),
    ("pl", "Miałam go zamówić, ale zobaczyłam, że opakowanie jest teraz mniejsze, a cena ta sama."),
    ("uk", "Збиралася замовити, але побачила, що упаковка тепер менша, а ціна та сама."),
])
def test_held_back_before_buying_is_no_owner_s_complaint(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.non_owner
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not VOUCHER.search(draft) and not re.search(r"order number|numer zamówienia|номер замовлення", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Zamówiona zabawka na święta, przez dwa tygodnie brak informacji o wysyłce. Całe szczęście klocki kupione w innym "
           "sklepie, więc dziecko dostało prezent."),
    ("en", "Ordered a toy for Christmas and for two weeks no word about shipping. Luckily I bought one at another store in time."),
    ("uk", "Замовила іграшку на свята, два тижні жодної інформації про відправку. На щастя, купила в іншому магазині."),
])
def test_the_shop_that_saved_the_day_is_no_other_seller(lang, text):
    kind = analyse(text, 1, lang, domain="product").kind
    assert kind.elsewhere != "seller", kind.elsewhere
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"where you bought|w którym dokonali|де Ви купували|sklep, w którym", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Відеокарта несправна, в біосі білі смуги. Зараз нею займається сервісний центр, сподіваюся на швидке вирішення."),
    ("pl", "Karta graficzna niesprawna od początku, teraz zajmuje się nią serwis. Liczę, że szybko to naprawią."),
])
def test_a_case_open_with_the_service_gets_sympathy_and_a_hand_not_a_lesson(lang, text):
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"як оформити|jak (?:złożyć|zgłosić)|how to file", draft), draft
        assert re.search(r"прикро|шкода|przykro|przeprasz", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text,rating", [
    ("en", "Right on the beach, the pool is wonderful and the kids loved the fish. The food is lacking, though.", 4),
    ("pl", "Świetna lokalizacja, przemiła obsługa i piękny basen. Jedzenie słabe.", 4),
])
def test_a_happy_four_star_text_with_one_light_criticism_gets_thanks_first(lang, text, rating):
    reading = analyse(text, rating, lang, domain="hospitality")
    # A remark to acknowledge, or praise read as outweighing it (round 29 knows "przemiła"): thanks first either way.
    assert reading.remark or reading.sentiment == "positive", (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, rating, HOTEL):
        body = draft.split("\n\n", 1)[1]
        assert re.match(r"(Thank|Dziękujemy|Bardzo dziękujemy|Serdecznie|Ogromnie|Bardzo nam miło|Miło nam)", body), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Lived here nine months before trying it and I hate that I waited so long. Wonderful food, top service."),
    ("pl", "Żałuję, że tak długo zwlekałam z wizytą. Pyszne jedzenie i świetna obsługa."),
    ("uk", "Шкода, що так довго відкладала візит. Смачна їжа і чудове обслуговування."),
])
def test_sorry_not_to_have_come_sooner_is_praise(lang, text):
    for draft in drafts_for_authors(text, 5, CAFE, authors=MANY_AUTHORS):
        assert not re.search(r"could be better|sorry|fell short|przeprasz|przykro|прикро|перепрош|очікуван|oczekiwani", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Great on anything from rice to burgers. I can't wait until the weekend for eggs with this mix."),
    ("pl", "Świetna przyprawa do wszystkiego, nie mogę się doczekać weekendu, żeby znów jej użyć."),
    ("uk", "Чудова приправа, не можу дочекатися вихідних, щоб знову її додати."),
])
def test_can_t_wait_is_eagerness_not_a_wait(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert "waiting" not in reading.categories and not any(t.nom in ("wait", "czekanie") for t in reading.topics), reading.categories
    assert reading.sentiment == "positive"


@pytest.mark.parametrize("lang,text", [
    ("pl", "Dobrze wykonany i dopracowany. Z minusów – bateria wytrzymuje max 2 dni. Stosunkowo wysoka cena."),
    ("uk", "Добре зроблений. З мінусів – батарея тримає два дні, відносно висока ціна."),
])
def test_the_minuses_named_in_a_good_review_are_criticism(lang, text):
    assert analyse(text, 3.5, lang, domain="product").sentiment in ("mixed", "negative")
    for draft in drafts_for_authors(text, 3.5, SHOP):
        assert not re.search(r"tak pozytywn|такими приємними|такі приємні", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Kolumny kupiłem wiele lat temu i długo sprawowały się dobrze na domowych imprezach. Z wiekiem zmieniają się jednak "
           "oczekiwania i dziś brakuje mi w nich głębi. Bas jest poprawny tylko przy dużej głośności, a górne pasmo praktycznie "
           "nie istnieje. Jedynym argumentem jest przystępna cena, ale za te pieniądze są dziś lepsze konstrukcje."),
])
def test_after_a_detailed_review_no_more_details_are_asked_for(lang, text):
    thanked = [d for d in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS) if re.search(r"dokładn|szczegółow", d)]
    assert thanked
    for draft in thanked:
        assert "szczegół" not in draft.split("\n\n")[2], draft


def test_four_stars_with_inline_pros_and_cons_thank_first():
    text = ("Смачненьке, дитина їсть із задоволенням, не дуже кришиться. Даємо по одній штучці, бо я занадто скептично "
            "ставлюся до таких продуктів. + Зручна форма, смачне, дитині подобається - Не зовсім дитячий склад")
    assert analyse(text, 4, "uk", domain="product").remark


@pytest.mark.parametrize("text,harm", [
    ("The chowder was watery and smelled funny. It about made me sick. The older cans were great.", False),
    ("The chowder smelled funny and it made me sick for two days.", True),
])
def test_almost_made_me_sick_is_how_nasty_it_was(text, harm):
    assert analyse(text, 1, "en", domain="product").kind.harm is harm


def test_a_seasoning_is_enjoyed_not_kept_for_years():
    text = "Great on anything from rice to pasta to burgers. I cant wait until the weekend for eggs with this mix."
    for draft in drafts_for_authors(text, 5, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"for a long time|for years|serves you well", draft), draft


def test_sent_off_to_other_lodging_asks_for_the_booking_not_the_stay():
    text = ("We had a reservation, but the clerk refused to take cash. We were forced to find other lodging and will be "
            "charged for a no-show.")
    assert analyse(text, 1, "en", domain="hospitality").kind.no_stay
    for draft in drafts_for_authors(text, 1, HOTEL):
        assert "dates of your stay" not in draft, draft


@pytest.mark.parametrize("text,gender", [("Nie da się w to grać. Nie kupił bym drugi raz.", "m"),
                                         ("Szkoda pieniędzy, nie kupiła bym ponownie.", "f")])
def test_a_conditional_written_apart_tells_the_gender(text, gender):
    assert analyse(text, 1, "pl", domain="product").gender_hint == gender


def test_a_label_glued_to_a_digit_still_opens_the_pros():
    text = "Два роки все літає на високих, під неї взяв проц i7700Достоинства: Швидкість, якість збирання.Недостатки: Вигляд."
    reading = analyse(text, 4, "uk", domain="product")
    assert reading.remark and reading.kind.fault == "trait", (reading.remark, reading.kind.fault)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"не повністю виправдала|не виправдала", draft), draft


# From the blind re-grading of sets J and K (round Y): a pick-up order, guests who gave up
# waiting, and a long review answered with "a few more details, please".

@pytest.mark.parametrize("lang,text", [
    ("en", "Sunday pick-up of fried chicken, greens and dessert. They brought it to the car and it was delicious."),
    ("pl", "Zamówiliśmy na wynos pierogi i żurek, wszystko pyszne i gorące."),
    ("uk", "Брали піцу з собою, дуже смачна і гаряча."),
])
def test_food_taken_away_is_no_time_spent_with_us(lang, text):
    for draft in drafts_for_authors(text, 5, CAFE, authors=MANY_AUTHORS):
        assert not re.search(r"time with us|with us again|see you again|welcoming you back|wizyt|gościć|zobaczymy|zobaczenia|"
                             r"візит|побачит|зустріч|бачити Вас", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "It took the waitress forever to take our order. We waited an hour and a half without food. Finally we had enough and left."),
    ("pl", "Czekaliśmy ponad godzinę na jedzenie, w końcu zrezygnowaliśmy i wyszliśmy."),
])
def test_guests_who_gave_up_waiting_are_not_thanked_for_their_patience(lang, text):
    for draft in drafts_for_authors(text, 1, CAFE, authors=MANY_AUTHORS):
        assert not re.search(r"patience|cierpliwość|терпіння", draft), draft


def test_a_long_review_is_not_asked_for_a_few_more_details():
    text = ("Some issues with the product: some of the pods are not sealed properly so the grounds spill out into your coffee; "
            "it is wasteful that each pod is individually sealed; the pods don't really fit my coffee maker, too fat for the "
            "single and too small for the double, which causes problems when I brew a cup. On the plus side, the price.")
    for draft in drafts_for_authors(text, 3, SHOP, authors=MANY_AUTHORS):
        if re.search(r"thorough|detailed", draft):
            assert not re.search(r"(?:more|few) details", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Zabrali mój telefon dwa miesiące temu w ramach serwisu door to door. Do dzisiaj jestem zbywana i nie mam telefonu."),
    ("uk", "Віддав ноутбук у сервісний центр виробника місяць тому, досі немає відповіді, коли повернуть."),
])
def test_a_service_that_stalls_the_case_is_not_our_failure(lang, text):
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"nie spełniliśmy|не виправдали|we let you down", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Moja opinia odnosi się tylko do cen w polskich sklepach. Na amazon.de ta konsola jest dużo tańsza."),
    ("en", "This review is only about the price: the same console is much cheaper across the border."),
])
def test_a_remark_on_prices_elsewhere_is_no_owner_s_complaint(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.non_owner
    for draft in drafts_for_authors(text, 1, SHOP, authors=MANY_AUTHORS):
        assert not re.search(r"nie spełnił|let you down|didn't live up|numer zamówienia|order number", draft), draft


@pytest.mark.parametrize("module", ["en", "pl", "uk"])
def test_the_price_remark_line_promises_no_step(module):
    from importlib import import_module
    for line in import_module(f"hugdesk.engine.phrases_{module}").SLOTS["non_owner_price"]:
        assert not re.search(r"pass (?:it|your \\w+) on|przekażemy|передамо", line), line


@pytest.mark.parametrize("text", ["The best place to go for brunch, and the waffles came fast.",
                                  "We picked the kids up after school and had dinner here; lovely staff."])
def test_going_to_a_place_or_picking_someone_up_is_no_takeaway(text):
    assert not analyse(text, 5, "en", domain="hospitality").kind.takeaway


def test_leaving_at_the_end_of_a_visit_is_no_walking_out():
    kind = analyse("We waited 20 minutes for a table. The food was great and when we left the staff waved.", 4, "en",
                   domain="hospitality").kind
    assert not kind.walked_out
