"""Issue 9, fifty-third round (stop 33): what set BW (115 unseen reviews, graded blind) found wrong.

Five drafts of 115 were wrong: two batteries called "tania chińska podróba" answered with a check
of where the goods came from, a router whose listing showed "inny model" answered as a mix-up in
the order, bugs crawling into a hotel bed answered with "sorry for the frustration", and a used
phone a child found pornography on answered with "sorry it fell short of what you hoped for".
Each class is covered here in its own words and in the other two languages; every review here is
made up for these tests. Also: "bought it not here" is elsewhere, and a customer is never told "it
could happen to anyone" (unseen sets: once wrong to someone whose sensor read wrong).

Set BX (115 more, graded blind on the engine after the BW round) had eight wrong drafts; their
classes follow: a delivery the review praised or waved aside chased as a late parcel, "waste of
money" and "якщо б не ціна" read as price complaints, five stars with a heavier note answered with
an apology, "nie jest to moja wina" and "I forgot about the juices" read as the customer's own
doing, "Looking forward..!!" under three stars answered with regret, a delivered meal asked for the
date of a visit.

Set BY's Polish and Ukrainian thirds (graded before its English third was drawn) added three: "nie
da się go ustawić w pozycji stojącej" answered as a first set-up gone wrong, "zgłosiłem
reklamację i cisza" as a claim in hand, "вздулась батарея" as a plain disappointment. Its English
third added three more: "I expressed my irritation" read as a health matter, "asked for cold teas,
given hot tea" as cold food, "I hope they fix this on version 3" as the maker's platform.

Set BZ's Polish and Ukrainian thirds (graded before its English third was drawn): "kupiłam teraz inne
model" read as a wrong item sent, "згорів динамік" and "спалив 5 електродів" as a fire to stop using the
thing for, a return offered after "nie ma opcji zwrotu pieniędzy", and "kilka małych zastrzeżeń – nie
czepiam się" under four stars answered as a fault.

Set CA's Polish and Ukrainian thirds: a return offered after "zwroty odpadają" and "на повернення вже
віддати не зможу", "albo kupić szkło gdzie indziej" read as bought elsewhere, a plate that "nagrzewa
się równomiernie" read as a fault under five stars, four stars with "uważam, że powinna być dołączona
instrukcja… ale bez tego można sobie poradzić" answered as a complaint, and "коли працюєш в Word,
тупить" read as a remark to other readers from someone who never bought it.

Set CB (graded on the engine after CA's Polish and Ukrainian round: 3 wrong in 115) added four-star
praise with a loose plug answered with "sorry for what happened to you", and, told after it, a return
that "odbyła się bez problemów" offered again."""

import json
import re
from pathlib import Path

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_CAFE, GENERAL_HOTEL, GENERAL_SHOP, body, drafts_for_authors

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "reviews"
SETTINGS = {"product": GENERAL_SHOP, "hotel": GENERAL_HOTEL, "restaurant": GENERAL_CAFE}


def _never_says(text, rating, domain, wrong):
    for draft in drafts_for_authors(text, rating, SETTINGS[domain]):
        assert not re.search(wrong, body(draft), re.IGNORECASE), draft


def _always_says(text, rating, domain, right):
    for draft in drafts_for_authors(text, rating, SETTINGS[domain]):
        assert re.search(right, body(draft), re.IGNORECASE), draft


_ORIGIN_CHECK = r"oryginaln|pochodz|pochodzenie|genuine|where (?:it|the item) came from|оригінальн|походж"


@pytest.mark.parametrize(("text", "rating"), [
    ("Bateria trzyma godzinę zamiast trzech. Tania chińska podróba, szkoda pieniędzy.", 1),
    ("Zamiennik tuszu drukuje w paski po tygodniu. Nie jest oryginalny, ale tego się nie spodziewałem.", 2),
    ("A compatible replacement battery that is obviously not genuine quality: half a day and it's flat.", 2),
    ("Аналог картриджа, не оригінал, і це видно: друкує смугами вже з першого дня.", 2),
])
def test_a_cheap_thing_called_a_knock_off_gets_no_origin_check(text, rating):
    _never_says(text, rating, "product", _ORIGIN_CHECK)


