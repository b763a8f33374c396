"""Issue 9, forty-first round (stop 26): the classes a tuning round on older held-out sets (BS)
and the dev grading of this stop were graded down for. A listing that promised "new" is no
mix-up of orders; a flavour ordered and another received is one; an admonition ("будьте
уважніші") is criticism; a weakness the reviewer excuses in the next sentence ("але це
очікувано") is no complaint; a review that ends looking forward to the next visit keeps its
verdict. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE as CAFE, GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors

_MIX_UP = re.compile(r"pomyłk|mix-up|помилк", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Słuchawki były opisane jako nowe, a przyszły w rozklejonym kartonie, bez folii. Nie mogłam ich dać w prezencie."),
    ("pl", "Konsola wystawiona jako nowa, a w środku ślady kurzu i porysowana obudowa. Proszę o kontakt."),
])
def test_a_listing_that_promised_new_is_not_a_mixed_up_order(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert "wrong_item" not in reading.issues, reading.issues
    assert reading.kind.mismatch
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not _MIX_UP.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Замовила гречану кашу, отримала рисову. Дитина рис не їсть."),
    ("uk", "Замовив груша-банан, отримав яблуко-банан. Будьте уважніші."),
    ("pl", "Zamówiłam miętową, dostałam cytrynową. Szkoda, bo syn lubi tylko tę pierwszą."),
    ("en", "I ordered decaf, got regular. My husband can't drink caffeine."),
])
def test_one_thing_ordered_and_another_received_is_a_wrong_item(lang, text):
    reading = analyse(text, 2, lang, domain="product")
    assert "wrong_item" in reading.issues, (reading.issues, reading.sentiment)
    for draft in drafts_for_authors(text, 2, SHOP):
        assert _MIX_UP.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Замовила в п'ятницю, отримала в понеділок. Все сподобалось, дякую."),
    ("uk", "Замовив телефон, отримав швидко. Працює відмінно."),
    ("pl", "Zamówiłem wieczorem, dostałem rano. Wszystko super."),
    ("pl", "Zamówiłem telefon, dostałem kurierem następnego dnia. Wszystko super."),
    ("uk", "Замовила крем, отримала Новою поштою. Все чудово."),
    ("pl", "Zamówiłam krem, dostałam próbkę gratis. Bardzo miło."),
    ("en", "I ordered the cookies, got them in two days. Delicious."),
    ("en", "I ordered two boxes, got two boxes. Tasty as always."),
])
def test_when_and_how_it_came_is_no_second_thing(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert "wrong_item" not in reading.issues, reading.issues
    assert not reading.is_complaint


@pytest.mark.parametrize("lang,text", [
    ("uk", "Посилка прийшла вчасно. Будьте уважніші при пакуванні скла."),
    ("pl", "Paczka doszła na czas. Bądźcie uważniejsi przy pakowaniu szkła."),
    ("en", "The parcel came on time. Please be more careful when packing glass."),
])
def test_an_admonition_to_the_shop_is_criticism(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert reading.sentiment != "positive", reading.sentiment


@pytest.mark.parametrize("lang,text", [
    ("uk", "Тихий, охайний, нічого не скрипить. Недоліки: слабкий процесор. Але це очікувано й прийнятно для такої ціни."),
    ("pl", "Cichy, schludny, nic nie skrzypi. Wady: słaby procesor. Ale to do przewidzenia w tej cenie."),
    ("en", "Quiet, tidy, nothing squeaks. Cons: a weak processor. But that's to be expected at this price."),
])
def test_a_weakness_excused_in_the_next_sentence_is_no_complaint(lang, text):
    reading = analyse(text, 3, lang, domain="product")
    assert not reading.is_complaint, (reading.sentiment, reading.issues)
    for draft in drafts_for_authors(text, 3, SHOP):
        assert not re.search(r"przykro|sorry|прикро|шкода|przepraszam|перепрошу", draft, re.IGNORECASE), draft


def test_a_review_that_ends_looking_forward_to_the_next_visit_keeps_that_verdict():
    text = ("The first time I came the noodles were bland and far too sweet, so I stayed away for months. Last week I "
            "tried the green curry and it was wonderful: rich, fresh, a big portion. The owner is lovely too. Looking "
            "forward to trying the rest of the menu!")
    for draft in drafts_for_authors(text, 3, CAFE):
        assert not re.search(r"this time|let you down|disappoint", draft, re.IGNORECASE), draft
        assert re.search(r"thank|appreciate", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text,gift", [
    ("pl", "Nie wiem jeszcze, kupiłem na prezent dla taty. Jeszcze nie był w użyciu.", True),
    ("uk", "Поки важко сказати, ще не користувалися. Коробка ціла.", False),
    ("en", "Hard to say, I bought it as a gift and it has not been used yet.", True),
])
def test_nothing_used_yet_gets_no_first_impressions_and_no_keeps_working(lang, text, gift):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.kind.unused == ("gift" if gift else "item"), reading.kind.unused
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"wrażen|impression|вражен|dłuższym|надалі|тривалого|keeps|continues", draft, re.IGNORECASE), draft
        if gift:
            assert re.search(r"prezent|gift|подарун", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Mikrofon szumi. Oddałem do serwisu producenta, po miesiącu serwis stwierdził, że nic więcej zrobić nie może."),
    ("uk", "Мікрофон шумить. Віддав у сервісний центр, через місяць там розвели руками."),
    ("en", "The microphone hisses. After a month the service centre said there is nothing more they can do."),
])
def test_a_service_that_gave_up_is_not_the_place_to_keep_going(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert reading.kind.elsewhere == "service" and reading.kind.gave_up, (reading.kind.elsewhere, reading.kind.gave_up)
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"prowadzić (?:ją )?dalej|dalej z serwisem|й далі звертатися|далі вести|keep going with|"
                             r"carry on with the service|przeciągała|затягнеться|drags on", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "One night for a conference. No frills. Room and price were fair and reasonable."),
    ("pl", "Jedna noc przy okazji konferencji. Bez zbędnych bajerów. Pokój i cena w porządku."),
    ("uk", "Одна ніч під час конференції. Без зайвих прикрас. Номер і ціна цілком нормальні."),
])
def test_plainness_described_is_no_shortfall_under_three_stars(lang, text):
    reading = analyse(text, 3, lang, domain="hotel")
    assert reading.negative == 0, reading.negative
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert not re.search(r"fell short|sorry|nie wszystko|przykro|шкода|прикро", draft, re.IGNORECASE), draft


# Reviews of the shop itself (its service, returns, promotions) and of a marketplace by its
# sellers: the classes set AM/AN (hotline.ua, Trustpilot) were graded down for.
@pytest.mark.parametrize("lang,text", [
    ("pl", "Jestem sprzedawcą od pięciu lat. Prowizje rosną co kwartał, a od anulowanych zamówień nikt ich nie zwraca."),
    ("uk", "Я продавець на цьому майданчику. Комісія за продаж з'їдає половину мого заробітку, а правила міняють щомісяця."),
    ("en", "As a seller I pay commission on every sale, and now they charge it on shipping too. My listings get hidden for nothing."),
])
def test_a_seller_on_the_marketplace_gets_no_purchase_apology_order_number_or_voucher(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert reading.kind.merchant and not reading.kind.purchase_said
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"zakup|zamówieni|rabat|покупк|замовлення|знижк|purchase|order number|discount|10%", draft,
                             re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Kiedyś ten serwis był lepszy, teraz nic nie można znaleźć, wszędzie reklamy."),
    ("uk", "Раніше сайт був зручніший, тепер нічого не знайдеш, суцільна реклама."),
    ("en", "This site used to be better. Now you can't find anything for all the ads."),
])
def test_a_verdict_on_us_with_nothing_bought_is_not_a_purchase_that_disappointed(lang, text):
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"zakup|produkt|покупк|товар|purchase|product", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Гітара прийшла з тріщиною, бо її навіть не запакували. На вимогу заміни отримав відмову від сервісного відділу."),
    ("pl", "Telefon przestał działać po tygodniu. Dział reklamacji sklepu od miesiąca nie odpowiada na maile."),
])
def test_the_shops_own_service_desk_is_not_another_company(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert reading.kind.elsewhere != "service", reading.kind.elsewhere
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"іншої компанії|іншому магазині|сервісного центру, який|innej firmy|innym sklepie|serwisem, który|"
                             r"jeśli produkt został kupiony u nas|якщо ви купували товар у нас", draft, re.IGNORECASE), draft


def test_a_service_named_after_the_shop_is_ours_in_either_alphabet():
    from hugdesk.engine.suggestions import suggest
    text = "Вже місяць сервісний центр Розетки не може сказати, що з моїм зволожувачем. На гарячій лінії ніхто не допомагає."
    for business, ours in (("Rozetka", True), ("Розетка", True), ("TechDom", False)):
        result = suggest({"platform": "facebook", "rating": 1, "text": text},
                         {"business_name": business, "business_kind": "online_shop"})
        pointed_away = bool(re.search(r"купували товар у нас|з нашого боку|сервіс", result.drafts[0].text))
        assert pointed_away != ours, (business, result.drafts[0].text)


@pytest.mark.parametrize("lang,text,issue", [
    ("uk", "Зробила замовлення, а через годину прийшло повідомлення, що моє замовлення анульоване.", "cancelled_order"),
    ("uk", "Замість замовленої планки пам'яті доставили зовсім іншу.", "wrong_item"),
    ("pl", "Zamiast zamówionego etui przyszło zupełnie inne.", "wrong_item"),
])
def test_shop_troubles_said_in_the_shops_own_words(lang, text, issue):
    assert issue in analyse(text, None, lang, domain="product").issues


@pytest.mark.parametrize("lang,text", [
    ("uk", "Отримав промокод на знижку, але код не діє, а менеджер нічим допомогти не може."),
    ("pl", "Dostałem kod rabatowy, ale kod nie działa, a konsultant w niczym nie może pomóc."),
    ("en", "They emailed me a discount code but the code didn't work at checkout."),
])
def test_a_promotion_that_failed_is_criticism(lang, text):
    assert analyse(text, None, lang, domain="product").sentiment == "negative"


def test_a_claim_the_service_cannot_accept_is_refused():
    text = "Ванна прийшла пошкоджена. Сервісний центр через п'ять тижнів повідомив, що не можуть прийняти рекламацію."
    assert analyse(text, 1, "uk", domain="product").kind.refused


@pytest.mark.parametrize("lang,text", [
    ("uk", "Замовили телевізор вранці, ввечері вже забрали. Працівники ввічливі. Телевізором задоволені,  недоліків невиявили."),
    ("uk", "Все чудово, швидка доставка. Єдина «ложка дьогтю» – сайт відкривається російською, доводиться перемикати вручну."),
])
def test_starless_praise_stays_praise_and_its_one_minus_is_heard(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert reading.sentiment == "positive", (reading.sentiment, reading.negative)
    if "ложка" in text:
        assert reading.remark


def test_a_full_stop_typed_without_its_space_still_ends_a_sentence():
    # "…вимкнувся.Через годину…довше ніж годину": a run of sentences with no spaces is not one
    # sentence about "another product" (a time is no product either).
    text = ("Розпакував, увімкнув, все норм. Попрацював пів години,почав зависати і вимкнувся.Через годину приніс його "
            "назад.Кажуть, що буде ремонт,бо довше ніж годину він у мене був, а не повернення коштів,хоча він не працює.")
    reading = analyse(text, None, "uk", domain="product")
    assert reading.negative >= 2, reading.negative
    assert reading.is_complaint


@pytest.mark.parametrize("lang,text", [
    ("uk", "Купив диск. Доставку оплатив одразу, а на пошті сказали оплатити доставку знову. Оплачував доставку двічі."),
])
def test_delivery_paid_twice_is_an_overcharge(lang, text):
    assert "overcharged" in analyse(text, None, lang, domain="product").issues


def test_advice_to_pay_twice_as_much_is_no_overcharge():
    text = "Глючна штука, постійно зависає. Краще заплатіть вдвічі більше і купіть щось якісніше."
    assert "overcharged" not in analyse(text, 1, "uk", domain="product").issues


def test_a_shouted_word_after_shop_is_no_shops_name():
    text = "Диск працює нормально, але доставку взяли двічі і два тижні нічого не вирішують. Магазин НЕ РЕКОМЕНДУЮ!!!"
    assert analyse(text, None, "uk", domain="product").kind.elsewhere != "seller"


def test_a_service_that_never_calls_back_has_stalled():
    text = ("Через рік комп'ютер вийшов з ладу, відправив у сервісний центр. Сказали, що ремонт триватиме до 28 днів. "
            "Термін минув, мені так і ніхто не телефонував, обіцяють передзвонити, і ніхто не передзвонює.")
    reading = analyse(text, 1, "uk", domain="product")
    assert reading.kind.elsewhere != "service" or reading.kind.stalled


def test_the_shops_name_misspelt_by_a_letter_is_still_ours():
    from hugdesk.engine.suggestions import suggest
    text = "Заказав на РЕЗЕТЦІ пилу, прийшла непрацююча. Відправив по гарантії назад, вже місяць у них на ремонті."
    draft = suggest({"platform": "facebook", "rating": 1, "text": text},
                    {"business_name": "Rozetka", "business_kind": "online_shop"}).drafts[0].text
    assert not re.search(r"іншому магазині|іншого магазину", draft), draft


@pytest.mark.parametrize("lang,text,merchant", [
    ("pl", "Sprzedając drobiazg za 6 zł płacę prawie połowę w prowizji. Opłaty są ukryte.", True),
    ("pl", "Zdzierają tak na prowizji, że sprzedawać tam już się nie opłaca.", True),
    # A buyer's jibe at the platform: the seller it shields is someone else.
    ("pl", "Platforma chroni nieuczciwego sprzedającego, wiadomo, prowizja. Ochrona kupujących nie działa.", False),
    ("pl", "Sami jako sprzedawcy nie przestrzegają regulaminu, który egzekwują od innych. Zwrot pieniędzy po 7 tygodniach.", False),
])
def test_a_seller_is_told_by_their_own_selling_not_by_a_word_of_commission(lang, text, merchant):
    assert analyse(text, 1, lang, domain="product").kind.merchant == merchant


@pytest.mark.parametrize("lang,text", [
    ("pl", "Mój dzisiejszy zakup to wielkie fiasko. Trzy godziny próbowałem zapłacić, kody przychodziły za późno. "
           "Straciłem trzy godziny, a sklep stracił mnie na zawsze."),
    ("uk", "Товар 195 грн, доставка 40, а сказали заплатити 345 грн!? ЗА ЩО??? Накрутили аж на 75 грн."),
    ("uk", "Обіцяли ремінь у подарунок і знижку, а в результаті ні ременя, ні знижки. Весь святковий настрій спортили!"),
    ("en", "They promised a free gift with the order, and in the end nothing came. It ruined our holiday mood."),
])
def test_shop_complaints_in_words_the_lists_missed_are_complaints(lang, text):
    reading = analyse(text, 4 if "fiasko" in text else None, lang, domain="product")
    assert reading.sentiment in ("negative", "mixed") and reading.negative >= 1.5, (reading.sentiment, reading.negative)


def test_a_claim_accepted_is_praise_of_its_handling():
    text = ("Z przyjemnością przekazuję opinię. Zamówiłem baterię z usterką. Po zgłoszeniu reklamacja zostaje uznana "
            "i szkoda zostanie naprawiona. Serdecznie polecam.")
    assert analyse(text, 4, "pl", domain="product").kind.claim_filed == "praised"


@pytest.mark.parametrize("lang,text", [
    ("en", "Wanted to see a room before paying. One look made us move on. The smell alone was disgusting."),
    ("pl", "Chcieliśmy najpierw obejrzeć pokój. Po obejrzeniu pokoju zrezygnowaliśmy, smród nie do wytrzymania."),
])
def test_a_room_looked_at_and_left_was_never_a_stay(lang, text):
    reading = analyse(text, 1, lang, domain="hospitality")
    assert reading.kind.no_stay
    for draft in drafts_for_authors(text, 1, HOTEL):
        assert not re.search(r"dates of your stay|termin(?:em)? pobytu|дат\w* перебування", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("text", [
    "Kto to widział, żebym nie mógł normalnie wystawić przedmiotu. Nawet powiadomienia nie przychodzą.",
    "Prowizje z kosmosu, teraz biorą dodatkowe 15% za wysyłkę!",
    "Allegro ADS to oszustwo, sami mi to włączyli i naciągnęli mnie na 400 zł.",
])
def test_a_sellers_own_listing_fees_and_ads_make_a_seller(text):
    assert analyse(text, 1, "pl", domain="product").kind.merchant
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"zakup|produkt|zamówieni|rabat", draft, re.IGNORECASE), draft


def test_a_buyer_who_met_a_seller_is_no_seller():
    text = "Zapłaciłam 200 zł, a sprzedający nie wystawiał oferty na tej stronie i nic nie wie o transakcji. Oszukano nas."
    assert not analyse(text, 1, "pl", domain="product").kind.merchant


def test_a_review_naming_the_shop_with_nothing_bought_is_no_purchase_that_disappointed():
    from hugdesk.engine.suggestions import suggest
    text = "Uwielbiam jak Allegro usuwa potrzebne kategorie i filtry. Staczają się od lat i nic z tym nie robią."
    draft = suggest({"platform": "facebook", "rating": 1, "text": text},
                    {"business_name": "Allegro", "business_kind": "online_shop"}).drafts[0].text
    assert not re.search(r"zakup|produkt", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Вже четверте замовлення: товар на сайті є, а оператор передзвонює і каже, що товар закінчився."),
])
def test_out_of_stock_after_ordering_is_a_cancelled_order(lang, text):
    assert "cancelled_order" in analyse(text, 1, lang, domain="product").issues


def test_elementary_things_still_not_done_is_criticism():
    text = ("Отримав повідомлення про новий магазин і вирішив замовити. Досі на сайті не можна вибрати цю адресу. "
            "Двічі писав у підтримку. З одного боку крутий магазин, з іншого – не можуть зробити елементарні речі.")
    assert analyse(text, None, "uk", domain="product").negative >= 2


@pytest.mark.parametrize("text,business", [
    ("Являюсь постійним покупцем магазину Moyo. Замовив мультиварку, зробив проплату, а потім замовлення скасували.", "MOYO"),
    ("Придбав у цьому магазині Meizu M3s. Через рік пожовк екран, а тепер магазин відмовляє в ремонті.", "Цитрус"),
])
def test_the_shop_named_at_a_sentences_end_or_this_shop_before_a_brand_is_ours(text, business):
    from hugdesk.engine.suggestions import suggest
    draft = suggest({"platform": "facebook", "rating": 1, "text": text},
                    {"business_name": business, "business_kind": "online_shop"}).drafts[0].text
    assert not re.search(r"іншому магазині|магазину, в якому|продавця, у якого", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Купую тут не вперше. Хоча незручності є: відправляють без дзвінка, коли просиш передзвонити, і дзвонять, коли "
           "питань немає. Врешті все в нормі. Тож рекомендую!"),
    ("pl", "Brakuje przewijania stacji pilotem. Przyciski wydają irytujący dźwięk. Nie ma lepszego w tej cenie. "
           "Także mimo wszystko polecam."),
])
def test_a_recommendation_that_closes_the_text_is_its_verdict(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert not reading.is_complaint, (reading.sentiment, reading.positive, reading.negative)


@pytest.mark.parametrize("text", [
    "Jestem zawiedziony tą pralką: wiruje trzy minuty i pierze bardzo głośno. Ogólnie podsumuję, że z pełnym zadowoleniem "
    "można polecić ją wrogowi.",
    "Jedzenie to parodia, pokoje słabe, właściciele znikają. Szkoda wydawać pieniądzeNie polecam tego miejsca.",
])
def test_a_recommendation_to_an_enemy_or_a_glued_nie_is_no_recommendation(text):
    assert analyse(text, None, "pl").is_complaint


def test_a_field_named_for_the_shop_or_a_single_minus_is_a_field():
    text = "Plusy sklepu: szybka wysyłka, dobre ceny. Minus: nikt nie oddzwonił w sprawie zamówienia."
    from hugdesk.engine.analysis import _sections
    biases = [bias for _, bias in _sections(text)]
    assert 0.7 in biases and -1.0 in biases, biases
