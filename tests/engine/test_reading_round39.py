"""Issue 9, thirty-ninth round (stop 24): the classes a tuning sample from the halves kept for
reading (PolEmo's unlabelled test texts, PolEmo's labelled training half, BohdanYatsyna's raw
Rozetka dumps, Amazon fine food and Datafiniti hotels; graded blind by native senior-care-agent
readers) was graded down for: praise the word lists misread as criticism ("wolne pokoje", a hair
dryer, "a poor student", another hotel's failings), a page of praise with one regret, "everything
great, but…" in Polish and Ukrainian, the one reason for a missing star, questions asking where to
turn under five stars, and a hotel nobody answers the phone at. Every review here is made up for
these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from hugdesk.engine.complaint_kind import real_question, seeks_help
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors

_SORRY = re.compile(r"przykro|przeprasza|шкода|прикро|перепрошу|sorry|apolog", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "W sierpniu, w pełni sezonu, hotel miał jeszcze wolne pokoje i to w dobrej cenie. Basen czysty, śniadania smaczne.",
    "Przyszliśmy bez rezerwacji, a i tak był wolny stolik. Obsługa miła, pizza bardzo dobra.",
])
def test_a_free_room_or_table_is_vacant_not_slow(text):
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.sentiment == "positive" and not reading.is_complaint, (reading.sentiment, reading.negative)


def test_slow_service_is_still_slow():
    assert analyse("Obsługa bardzo wolna, czekaliśmy godzinę.", None, "pl", domain="hospitality").is_complaint


@pytest.mark.parametrize("lang,text", [
    ("pl", "Pokój przestronny, łazienka czysta, śniadania obfite. Brak suszarki do włosów w pokoju, można ją pożyczyć w "
           "recepcji. Obsługa bardzo miła, widok z okna piękny."),
    ("en", "Spacious room, spotless bathroom, lovely breakfast. The hair dryer in the room was weak, but the staff were "
           "kind and the view was stunning."),
    ("uk", "Номер просторий, ванна чиста, сніданки смачні. Фен для волосся слабенький, але персонал привітний і вид чудовий."),
])
def test_a_hair_dryer_is_no_hair_in_the_room(lang, text):
    reading = analyse(text, None, lang, domain="hospitality")
    assert "hygiene" not in reading.grave and "cleanliness" not in reading.problem_categories, (reading.grave,
                                                                                              reading.problem_categories)
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not re.search(r"czysto|brud|clean|dirt|чист|бруд", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "W łazience było pełno włosów w odpływie, a ręczniki brudne."),
    ("en", "There was hair in the shower and the towels were stained."),
])
def test_hair_in_the_shower_is_still_dirt(lang, text):
    assert "hygiene" in analyse(text, 2, lang, domain="hospitality").grave


@pytest.mark.parametrize("text", [
    "Bought these for my son at college. He says they are the best snack for a poor student on a budget, and the bag "
    "lasts him weeks.",
    "Fed my poor old dog on this for a month and she gobbles it up every time. Great value.",
])
def test_a_poor_student_is_short_of_money_not_of_quality(text):
    reading = analyse(text, 5, "en", domain="product")
    assert reading.sentiment == "positive" and not reading.is_complaint, (reading.sentiment, reading.negative)


def test_poor_quality_is_still_poor():
    assert analyse("Poor quality, the seams split in a week.", 2, "en", domain="product").is_complaint


@pytest.mark.parametrize("text", [
    "I would have liked a bigger room, the one we got barely fit our cases.",
    "Would've liked more choice at breakfast.",
])
def test_would_have_liked_is_a_wish_for_what_was_missing(text):
    reading = analyse(text, 3, "en", domain="hospitality")
    assert reading.negative > 0 and reading.positive == 0, (reading.positive, reading.negative)


def test_liked_is_praise():
    reading = analyse("We liked the room and the breakfast a lot.", None, "en", domain="hospitality")
    assert reading.sentiment == "positive" and reading.positive > 0


@pytest.mark.parametrize("lang,text,domain", [
    ("pl", "Pierwszy hotel, który zarezerwowałem, to była porażka: brudny pokój bez okna. Na szczęście trafiłem tutaj. "
           "Pokoje czyste, widok z balkonu ładny, obsługa uprzejma. Polecam.", "hospitality"),
    ("en", "The first hotel we booked was a disaster, filthy and loud, so we moved here after one night. Clean rooms, "
           "friendly staff and a great breakfast.", "hospitality"),
    ("uk", "Попередній готель був жахливий: брудно і шумно. Тут усе інакше: чисті номери, привітний персонал, смачні сніданки.",
     "hospitality"),
])
def test_another_hotels_failings_are_not_ours(lang, text, domain):
    reading = analyse(text, None, lang, domain=domain)
    assert not reading.is_complaint, (reading.sentiment, reading.positive, reading.negative, reading.problem_categories)
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not _SORRY.search(draft), draft


def test_our_first_hotel_room_is_still_ours():
    reading = analyse("The first hotel room they gave us was filthy and loud.", 2, "en", domain="hospitality")
    assert reading.is_complaint and reading.negative > 0


@pytest.mark.parametrize("text", [
    "Atutem hotelu jest położenie, w samym centrum, blisko rynku. Pokoje po remoncie, łóżka wygodne, w nocy cicho. "
    "Szkoda, że zlikwidowano parking przed wejściem. Śniadanie smaczne, duży wybór.",
])
def test_one_regret_in_a_page_of_praise_is_a_note(text):
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.remark and reading.kind.closed == "", (reading.remark, reading.kind.closed)
    for draft in drafts_for_authors(text, None, HOTEL):
        assert re.search(r"dziękuj", draft, re.IGNORECASE), draft
        assert not re.search(r"zamknięt|nieczynn|jeszcze jedną szansę", draft), draft


def test_one_regret_beside_never_again_is_no_note():
    text = ("Nigdy więcej tego hotelu. Ładny budynek, ładne pokoje, dobre śniadanie, wygodne łóżka, ale szkoda pieniędzy, "
            "bo w nocy głośno.")
    assert not analyse(text, None, "pl", domain="hospitality").remark


def test_a_facility_closed_for_good_is_still_regretted_in_a_complaint():
    reading = analyse("Basen zlikwidowano, a na stronie nadal go reklamują. Oszustwo.", 2, "pl", domain="hospitality")
    assert reading.kind.closed == "facility"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Все чудово, але чаша з дешевого пластику, який дряпається. Зробіть хоча б зі скла."),
    ("uk", "Все добре, але шнур закороткий."),
    ("pl", "Wszystko super, ale kubek jest z cienkiego plastiku, który trzeszczy."),
])
def test_everything_great_but_one_thing_is_a_note_on_that_thing(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.remark and reading.negative > 0, (reading.remark, reading.negative)
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"приємні слова|miłe słowa", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Все чудово, але я ще не пробувала всі режими."),
    ("uk", "Все добре, але ціна могла б бути нижчою."),
    ("pl", "Wszystko super, ale polecam kupić od razu dwa."),
])
def test_a_but_that_sets_nothing_apart(lang, text):
    assert not analyse(text, 5, lang, domain="product").remark or analyse(text, 5, lang, domain="product").price_only


@pytest.mark.parametrize("lang,text", [
    ("uk", "Пляшечка зручна, все було чудово, але через два місяці соска порвалася і суміш витікає."),
    ("pl", "Wszystko było super, ale po miesiącu przestał się ładować."),
])
def test_everything_great_but_then_it_broke_is_a_fault(lang, text):
    reading = analyse(text, 3, lang, domain="product")
    assert reading.is_complaint and not reading.remark, (reading.sentiment, reading.remark)


@pytest.mark.parametrize("lang,text", [
    ("en", "Lovely dinner, the fish was perfect and the dessert even better. I gave it four stars because our server never "
           "came back to refill our drinks."),
    ("pl", "Jedzenie pyszne, obsługa miła. Daję cztery gwiazdki, bo trzeba było długo czekać na rachunek."),
    ("uk", "Дуже смачно і затишно. Ставлю чотири, бо довго чекали на рахунок."),
])
def test_the_one_reason_for_a_missing_star_is_a_note(lang, text):
    reading = analyse(text, 4, lang, domain="hospitality")
    assert reading.remark, (reading.remark, reading.sentiment)
    for draft in drafts_for_authors(text, 4, HOTEL):
        assert _SORRY.search(draft) or re.search(r"perfect|better|uwag|зауваж|ідеальн|idealn|lepsze|краще", draft,
                                                 re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Маю такий самий уже рік, дуже задоволена, тож узяла ще один на подарунок. Але в гарантійному талоні знову "
           "немає жодної печатки. Чому так? І до кого звернутися?"),
    ("pl", "Świetny ekspres, kupiłam drugi dla mamy. Tylko karta gwarancyjna jest niepodbita. Do kogo się zwrócić?"),
    ("en", "Love this blender, bought a second one for my sister. The warranty card wasn't stamped though. Who do I contact?"),
])
def test_a_question_where_to_turn_is_answered_under_praise(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert reading.asks_question and reading.seeks_help, (reading.asks_question, reading.seeks_help)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert re.search(r"запитання|pytani|question", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Love it! You know how some blenders leave chunks? Not this one."),
    ("uk", "Чудовий блендер! Хто б міг подумати, що за такі гроші?"),
])
def test_a_readers_question_under_praise_is_still_passed_over(lang, text):
    assert not seeks_help(text, lang)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"Щодо Вашого запитання|Дякуємо за запитання|your question", draft, re.IGNORECASE), draft


@pytest.mark.parametrize("text,asks", [
    ("Гарантійний талон порожній. Чому так?", True),
    ("Це ж чудово, так?", False),
    ("Dobre, nie?", False),
    ("І до кого звернутися?", True),
    ("А сніданок?", False),
])
def test_why_so_is_a_question_and_a_tag_is_not(text, asks):
    assert real_question(text) is asks


@pytest.mark.parametrize("lang,text", [
    ("en", "Check-in was easy and the clerk was nice, but nobody is at the desk before 7:30 and no one answers the numbers "
           "posted for help."),
    ("pl", "Pokój w porządku, ale w nocy nikt nie odbiera telefonu w recepcji."),
    ("uk", "Номер нормальний, але ніхто не відповідає на телефон рецепції вночі."),
])
def test_a_hotel_nobody_answers_at_is_no_unanswered_message(lang, text):
    for draft in drafts_for_authors(text, 2, HOTEL):
        assert not re.search(r"messages that went unanswered|na (?:Pana |Pani |Państwa )?wiadomości|на Ваші повідомлення",
                             draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Pasta świetnej jakości, przeznaczona dla osób mających problemy z dziąsłami. Ładnie pachnie i szybko działa."),
    ("en", "Great toothpaste, made for people who have problems with sensitive gums. Fresh taste, works fast."),
    ("uk", "Чудова паста для людей, які мають проблеми з яснами. Приємний смак, діє швидко."),
])
def test_whom_it_is_meant_for_is_no_fault_of_it(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert reading.negative == 0 and not reading.is_complaint, (reading.negative, reading.sentiment)


# Part 2: tuning sample AZ (60 drafts).

@pytest.mark.parametrize("text", [
    "Блендер добре збиває м'які фрукти, але з яблуком не справляється, а з насадок толку ніякого.",
    "Ніж гарний, але морква залишається кусками, насадка не справляється.",
])
def test_failing_at_the_job_is_criticism(text):
    reading = analyse(text, 4, "uk", domain="product")
    assert reading.negative >= 1 and reading.sentiment != "positive", (reading.sentiment, reading.negative)


@pytest.mark.parametrize("text,complaint", [
    ("Користувалась таким десять років, купила такий самий. Здивувало, що виробник прибрав режим перемикання швидкостей.", True),
    ("Приємно здивувало, що блендер такий тихий. Дуже задоволена.", False),
])
def test_a_surprise_that_something_was_removed_is_a_let_down(text, complaint):
    assert analyse(text, 4, "uk", domain="product").is_complaint is complaint


@pytest.mark.parametrize("text", [
    "The manager drove us to the coast himself. Personal service doesn't get any better. The least expensive room "
    "we've ever had in the area. Great value.",
])
def test_nothing_better_and_least_expensive_are_praise(text):
    reading = analyse(text, 3, "en", domain="hospitality")
    assert not reading.is_complaint and reading.negative == 0, (reading.sentiment, reading.negative, reading.problem_categories)
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert not _SORRY.search(draft), draft


def test_service_that_could_not_be_worse_is_no_praise():
    assert analyse("The service couldn't be worse and the room was filthy.", 1, "en", domain="hospitality").is_complaint


@pytest.mark.parametrize("lang,text", [
    ("uk", "Купив, усім задоволений, але є одне але: у комплекті немає подрібнювача."),
    ("pl", "Jestem zadowolony, jest jedno ale: brak etui w zestawie."),
])
def test_one_but_marks_the_one_minus(lang, text):
    assert analyse(text, 4, lang, domain="product").remark


@pytest.mark.parametrize("text", [
    "Byliśmy tu dwa razy. Pokoje czyste, łóżka mogłyby być lepsze, łazienka trochę za mała, a na wykładzinie zbiera "
    "się więcej brudu, więc panele to dobre rozwiązanie. Śniadania smaczne. Jednym słowem dobre warunki za dobrą cenę.",
])
def test_a_closing_verdict_in_favour_makes_the_minuses_notes(text):
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.remark, (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, HOTEL):
        assert re.search(r"dziękuj", draft, re.IGNORECASE) and not re.search(r"czyst|brud", draft), draft


def test_an_opening_verdict_followed_by_faults_is_no_note():
    text = ("Ogólnie klawiatura nawet fajna, dobrze leży w dłoni. Ma jednak kilka denerwujących wad: touchpad się zacina, "
            "dwa razy wysyłałem ją na gwarancję, a bateria trzyma krótko.")
    assert not analyse(text, None, "pl", domain="product").remark


@pytest.mark.parametrize("lang,text", [
    ("uk", "Користувалась блендером десять років, тепер згорів мотор, тож купила такий самий."),
    ("pl", "Po dziesięciu latach spalił się silnik, więc kupiłam drugi taki sam."),
    ("en", "After ten years the motor burned out, so I bought the same one again."),
])
def test_a_motor_burnt_out_is_no_fire(lang, text):
    assert not analyse(text, 4, lang, domain="product").kind.hazard


@pytest.mark.parametrize("lang,text", [
    ("uk", "Мотор згорів, з нього йшов дим і запах горілого."),
    ("en", "The motor burned out with smoke pouring from the base."),
])
def test_smoke_beside_a_burnt_motor_is_still_a_hazard(lang, text):
    assert analyse(text, 1, lang, domain="product").kind.hazard


def test_a_starless_note_on_a_broken_part_is_thanked_in_measure():
    text = ("Kupiłem zestaw bitów do swojego multitoola. Uwielbiam produkty tej firmy, ale oksydowanie ściera się po "
            "pierwszym użyciu, a najmniejszy bit pękł przy pierwszej śrubce, co mnie zawiodło. Pozostałe wyglądają na solidne. "
            "Jednak ogólnie polecam zakup bitów.")
    reading = analyse(text, None, "pl", domain="product")
    assert reading.remark
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"tak pozytywn|ciepłe słowa|miłe słowa", draft), draft


# Part 3: tuning sample BA (60 drafts).

@pytest.mark.parametrize("lang,text", [
    ("uk", "У попередника цього блендера була одна велика проблема: з'єднання протікало і тхнуло. Цей працює вже рік, "
           "дуже швидко перемелює, жодних запахів. Рекомендую!"),
    ("en", "Its predecessor leaked and broke within a month. This one has worked for a year without a hitch. Love it."),
])
def test_the_predecessors_faults_are_not_this_ones(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert reading.negative <= 0.5, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("text,wrong", [
    ("Tastes like brown water, no chocolate flavour at all. I got the Swiss Miss cups instead.", False),
    ("I ordered the dark roast. I got a box of decaf instead.", True),
    ("Ordered the blue kettle and got a red one instead.", True),
])
def test_got_something_else_instead_is_a_mix_up_only_after_an_order(text, wrong):
    assert ("wrong_item" in analyse(text, 1, "en", domain="product").issues) is wrong


# Part 4: tuning sample BB (60 drafts).

@pytest.mark.parametrize("lang,text", [
    ("pl", "Zapach piękny, elegancki i bardzo trwały, świetny na co dzień. Nie daję mu jednak maksymalnej ilości gwiazdek, bo na "
           "początku jest za ciężki."),
    ("en", "Lovely, elegant scent that lasts all day, perfect for work. I didn't give it five stars because it starts out far "
           "too heavy."),
    ("uk", "Аромат гарний, елегантний і дуже стійкий, чудовий на щодень. Не ставлю п'ять зірок, бо спочатку він заважкий."),
])
def test_the_reason_for_no_top_marks_is_a_note(lang, text):
    assert analyse(text, None, lang, domain="product").remark


def test_a_starless_note_with_a_real_criticism_is_thanked_in_measure():
    text = ("Jedzenia nie próbowaliśmy, ale piwo smaczne, polecam. Ceny za nocleg jednak przesadzone, 200 zł za dwie "
            "osoby.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.remark and 0 < reading.negative and reading.positive < 3 * reading.negative, (reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not re.search(r"tak pozytywn|ciepłe słowa|miłe słowa|życzliw", draft), draft


def test_help_offered_is_advice_never_a_fix_promised():
    from hugdesk.engine import phrases_en
    for line in phrases_en.GUIDANCE["generic"]:
        assert not re.search(r"\b(?:fix|solve|solution|sort (?:it|this) out)\b", line), line


# Part 5: tuning sample BC (60 drafts).

@pytest.mark.parametrize("text,typed", [
    ("Używał em przez kilka dni i zwrócił em . Byli śmy zadowoleni , miała m pokój .",
     "Używałem przez kilka dni i zwróciłem. Byliśmy zadowoleni, miałam pokój."),
    ("Trasa prowadziła m.in. przez park .", "Trasa prowadziła m.in. przez park."),
    ("Pokój miał 20 m2 , a ja chciał by m wrócić .", "Pokój miał 20 m2, a ja chciał bym wrócić."),
])
def test_a_tokenised_polish_text_is_read_as_typed(text, typed):
    from hugdesk.engine.language import untokenise
    assert untokenise(text, "pl") == typed


def test_a_text_typed_normally_is_left_as_it_is():
    from hugdesk.engine.language import untokenise
    text = "Był em... no cóż: pokój ładny, ale głośno!"
    assert untokenise(text, "pl") == text


def test_a_tokenised_review_tells_who_wrote_it_and_what_was_done():
    text = "Kupił am ten rejestrator , używał am kilka dni i zwrócił am . Nagrania w nocy są rozmyte ."
    reading = analyse(text, None, "pl", domain="product")
    assert reading.gender_hint == "f"
    for draft in drafts_for_authors(text, None, SHOP):
        assert "zwrotu" not in draft or "zakończyła" in draft, draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Touchpad się zacina. Wysyłałem ją na gwarancję, w końcu dostałem nową klawiaturę i okazało się, że działa identycznie."),
    ("en", "The touchpad sticks. I sent it back under warranty, got a new one, and it behaves identically."),
])
def test_a_replacement_with_the_same_fault_settles_nothing(lang, text):
    assert not analyse(text, 2, lang, domain="product").kind.resolved


@pytest.mark.parametrize("lang,text", [
    ("uk", "Схоже, продають «сірий» товар. Гарантійний талон абсолютно чистий, жодних печаток."),
    ("pl", "Karta gwarancyjna była zupełnie pusta, towar chyba z szarej strefy."),
    ("en", "Looks like grey-market stock: the warranty card was completely blank."),
])
def test_a_blank_warranty_card_is_a_complaint_whatever_the_stars(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert reading.is_complaint, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Do oglądania filmów, strzelanek i wybuchów jest OK, ale muzyka brzmi płasko."),
    ("en", "Great for movies full of explosions, but music sounds flat."),
])
def test_explosions_on_screen_are_no_danger(lang, text):
    assert not analyse(text, 3, lang, domain="product").kind.hazard


def test_a_real_explosion_is_still_a_danger():
    assert analyse("Ładowarka wybuchła w nocy, zostały ślady dymu.", 1, "pl", domain="product").kind.hazard


def test_hard_to_find_elsewhere_is_praise():
    text = "We had trouble finding this locally - delivery was fast, no more hunting up and down the flour aisle."
    reading = analyse(text, 5, "en", domain="product")
    assert reading.sentiment == "positive" and not reading.remark, (reading.sentiment, reading.negative)


def test_english_drafts_never_promise_to_sort_it_out():
    from hugdesk.engine import phrases_en
    lines = [line for table in (phrases_en.SLOTS, phrases_en.GUIDANCE) for lines in table.values() for line in lines]
    assert not [line for line in lines if re.search(r"\bsort (?:this|it) out\b|\bfix\b", line)]


# Named back where the issue leads the apology; where a graver reading leads ("nie było czysto",
# asked twice and not helped), that reading still answers the same trouble.
@pytest.mark.parametrize("lang,text,issue,said", [
    ("en", "Filthy, and the housekeepers don't clean the rooms at all. Towels like rags.", "not_cleaned", r"clean"),
    ("pl", "Przez trzy dni pokój nie był sprzątany, ręczniki brudne.", "not_cleaned", r"sprzątania pokoju|czysto"),
    ("uk", "Три дні номер не прибирали, рушники брудні.", "not_cleaned", r"не прибирали|чисто|неприбрано"),
    ("uk", "Номер просторий, але три дні номер не прибирали.", "not_cleaned", r"номер не прибирали"),
    ("en", "The room door wouldn't lock and nobody came to fix it.", "broken_lock", r"door that wouldn't lock|helped|unanswered"),
    ("en", "Nice room, but the door wouldn't lock.", "broken_lock", r"door that wouldn't lock"),
    ("pl", "Drzwi do pokoju nie zamykały się, a recepcja nic z tym nie zrobiła.", "broken_lock", r"nie dało się zamknąć"),
    ("uk", "Двері в номер не зачинялися, на рецепції лише знизали плечима.", "broken_lock", r"не зачинялися"),
    ("en", "New rooms are nice, but I had a cold/lukewarm shower each day.", "no_hot_water", r"hot water"),
])
def test_a_stay_trouble_said_outright_is_answered(lang, text, issue, said):
    assert issue in analyse(text, 2, lang, domain="hospitality").issues
    for draft in drafts_for_authors(text, 2, HOTEL):
        assert re.search(said, draft), draft


@pytest.mark.parametrize("text", [
    "Nikt nie sprzątał w koło basenu pustych kubków, a jedzenie było zimne.",
    "The pool area was never cleaned, cups everywhere.",
])
def test_the_pool_area_uncleaned_is_no_housekeeping_missed(text):
    lang = "pl" if "basenu" in text else "en"
    assert "not_cleaned" not in analyse(text, 2, lang, domain="hospitality").issues


@pytest.mark.parametrize("lang,text", [
    ("pl", "Pokój ok, ale śniadania codziennie takie same, a szarlotka była z pleśnią. Sauna zimna."),
    ("en", "Room was fine, but breakfast was the same every day and the bread was mouldy."),
])
def test_mould_on_the_food_is_spoilt_food_not_a_dirty_room(lang, text):
    reading = analyse(text, 2, lang, domain="hospitality")
    assert "hygiene" not in reading.grave and "cleanliness" not in reading.problem_categories, (reading.grave,
                                                                                              reading.problem_categories)
    for draft in drafts_for_authors(text, 2, HOTEL):
        assert not re.search(r"czyst|clean", draft), draft


def test_mould_on_the_bathroom_wall_is_still_dirt():
    reading = analyse("Na ścianie w łazience pleśń, w kabinie włosy.", 1, "pl", domain="hospitality")
    assert "hygiene" in reading.grave or "cleanliness" in reading.problem_categories


# Part 8: tuning sample BD (60 drafts).

@pytest.mark.parametrize("text", [
    "Rooms are small and could use an overhaul. But for the price (everything in town is very expensive on game "
    "weekends), it's not bad. Desk staff always friendly.",
    "For the money, it's hard to beat. Clean and quiet.",
])
def test_value_weighed_and_found_fair_is_no_price_complaint(text):
    reading = analyse(text, 3, "en", domain="hospitality")
    assert "price" not in reading.problem_categories, reading.problem_categories
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert "price" not in draft, draft


@pytest.mark.parametrize("text,unreachable", [
    ("None of the towels were replaced, some were hung up on the door still dirty.", False),
    ("I called to complain and the manager hung up on me.", True),
])
def test_towels_hung_up_are_no_call_cut_off(text, unreachable):
    reading = analyse(text, 1, "en", domain="hospitality")
    assert ("support_unreachable" in reading.categories) is unreachable, reading.categories


# Part 9: the classes fresh sets AD and AE were graded down for (fixed after their grading; their
# figures are the engine's before these fixes).

@pytest.mark.parametrize("lang,text", [
    ("uk", "Швидкий, тихий ноутбук.Достоинства: Дизайн, процесорНедостатки: Не обнаружив."),
    ("uk", "Дуже хороша якість за таку ціну.Достоинства: ШвидкістьНедостатки: За таку ціну - жодних"),
    ("pl", "Szybki i cichy. Zalety: wydajność Wady: za tę cenę żadnych"),
])
def test_a_cons_field_that_says_none_is_empty(lang, text):
    reading = analyse(text, 5, lang, domain="product")
    assert not reading.remark and reading.negative == 0, (reading.remark, reading.negative)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"могло б бути краще|mogłoby być lepsze|co można by poprawić", draft), draft


def test_the_chore_a_product_spares_is_no_complaint():
    text = "I love loose tea and hate having to clean out the metal strainers. These bags are ideal, straight into the compost."
    reading = analyse(text, 5, "en", domain="product")
    assert reading.sentiment == "positive" and not reading.remark, (reading.sentiment, reading.negative)


@pytest.mark.parametrize("text", [
    "Obsługa recepcji bez zarzutu, pokoje urządzone ze smakiem. Porównując z hotelami w Oslo bez zastanowienia wskazuję na ten.",
])
def test_without_a_doubt_and_tastefully_are_praise(text):
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.sentiment == "positive" and reading.negative == 0, (reading.sentiment, reading.negative)
    assert "food" not in reading.categories


@pytest.mark.parametrize("text,verdict", [
    ("Jedzenie dobre w hotelu, polecam - obsługa sprawna.", True),
    # A recommendation for some ground only: a condition, not the reviewer's verdict.
    ("Zbiera słabo, zbiornik za mały. Polecam dla podłoży bez zieleni.", False),
])
def test_polecam_followed_by_a_dash_is_a_verdict(text, verdict):
    assert analyse(text, None, "pl", domain="hospitality").recommended is verdict


def test_a_shaker_that_delivers_salt_is_no_parcel():
    text = "This is just a salt shaker that delivers uncontrollable amounts of salt, and it clumps at the exit. Stay away!"
    reading = analyse(text, 2, "en", domain="product")
    assert "delivery" not in reading.problem_categories, reading.problem_categories
    for draft in drafts_for_authors(text, 2, SHOP):
        assert "delivery" not in draft and "parcel" not in draft, draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Lodówka po czterech latach przestała mrozić. Serwis stwierdził, że nie ma sensu tego naprawiać."),
    ("uk", "Через три роки зламався компресор, у сервісному центрі сказали, що ремонт недоцільний."),
    ("en", "The fridge died after four years and the repair service said it was not worth repairing."),
])
def test_a_repair_turned_down_as_not_worth_it_is_the_services_verdict(lang, text):
    reading = analyse(text, 2, lang, domain="product")
    assert reading.kind.refused, reading.kind


@pytest.mark.parametrize("text,asked", [
    ("Problemy po roku: wymiana iskrownika, po dwóch latach wymiana modułu elektronicznego. Bubel.", False),
    ("Czajnik przecieka, proszę o wymianę na nowy.", True),
])
def test_parts_swapped_in_repairs_are_no_exchange_asked(text, asked):
    assert (analyse(text, 1, "pl", domain="product").kind.after_sales != "") is asked


def test_polish_drafts_never_promise_to_inspect_the_fault():
    from hugdesk.engine import phrases_pl
    lines = [line for table in (phrases_pl.SLOTS, phrases_pl.COUNTERACT, phrases_pl.GUIDANCE) for lines in table.values()
             for line in lines]
    assert not [line for line in lines if "przyjrzeć się usterce" in line or "dokładnie się temu przyjrzeć" in line]


@pytest.mark.parametrize("lang,text", [
    ("pl", "Spędziliśmy jedną dobę, a pobrali za dwie. Przez dwa miesiące upominałam się o zwrot, do dziś pieniędzy nie "
           "zwrócili. Brak słów."),
    ("uk", "Прийшов гарно запакований, але навіть не включився, мусив відправити назад."),
    ("en", "Had to break up a fight in the hotel bathroom... kinda rugged. Staff was nice."),
])
def test_a_real_grievance_is_never_answered_as_neutral(lang, text):
    reading = analyse(text, 3 if lang == "en" else (1 if lang == "uk" else None), lang,
                      domain="product" if lang == "uk" else "hospitality")
    assert reading.is_complaint, (reading.sentiment, reading.positive, reading.negative)


def test_take_your_money_elsewhere_is_no_price_complaint():
    text = "Gross! The rooms are never cleaned and the sheets are not washed. Take your money elsewhere, money hungry owners."
    reading = analyse(text, 1, "en", domain="hospitality")
    assert reading.problem_categories[:1] != ["price"], reading.problem_categories


def test_a_replacement_without_its_warranty_card_settles_nothing():
    reading = analyse("Через 6 місяців зламався! Замінили на новий! Не заповнили гарантійний!", 2, "uk", domain="product")
    assert not reading.kind.resolved


@pytest.mark.parametrize("text,onset", [
    ("Дитина почала їсти не зразу. Для першого прикорму дуже добра каша.", False),
    ("Через тиждень почав гудіти і грітися.", True),
])
def test_a_child_starting_to_eat_is_nothing_starting_to_fail(text, onset):
    from hugdesk.engine.complaint_kind import began_to_fail
    assert began_to_fail(text, "uk") is onset


@pytest.mark.parametrize("lang,text", [
    ("pl", "Pokój mały, prysznic zepsuty, śniadanie słabe. Dobrze, że to była tylko jedna noc."),
    ("en", "Tiny room, broken shower, weak breakfast. Glad it was only one night."),
])
def test_relief_that_it_was_short_is_criticism(lang, text):
    reading = analyse(text, None, lang, domain="hospitality")
    assert reading.is_complaint and reading.negative > 2 * reading.positive, (reading.sentiment, reading.positive,
                                                                              reading.negative)


# Part 10: the classes fresh sets AF and AG were graded down for, fixed after their grading.

def test_a_stay_is_never_exchanged():
    text = ("Staff were awesome. The lobby carpet needs replaced, large stains. A musty smell everywhere. Room clean "
            "apart from the smell.")
    reading = analyse(text, 3, "en", domain="hospitality")
    assert reading.kind.question not in ("exchange", "return") and not reading.kind.after_sales, reading.kind
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert "exchange" not in draft, draft


@pytest.mark.parametrize("lang,text", [
    ("en", "Great location, clean. It was difficult to manage the room temperature though, and a lightbulb was out."),
    ("pl", "Zarezerwowaliśmy cały pensjonat dla grupy, a jeden pokój był zajęty przez kogoś innego. Posiłki bez zastrzeżeń."),
    ("pl", "Liczyłem, że nowszy model będzie lepszy, ale to raczej był błąd: jakość wykonania już nie ta, przewód sztywny."),
    ("uk", "Відеокарта на 2 ГБ, а не на 4 заявлених. При перегляді відео температура дійшла до 99 за 4 хвилини."),
])
def test_a_plainly_named_trouble_is_never_thanked_as_praise(lang, text):
    rating = 4 if lang in ("en", "uk") else None
    reading = analyse(text, rating, lang, domain="hospitality" if "pokój" in text or "location" in text else "product")
    assert reading.sentiment in ("mixed", "negative") and reading.negative >= 1, (reading.sentiment, reading.negative)


def test_a_weighed_verdict_makes_the_objections_notes():
    text = ("Żelazko odpowiada moim potrzebom, mam jednak kilka obiekcji: jest duże, a przewód się nagrzewa. Zalet jest "
            "więcej: szybko prasuje, nie przypala.")
    reading = analyse(text, None, "pl", domain="product")
    assert reading.remark, (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, SHOP):
        assert "poważna sprawa" not in draft, draft


def test_not_cheap_but_less_than_others_is_a_fair_price():
    text = "Rate not cheap but less than many others in the area. Strong smell of deodorizer. Bathroom showing its age."
    reading = analyse(text, 3, "en", domain="hospitality")
    assert reading.problem_categories[:1] != ["price"], reading.problem_categories


def test_not_waiting_long_enough_is_no_long_wait():
    text = "Температура дійшла до 99. Сам не вимкнувся, хоча можливо я недостатньо довго чекав."
    assert "long_wait" not in analyse(text, 4, "uk", domain="product").issues


@pytest.mark.parametrize("lang,text", [
    ("uk", "Смачне пюре, без цукру, дитина їсть із задоволенням. Зверху трошки виступає рідина, краще перемішати."),
    ("en", "My daughter loves it. A little liquid sits on top, so stir it first."),
])
def test_five_stars_and_a_tip_are_no_remark_to_thank_for(lang, text):
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"могло б бути краще|what could be better|could be better", draft), draft


def test_five_stars_and_the_named_only_minus_still_get_their_sentence():
    text = "First impressions very good. The only downside is there is no HBO app."
    assert any(re.search(r"what could be better|could be better", draft) for draft in drafts_for_authors(text, 5, SHOP))


# Part 11: tuning sample BF (60 drafts).

def test_current_leaking_is_a_hazard_even_under_five_stars():
    text = "Купувала рік тому, працює добре. Впав з рук, чоловік зібрав, але почав блимати. Напевно пропускає ток. Загалом задоволена."
    reading = analyse(text, 5, "uk", domain="product")
    assert reading.sentiment == "mixed" and reading.kind.hazard, (reading.sentiment, reading.kind.hazard)


@pytest.mark.parametrize("text,settled", [
    ("Tablet się nie uruchamia. Jutro zamierzam go zwrócić i odzyskać pieniądze.", False),
    ("Tablet się nie uruchamiał, beznadziejny sprzęt. Zwróciłem go i odzyskałem pieniądze.", True),
])
def test_money_to_be_got_back_tomorrow_is_not_got_back(text, settled):
    assert analyse(text, None, "pl", domain="product").kind.resolved is settled


# Part 12: the classes fresh sets AH and AI were graded down for, fixed after their grading.

@pytest.mark.parametrize("text", [
    "Mały, cichy hotel. Dzieci się szybko aklimatyzują, rodzice mogą odetchnąć, nie martwiąc się, że dziecko się zgubi. "
    "Polecam dla tych, którzy nie lubią molochów.",
])
def test_a_worry_spared_and_the_audience_named_are_no_criticism(text):
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.negative == 0 and not reading.remark, (reading.negative, reading.remark)


@pytest.mark.parametrize("text", [
    "Jestem bardziej niż zadowolona, lekkie i wygodne. Kabelek trochę krótki. Polecam te słuchawki z czystym sumieniem.",
])
def test_polecam_te_is_a_verdict(text):
    reading = analyse(text, None, "pl", domain="product")
    assert reading.recommended and not reading.is_complaint, (reading.recommended, reading.sentiment)


def test_the_one_thing_that_needs_improving_is_marked():
    text = ("Jesteśmy bardzo zadowoleni: widok wspaniały, mieszkanie dobrze urządzone, super lokalizacja. Jedyne co wymaga "
            "poprawy to łazienka, ale i tak byśmy tu wrócili.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.remark and reading.marked, (reading.remark, reading.marked)
    for draft in drafts_for_authors(text, None, HOTEL):
        assert re.search(r"dziękuj", draft, re.IGNORECASE) and not re.search(r"terminem pobytu", draft), draft


@pytest.mark.parametrize("text", [
    "Przyzwoita cena. Jednak na tym zalety się kończą: efekty mielenia są mierne, do ekspresu się nie nadaje.",
    "Dwa razy na naprawie gwarancyjnej, padła ładowarka. Lepiej dołożyć i kupić inną.",
])
def test_a_verdict_against_it_is_never_thanked_as_kind(text):
    reading = analyse(text, None, "pl", domain="product")
    assert reading.negative > reading.positive, (reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"miłe słowa|życzliw|tak pozytywn|ciepłe słowa", draft), draft


def test_time_will_tell_under_a_gift_is_reserved():
    text = "Отримала блендер у подарунок. Пару разів використовувала, наче все ок, далі буде видно."
    assert analyse(text, 4, "uk", domain="product").kind.reserved


@pytest.mark.parametrize("text,grave", [
    ("Навіть не прийшлось віндовс переставляти, працює справно.", False),
    ("Постійно інтернет переставав працювати.", True),
])
def test_reinstalling_windows_is_no_failure(text, grave):
    from hugdesk.engine.analysis import _gravest
    assert (_gravest(text, "uk") is not None) is grave


# Part 13: tuning sample BG (41 drafts).

def test_roach_spray_is_no_roach():
    text = "The elevator always smelled like roach spray. The shower was noisy and the fridge substandard."
    reading = analyse(text, 1, "en", domain="hospitality")
    assert "pests" not in reading.grave, reading.grave
    for draft in drafts_for_authors(text, 1, HOTEL):
        assert "pest" not in draft, draft


def test_cats_that_could_not_keep_it_down_are_a_health_worry():
    text = "We switched slowly to this kibble. By then the cats couldn't keep it in or down. What a mess. We've moved on."
    reading = analyse(text, 2, "en", domain="product")
    assert reading.kind.health or reading.kind.harm, reading.kind
    for draft in drafts_for_authors(text, 2, SHOP):
        assert "taste" not in draft, draft


def test_the_reviewers_own_minus_heading_is_criticism():
    text = ("Obsługa bardzo pomocna. Do minusów można zaliczyć komunikację między zmianami: zamówione wczesne śniadanie "
            "nie było gotowe. Do plusów można zaliczyć szybką reakcję managerki.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.negative >= 1 and reading.sentiment == "mixed", (reading.sentiment, reading.negative)


# Part 14: tuning sample BH (28 drafts).

@pytest.mark.parametrize("text", [
    "It reeks of rubber. When I called customer service, they told me I would have to pay to send a sample to a lab. "
    "Unbelievable. The product is faulty.",
    "I emailed customer service to ask about the filling and they assured me it was sweet potato. It was not.",
])
def test_a_service_that_answered_is_no_reply_chased(text):
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"chase us|wait for an answer|went unanswered", draft), draft


def test_a_service_that_never_answered_still_gets_its_apology():
    text = "I emailed customer service three times and never got a reply. Still no refund."
    assert any(re.search(r"chase us|wait for an answer|unanswered", draft) for draft in drafts_for_authors(text, 1, SHOP))


# Part 15: the classes fresh set AJ was graded down for, fixed after its grading.

def test_an_exchange_already_made_is_not_offered_again():
    text = "Młynek nie mieli do końca, pokrywa nieszczelna. Po dwóch miesiącach się zepsuł. Sklep wymienił mi na nowy – zobaczymy."
    reading = analyse(text, None, "pl", domain="product")
    assert not reading.kind.after_sales, reading.kind
    for draft in drafts_for_authors(text, None, SHOP):
        assert "wymian" not in draft, draft


def test_an_exchange_already_made_in_ukrainian_is_not_asked_either():
    text = "Блендер зламався через місяць. Обміняли на новий, поки працює, подивимось."
    assert not analyse(text, 3, "uk", domain="product").kind.after_sales


@pytest.mark.parametrize("text", [
    "Купляла в аптеці, але вирішила залишити відгук. Хороша кашка, швидко готується.",
    "Купила суміш і в пачці була муха, купляла в аптеці!",
])
def test_bought_at_a_pharmacy_is_bought_elsewhere(text):
    reading = analyse(text, 5 if "Хороша" in text else 1, "uk", domain="product")
    assert reading.kind.elsewhere == "seller" or "обираєте нас" not in " ".join(drafts_for_authors(text, 5, SHOP))


def test_a_fly_in_the_formula_is_serious_wherever_it_was_bought():
    text = "Купила суміш і в пачці була муха, купляла в аптеці!"
    assert analyse(text, 1, "uk", domain="product").kind.spoiled
    for draft in drafts_for_authors(text, 1, SHOP):
        assert "не так, як Ви очікували" not in draft and "гаранті" not in draft, draft


def test_a_worse_diathesis_is_a_health_worry():
    text = "Їли дану суміш лише півбанки, не пішло, хоч вона і проти алергії, діатез лише сильніший став."
    reading = analyse(text, 4, "uk", domain="product")
    assert reading.kind.health, reading.kind
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"добрі слова|приємні слова|нагорода", draft), draft


def test_great_if_you_like_drug_dealers_is_sarcasm():
    text = "This place is great, if you like staying with screaming kids and drug dealers. Don't believe the pictures."
    reading = analyse(text, 1, "en", domain="hospitality")
    assert reading.sentiment == "negative", (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, 1, HOTEL):
        assert "to your taste" not in draft, draft


def test_a_starless_text_with_weighty_criticism_gets_no_best_reward_line():
    text = ("Zestaw bitów: oksydowanie ściera się po pierwszym użyciu, a najmniejszy bit pękł przy pierwszej śrubce, co mnie "
            "zawiodło. Pozostałe wyglądają solidnie. Jednak ogólnie polecam.")
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"najlepsza nagroda|duża motywacja|zadowolen", draft), draft


def test_money_one_managed_to_get_back_is_got_back():
    text = "Głośniczek oderwał się po dwóch miesiącach, beznadzieja. Udało mi się na gwarancji odzyskać pieniądze."
    assert analyse(text, None, "pl", domain="product").kind.resolved