@pytest.mark.parametrize(("text", "rating"), [
    ("Sprzedawany jako oryginał, a to zamiennik – podróba jak się patrzy, trzyma pół dnia.", 1),
    ("Listed as genuine OEM, but this replacement battery is a fake, the logo is printed crooked.", 1),
    ("Ці навушники – підробка, а не оригінал: коробка інша, звук жахливий.", 1),
])
def test_goods_passed_off_as_genuine_are_still_an_authenticity_claim(text, rating):
    _always_says(text, rating, "product", _ORIGIN_CHECK + r"|z opisem|the listing")


_MIX_UP = r"pomyłk|mix-up|wrong (?:item|product|model)|помилк\w* (?:із|з|в) замовлення|не той товар"


@pytest.mark.parametrize(("text", "lang"), [
    ("Router nie był nowy, hasło inne niż na naklejce. Na zdjęciach był inny model z USB 3.0, a w opisie 2.0.", "pl"),
    ("The listing photos show a different model with two fans; mine has one and runs hot.", "en"),
    ("На фото в описі інша модель, з металевим корпусом, а цей пластиковий і скрипить.", "uk"),
])
def test_a_listing_that_pictured_another_model_is_no_mix_up_in_the_order(text, lang):
    _never_says(text, 2, "product", _MIX_UP)


@pytest.mark.parametrize("text", [
    "Zamówiłem czarny, przyszedł biały. Ktoś się pomylił przy pakowaniu.",
    "Przysłali inny model niż zamówiony, musiałem odsyłać.",
    "I ordered the blue one and received a red one instead.",
])
def test_a_swap_of_what_was_ordered_is_still_named(text):
    _always_says(text, 1, "product", _MIX_UP + r"|inny model|zamiast|instead|pomyl")


_PESTS = r"pests|insekt|szkodnik|шкідник|комах"


@pytest.mark.parametrize("text", [
    "Room looked fine, but at night small beetle like bugs came out of little holes in the walls and we found bugs in the bed.",
    "W nocy robaki wychodziły ze szczelin i chodziły po łóżku, spaliśmy w ubraniach.",
    "Вночі з щілин у стіні вилазили жуки на ліжко, спали одягнені.",
])
def test_bugs_in_the_bed_are_pests_answered_as_such(text):
    _always_says(text, 2, "hotel", _PESTS)


@pytest.mark.parametrize("text", [
    "There's a bug in the booking app: it showed the wrong dates, and the room was fine.",
    "Great product, and the insect repellent works on the balcony too.",
])
def test_a_software_bug_or_a_repellent_is_no_pest_in_a_shop(text):
    _never_says(text, 2, "product", r"pests|insekt|шкідник")


_SERIOUS = r"serious|poważn|серйозн"
_FELL_SHORT = r"fell (?:this far )?short of what you hoped|hoped for|nie spełnił\w* oczekiwań|не виправдала"


@pytest.mark.parametrize(("text", "lang"), [
    ("Bought a renewed phone as a gift for my daughter. The seller didn't wipe the phone and she found pornography in the gallery.", "en"),
    ("Telefon jako nowy, a w galerii zdjęcia poprzedniego właściciela i jego konto Google. Skandal.", "pl"),
    ("Планшет як новий, а там фото попереднього власника і його акаунт. Жах.", "uk"),
])
def test_a_device_with_a_strangers_content_on_it_is_a_serious_matter(text, lang):
    _always_says(text, 1, "product", _SERIOUS)
    _never_says(text, 1, "product", _FELL_SHORT)


@pytest.mark.parametrize(("text", "lang"), [
    ("Bought it not here, but the screen went dark after a month and the stand wobbles.", "en"),
    ("Kupiłem nie tutaj, ale po miesiącu ekran zgasł, a podstawka się chwieje.", "pl"),
    ("Користуюсь рік, купляв не тут: кольори погані, підставка хитається.", "uk"),
])
def test_bought_not_here_is_bought_elsewhere(text, lang):
    _never_says(text, 2, "product", r"order number|numer zamówienia|номер замовлення")


