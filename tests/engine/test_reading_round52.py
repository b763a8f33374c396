"""Issue 9, fifty-second round (stop 32): replies that stay true when the reading is unsure.

Graded blind on sets BF-BO (919 drafts of unseen reviews), the reply "the service centre is
already handling it, carry on with them" was wrong 4 times in 5 (a repair only planned, a
service the reviewer wants to avoid, one he called hell, one he called stalling) and never
ready to send; "thank you for telling us how it ended" was wrong when the case had not ended.
These replies now say only what holds either way. Every review here is made up for these tests."""

import re

import pytest

from tests.support.reading import GENERAL_CAFE, GENERAL_HOTEL, GENERAL_SHOP, body, drafts_for_authors

SETTINGS = {"product": GENERAL_SHOP, "hotel": GENERAL_HOTEL, "restaurant": GENERAL_CAFE}


def _never_says(text, rating, domain, wrong):
    for draft in drafts_for_authors(text, rating, SETTINGS[domain]):
        assert not re.search(wrong, draft, re.IGNORECASE), draft


_CARRY_ON = re.compile(r"already handling|carry on with them|see it through|zajmuje się już serwis|prowadzić dalej|"
                       r"вже займається|уже займається|й далі (?:спілкуватися|звертатися)", re.IGNORECASE)
_OUR_SIDE = re.compile(r"if you bought it from us|if the purchase was made with us|jeśli zakupu dokonano w naszym sklepie|"
                       r"jeżeli (?:produkt|sprzęt) (?:został )?kupi|якщо товар придбано в нашому магазині|якщо ви купували (?:товар )?у нас",
                       re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Przestał działać po miesiącu. Od trzech tygodni jest w serwisie producenta.",
    "Через годину роботи на матриці з'явились дефекти. Думав, що одразу замінять, але в сервісному центрі забрали на діагностику до 14 робочих днів.",
    "Перестав працювати через місяць. Вже три тижні він у сервісному центрі виробника.",
])
def test_a_unit_at_the_service_is_never_sent_back_there(text):
    for draft in drafts_for_authors(text, 2, GENERAL_SHOP):
        assert not _CARRY_ON.search(draft), draft
        assert _OUR_SIDE.search(body(draft)), draft


_HOW_IT_ENDED = re.compile(r"how it ended|jak (?:sprawa )?się zakończyła|чим усе (?:закінчилося|завершилося)", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Stopped charging after a week. I sent it back and got a replacement, and the new one does exactly the same.",
    "Po tygodniu przestała się ładować. Odesłałem, dostałem nową i z nią mam ten sam problem.",
    "Перестала заряджатися. Повернув, дали іншу, а з нею та сама проблема.",
    "Zepsuł się po tygodniu, oddałem do sklepu.",
    "Повернув його наступного дня, бо не сподобався звук.",
])
def test_a_reply_never_says_the_case_has_ended(text):
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not _HOW_IT_ENDED.search(draft), draft


_SETTLED_CLAIM = re.compile(r"już rozwiązać|jest już rozwiązana|załatwiona|sorted out|put right|вже вирішено|вдалося розв'язати",
                            re.IGNORECASE)


@pytest.mark.parametrize(("text", "lang"), [
    ("Bateria trzyma gorzej niż oryginał. Uprzedzając odpowiedź sprzedawcy: pisząc, że sprawa została załatwiona, po prostu kłamie.", "pl"),
    ("The charger died in a week. If they reply that the issue has been resolved, they are lying.", "en"),
    ("Зарядка здохла за тиждень. Якщо напишуть, що питання вирішено, то це неправда.", "uk"),
])
def test_a_settlement_someone_else_claims_is_no_settlement(text, lang):
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not _SETTLED_CLAIM.search(draft), draft


def test_a_settlement_the_reviewer_reports_is_still_one():
    text = "Bateria padła po tygodniu, ale sklep szybko wymienił na nową i sprawa została załatwiona."
    assert any(_SETTLED_CLAIM.search(d) for d in drafts_for_authors(text, 2, GENERAL_SHOP))


# Three stars over a text the lists cannot place (a bottle that came wet, a box torn open): graded
# blind on sets BF-BO, a bare "thank you for your review!" there was EDIT 20 times in 30, and WRONG on
# set BP. Measured thanks and a mild regret fit a missed complaint and a mild verdict alike.
_REGRET = re.compile(r"sorry|przykro|szkoda|przeprasz|прикро|шкода|перепрош", re.IGNORECASE)
_CHEERY = re.compile(r"^(?:Thank you for your review!|Thanks for your feedback!|Dziękujemy za opinię!|Дякуємо за відгук!)")


