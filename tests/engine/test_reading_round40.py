"""Issue 9, fortieth round (stop 25): the classes the fresh sets of stop 24 (AD–AJ) were graded
down for and round 39 left open: a closing pointer to another brand ("lepiej dołożyć i kupić
inną"), a drill that went in for repair twice, so-so said as such ("недуже", "taka sobie"),
four stars whose minuses are put as suggestions, and a plain hotel conceded in the same breath
as its comfort. Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from hugdesk.engine import phrases_en
from hugdesk.engine.complaint_kind import never_again
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors

_BEST_REWARD = re.compile(r"najlepsza nagroda|najlepszą nagrodą|найкраща нагорода|best reward|keeps our team going|"
                          r"zapraszamy ponownie|чекаємо на вас знову|see you again", re.IGNORECASE)
_FELL_SHORT = re.compile(r"fell short|didn't go|did not go|nie wszystko (?:spełniło|się sprawdziło)|"
                         r"не все (?:було|вийшло|склалося)|sorry that your (?:visit|stay)", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Blender mocny, ładnie wykonany, łatwo się myje. Po pół roku pękł dzbanek i nigdzie nie można dokupić nowego. "
           "Niezły sprzęt za te pieniądze, ale lepiej dołożyć trochę i kupić inną markę."),
    ("uk", "Блендер потужний, гарно зроблений, легко миється. Через пів року тріснула чаша, і нову ніде не купиш. "
           "Непоганий за ці гроші, але краще доплатити і купити інший."),
    ("en", "The blender is powerful, well made and easy to clean. After six months the jug cracked and no shop sells a new "
           "one. Decent for the money, but you're better off buying a different brand."),
])
def test_a_closing_pointer_to_another_brand_is_no_happy_review(lang, text):
    assert never_again(text, lang)
    reading = analyse(text, None, lang, domain="product")
    assert reading.is_complaint and not reading.remark, (reading.sentiment, reading.remark)
    for draft in drafts_for_authors(text, None, SHOP):
        assert not _BEST_REWARD.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Wybierałem między dwoma mikserami i w końcu wziąłem ten. Polecam, nie trzeba dopłacać do droższego."),
    ("uk", "Краще не економити на фені: цей коштує трохи більше, але служить роками. Рекомендую."),
    ("en", "I'd been using a cheaper kettle before; this one is worth every penny and I'd buy it again."),
])
def test_buying_this_one_is_no_pointer_elsewhere(lang, text):
    assert not never_again(text, lang)


@pytest.mark.parametrize("text", [
    "Wkrętarka mocna i wygodna, ale w pierwszym roku dwa razy była na naprawie gwarancyjnej, a teraz znów trafi do serwisu.",
    "Odkurzacz fajny, tylko po miesiącu posypał się silnik. Oddałem do serwisu i czekam.",
])
def test_a_machine_in_for_repair_again_is_criticised(text):
    reading = analyse(text, None, "pl", domain="product")
    assert reading.is_complaint and reading.negative >= 1.5, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Якість недуже. Для школи підійде, але кольоропередача недуже, і кабель випадає."),
    ("uk", "Звук так собі."),
    ("pl", "Jakość taka sobie, kolory blade."),
    ("pl", "Jestem średnio zadowolona z tego depilatora."),
])
def test_so_so_said_as_such_is_criticism(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.negative >= 1 and reading.sentiment in ("mixed", "negative"), (reading.sentiment, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Tak sobie pomyślałam, że napiszę kilka słów: pościel świetna, miękka i przyjemna."),
    ("pl", "Plaża taka sobie, ale miło. Woda rewelacyjna, pokoje czyste."),
    ("uk", "Так собі думаю, що це найкраща покупка року: швидкий, тихий, зручний."),
    ("uk", "Зручна, легка і дуже тиха."),
])
def test_so_so_words_elsewhere_stay_praise(lang, text):
    reading = analyse(text, None, lang)
    assert reading.sentiment == "positive" or reading.negative <= 0.5 or reading.remark, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("en", "Good hotel overall. A few small things could make the stay even better: there is one slow lift and no hooks in "
           "the bathroom. They should add a couple of hooks and a second towel rack."),
    ("pl", "Hotel ogólnie dobry, obsługa miła. Przydałby się drugi wieszak na ręczniki w łazience, a przy windzie można by "
           "dodać ławkę."),
    ("uk", "Готель загалом добрий, персонал привітний. У ванній не завадило б ще кілька гачків, а біля ліфта варто було б "
           "поставити лавку."),
])
def test_four_stars_with_suggestions_are_a_happy_review_with_notes(lang, text):
    reading = analyse(text, 4, lang, domain="hospitality")
    assert reading.remark and reading.suggested, (reading.sentiment, reading.remark, reading.suggested)
    for draft in drafts_for_authors(text, 4, HOTEL):
        assert not _FELL_SHORT.search(draft), draft
        assert not re.search(r"dates of your stay|terminem pobytu|дат\w* перебування", draft), draft


def test_four_stars_that_only_report_faults_are_no_suggestions():
    text = "The lift was broken all week and the room was filthy. They should refund us."
    reading = analyse(text, 4, "en", domain="hospitality")
    assert reading.is_complaint and not reading.remark, (reading.sentiment, reading.remark)


@pytest.mark.parametrize("lang,text", [
    ("en", "Stayed two nights. The room is basic yet comfortable, and the street is busy but the room was quiet."),
    ("pl", "Pokój skromny, ale czysty i wygodny. Na jedną noc w sam raz."),
    ("uk", "Номер скромний, але чистий і зручний. На одну ніч саме те."),
])
def test_a_plain_room_conceded_beside_its_comfort_is_no_shortfall(lang, text):
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert not _FELL_SHORT.search(draft), draft
        assert not re.search(r"dates of your stay|terminem pobytu|дат\w* перебування", draft), draft


def test_a_basic_room_without_a_concession_is_still_a_minus():
    reading = analyse("The room was very basic and the bed was hard.", 2, "en", domain="hospitality")
    assert reading.is_complaint and reading.negative >= 1, (reading.sentiment, reading.negative)


# From an English tuning sample (round BJ, Datafiniti hotels and Amazon fine food, even halves).
@pytest.mark.parametrize("text", [
    "Good flavour, but the pods do not have enough cocoa mix to make a proper cup.",
    "The room was not big enough for four of us.",
    "Two TVs in the room and only one worked.",
    "Do not pay to park here, it is just a way to steal $11 a day from you!",
])
def test_too_little_half_broken_and_a_charge_warned_against_are_criticism(text):
    reading = analyse(text, 4, "en")
    assert reading.negative >= 1 and reading.sentiment in ("mixed", "negative"), (reading.sentiment, reading.negative)


@pytest.mark.parametrize("text", [
    "I can't say enough good things about this place!",
    "I can't thank the staff enough for their help.",
    "I can't recommend this hotel enough.",
    "We couldn't get enough of the pastries!",
])
def test_not_enough_in_praise_stays_praise(text):
    reading = analyse(text, 5, "en")
    assert reading.sentiment == "positive" and not reading.is_complaint, (reading.sentiment, reading.negative)


def test_recommended_but_not_too_much_is_a_joke():
    text = ("Jedzenie świetne, obsługa bardzo miła, piękne SPA. Polecam, ale nie za bardzo, bo sam chcę tam jeszcze znaleźć "
            "miejsce dla siebie.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.sentiment == "positive" and not reading.is_complaint, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("lang,text,rating", [
    ("pl", "Telewizor świetny, obraz rewelacyjny. Szkoda tylko, że aplikacji TVP Sport nie ma w sklepie Tizen.", 4),
    ("uk", "Телевізор чудовий, картинка супер. Шкода лише, що в магазині Google Play немає потрібного застосунку.", 4),
])
def test_an_app_store_is_no_other_shop(lang, text, rating):
    assert analyse(text, rating, lang, domain="product").kind.elsewhere != "seller"
    for draft in drafts_for_authors(text, rating, SHOP):
        assert not re.search(r"innym sklepie|іншому магазині|тим продавцем|tamten sprzedawca", draft), draft


def test_a_named_shop_is_still_another_seller():
    reading = analyse("Kupiłem go w sklepie Komfort, a po tygodniu się zepsuł.", 2, "pl", domain="product")
    assert reading.kind.elsewhere == "seller", reading.kind.elsewhere


def test_a_long_four_star_text_with_two_light_notes_is_thanked():
    text = ("Bardzo cienki i naprawdę super. Obraz spełnia oczekiwania, pilot rewelacyjny, WiFi działa bez zarzutu, dźwięk "
            "dobry. Podstawa taka sobie, a niestety nie ma aplikacji TVP Sport.")
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"niemiła sytuacja|innym sklepie|numer zamówienia", draft), draft


# From a second English tuning sample (round BK, 23 / 7 / 2).
def test_one_star_over_a_text_that_sums_up_in_favour_reads_the_text():
    text = ("Rooms were comfortable and clean and the staff were very pleasant, a great stay for the price. Dinner in the "
            "restaurant one night wasn't very good, but breakfast was good. Overall the stay was a good value.")
    reading = analyse(text, 1, "en", domain="hospitality")
    assert reading.sentiment == "positive" and not reading.is_complaint, reading.sentiment
    for draft in drafts_for_authors(text, 1, HOTEL):
        assert not re.search(r"fell (?:this|so) far short|so sorry|such a disappointment", draft), draft


def test_one_star_with_a_verdict_against_stays_a_complaint():
    text = "Rooms were clean and the staff pleasant, but the bed was broken and the shower cold. Overall a good location, never again."
    assert analyse(text, 1, "en", domain="hospitality").is_complaint


@pytest.mark.parametrize("text", [
    "Nice hotel for a fair price. There was some hair on the floor and in the sink.",
    "The room was clean and the service great, but the room could use some maintenance.",
])
def test_hair_in_the_sink_and_a_room_needing_work_are_criticism(text):
    reading = analyse(text, 3, "en", domain="hospitality")
    assert reading.is_complaint and reading.negative >= 1, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("slot", ["after_sales_return", "after_sales_exchange", "after_sales"])
def test_a_return_question_is_looked_at_never_offered(slot):
    # "We can check the options for a return" was read as a return the shop never configured.
    for line in phrases_en.COUNTERACT[slot]:
        assert not re.search(r"options for|arrange|we'll (?:take|send|refund|replace)", line), line


# From a Polish Ceneo and Ukrainian Rozetka tuning sample (round BL: pl 26 / 12 / 2, uk 20 / 8 / 2).
@pytest.mark.parametrize("text", [
    "Kupiłem to urządzenie przez allegro i szkoda kasy, sterowniki się nie instalują, błąd kod 10.",
    "Zamówiłam na Allegro, po tygodniu przestało działać.",
])
def test_allegro_is_the_marketplace_we_sell_on_not_another_shop(text):
    reading = analyse(text, 1, "pl", domain="product")
    assert reading.kind.elsewhere != "seller", reading.kind.elsewhere
    for draft in drafts_for_authors(text, 1, SHOP):
        assert "u sprzedawcy, u którego" not in draft and "innym sklepie" not in draft, draft


def test_bought_not_on_allegro_is_bought_elsewhere():
    assert analyse("Kupiłem nie na allegro, tylko w markecie. Po tygodniu się zepsuł.", 1, "pl").kind.elsewhere == "seller"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Хороша суміш, але на жаль вже дуже давно немає в наявності."),
    ("pl", "Świetna karma, tylko od miesięcy brak jej na stanie."),
])
def test_out_of_stock_without_an_order_is_no_cancelled_order(lang, text):
    assert "cancelled_order" not in analyse(text, 4, lang, domain="product").issues
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"невиконане замовлення|що з ним сталося|anulowan|co stało się z zamówieniem", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Замовила суміш, оплатила, а через день написали, що товару немає в наявності."),
    ("pl", "Zamówiłem i zapłaciłem, a po tygodniu napisali, że brak towaru na stanie."),
])
def test_out_of_stock_after_an_order_is_still_a_cancelled_order(lang, text):
    assert "cancelled_order" in analyse(text, 1, lang, domain="product").issues


@pytest.mark.parametrize("text", [
    "Tusz sam w sobie jest dobry, jednak jego cena jest o wiele za wysoka.",
    "Zegarek ma główny mankament, czas pracy baterii. 1-2 dni, dramat. Menu mało funkcjonalne.",
])
def test_a_steep_price_a_main_flaw_and_little_function_are_criticism(text):
    reading = analyse(text, 3, "pl", domain="product")
    assert reading.is_complaint and reading.negative >= 1.5, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Szczoteczka dobrze wyprofilowana, bezpieczna. Jedyny, jak dla mnie DUŻY MINUS za brak śrubokrętu w zestawie. "
           "Reszta bez zarzutu."),
    ("uk", "За таку ціну задоволена. Користуюся два місяці без нарікань, крім єдиного: зерно не меле зовсім. Інше чудово!"),
])
def test_the_one_minus_set_apart_in_other_words_is_acknowledged(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.marked and reading.remark, (reading.marked, reading.remark)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert _SORRY.search(draft) or re.search(r"uwag|зауваж", draft), draft


_SORRY = re.compile(r"przykro|przeprasza|szkoda|шкода|прикро|перепрошу|sorry|apolog", re.IGNORECASE)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Перемелює все в кашу. Навіть якщо вам здалося, що блендер не справився, включіть ще один цикл «смузі»."),
    ("pl", "Miele wszystko na gładko. Jeśli wydaje się, że blender nie daje rady, włącz jeszcze raz program smoothie."),
    ("en", "Blends everything smooth. If it seems it didn't cope, just run the smoothie cycle again."),
])
def test_a_fault_supposed_in_advice_is_a_tip(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.negative == 0 and not reading.is_complaint, (reading.sentiment, reading.negative)


def test_a_real_fault_before_advice_still_counts():
    reading = analyse("The lid cracked after a week. If you buy it, try to be gentle with it.", 2, "en", domain="product")
    assert reading.is_complaint


@pytest.mark.parametrize("lang,text", [
    ("uk", "Легкий, зручний в руці, тихо працює. Пюре та коктейлі робить добре."),
    ("pl", "Lekki, wygodny, cicho pracuje. Koktajle robi dobrze."),
    ("en", "Light, comfortable in the hand and quiet. Makes good smoothies."),
])
def test_three_stars_over_praise_alone_thank_for_the_good_words(lang, text):
    for draft in drafts_for_authors(text, 3, SHOP):
        assert re.search(r"добре слово|сподобалося|dobre słowo|sprawdziło|good words|what you liked", draft), draft
        assert not re.search(r"so glad|lovely review|tak pozytywn|найкраща нагорода", draft), draft


@pytest.mark.parametrize("text", ["Lekki, wygodny, cicho pracuje.", "Fajny i lekki", "Szybko i wygodnie"])
def test_short_polish_without_diacritics_is_polish(text):
    from hugdesk.engine.language import detect_language
    assert detect_language(text) == "pl"


# From a second Ceneo and Rozetka sample (round BM: pl 32 / 7 / 1, uk 19 / 10 / 1).
@pytest.mark.parametrize("lang,text", [
    ("uk", "SSD ставив замість HDD, за рік використання проблем не було, швидкість завантаження кілька секунд."),
    ("pl", "Dysk działa od roku, problemów nie było, system wstaje w kilka sekund."),
])
def test_no_problems_there_were_is_praise(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.negative == 0 and not reading.is_complaint, (reading.sentiment, reading.negative)


def test_a_problem_there_was_is_still_one():
    assert analyse("Problem był taki, że pilot przestał działać.", 3, "pl").negative >= 1


@pytest.mark.parametrize("lang,text", [
    ("pl", "Wszystko zapowiadało się super, do czasu gdy aparat nie chciał się włączyć."),
    ("pl", "Bateria słabnie po 8 godzinach, wolny system, wolna reakcja na dotyk."),
    ("uk", "Усе було добре, а тепер камера не хоче вмикатися взагалі, і батарея не хоче заряджатися."),
])
def test_a_device_that_would_not_start_or_runs_slow_is_a_fault(lang, text):
    reading = analyse(text, 3, lang, domain="product")
    assert reading.is_complaint and reading.negative >= 1.5, (reading.sentiment, reading.negative)


def test_a_free_room_is_still_vacant_not_slow():
    assert not analyse("Hotel miał jeszcze wolne pokoje w dobrej cenie, basen czysty.", None, "pl",
                       domain="hospitality").is_complaint


@pytest.mark.parametrize("lang,text", [
    ("pl", "Jakość dobra, szybkość działania też. Cena za wysoka w stosunku do możliwości tego modelu."),
    ("uk", "Якість добра, швидкість теж. Ціна зависока як на можливості цієї моделі."),
])
def test_a_price_the_only_criticism_is_answered_as_the_price(lang, text):
    assert analyse(text, 3, lang, domain="product").price_only
    for draft in drafts_for_authors(text, 3, SHOP):
        assert re.search(r"cen|ціна|ціну", draft.lower()), draft


@pytest.mark.parametrize("module", ["phrases_en", "phrases_pl", "phrases_uk"])
def test_no_line_promises_personal_help_or_a_service_centre(module):
    import importlib
    mod = importlib.import_module(f"hugdesk.engine.{module}")
    lines = [line for table in (mod.SLOTS, mod.GUIDANCE) for lines in table.values() for line in lines]
    assert not [line for line in lines if re.search(r"personally|osobiście pomog|особисто допоможу|autoryzowany serwis|"
                                                    r"authori[sz]ed service|авторизований сервіс", line)]


def test_exchanged_and_still_humming_is_not_settled():
    text = ("Chłodzenie miałoby ode mnie najwyższą notę, gdyby nie wentylator. Wcześniej były nadzwyczaj ciche. Obecnie słychać "
            "buczenie już od 900 obrotów. Pierwszy wentylator dałem wymienić. Drugi jest również głośny. Wymieniłem więc na "
            "wyższy model. Dalej buczy.")
    assert not analyse(text, None, "pl", domain="product").kind.resolved


@pytest.mark.parametrize("text", [
    "Дитині не сподобалось, важко пити + Ціна - Дуже солодкий, аж приторний",
    "Бюджетний ноут. Жорсткий диск підторможує. Якість екрана бажає ліпшого.Достоинства: ЦінаНедостатки: Десята вінда важкувата",
])
def test_a_price_among_the_pros_is_never_what_disappointed(text):
    for draft in drafts_for_authors(text, 3, SHOP):
        assert "ціна Вас розчарувала" not in draft, draft


# From a third Ceneo and Rozetka sample (round BO: pl 28 / 10 / 2, uk 21 / 7 / 2) and English BN (20 / 12 / 0).
def test_a_search_for_drivers_is_no_fraud_and_a_pixelated_screen_no_burn():
    text = ("В цілому ноут пристойний, гарна продуктивність. Але дуже бісить екран: я майже бачу попіксельно, шрифти "
            "розпливаються.Достоинства: Швидкість роботи, легкий пошук драйверівНедостатки: екран жахливий")
    reading = analyse(text, 4, "uk", domain="product")
    assert "misled" not in reading.grave and not reading.kind.harm, (reading.grave, reading.kind.harm)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert "неприпустимо" not in draft and "трапилося" not in draft, draft


@pytest.mark.parametrize("text", ["Мене обманули з підсвіткою клавіатури.", "Після їжі отруїлася дитина, довелося їхати в лікарню."])
def test_fraud_and_poisoning_are_still_read(text):
    reading = analyse(text, 1, "uk", domain="product")
    assert reading.grave or reading.kind.harm, (reading.grave, reading.kind.harm)


@pytest.mark.parametrize("lang,text", [
    ("uk", "Через тиждень перестали працювати всі порти usb, довелось повернути назад в магазин. А взагалі він мені "
           "сподобався, рекомендую."),
    ("pl", "Po tygodniu przestały działać porty USB, musiałem go zwrócić do sklepu. Poza tym mi się podobał, polecam."),
    ("en", "After a week the USB ports stopped working, so I had to return it. Otherwise I liked it and recommend it."),
])
def test_a_return_already_made_is_not_offered_again(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.kind.after_sales == "" or reading.kind.resolved, (reading.kind.after_sales, reading.kind.resolved)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"оформити повернення|jak dokonać zwrotu|dokonać zwrotu|return question", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Впринципі задоволена, працює добре. Має один мінус – трохи гучний. Але я задоволена покупкою. Рекомендую."),
    ("pl", "Ogólnie jestem zadowolona, działa dobrze. Ma jeden mały minus – trochę głośno pracuje. Polecam."),
])
def test_one_minus_named_as_such_is_acknowledged(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.marked, reading.marked


@pytest.mark.parametrize("lang,text", [
    ("uk", "Все наче нормально, але доставка підкачала: ввела одні дані, а прийшло на інше ім'я."),
    ("uk", "Овочі перемелює, але м'ясо, мабуть, не потягне."),
    ("uk", "Банки з іржею, мабуть, склад вологий. Так не має бути, це дитяче харчування."),
    ("pl", "Tusz jest mniej wydajny od konkurencyjnego o około 20%."),
    ("pl", "Przereklamowane, można zagrać, jak nuda doskwiera."),
])
def test_let_down_wont_cope_should_not_be_and_less_efficient_are_criticism(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.negative >= 1 and reading.sentiment in ("mixed", "negative"), (reading.sentiment, reading.negative)


def test_four_stars_whose_criticism_nearly_matches_the_praise_get_no_best_reward():
    text = ("Ніж добре подрібнює, погружний блендер збиває добре, але тільки м'які фрукти: з яблуком не справляється, з "
            "насадок толку ніякого, тверді овочі перетирає погано.")
    for draft in drafts_for_authors(text, 4, SHOP):
        assert "найкраща нагорода" not in draft and "приємного користування" not in draft.lower(), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Przydało by się, aby wyświetlacz pokazywał również ręczne zmiany programu."),
    ("uk", "Не завадило б, якби дисплей показував і ручні налаштування програми."),
    ("en", "It would be nice if the display also showed the manual programme settings."),
])
def test_four_stars_over_a_suggestion_alone_thank_no_kind_words(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.suggested and reading.sentiment == "neutral", (reading.sentiment, reading.suggested)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"miłe słowa|trafny|kind feedback|kind words|приємні слова|добре слово|lived up", draft), draft
        assert re.search(r"lepsze|poprawić|краще|could be better", draft), draft


def test_switching_brands_is_a_verdict_against():
    assert never_again("Mam zamiar zmienić go na inną markę. Wyleczyłem się z Samsunga.", "pl")


def test_could_of_been_better_is_criticism():
    reading = analyse("The food was very good. The staffing could of been better. Only one server for the whole place.", 3, "en")
    assert reading.negative >= 1 and not reading.plain_praise, (reading.negative, reading.plain_praise)


# From a fourth Ceneo and Rozetka sample (round BQ: pl 28 / 8 / 4, uk 22 / 5 / 3) and English BP (23 / 9 / 0).
@pytest.mark.parametrize("lang,text,rating", [
    ("uk", "Приємно вражена, тарілочка супер, нам сподобалась + Добре тримає присоска, гарний колір - Недоліків не найшла", 4),
    ("uk", "Це не блендер, це танк: меле все що завгодно. Користуюся вже другий рік, недоліків не виявив.", 5),
    ("pl", "To nie blender, to czołg: miele wszystko. Używam drugi rok, wad nie zauważyłem.", 5),
])
def test_no_flaw_found_is_no_remark(lang, text, rating):
    reading = analyse(text, rating, lang, domain="product")
    assert reading.negative == 0 and not reading.remark, (reading.negative, reading.remark)
    for draft in drafts_for_authors(text, rating, SHOP):
        assert not _SORRY.search(draft) and not re.search(r"lepsze|poprawić|краще|зауваження", draft), draft


def test_the_minus_named_before_a_lack_is_still_a_minus():
    reading = analyse("Hotel bardzo dobry, basen piękny. Minusem jest brak kącika zabaw dla dzieci.", None, "pl",
                      domain="hospitality")
    assert reading.negative >= 1, reading.negative


@pytest.mark.parametrize("lang,text", [
    ("pl", "Produkt bardzo dobrej jakości. Wadą jest brak pomiaru ciśnienia na innym telefonie niż Samsung."),
    ("pl", "Smartfon to istna rakieta, jedynie do czego mogę się przyczepić, to trochę zbyt cichy tryb głośnomówiący. Polecam."),
    ("uk", "Дуже якісний годинник. Недоліком є те, що тиск міряє лише з телефоном Samsung."),
])
def test_the_minus_named_as_such_in_other_words_is_a_note(lang, text):
    reading = analyse(text, 4.5, lang, domain="product")
    assert reading.marked and reading.remark, (reading.marked, reading.remark)
    for draft in drafts_for_authors(text, 4.5, SHOP):
        assert not re.search(r"numer zamówienia|номер замовлення|nie tak powinno", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Spoko. Wszędzie jest napisane, że obsługuje dwie karty SIM. A w rzeczywistości dostałem telefon na jedną kartę."),
    ("uk", "Нормально. Скрізь написано, що підтримує дві SIM-картки. А насправді отримав телефон з лотком на одну."),
])
def test_a_description_contradicted_in_reality_is_criticism(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.is_complaint, (reading.sentiment, reading.negative)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"bardzo miłe|motywacja|мотивують|найкраща нагорода", draft), draft


def test_no_such_words_motivate_us_right_after_a_regret():
    text = "Dobre tanie słuchawki, jedyna wada to mikrofon: rozmówcy lepiej słyszą otoczenie niż mnie."
    for draft in drafts_for_authors(text, 4, SHOP):
        body = draft.split("\n\n")
        assert not any(re.search(r"przykro|szkoda", p, re.I) and re.search(r"słowa to dla nas", p) for p in body), draft
        assert "Takie słowa to dla nas duża motywacja" not in draft, draft


# From the fresh sets' WRONGs (AK and AL, graded once, fixed after): every review here is made up.
def test_adverts_are_no_complaint_claim():
    reading = analyse("Działa bez zarzutu, choć jeszcze nie umiem nim się posługiwać jak na reklamach. Polecam.", 5, "pl")
    assert reading.negative == 0 and not reading.is_complaint, (reading.sentiment, reading.negative)
    assert analyse("Złożyłam reklamację i czekam już miesiąc.", 2, "pl").negative >= 1


@pytest.mark.parametrize("text", [
    "Najważniejszy mankament: głośnik z tyłu, ledwo słychać, jak ktoś dzwoni. Poza tym minusów jak na razie nie ma.",
    "Lodówka wygląda świetnie, ale nie chłodzi i nie mrozi, a reklamacja trwa od miesiąca.",
])
def test_a_main_flaw_and_a_fridge_that_does_not_cool_are_faults(text):
    reading = analyse(text, 3, "pl", domain="product")
    assert reading.is_complaint and reading.negative >= 1.5, (reading.sentiment, reading.negative)
    for draft in drafts_for_authors(text, 3, SHOP):
        assert not re.search(r"bardzo miłe|zakup okazał się trafiony|pomagają wybrać", draft), draft


def test_a_design_minus_under_five_stars_is_a_note_not_an_incomplete_order():
    text = "Mniejsza wersja konsoli, chodzi cichutko i szybko. Na minus to brak podstawki w zestawie."
    reading = analyse(text, 5, "pl", domain="product")
    assert reading.marked and reading.remark, (reading.marked, reading.remark)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert "niekompletn" not in draft and "numer zamówienia" not in draft, draft


def test_two_single_beds_for_a_double_booked_is_the_wrong_room():
    text = "Good value because we booked online. I asked for a double bed and I had 2 single beds. Close to the metro."
    assert "room_not_booked" in analyse(text, 3, "en", domain="hospitality").issues


def test_na_minus_among_several_complaints_without_stars_is_no_happy_review():
    text = ("Pokój duży, czysty, przyjemnie urządzony. Niestety w pokoju nie było światła, trzeba było wzywać obsługę. Na minus "
            "brak telefonu na recepcję w pokoju. Śniadania smaczne, choć niezbyt bogaty wybór.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert not reading.marked, reading.marked
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not re.search(r"doceniona|tak ciepłe|najlepsza nagroda", draft), draft