@pytest.mark.parametrize("text", [
    "Trzeba zasłaniać czujnik przed słońcem, inaczej nie mierzy. Tętno pokazuje 80 przy maksymalnym wysiłku, potem 110 w spoczynku.",
    "I set it up exactly as the manual says and the heart-rate readings are still nonsense: 80 while sprinting.",
    "Налаштував усе за інструкцією, а пульс показує 80 під час бігу і 110 у спокої.",
])
def test_no_customer_is_told_it_could_happen_to_anyone(text):
    _never_says(text, 3, "product", r"happen to anyone|These things happen|przydarzyć każdemu|Takie rzeczy się zdarzają|"
                                    r"статися з кожним|Таке буває")


_CHASED = r"held up|what happened to the shipment|follow up on the delivery|co dzieje się z zamówieniem|що сталося з (?:доставкою|посилкою)"


@pytest.mark.parametrize(("text", "lang"), [
    ("Towar dotarł szybko (+), koszt przesyłki za wysoki, ale sprzęt słabo łapie sygnał, a bateria trzyma dwa dni. Zabawka.", "pl"),
    ("Привезли о 22:50, ну це не біда, але після ввімкнення сам вимикається. Сервіс обіцяв заміну, чекаю.", "uk"),
    ("Fast shipping, but the shipping cost was silly and the unit drops the signal every few minutes.", "en"),
])
def test_a_delivery_praised_or_waved_aside_is_not_chased(text, lang):
    _never_says(text, 2, "product", _CHASED)


@pytest.mark.parametrize(("text", "lang"), [
    ("Paczka szła trzy tygodnie, a miała być w dwa dni.", "pl"),
    ("Посилка йшла три тижні, хоча обіцяли два дні.", "uk"),
    ("The parcel took three weeks to arrive and tracking showed nothing.", "en"),
])
def test_a_late_parcel_is_still_chased(text, lang):
    _always_says(text, 2, "product", _CHASED + r"|number|numer|номер")


_PRICE_APOLOGY = r"price didn't feel fair|price|cena|ceny|cenę|ціна|ціну|вартість"


@pytest.mark.parametrize(("text", "lang"), [
    ("Sounded great for two days, but now they don't make any sound. Waste of money.", "en"),
    ("Po tygodniu przestał działać. Pieniądze wyrzucone w błoto.", "pl"),
    ("Перестав працювати через тиждень. Гроші на вітер.", "uk"),
    ("Кросівки парять ноги, але легкі. Якби не знижка по промокоду, не купив би.", "uk"),
    ("Gdyby nie promocja, nie kupiłbym. Pasek pęka po miesiącu.", "pl"),
])
def test_a_verdict_on_the_money_is_no_price_complaint(text, lang):
    _never_says(text, 1, "product", _PRICE_APOLOGY)


@pytest.mark.parametrize(("text", "lang"), [
    ("Bardzo fajna sprawa. W przystępnej cenie dostajemy dobrą i szyfrowaną kieszeń na dysk. To nie poziom VeraCrypt, ale pod "
     "względem wygody nie ma porównania. Działa w każdym systemie, dobre transfery. Trzeba mieć dwie sztuki, żeby odzyskać dane, "
     "gdyby jedna padła. Mocowanie klapki nie sprawia wrażenia solidnego (dysk na pewno wypadnie przy upadku).", "pl"),
    ("Excellent little drive enclosure, fast transfers, works on every system, great value. The lid latch feels flimsy "
     "and the drive would surely fall out if dropped.", "en"),
])
def test_five_stars_with_a_heavier_note_get_no_apology(text, lang):
    _never_says(text, 5, "product", r"sorry|apolog|przeprasz|przykro|перепрош|прикро")