@pytest.mark.parametrize("text", [
    "Odkamieniacz przybył mokry, a na kartonowym pudełku była plama. Firma nie chce wyjaśnić, jak to się stało.",
    "Паковання прийшло мокре, на коробці пляма. Пояснити, як так вийшло, ніхто не хоче.",
    "The bottle came wet and the box had a stain on it. Nobody would explain how.",
])
def test_three_stars_over_an_unread_text_get_a_measured_regret(text):
    for draft in drafts_for_authors(text, 3, GENERAL_SHOP):
        lines = body(draft).strip().split("\n\n")
        assert _REGRET.search(lines[0]), draft
        assert not _CHEERY.search(lines[0]), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("I neither like nor dislike it yet; the plan hasn't even taken effect. I'll rate once I try to use it.", "en"),
    ('Widać poprawę po tygodniu stosowania. Jeżeli zauważę efekt "wow", wrócę tu i dam znać.', "pl"),
    ("Поки що нормально, доповню відгук через місяць.", "uk"),
])
def test_a_verdict_promised_for_later_gets_no_regret(text, lang):
    for draft in drafts_for_authors(text, 3, GENERAL_SHOP):
        assert not _REGRET.search(draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Pristine laptop. Arrived a little late but it was worth the wait. Very happy with my purchase.", "en"),
    ("Świetny laptop. Przyszedł z lekkim opóźnieniem, ale warto było czekać. Jestem bardzo zadowolony.", "pl"),
    ("Чудовий ноутбук. Приїхав трохи із запізненням, але воно того варте. Дуже задоволений покупкою.", "uk"),
])
def test_a_delay_forgiven_under_five_stars_opens_no_case(text, lang):
    for draft in drafts_for_authors(text, 5, GENERAL_SHOP):
        assert not re.search(r"order number|numer\w* zamówienia|номер замовлення|shipment|przesyłk|посилк", draft), draft
        assert re.search(r"thank|dziękuj|дякуєм", body(draft).strip().split("\n\n")[0], re.IGNORECASE), draft


@pytest.mark.parametrize("text", [
    "Рекомендую: запаху практично немає, 40 г порошку вистачає на 5 кг білизни, плями від кави й вина відпирає, якщо замочити.",
    "Proszek do prania dopiera plamy z kawy i wina, zapach delikatny. Polecam.",
    "This laundry detergent gets coffee and wine stains out, and the scent is mild. Recommend.",
])
def test_washing_powder_is_never_wished_a_good_meal(text):
    for draft in drafts_for_authors(text, 5, GENERAL_SHOP):
        assert not re.search(r"[Сс]мачного|[Ss]macznego|smakowało|смакувало|enjoyed it|hit the spot", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("The phone's touchscreen kept freezing and the warranty was a hassle, but in the end everything worked out thanks to the service team.", "en"),
    ("Ekran się zawieszał i była afera z gwarancją, ale ostatecznie wszystko dobrze się skończyło dzięki serwisowi.", "pl"),
    ("Смартфон невдалий, тачскрин залипав, але в кінцевому підсумку для мене все благополучно закінчилось, дякуючи сервісу.", "uk"),
])
def test_a_story_that_ended_well_is_settled(text, lang):
    for draft in drafts_for_authors(text, 2, GENERAL_SHOP):
        assert not re.search(r"order number|numer\w* zamówienia|номер замовлення", draft), draft


# From set BQ, graded blind: shapes of praise or of a stay read as something else.
@pytest.mark.parametrize(("text", "rating", "domain", "wrong"), [
    # "0 śladów użytkowania" under five stars is praise of a watch that shows no wear.
    ("Świetny zegarek. Uderzałem nim o ściany i palety, a tu 0 śladów użytkowania! Polecam.", 5, "product",
     r"ślady używania|śladami używania"),
    ("Great watch, I knock it about at work and there are no signs of wear at all. Recommend.", 5, "product", r"signs of use|used"),
    # An earlier purchase of another product is no wrong item sent.
    ("Działa, ale uchwyt strasznie śmierdzi gumą. Kupiłem już kiedyś inny produkt z tego samego materiału i też cuchnął.", 2,
     "product", r"pomyłk\w* w zamówieniu"),
    # A hotel guest who "haven't gotten anything" was promised compensation, not sent a parcel.
    ("The toilet stopped flushing and I waited two hours for a fix. I was told I'd get some compensation but I haven't gotten anything.",
     2, "hotel", r"order|parcel|hasn't reached"),
    # A rude word said of the dishes is the food's ("servers" mistyped for "serves").
    ("I do not like anyone going to this place. It servers nasty foods.", 1, "restaurant", r"unfriendly|rude"),
    # A glowing five-star text with one glued "Drawbacks" heading opens no fault to look into.
    ("The camera is superb, the screen crisp, the speakers clear and Face ID works in the darkDrawbacks -- Battery could be better",
     5, "product", r"order number|look into the fault|sorry this wasn't"),
])
def test_praise_and_stays_read_as_what_they_are(text, rating, domain, wrong):
    _never_says(text, rating, domain, wrong)


