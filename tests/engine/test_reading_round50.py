"""Issue 9, fiftieth round (stop 30): a shop's own handling of a case. A complaint, repair or
exchange that has dragged on for weeks is answered about the wait and where the case stands,
not with "sorry the purchase disappointed you" or "if anything is still unclear". A claim turned
down is read when the claim comes first ("rozpatrywali 2 miesiące i odrzucili"); a shrug about a
price at the till ("nic nie może zrobić") is no claim turned down. Goods missing at pick-up are
an order not fulfilled, not a product that disappointed. Every review here is made up for these
tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_SHOP, body, drafts_for_authors

SLOW = [
    ("Wymiana trwa już miesiąc, ciągle słyszę, że jest w trakcie. Kpina.", "pl"),
    ("Oddałem telefon na gwarancję sześć tygodni temu i dalej nic.", "pl"),
    ("Reklamacja trwa już półtora miesiąca, nikt nic nie wie.", "pl"),
    ("Обмін триває вже місяць, постійно кажуть, що в процесі.", "uk"),
    ("Здав телефон по гарантії шість тижнів тому і досі нічого.", "uk"),
    ("My warranty repair has taken six weeks and every time I call they say it is in progress.", "en"),
    ("Sent the kettle back for a replacement and still nothing, they keep telling me it's being processed.", "en"),
]
_SLOW_ACK = re.compile(r"ciągnie się tak długo|tak długo (?:czeka|czekają)|так затягнулося|так довго чекати|dragged on|kept waiting so long")
_WRONG_FOCUS = re.compile(r"zakup (?:nie spełnił|okazał się)|produkt tak|coś jeszcze będzie niejasne|покупка Вас|товар Вас|буде незрозуміло|"
                          r"didn't live up|such a disappointment|still unclear")


@pytest.mark.parametrize(("text", "lang"), SLOW)
def test_a_case_dragging_on_for_weeks_is_answered_about_the_wait(text, lang):
    assert analyse(text, 1, lang, domain="product").kind.claim_filed == "slow"
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert _SLOW_ACK.search(draft), draft
        assert not _WRONG_FOCUS.search(draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("The repair took two weeks and it works great now.", "en"),
    ("Gwarancja trwa 24 miesiące, a czajnik działa bez zarzutu.", "pl"),
    ("Naprawa trwała tydzień, teraz wszystko działa.", "pl"),
    ("Гарантія триває 12 місяців, працює чудово.", "uk"),
    ("Okres gwarancji trwa 24 miesiące, odkurzacz spisuje się świetnie.", "pl"),
])
def test_a_repair_that_is_over_or_a_warranty_term_is_no_case_dragging_on(text, lang):
    assert analyse(text, 5, lang, domain="product").kind.claim_filed != "slow"


@pytest.mark.parametrize(("text", "lang"), [
    ("Reklamację rozpatrywali 2 miesiące i odrzucili bez podania przyczyny.", "pl"),
    ("Reklamację rozpatrywali dwa miesiące, a potem ją odrzucili.", "pl"),
    ("Рекламацію розглядали два місяці, а потім відхилили.", "uk"),
    ("The warranty claim sat there for two months and then they rejected it.", "en"),
])
def test_a_claim_named_before_its_refusal_is_a_claim_turned_down(text, lang):
    assert analyse(text, 1, lang, domain="product").kind.claim_filed == "rejected"


@pytest.mark.parametrize(("text", "lang"), [
    ("Cena na stronie była inna niż przy kasie, sprzedawca powiedział, że to błąd systemu i nic nie może zrobić.", "pl"),
    ("The price at the till was higher than online and the cashier said there is nothing more she could do.", "en"),
])
def test_a_shrug_about_a_price_is_no_claim_turned_down(text, lang):
    assert analyse(text, 1, lang, domain="product").kind.claim_filed != "rejected"
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not re.search(r"reklamacj|claim", draft, re.IGNORECASE), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Przy odbiorze osobistym okazało się, że towaru nie ma, choć dostałem SMS, że czeka.", "pl"),
    ("Прийшов забрати замовлення, а товару немає, хоча прийшло смс.", "uk"),
    ("Went to pick it up at the store and they did not have my order, even though I got an email saying it was ready.", "en"),
])
def test_goods_missing_at_pick_up_are_an_order_not_fulfilled(text, lang):
    assert "cancelled_order" in analyse(text, 1, lang, domain="product").issues
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not re.search(r"produkt tak|товар Вас|покупка Вас|didn't live up|such a disappointment|your purchase", body(draft)), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Sam produkt w porządku, ale obsługa fatalna – na maile nikt nie odpowiada, infolinia ciągle zajęta.", "pl"),
    ("Товар нормальний, але на листи ніхто не відповідає, на гарячу лінію не додзвонитися.", "uk"),
    ("The product is fine but nobody answers emails and the hotline is always busy.", "en"),
])
def test_a_support_that_never_answers_is_apologised_for_once(text, lang):
    for draft in drafts_for_authors(text, 2, GENERAL_SHOP):
        apologies = re.findall(r"przeprasz|przykro|перепрош|прикро|sorry|apolog", body(draft), re.IGNORECASE)
        assert len(apologies) <= 2, draft  # "Przepraszamy – bardzo nam przykro" is one sentence of regret
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", body(draft)) if re.search(r"przeprasz|przykro|перепрош|прикро|sorry|apolog", s, re.I)]
        assert len(sentences) <= 1, draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Dobry blender, ale nóż trochę tępawy, poza tym ok.", "pl"),
    ("Pokój ciasnawy, ale czysty i personel miły.", "pl"),
    ("Гарний блендер, але ніж трохи тупуватий, а так все ок.", "uk"),
    ("Good blender, but the blade is a bit dull. Otherwise fine.", "en"),
])
def test_a_fault_softened_by_its_suffix_is_still_a_remark(text, lang):
    """"Tępawy", "тупуватий": the "-awy"/"-уватий" form makes the fault smaller, not praise."""
    reading = analyse(text, 4, lang, domain="product")
    assert reading.sentiment == "mixed", (reading.sentiment, reading.positive, reading.negative)


@pytest.mark.parametrize(("text", "lang"), [
    ("Received a used item sold as new, scratches everywhere and the box was opened.", "en"),
    ("Przyszedł używany egzemplarz, porysowany, sprzedają używane jako nowe.", "pl"),
    ("Na obudowie wyraźne ślady użytkowania, a miał być nowy.", "pl"),
    ("Прийшов товар б/в, з подряпинами і без плівки.", "uk"),
    ("Видно, що до мене ним уже користувалися, продають вживане як нове.", "uk"),
])
def test_a_used_unit_sent_as_new_is_named(text, lang):
    assert "used_item" in analyse(text, 1, lang, domain="product").issues
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert re.search(r"used before|ślady używania|слідами використання", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("I got used to the size quickly, great phone.", "en"),
    ("Telefon był używany codziennie przez 2 lata i działa bez zarzutu.", "pl"),
    ("Вживання кави з цієї кавоварки – суцільне задоволення.", "uk"),
])
def test_getting_used_to_it_or_years_of_use_are_no_used_unit(text, lang):
    assert "used_item" not in analyse(text, 5, lang, domain="product").issues


@pytest.mark.parametrize(("text", "lang", "domain"), [
    ("Łazienka do remontu, kabina i prysznic noszą spore ślady użytkowania.", "pl", "hospitality"),
    ("Після ремонту сервіс замінив плату на б/у, і знову не працює.", "uk", "product"),
    ("Ремонт триває місяць, а отримаю товар б/у, бо після ремонту повернути не можна.", "uk", "product"),
])
def test_a_worn_shower_or_a_used_part_put_in_by_a_repair_is_no_used_unit_sent_as_new(text, lang, domain):
    assert "used_item" not in analyse(text, 2, lang, domain=domain).issues


@pytest.mark.parametrize(("text", "lang"), [
    ("Po dwóch tygodniach zaczął przeciekać. Serwis producenta odesłał go z adnotacją, że usterki nie stwierdzono.", "pl"),
    ("Oddałem na reklamację, po 3 tygodniach wrócił z informacją: nie stwierdzono usterki. A dalej nie działa.", "pl"),
    ("Віддав у сервіс, через місяць повернули – несправність не виявлено. А він і далі вимикається.", "uk"),
    ("Sent it for warranty repair, came back with no fault found. Still shuts off every day.", "en"),
])
def test_no_fault_found_is_a_claim_turned_down(text, lang):
    """Never "keep going with the service" or "if anything is still unclear": the service said no."""
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert re.search(r"odmówił|nie uznał|nie została uwzględniona|відхилили|відмовив|turned down|refused", draft), draft
        assert not re.search(r"prowadzić ją dalej|niejasne|незрозуміло|still unclear", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Bardzo dobry robot, tylko szkoda, że nie ma polskiego języka w aplikacji.", "pl"),
    ("Гарний робот, шкода що немає української мови в додатку.", "uk"),
])
def test_a_missing_language_regretted_is_a_remark_not_a_set_up_to_walk_through(text, lang):
    """"Kod" inside "szkoda" (and "код" inside "шкода") is no code the device asks for; a regret
    before a lack word ("шкода що немає") is the lack regretted, not a complaint taken back."""
    reading = analyse(text, 4, lang, domain="product")
    assert not reading.kind.setup
    assert reading.sentiment == "mixed", (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, 4, GENERAL_SHOP):
        assert not re.search(r"konfigur|uruchomienie|налаштув", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Opis na stronie mówi o 8 GB RAM, a w rzeczywistości jest 4. Wprowadzanie w błąd.", "pl"),
    ("В описі 8 ГБ пам'яті, а насправді 4. Вводять в оману.", "uk"),
    ("The listing says 8 GB RAM but in reality it has 4. Misleading description.", "en"),
])
def test_a_listing_that_says_more_than_the_thing_has_is_a_mismatch(text, lang):
    assert analyse(text, 1, lang, domain="product").kind.mismatch


GENERAL_HOTEL_PLAIN = {"business_name": "Hotel Riviera", "agent_name": "Anna", "signature": "Anna",
                       "business_kind": "hotel", "draft_detail": "general"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The rooms are clean, but this hotel is not safe: thugs were banging on doors and shouting in the hallways all night.", "en"),
    ("Nie czuliśmy się tam bezpiecznie, w nocy ktoś dobijał się do drzwi.", "pl"),
    ("Ми не почувалися в безпеці: вночі хтось грюкав у двері.", "uk"),
])
def test_a_guest_who_did_not_feel_safe_hears_that_first(text, lang):
    assert "unsafe" in analyse(text, 2, lang, domain="hospitality").grave
    for draft in drafts_for_authors(text, 2, GENERAL_HOTEL_PLAIN):
        assert re.search(r"feel safe|bezpiecznie|у безпеці", draft), draft
        assert not re.search(r"najprostsze rozwiązanie|найпростіше рішення|simplest|discount|rabat|знижк", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("The hotel feels safe and the staff are lovely.", "en"),
    ("Czuliśmy się tu bezpiecznie, personel bardzo miły.", "pl"),
])
def test_feeling_safe_is_no_safety_complaint(text, lang):
    assert "unsafe" not in analyse(text, 5, lang, domain="hospitality").grave


@pytest.mark.parametrize(("text", "lang"), [
    ("Worst breakfast ever, greasy potatoes, and I feel sick after eating a few bites.", "en"),
    ("Po śniadaniu źle się poczułem po tej jajecznicy, mdłości do wieczora.", "pl"),
    ("Після сніданку мені стало погано від цієї яєчні, нудота до вечора.", "uk"),
])
def test_feeling_sick_after_the_meal_is_a_health_worry(text, lang):
    assert analyse(text, 1, lang, domain="hospitality").kind.health


def test_almost_feeling_sick_at_the_sight_is_no_illness():
    assert not analyse("The bathroom almost made me sick, it was that dirty.", 1, "en", domain="hospitality").kind.health


@pytest.mark.parametrize(("text", "lang"), [
    ("Chcesz zostać okradziony w biały dzień? Za 300 zł za dobę nie ma nawet śniadania.", "pl"),
    ("We were robbed at that price, no breakfast and no air conditioning.", "en"),
])
def test_a_price_called_robbery_is_no_safety_complaint(text, lang):
    assert "unsafe" not in analyse(text, 1, lang, domain="hospitality").grave


@pytest.mark.parametrize(("text", "lang"), [
    ("The wait was long but totally worth it! Best ramen in town, friendly staff.", "en"),
    ("We waited 45 minutes for a table, and it was worth every minute. Amazing food.", "en"),
    ("Czekaliśmy pół godziny na stolik, ale warto było czekać. Pyszne jedzenie!", "pl"),
    ("Чекали столик пів години, але воно того варте. Смачно!", "uk"),
])
def test_a_wait_that_was_worth_it_is_praise(text, lang):
    reading = analyse(text, 5, lang, domain="hospitality")
    assert reading.sentiment == "positive" and "waiting" not in reading.problem_categories, reading.problem_categories


@pytest.mark.parametrize(("text", "lang"), [
    ("We waited an hour and it was not worth it.", "en"),
    ("Czekaliśmy godzinę i nie było warto.", "pl"),
    ("Чекали годину, і воно не того варте.", "uk"),
])
def test_a_wait_that_was_not_worth_it_stays_a_complaint(text, lang):
    assert analyse(text, 2, lang, domain="hospitality").sentiment == "negative"


@pytest.mark.parametrize("text", [
    "Пластмасова оболонка відклеюється від штекера через тиждень.",
    "Покриття відшаровується, ручка відпала за місяць.",
])
def test_a_casing_coming_unstuck_is_a_fault(text):
    """("Яка ціна, така якість" is left as it is: under a happy review it means "fair for the money".)"""
    reading = analyse(text, None, "uk", domain="product")  # no stars: the words alone must say it
    assert reading.sentiment == "negative" and "product_defect" in reading.problem_categories, reading.problem_categories


def test_past_visits_enjoyed_do_not_soften_a_fall_that_ends_the_custom():
    text = ("We have eaten here several times in the past and enjoyed our experience, but we were terribly "
            "disappointed on this occasion and will not be returning anytime soon.")
    for draft in drafts_for_authors(text, 1, {"business_name": "Café Lumen", "business_kind": "restaurant_cafe",
                                              "draft_detail": "general"}):
        assert not re.search(r"to your taste|to your liking", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Покористувався два місяці і продав. Думав, що він кращий, а на 4К не тягне взагалі.", "uk"),
    ("Продала його через місяць, бо постійно зависав.", "uk"),
])
def test_selling_it_on_is_no_seller(text, lang):
    """"Продав" (sold it) is a verb, not "продавець" (the seller)."""
    assert "staff" not in analyse(text, 2, lang, domain="product").problem_categories


@pytest.mark.parametrize(("text", "lang"), [
    ("Не вмикається 4G, ІЧ-порт теж не працює. Може, хтось вирішив ці проблеми, допоможіть, не хочеться відправляти в сервісний центр.", "uk"),
    ("Nie działa LTE ani podczerwień. Może ktoś wie, jak to naprawić? Nie chcę go wysyłać do serwisu.", "pl"),
    ("4G won't switch on and the IR port is dead. Any ideas? I don't want to send it in to the service centre.", "en"),
])
def test_a_service_the_customer_would_rather_avoid_has_no_case(text, lang):
    reading = analyse(text, 3, lang, domain="product")
    assert reading.kind.elsewhere != "service", reading.kind.elsewhere
    for draft in drafts_for_authors(text, 3, GENERAL_SHOP):
        assert not re.search(r"już zajmuje się serwis|займається сервісний центр|already (?:with|handling)|service centre (?:is|has)", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Чомусь заявлених 240 Gb немає, в наявності 223 Gb. Побачу, як буде працювати.", "uk"),
    ("Zamiast deklarowanych 240 GB jest tylko 223. Zobaczymy, jak będzie działać.", "pl"),
    ("Instead of the advertised 240 GB there is only 223. We will see how it works.", "en"),
])
def test_less_than_the_listing_states_is_no_praise_under_four_stars(text, lang):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.kind.mismatch and reading.sentiment != "positive", reading.sentiment


def test_a_hiccup_the_customer_sorted_out_is_over():
    text = ("Some challenges with connecting a printer and the internet, but figured it out. "
            "No security problems at all, unlike my old PCs.")
    assert analyse(text, 4, "en", domain="product").kind.resolved
    for draft in drafts_for_authors(text, 4, GENERAL_SHOP):
        assert "wasn't quite what you were hoping for" not in draft, draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Телевізор в принципі хороший, але є нюанс: відсутність звуку.", "uk"),
    ("Telewizor w zasadzie dobry, ale jest jeden szczegół – brak dźwięku.", "pl"),
    ("The TV is basically fine, but there is one small thing: no sound at all.", "en"),
])
def test_one_star_is_never_answered_with_not_everything_to_your_liking(text, lang):
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not re.search(r"не все Вам сподобалося|nie wszystko (?:się )?(?:Państwu |Panu |Pani )?(?:spodobało|przypadło)|"
                             r"to your liking|to your taste", draft), draft


def test_the_reviewers_own_words_decide_pan_or_pani_when_the_name_is_not_used():
    from tests.support.reading import drafts
    text = "Słabo wykonany, plastikowe plecki, szyba porysowała się przez noc. Jestem rozczarowana."
    for draft in drafts(text, 2, GENERAL_SHOP, author="ali ge"):
        assert "Pani" in draft and not re.search(r"\bPan\b|\bPana\b|\bPanu\b", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Słuchawki zepsuły się po 8 miesiącach, na gwarancji otrzymałem nowe po 2 tygodniach. Po 5 minutach prawa słuchawka przestała działać.", "pl"),
    ("Wymienili szczotkę i rurę na nowe, ale z główną usterką serwis nie może sobie poradzić od dwóch miesięcy.", "pl"),
    ("Замінили на новий, а через два дні він теж перестав вмикатися.", "uk"),
    ("They sent me a replacement, and after a week the replacement also stopped working.", "en"),
])
def test_a_replacement_that_failed_again_settles_nothing(text, lang):
    assert not analyse(text, 1, lang, domain="product").kind.resolved
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not re.search(r"udało się już rozwiązać|jak sprawa się zakończyła|вже вирішено|чим усе завершилося|"
                             r"already been put right|glad it'?s (?:sorted|resolved)", draft), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Одна конфорка гасне. Швидше за все проблема в газ-контролі. Завтра телефонуватиму в сервісний центр.", "uk"),
    ("Jeden palnik gaśnie. Jutro zadzwonię do serwisu.", "pl"),
    ("One burner keeps going out. Tomorrow I'll call the service centre.", "en"),
])
def test_a_call_to_the_service_still_to_make_is_nobodys_case_yet(text, lang):
    assert analyse(text, 2, lang, domain="product").kind.elsewhere != "service"


@pytest.mark.parametrize(("text", "lang"), [
    ("У пюре для малого якісь чорні подовгасті і дрібні маленькі крупинки, незрозуміло з чого.", "uk"),
    ("W słoiczku dla dziecka jakieś czarne drobinki, nie wiadomo co to.", "pl"),
    ("Found black specks in the baby food jar, no idea what they are.", "en"),
])
def test_specks_nobody_can_name_in_food_are_a_safety_matter(text, lang):
    assert analyse(text, 1, lang, domain="product").kind.spoiled


@pytest.mark.parametrize(("text", "lang"), [
    ("В характеристиках зазначено, що країна виробник – Бельгія. Фактично на упаковці написано, що вироблено в Китаї.", "uk"),
    ("W specyfikacji podano, że produkt jest z Belgii. W rzeczywistości na opakowaniu jest Chiny.", "pl"),
    ("The listing says it is made in Belgium. In reality the box says made in China.", "en"),
])
def test_the_listing_and_the_fact_a_sentence_apart_are_a_mismatch(text, lang):
    assert analyse(text, 2, lang, domain="product").kind.mismatch


@pytest.mark.parametrize(("text", "lang"), [
    ("Через годинку пляма вже була менша, а з наступним пранням взагалі зникла! Тепер постійно замовляю.", "uk"),
    ("Plama po kawie zniknęła po pierwszym praniu. Polecam!", "pl"),
    ("The red wine stain came right out after one wash. Amazing!", "en"),
])
def test_a_stain_that_disappeared_is_a_stain_remover_praised(text, lang):
    reading = analyse(text, 5, lang, domain="product")
    assert reading.sentiment == "positive" and "cleanliness" not in reading.problem_categories, reading.problem_categories


HOTEL = {"business_name": "Hotel Riviera", "business_kind": "hotel", "draft_detail": "general"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The rest of my family received their deposit on check out but I am yet to receive mine. Numerous calls and emails.", "en"),
    ("Minął miesiąc, a kaucji nadal nie zwrócili, nikt nie odbiera telefonu.", "pl"),
    ("Заставу досі не повернули, хоча минув місяць.", "uk"),
])
def test_a_deposit_never_given_back_is_money_owed(text, lang):
    assert analyse(text, 1, lang, domain="hospitality").kind.deposit_pending
    for draft in drafts_for_authors(text, 1, HOTEL):
        assert re.search(r"deposit|kaucj|застав", body(draft)), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("The AC was broken. I left my room locked for half an hour and when I returned the door was unlocked and I found my stuff in a different place.", "en"),
    ("Wróciłam po godzinie, drzwi były otwarte, a moje rzeczy przestawione.", "pl"),
])
def test_a_locked_room_found_open_with_things_moved_is_a_safety_matter(text, lang):
    assert "unsafe" in analyse(text, 2, lang, domain="hospitality").grave


@pytest.mark.parametrize(("text", "lang"), [
    ("Телефон куплявся в Європі. Камера ніяка, навушники перестали працювати на другий день.", "uk"),
    ("Telefon kupiony w Niemczech, aparat słaby, słuchawki padły po dwóch dniach.", "pl"),
])
def test_bought_abroad_is_bought_elsewhere(text, lang):
    assert analyse(text, 2, lang, domain="product").kind.elsewhere == "seller"


def test_a_user_or_a_month_of_use_is_no_praise():
    """"Użytkownika", "użytkowania" are the user and the use: neither praises anything."""
    reading = analyse("Dobra jakość dźwięku, automatyczne wyszukiwanie stacji bez ingerencji użytkownika, estetyczny wygląd.",
                      3.5, "pl", domain="product")
    assert reading.sentiment == "positive", (reading.sentiment, reading.positive, reading.negative)


@pytest.mark.parametrize(("text", "lang"), [
    ("В описі товару вказано, що є функція подрібнення льоду. Перечитавши інструкцію, зрозуміла, що в комплектації немає ножа для льоду.", "uk"),
    ("W opisie produktu jest funkcja kruszenia lodu. Po przeczytaniu instrukcji okazało się, że w zestawie nie ma noża do lodu.", "pl"),
    ("The description says it crushes ice. The blade for ice is missing, it comes without it.", "en"),
])
def test_a_function_the_listing_promised_and_the_box_lacks_is_a_mismatch_not_a_repair(text, lang):
    assert analyse(text, 3, lang, domain="product").kind.mismatch
    for draft in drafts_for_authors(text, 3, GENERAL_SHOP):
        assert not re.search(r"ремонт|napraw|repair", draft), draft