def test_five_stars_with_an_unanswered_refund_are_still_a_case():
    text = ("The sprayer works great, highly recommend. But the item took almost a month to arrive, I asked for a refund "
            "of the express shipping and never heard back.")
    _always_says(text, 5, "product", r"sorry|apolog")


@pytest.mark.parametrize(("text", "lang"), [
    ("W zestawie miały być dwa szkła, a był jeden, a szkło na ekran odchodzi z każdej strony. Nie, nie jest to moja wina – "
     "kleję szkła od lat.", "pl"),
    ("It peels off at every edge. It's not my fault, I've fitted screen protectors for years.", "en"),
])
def test_a_fault_the_customer_denies_is_not_theirs(text, lang):
    _never_says(text, 1, "product", r"czego (?:Pan|Pani|Państwo) (?:szukał|szukała|szukali)|different from what you expected|"
                                    r"inny, niż|wasn't what you were looking for")


def test_forgetting_to_mention_a_dish_is_no_admission():
    text = ("Sunday brunch: the starters were cold though tasty, and the desserts were really bad. Pizzas and fresh bakes are a "
            "must try, and oh I forgot about the fresh juices - loved them.")
    _never_says(text, 3, "restaurant", r"Tastes differ|different from what you expected|being so open")


def test_three_stars_looking_forward_get_no_regret():
    text = "Visited long ago for cakes. This time it was the street food fest preview, more interesting after the chef's talk. Looking forward..!!"
    _never_says(text, 3, "restaurant", r"sorry|apolog")


def test_a_delivered_meal_is_asked_for_its_order_not_a_visit():
    text = "The package was totally spilled and damaged, and the food was cold."
    _never_says(text, 2, "restaurant", r"your visit")


_FIRST_SETUP = r"pierwsze uruchomienie|konfiguracj|first set-?up|перше (?:увімкнення|налаштування)"


@pytest.mark.parametrize("text", [
    "Wyżłobienie na telefon jest za małe i nie da się go ustawić w pozycji stojącej, ciągle się przewraca.",
    "Korpus, pryzmaty i szkła klejone, oś optyczna rozjechana, nie da się ustawić. Jaka cena, taka jakość.",
])
def test_a_thing_that_cannot_be_positioned_is_no_set_up(text):
    _never_says(text, 2, "product", _FIRST_SETUP)


def test_a_device_the_customer_cannot_configure_still_gets_set_up_help():
    _always_says("Nie umiem skonfigurować kamery z aplikacją, prosi o kod, którego nigdzie nie ma.", 2, "product",
                 r"konfigur|ustawi|krok po kroku")


@pytest.mark.parametrize("text", [
    "Jedno szkło przyszło pobite. Zgłosiłem reklamację i cisza, kilka prób kontaktu i zero porozumienia.",
    "Produkt wadliwy, napisałem do sprzedawcy tydzień temu i nadal cisza. Brak jakiegokolwiek odzewu.",
])
def test_a_claim_met_with_silence_is_answered_as_unanswered(text):
    _never_says(text, 1, "product", r"coś jeszcze będzie niejasne|jest już w toku")
    _always_says(text, 1, "product", r"odpowiedzi|odzew|kontakt|milcz")


@pytest.mark.parametrize("text", [
    "через 3 місяці вздулась батарея, сервіс відмовляє заміну по гарантії",
    "Батарея спухла через пів року, кришка відходить.",
])
def test_a_swollen_battery_is_a_danger(text):
    _always_says(text, 1, "product", r"не користуйтеся|не заряджайте|безпек")


def test_irritation_felt_at_a_queue_jumper_is_no_health_matter():
    text = ("A rude customer pushed in front of me and the assistant manager served him. When I expressed my irritation she "
            "told me 'it is done now'. You have lost my custom.")
    _never_says(text, 1, "restaurant", r"health|allerg")


def test_skin_irritation_is_still_a_health_matter():
    _always_says("The cream caused skin irritation on my face within a day, red and itchy.", 1, "product",
                 r"health|seriously|serious")