def test_a_sprayer_soaking_its_user_bought_locally_is_serious_and_not_ours():
    text = ("Many of the tanks leak when new. I will not continue to leak poison down my back. "
            "I purchased mine locally so you cannot verify my purchase.")
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not re.search(r"order number", draft), draft
        assert re.search(r"serious", draft), draft


# From set BR, graded blind.
@pytest.mark.parametrize(("text", "rating", "domain", "wrong"), [
    # A filament "odporny na pękanie" with a colour "czarny z drobinkami" is praised, not unsafe or spoiled.
    ("Dobrze się drukuje, bardziej odporny na pękanie, nie łamie się tak łatwo. Kolor ładny czarny z drobinkami "
     "przypominającymi brokat.", 5, "product", r"przeprasz|bezpieczeństw|numer\w* zamówienia"),
    # Four stars and the criticism put as advice to the maker.
    ("Bardzo dobrze, że można kupić sam czujnik. Osłona po dwóch sezonach pęka i wilgoć uszkadza elektronikę. "
     "Przydałoby się zastosować bardziej odporne tworzywo.", 4, "product", r"przeprasz|numer\w* zamówienia"),
    # The guest's own party threatened the staff: no "sorry you didn't feel safe".
    ("Very uncooperative staff refused to switch on the AC, but a few of my friends threatened the staff so they "
     "switched it on.", 2, "hotel", r"safe"),
    # A software update that solved nothing is no "UPDATE: resolved".
    ("Після оновлення програмного забезпечення багато недоліків. Прошивка з флешки встановилась, але проблем не вирішила.",
     2, "product", r"вдалося розв'язати|вже вирішено"),
])
def test_set_br_shapes_are_read_as_said(text, rating, domain, wrong):
    _never_says(text, rating, domain, wrong)


@pytest.mark.parametrize(("text", "lang"), [
    ("Zasilacz tragiczny. Uziemienie w zasilaczu nigdzie nie podłączone mimo gniazda z uziemieniem. Brak oznaczenia CE.", "pl"),
    ("The power brick is junk: the earth is not connected anywhere and there is no CE marking on it.", "en"),
    ("Блок живлення жахливий: заземлення ніде не підключене, маркування CE немає.", "uk"),
])
def test_mains_without_earth_or_ce_mark_is_a_danger(text, lang):
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert re.search(r"stop using|nie używać|не користуватися|не використовувати|serious|poważn|серйозн", draft, re.IGNORECASE), draft


# From set BS, graded blind.
@pytest.mark.parametrize(("text", "rating", "domain", "wrong"), [
    # The swollen battery is the old one this replacement was bought for: nothing to stop using.
    ("Bateria jest typowym zamiennikiem, zamieniając spuchnięty już oryginał na to ogniwo. Jedna wada: kontroler szybko się wyłącza.",
     3, "product", r"nie używać|nie ładować"),
    ("Replaced the swollen original battery with this one. It holds a charge a bit less than new, but fine for the price.",
     3, "product", r"stop using"),
    # "Ogólnie dobry +" and a kit without a charger that any phone charger fits: a note, not an angry complaint.
    ("Ogólnie dobry +. W zestawie nie ma ładowarki, ale pasuje ładowarka od dowolnego smartfona. Łatwe składanie.", 4,
     "product", r"zdenerwowanie|numer\w* zamówienia"),
    # "Найбільші головні болі" are the troubles, not a headache.
    ("Батарея і тачпад - найбільші головні болі. І ще не зрозуміло, що сервіс скаже про батарею.", 2, "product", r"здоров"),
    # A return request nobody answered is not "if anything about it is still unclear".
    ("Якість фото жахлива. Подав заявку на повернення товару, але за два дні зі мною ніхто не зв\"язався!", 1, "product",
     r"ще щось буде незрозуміло"),
])
def test_set_bs_shapes_are_read_as_said(text, rating, domain, wrong):
    _never_says(text, rating, domain, wrong)