def test_a_cold_drink_asked_for_is_no_cold_food():
    _never_says("Poor service. Mistake taking my order. Asked for cold tea, given hot tea.", 1, "restaurant", r"cold food")


def test_a_wish_for_the_next_version_is_no_maker_platform():
    text = ("When it works it's the best keyboard I've owned. But once the battery drains it won't work on cable or bluetooth for "
            "hours. I hope they fix this on version 3, until then 2 stars.")
    _never_says(text, 2, "product", r"manufacturer|their support")


@pytest.mark.parametrize(("text", "lang"), [
    ("Czajnik przestał grzać po dwóch miesiącach. Kupiłam teraz inne model, innej marki, i gotuje szybciej.", "pl"),
    ("It stopped heating after two months, so I bought a different model from another brand.", "en"),
    ("Перестав гріти через два місяці, тож купила іншу модель іншої фірми.", "uk"),
])
def test_another_model_bought_since_is_no_wrong_item(text, lang):
    _never_says(text, 1, "product", _MIX_UP)


_STOP_USING = r"stop using|przestać używać|nie używać|nie korzystać|не користуйтеся|не заряджайте|for safety|bezpieczeństw|безпек"


@pytest.mark.parametrize(("text", "lang"), [
    ("Після першого місяця згорів динамік, здав у ремонт, зробили, а через три дні перестала працювати сімкарта.", "uk"),
    ("Відремонтували, спалив 5 електродів і почалось знову: іскра є, а дугу не підтримує.", "uk"),
    ("Po miesiącu spalił się głośnik, oddałem do serwisu, a teraz nie działa slot karty.", "pl"),
    ("The speaker burned out after a month; they fixed it and now the SIM slot is dead.", "en"),
])
def test_a_part_that_burned_out_is_no_fire(text, lang):
    _never_says(text, 1, "product", _STOP_USING)


@pytest.mark.parametrize(("text", "lang"), [
    ("Po tygodniu z ładowarki poszedł dym i spaliła się płytka.", "pl"),
    ("Через тиждень із зарядки пішов дим і згоріла плата.", "uk"),
])
def test_smoke_is_still_a_danger(text, lang):
    _always_says(text, 1, "product", _STOP_USING)


def test_a_refund_the_shop_ruled_out_is_not_offered_again():
    text = ("Czajnik całkowicie przestał grzać po dwóch miesiącach, a poinformowano mnie, że w reklamacji nie ma opcji zwrotu "
            "pieniędzy.")
    _never_says(text, 1, "product", r"dokonać zwrotu|jak to zrobić|zwrot")


def test_four_stars_with_small_remarks_played_down_are_a_note():
    text = ("Jest ok. Spełnia rolę. Mam jednak kilka małych zastrzeżeń – nie czepiam się, ale brakuje pół milimetra z każdej "
            "strony i folia trzyma za mocno.")
    _never_says(text, 4, "product", r"nie tak powinno|numer zamówienia|numeru zamówienia")


def test_an_appetite_lost_in_a_hot_room_is_no_admission():
    text = ("The room was so hot we had to leave dinner early. It was my birthday but I lost my appetite. I know the A/C was "
            "hard to fix, but dinner should have been comped.")
    _never_says(text, 1, "restaurant", r"Tastes differ|different from what you expected|being so open")


def test_four_stars_a_little_too_sweet_stay_criticism():
    # A small remark is what the reviewer calls small, not any "a little too…": that is the criticism itself.
    for draft in drafts_for_authors("Nice texture, but these biscuits are a little too sweet for us.", 4, GENERAL_SHOP):
        assert not re.search(r"so glad you enjoyed", draft, re.IGNORECASE), draft


@pytest.mark.parametrize(("text", "lang"), [
    ("Zmarnowane pieniądze (zakup na firmę, więc zwroty odpadają). Co kilkanaście sekund dźwięk zanika w rozmowie.", "pl"),
    ("Новий телефон і вже в ремонті, на повернення вже віддати не зможу, пройшло більше 14 днів.", "uk"),
    ("It drops every call after a minute. A return is not possible, it was a company purchase.", "en"),
])
def test_a_return_ruled_out_after_the_word_is_not_offered(text, lang):
    _never_says(text, 1, "product", r"dokonać zwrotu|повернути товар|як це зробити|return it|make a return|how to return")


def test_buying_elsewhere_next_time_is_no_purchase_elsewhere():
    text = ("Ramki szkła są zbyt szerokie i zasłaniają część ekranu, notch jest za nisko. Teraz mam wybór – albo się męczyć, "
            "albo kupić szkło gdzie indziej.")
    _never_says(text, 2, "product", r"sklep, w którym|innym sklepie|tamten sprzedawca")


@pytest.mark.parametrize(("text", "lang"), [
    ("To już drugie urządzenie z tej serii. Wymienne płytki to super rozwiązanie, ale najważniejszy jest materiał. Jest gruby i "
     "trwały, płytka nagrzewa się równomiernie na całej powierzchni. Płytki można myć w zmywarce.", "pl"),
    ("Second one I've owned. The plates are thick and it heats evenly across the whole surface.", "en"),
])
def test_a_plate_that_heats_evenly_is_praised(text, lang):
    _never_says(text, 5, "product", r"co mogłoby być lepsze|co można by poprawić|what could be better|sorry|przykro")


def test_four_stars_with_a_suggestion_they_manage_without_are_a_note():
    text = ("Odbiornik z ładowarką współpracują pewnie, ładowanie indukcyjne jest wygodne. Uważam, że do odbiornika powinna być "
            "dołączona krótka instrukcja montażu, ale bez tego też można sobie poradzić. Niewielkie wybrzuszenie pokrywy, ale to "
            "nie przeszkadza.")
    _never_says(text, 4, "product", r"przepraszamy|przykro nam z powodu|numer zamówienia")


@pytest.mark.parametrize(("text", "lang"), [
    ("Користується дружина, в ігри не грає, але ноутбук постійно тупить, особливо коли працюєш в Word.", "uk"),
    ("Laptop ciągle się zawiesza, szczególnie kiedy pracujesz w Wordzie.", "pl"),
])
def test_the_owners_own_use_in_the_second_person_is_no_remark_to_readers(text, lang):
    _never_says(text, 1, "product", r"порада у виборі|pytania o ten|запитання про цю модель|doradzimy")
    _always_says(text, 1, "product", r"прикро|перепрош|шкода|przykro|przeprasz|szkoda")


def test_four_stars_of_praise_with_a_loose_plug_get_a_mild_apology():
    text = ("Hub super jako rozbudowa portów dla Macbooka. Zamiast dwóch mam teraz 7 portów, zasilanie świetnie się sprawdza. "
            "Jakość materiałów średnia. Wtyczki USB mogłyby być lepiej wykonane, są zbyt luźne i przy trąceniu hub się rozłącza.")
    _never_says(text, 4, "product", r"co (?:Pana|Panią|Państwa) spotkało|poważny problem")


def test_a_return_already_done_is_not_offered_again():
    text = ("Sprzęt niezgodny z aukcją, starszy model, widoczne ślady użytkowania. Reklamacja i zwrot odbyła się bez problemów.")
    _never_says(text, 1, "product", r"dokonać zwrotu|jak to zrobić")


def test_four_stars_that_turn_on_a_note_thank_for_the_praise_too():
    # allegro-bv29, as stored in tests/fixtures/reviews/reviews-heldout-bv.jsonl: graded EDIT on set BV for "szkoda, że nie
    # wszystko było idealne" alone under "jestem Zadowolony".
    text = next(json.loads(line)["text"] for line in (FIXTURES / "reviews-heldout-bv.jsonl").open(encoding="utf-8")
                if '"allegro-bv29"' in line)
    reading = analyse(text, 4, "pl", domain="product")
    assert reading.remark or reading.sentiment == "positive", (reading.sentiment, reading.remark)
    _never_says(text, 4, "product", r"numer zamówienia|przepraszamy")