def test_three_stars_over_a_plain_text_thank_for_no_remark():
    # "Цілком підходить для ноутбука" under three stars: a regret fits, "a fair remark" thanks for a criticism
    # nobody made (graded EDIT on set BT).
    for draft in drafts_for_authors("Цілком підходить для ноутбука на 1 зарядку", 3, GENERAL_SHOP):
        assert not re.search(r"слушне зауваження|what could be better|cenna uwaga", draft), draft


# From set BT, graded blind.
@pytest.mark.parametrize(("text", "rating", "domain", "wrong"), [
    # A charger that does not react ("brak reakcji ładowarki") is no shop that does not answer.
    ("Ładowarka naładowała tylko pierwsze akumulatorki. Następne to GP 1300 mAh i brak reakcji ładowarki. Nie polecam.", 1, "product",
     r"braku odpowiedzi|(?:Pana|Pani|Państwa) wiadomości"),
    # Five stars and "buying the same again": a happy customer, no case to open.
    ("Флешкою користувався 3 роки, поки вона загадковим чином не перестала працювати. Низька ціна, достатня швидкість. "
     "Купую другий раз таку ж саму :)", 5, "product", r"перепрошуємо|номер замовлення"),
    # Five stars, a watch that can show the wrong time unless paired, a thin manual: a note, not a set-up case.
    ("Ma wiele przydatnych funkcji, mierzy ciśnienie i tętno. Trzeba pamiętać, żeby był sparowany z telefonem, bo potrafi "
     "pokazywać inną godzinę. Instrukcja bardzo uboga, ale funkcje wyłapałam intuicyjnie. Dla mnie wystarczający.", 5, "product",
     r"przeprasz|konfiguracji"),
])
def test_set_bt_shapes_are_read_as_said(text, rating, domain, wrong):
    _never_says(text, rating, domain, wrong)


# From set BU, graded blind.
def test_a_theft_inside_praise_is_still_the_matter_to_answer():
    text = ("I especially enjoyed my stay, the staff were friendly and helpful. HOWEVER, AS I WAS LEAVING I NOTICED A LARGE "
            "AMOUNT OF MY CASH HAD BEEN STOLEN FROM MY ROOM SAFE.")
    for draft in drafts_for_authors(text, 3, GENERAL_HOTEL):
        assert re.search(r"serious", draft), draft
        assert not re.search(r"love to have you|see you again", draft, re.IGNORECASE), draft


def test_nothing_stolen_inside_praise_is_praise():
    for draft in drafts_for_authors("Lovely hotel, safe area, nothing was stolen even though we left the window open.", 5, GENERAL_HOTEL):
        assert not re.search(r"sorry|serious", draft, re.IGNORECASE), draft


@pytest.mark.parametrize(("text", "lang", "domain"), [
    ("I ordered veg biryani but I got chicken biryani instead. We are very orthodox about these things.", "en", "restaurant"),
    ("Zamówiłam danie wegetariańskie, a podali mi kurczaka. Nie jem mięsa od 15 lat.", "pl", "restaurant"),
    ("До зарядки торкнутись не можна - гаряча настільки, що обпектись можна.", "uk", "product"),
    ("The charger gets hot enough to burn your fingers.", "en", "product"),
])
def test_a_vegetarian_served_meat_or_a_charger_that_burns_is_serious(text, lang, domain):
    for draft in drafts_for_authors(text, 1, SETTINGS[domain]):
        assert re.search(r"serious|poważn|серйозн|stop using|nie używać|не користуйтеся", draft, re.IGNORECASE), draft
        assert not VOUCHER_WORDS.search(draft), draft


VOUCHER_WORDS = re.compile(r"discount|rabat|знижк", re.IGNORECASE)


def test_a_shops_one_star_gets_no_thanks_for_warning_others_off():
    # "Such reviews help others choose" under one star and "nie polecam" reads as thanks for warning buyers
    # off (graded EDIT or WRONG half the time on sets BF-BU); the invitation to write stays.
    text = "I have made this bread before with great results, but this mix is way too dry. Don't buy it."
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not re.search(r"help (?:other|others)|useful to other|other shoppers|others decide", draft), draft
        assert re.search(r"private message", draft), draft
