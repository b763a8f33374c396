"""Issue 9, eleventh round: the WRONG classes of held-out set C, each as a general rule.
Every situation is written in several wordings and in all three languages, so that no test
passes because of one particular word. Every review here is made up for these tests."""

import re

import pytest

from tests.support.reading import drafts, settings

CAFE = settings("restaurant_cafe", "Zielona Filiżanka")
SORRY = re.compile(r"sorry|apolog|przykro|przeprasza|прикро|шкода|перепрошуємо", re.IGNORECASE)
INVITATION = re.compile(r"private message|privately|message us|wiadomo\w* prywatn|prywatnie|особист", re.IGNORECASE)
ORDER_NUMBER = re.compile(r"order number|numer\w* zamówienia|номер\w* замовлення", re.IGNORECASE)
VOUCHER = re.compile(r"discount|voucher|coupon|rabat|zniżk|kod\w* promocyjn|знижк|промокод|купон", re.IGNORECASE)
PRODUCT_LETDOWN = re.compile(r"product (?:was|is) a (?:real )?disappointment|disappointed (?:with|in) the product|"
                             r"produkt\w* (?:to )?(?:dla Pan\w* )?(?:duże |takie )?rozczarowa|produkt tak \w+ rozczarował|"
                             r"товар (?:Вас )?розчарува|розчарування (?:від|у) товар", re.IGNORECASE)
MILD = re.compile(r"disappointment|fell (?:this )?far short|didn't live up|rozczarowa|не виправдав|розчарува", re.IGNORECASE)
GRAVE = re.compile(r"serious|poważn|серйозн", re.IGNORECASE)


# 3. Ill after eating, or an allergen in a dish sold as free of it, is harm to health: a
# serious apology and an invitation to get in touch, never "sorry it was a disappointment".

ILL_AFTER_EATING = [
    ("en", "Ordered the vegan curry and spent the whole night throwing up. Never again.", 2),
    ("en", "The 'gluten-free' pasta was not gluten-free – I have coeliac disease and was sick for two days.", 1),
    ("en", "Lovely room upstairs, but my husband got sick after the fish and we left early.", 2),
    ("pl", "Po zupie całą noc wymiotowałam, coś musiało być nieświeże.", 1),
    ("pl", "Zamówiłem danie bezglutenowe, ale nie było bezglutenowe – przez dwa dni bolał mnie brzuch.", 2),
    ("pl", "Ładny wystrój, ale po deserze rozbolał mnie brzuch i źle się czułam przez cały wieczór.", 2),
    ("uk", "Після супу всю ніч блювала, дуже погано себе почувала.", 1),
    ("uk", "Замовив безглютенову страву, але вона не була безглютеновою, два дні болів живіт.", 2),
    ("uk", "Гарний інтер'єр, але після десерту мене нудило весь вечір.", 2),
]


@pytest.mark.parametrize("lang,text,rating", ILL_AFTER_EATING)
def test_illness_after_a_meal_is_grave_not_a_disappointment(lang, text, rating):
    replies = drafts(text, rating, CAFE)
    for draft in replies:
        assert not MILD.search(draft), draft
        assert SORRY.search(draft), draft
        assert GRAVE.search(draft), draft
        assert not VOUCHER.search(draft), draft
    assert any(INVITATION.search(d) for d in replies)


# 1. Another shop cancelled or refused the order: not our order, no order number of ours, no
# voucher as an apology, and no "the product disappointed you" when it never arrived.

CANCELLED_ELSEWHERE = [
    ("pl", "Nie wiem, bo z elektro24 nie dostałem produktu. Anulowali zamówienie bez słowa.", 1),
    ("pl", "Nie mogę ocenić, tanieagd.pl anulował mi zamówienie po tygodniu.", 1),
    ("pl", "Zamówiłam w sklepie Elektrix, ale anulowali zamówienie. Szkoda.", 1.5),
    ("pl", "Kupiłem na x-kom, po trzech dniach zamówienie anulowane.", 1),
    ("uk", "Замовляв у магазині Техносвіт, але замовлення скасували через тиждень.", 1),
    ("uk", "Не можу оцінити, бо tehnoshop.com.ua скасував моє замовлення.", 1),
    ("uk", "Замовила на Foxtrot, а потім замовлення анулювали без пояснень.", 2),
    ("en", "Can't rate it – I ordered from GadgetHub and they cancelled my order after a week.", 1),
    ("en", "Never got it, cheapdeals.com cancelled the order without a word.", 1),
    ("en", "Bought it at Currys, then Currys cancelled it two days later.", 2),
]


@pytest.mark.parametrize("lang,text,rating", CANCELLED_ELSEWHERE)
def test_an_order_another_shop_cancelled_is_not_ours(lang, text, rating):
    for draft in drafts(text, rating):
        assert not ORDER_NUMBER.search(draft), draft
        assert not VOUCHER.search(draft), draft
        assert not PRODUCT_LETDOWN.search(draft), draft
        assert SORRY.search(draft) or re.search(r"rozczarowanie|розчарування", draft), draft
        assert re.search(r"another (?:shop|retailer)|innym sklepie|inny sklep|іншому магазині|інший магазин", draft), draft


# ... while an order we cancelled ourselves is ours: the shop's own name is no other shop,
# and without any name there is nothing to send elsewhere.

CANCELLED_BY_US = [
    ("pl", "Zamówiłem w sklepie TechDom, ale anulowali zamówienie bez słowa.", 1),
    ("pl", "Anulowali mi zamówienie po tygodniu czekania, skandal.", 1),
    ("uk", "Замовлення скасували через тиждень без пояснень, жах.", 1),
    ("en", "You cancelled my order after a week without a word.", 1),
]


@pytest.mark.parametrize("lang,text,rating", CANCELLED_BY_US)
def test_an_order_we_cancelled_is_ours(lang, text, rating):
    for draft in drafts(text, rating):
        assert not re.search(r"another (?:shop|retailer)|innym sklepie|inny sklep|іншому магазині|інший магазин", draft), draft


# 4. A stem must not swallow another common word: "batter" is no battery, "вартість" (the
# cost) no praise, "черговий" (the next one) no wait. The scan runs every lexicon over words
# that begin like one of its stems but mean something else.

from hugdesk.engine import lexicon  # noqa: E402

LOOKALIKES = {
    "en": "batter batters battered cordial cordon cordless monitoring",
    "pl": "wagon wagarował tuszować monitoring lekko dobranoc wadium",
    "uk": "товариш вартість крутиться крутить наполовину наполягав наповнення черговий",
}


@pytest.mark.parametrize("lang", ["en", "pl", "uk"])
def test_no_stem_swallows_a_common_lookalike(lang):
    swallowed = []
    for word in LOOKALIKES[lang].split():
        topic = lexicon.TOPICS[lang].get(word)
        if topic is not None:
            swallowed.append((word, "topic", topic.nom))
        if lexicon.SENTIMENT[lang].get(word):
            swallowed.append((word, "sentiment", lexicon.SENTIMENT[lang].get(word)))
        category = lexicon.CATEGORIES[lang].get(word)
        # "вартість" is the price, rightly; only a category the word does not mean is wrong.
        if category and not (word == "вартість" and category == ("price",)):
            swallowed.append((word, "category", category))
    assert not swallowed


BATTER_REVIEWS = [
    ("en", "Fried the fish in a beer batter made with this flour – crisp and delicious.", 5),
    ("en", "The pancake batter came out smooth and the pancakes were fluffy. Great mix!", 5),
    ("en", "Battered shrimp turned out perfect with this mix, my kids loved them.", 5),
]


@pytest.mark.parametrize("lang,text,rating", BATTER_REVIEWS)
def test_batter_is_no_battery(lang, text, rating):
    for draft in drafts(text, rating):
        assert "battery" not in draft.lower(), draft


# 2. A good rating over a text that complains (many bugs, needs patching, the music sucks,
# shorter than stated) is no pure praise: the criticism is acknowledged, and no "the choice
# turned out well" or "so glad".

CHOICE_PRAISED = re.compile(r"choice turned out|so glad|great choice|wybór okazał się|zakup okazał się trafiony|"
                            r"вибір виявився|покупка виправдала|so happy you (?:love|enjoy)", re.IGNORECASE)
ACKNOWLEDGED = re.compile(r"sorry|apolog|przeprasza|перепрошу|shame|pity|not everything|both the good|remark|przykro|szkoda|nie wszystko|plusy, jak i minusy|uwag|"
                          r"прикро|шкода|не все|зауваж|як переваги", re.IGNORECASE)

MIXED_UNDER_GOOD_STARS = [
    ("pl", "Gra super, ale masa błędów, mam nadzieję, że szybko je naprawią.", 4),
    ("pl", "Fabuła świetna, niestety gra wymaga jeszcze sporo łatania i poprawek.", 4),
    ("pl", "Przedłużacz w porządku, ale krótszy niż deklarowane 20 cm.", 4),
    ("uk", "Гра класна, але купа помилок, сподіваюся, що їх швидко виправлять.", 4),
    ("uk", "Нормальний подовжувач, але до заявлених 20 см трохи не дотягує.", 4),
    ("en", "Staff is great, food is fine, but the music really sucks – please change the playlist.", 4),
    ("en", "Beautiful game with lots of bugs, it needs a lot of patching before it's really finished.", 4),
    ("en", "Decent cable, but it's shorter than the advertised 2 metres.", 4),
]


@pytest.mark.parametrize("lang,text,rating", MIXED_UNDER_GOOD_STARS)
def test_a_good_rating_over_criticism_is_not_pure_praise(lang, text, rating):
    replies = drafts(text, rating)
    for draft in replies:
        assert not CHOICE_PRAISED.search(draft), draft
    assert all(ACKNOWLEDGED.search(d) for d in replies), replies


# 9. Another item sent back ("I returned the cheaper one, which worked better") is no happy
# ending for this one: no "thank you for telling us how it ended".

HOW_IT_ENDED = re.compile(r"how it ended|how (?:it|things) turned out|jak sprawa się zakończyła|jak się skończyło|"
                          r"чим усе (?:закінчилося|завершилося)", re.IGNORECASE)

OTHER_ITEM_RETURNED = [
    ("uk", "Антена ловить лише дев'ять каналів. Учора здав іншу, дешевшу, а вона ловила вісімнадцять.", 1),
    ("uk", "Повернула попередню модель, думала ця буде краща, а вона гріється і гуде.", 1),
    ("pl", "Zwróciłem tańszą wersję, bo myślałem, że ta będzie lepsza, a łapie połowę kanałów.", 1),
    ("pl", "Oddałam poprzedni model w sklepie, ten jest jeszcze gorszy, szumi i grzeje się.", 1),
    ("en", "I returned the cheaper one thinking this would be better, and it picks up half the channels.", 1),
    ("en", "Sent back the other model for this one and regret it, it hums and overheats.", 1),
]


@pytest.mark.parametrize("lang,text,rating", OTHER_ITEM_RETURNED)
def test_another_item_returned_is_not_a_settled_case(lang, text, rating):
    for draft in drafts(text, rating):
        assert not HOW_IT_ENDED.search(draft), draft
        assert SORRY.search(draft), draft


# 6. A remark the customer excuses in the next breath ("no screws in the box, which is
# normal", "brak śrub, to norma", "немає гвинтів, в принципі це норма") is no fault: no
# error to find out about and no order number for it.

FAULT_TALK = re.compile(r"\berror\b|mistake|mix-up|went wrong|pomyłk|błęd|co się stało|помилк|плутанин|що сталося|"
                        r"комплект|zestaw|the box\b", re.IGNORECASE)

EXCUSED_REMARKS = [
    ("uk", "У комплекті немає гвинтів, в принципі це норма. Кронштейн міцний, тримає телевізор добре.", 4),
    ("uk", "Гвинтів у наборі немає, що загалом норма, а сам тримач надійний.", 4),
    ("pl", "W zestawie brak śrub, to norma. Uchwyt solidny, telewizor trzyma pewnie.", 4),
    ("pl", "Nie było śrub w komplecie, co jest w sumie normalne, a sam uchwyt jest bardzo solidny.", 4),
    ("en", "No screws in the box, which is pretty normal. The bracket itself is sturdy and holds the TV well.", 4),
    ("en", "Screws were not included – that's standard for these. Solid mount otherwise.", 4),
    ("uk", "В комплекті немає гвинтів, в принципі це норма. Обробка металу могла б бути кращою.", 3),
    ("pl", "Brak śrub w komplecie, to norma. Wykończenie mogłoby być lepsze.", 3),
    ("en", "No screws in the box, which is normal. The finish could be better.", 3),
]


@pytest.mark.parametrize("lang,text,rating", EXCUSED_REMARKS)
def test_an_excused_remark_is_no_fault(lang, text, rating):
    for draft in drafts(text, rating):
        assert not ORDER_NUMBER.search(draft), draft
        assert not FAULT_TALK.search(draft), draft


# 7. A feature or an app the model does not support is a trait of the model: no step-by-step
# set-up can add it, so none is promised.

SETUP_HELP = re.compile(r"step by step|set (?:it|everything) up|through the set-?up|krok po kroku|skonfigurować|konfiguracj|"
                        r"крок за кроком|налаштува", re.IGNORECASE)

UNSUPPORTED = [
    ("uk", "Купував приставку, щоб дивитися Київстар ТБ, а вона не підтримує цей додаток. Дуже розчарований.", 1),
    ("uk", "Приставка не сумісна з моїм телевізором, користуватися нею не можу.", 2),
    ("pl", "Kupiłem przystawkę do oglądania telewizji, a ona nie obsługuje aplikacji mojego operatora. Rozczarowanie.", 1),
    ("pl", "Odtwarzacz nie jest kompatybilny z moim telewizorem, nie da się go używać.", 2),
    ("en", "Bought this box to watch my provider's TV app and it doesn't support it at all. Useless to me.", 1),
    ("en", "The player is not compatible with my TV, so I can't use it.", 2),
    ("uk", "Ця приставка не підтримує додаток Netflix, а я купувала її саме для цього.", 1),
    ("pl", "Ten tuner nie obsługuje aplikacji Netflix, a kupiłam go właśnie do tego.", 1),
    ("en", "This stick doesn't support the Netflix app, which is the one thing I bought it for.", 1),
]


@pytest.mark.parametrize("lang,text,rating", UNSUPPORTED)
def test_an_unsupported_feature_gets_no_set_up_help(lang, text, rating):
    for draft in drafts(text, rating):
        assert not SETUP_HELP.search(draft), draft
        assert SORRY.search(draft), draft


# 8. Ordered one thing, received another: a fulfilment error. An apology for the wrong item
# and an invitation, never "useful to other shoppers".

HELPS_OTHERS = re.compile(r"help(?:s)? (?:other|others)|other (?:customers|shoppers)|useful to other|innym|inni mogą|"
                          r"rozważają zakup|іншим", re.IGNORECASE)
MIX_UP = re.compile(r"mix-up|wrong \w+ we sent|pomyłk|помилк\w* (?:із|з) замовленням|плутанин", re.IGNORECASE)

WRONG_THING_SENT = [
    ("en", "I ordered the plain rice crackers. I received the sesame rice crackers, which I can't eat.", 1),
    ("en", "I ordered a green tea sampler. I got a box of black tea with soy lecithin instead.", 1),
    ("pl", "Zamówiłam herbatę zieloną, a dostałam zupełnie inną, z dodatkiem soi.", 1),
    ("pl", "Zamówiłem krakersy ryżowe naturalne, a przyszły inne, sezamowe, których nie jem.", 1),
    ("uk", "Замовляв чай із м'ятою, а прийшов зовсім інший, з соєю.", 1),
    ("uk", "Замовила рисові хлібці без добавок, а отримала інші, з кунжутом.", 1),
]


@pytest.mark.parametrize("lang,text,rating", WRONG_THING_SENT)
def test_a_wrong_thing_sent_is_a_fulfilment_error(lang, text, rating):
    replies = drafts(text, rating)
    for draft in replies:
        assert not HELPS_OTHERS.search(draft), draft
        assert SORRY.search(draft), draft
    assert any(MIX_UP.search(d) for d in replies), replies
    assert any(INVITATION.search(d) for d in replies), replies


# ... and a parcel that simply came is no swap.

@pytest.mark.parametrize("lang,text,rating", [
    ("en", "I ordered the crackers on Monday. I received them on Friday and they taste great.", 5),
    ("en", "I ordered two boxes. I got my order quickly, lovely crackers.", 5),
])
def test_an_order_that_came_is_no_swap(lang, text, rating):
    for draft in drafts(text, rating):
        assert not MIX_UP.search(draft), draft


# 5. Who put a trouble right at once is praised for it, not apologised for; and a four-star
# review whose trouble was fixed on the spot gets no "what went wrong".

HOTEL = settings("hotel", "Hotel Pod Lipami")
FIXER_APOLOGISED = re.compile(r"(?:sorry|apolog\w*)[^.]{0,40}(?:front desk|reception)|(?:przykro|przeprasza)[^.]{0,40}recepcj|"
                              r"(?:прикро|перепрошу)[^.]{0,40}адміністрат", re.IGNORECASE)
WENT_WRONG = re.compile(r"what went wrong|what happened|co poszło nie tak|co się stało|що сталося|що пішло не так", re.IGNORECASE)

FIXED_AT_ONCE = [
    ("en", "Clean room and comfy beds. The shower had a small leak, which the front desk fixed right away.", 4),
    ("en", "Lovely beds, spotless bathroom; one minor maintenance problem, which the front desk immediately called for repairs.", 4),
    ("pl", "Pokój czysty, łóżka wygodne. Była drobna usterka prysznica, ale recepcja od razu wezwała technika.", 4),
    ("pl", "Świetne śniadania i wygodne łóżko. Zepsuł się czajnik, ale recepcja natychmiast go wymieniła.", 4),
    ("uk", "Номер чистий, ліжко зручне. Був дрібний збій з душем, але адміністратор одразу викликав майстра.", 4),
    ("uk", "Чудові сніданки і зручне ліжко. Зламався чайник, але на рецепції одразу його замінили.", 4),
]


@pytest.mark.parametrize("lang,text,rating", FIXED_AT_ONCE)
def test_who_fixed_it_at_once_is_not_apologised_for(lang, text, rating):
    for draft in drafts(text, rating, HOTEL):
        assert not FIXER_APOLOGISED.search(draft), draft
        assert not WENT_WRONG.search(draft), draft


# ... "neither by Wi-Fi nor by cable": the connection failed, not the cable; and "all fine
# if it weren't for the awful Wi-Fi" is a complaint about the Wi-Fi, not praise.

NEITHER_NOR = [
    ("uk", "Через два місяці вже не підключається до інтернету ні по вайфаю, ні кабелем.", 1),
    ("pl", "Po dwóch miesiącach nie łączy się z internetem ani przez wifi, ani kablem.", 1),
    ("en", "After two months it connects to the internet neither over wifi nor by cable.", 1),
]


@pytest.mark.parametrize("lang,text,rating", NEITHER_NOR)
def test_neither_nor_names_neither(lang, text, rating):
    for draft in drafts(text, rating):
        assert not re.search(r"\bcable\b|kabl|кабел", draft, re.IGNORECASE), draft
        assert SORRY.search(draft), draft


IF_NOT_FOR = [
    ("uk", "Телевізор для кухні, все норм, якби не жахливий wifi.", 3),
    ("pl", "Telewizor do kuchni, wszystko w porządku, gdyby nie fatalne wifi.", 3),
    ("en", "A TV for the kitchen, all fine if it weren't for the terrible wifi.", 3),
]


@pytest.mark.parametrize("lang,text,rating", IF_NOT_FOR)
def test_if_not_for_names_a_fault(lang, text, rating):
    for draft in drafts(text, rating):
        assert not re.search(r"glad|so happy|kind words|cieszymy|miło nam|miłe słowa|раді|приємно|добрі слова", draft,
                             re.IGNORECASE) or SORRY.search(draft), draft
        assert ACKNOWLEDGED.search(draft), draft


# EDIT class: ants or mice in a hotel room are pests, named as such, and nobody is said to
# have been bitten when nobody was.

PESTS = re.compile(r"pests|robactw|insekt|szkodnik|комах|шкідник", re.IGNORECASE)
BITES = re.compile(r"bites|bitten|pogryzi|укус", re.IGNORECASE)

PESTS_SEEN = [
    ("en", "We found ants all over the bathroom and nobody did anything about it.", 2),
    ("en", "There were mice in the room at night, disgusting.", 1),
    ("pl", "W pokoju pełno mrówek, nikt nic z tym nie zrobił.", 2),
    ("pl", "W nocy po pokoju biegały myszy, obrzydliwe.", 1),
    ("uk", "У номері повно мурах, ніхто нічого не зробив.", 2),
    ("uk", "Уночі по номеру бігали миші, огидно.", 1),
]


@pytest.mark.parametrize("lang,text,rating", PESTS_SEEN)
def test_pests_seen_are_named_without_bites(lang, text, rating):
    replies = drafts(text, rating, HOTEL)
    for draft in replies:
        assert not BITES.search(draft), draft
    assert all(PESTS.search(d) for d in replies), replies


# EDIT class: the room booked and not given is named, not met with a general apology.

ROOM_NAMED = re.compile(r"room not being the one you booked|innego pokoju niż zarezerwowany|невідповідність номера Вашому бронюванню", re.IGNORECASE)

ROOM_NOT_GIVEN = [
    ("en", "Didn't get the room I booked. The pool was closed too.", 2),
    ("en", "They gave us a smaller room than the one we booked, facing the car park.", 2),
    ("pl", "Dostaliśmy inny pokój niż zarezerwowany, mniejszy i bez balkonu.", 2),
    ("pl", "Nie dostaliśmy pokoju, który zarezerwowaliśmy, basen też był zamknięty.", 2),
    ("uk", "Нас поселили в інший номер, ніж ми бронювали, менший і без балкона.", 2),
    ("uk", "Поселили не в той номер, який ми забронювали.", 2),
]


@pytest.mark.parametrize("lang,text,rating", ROOM_NOT_GIVEN)
def test_the_room_not_given_is_named(lang, text, rating):
    replies = drafts(text, rating, HOTEL)
    assert any(ROOM_NAMED.search(d) for d in replies), replies
    for draft in replies:
        assert SORRY.search(draft), draft


# EDIT class: a smell the guest named ("cigarette smoke", "mildew") is named back, not "the
# unpleasant smell".

SMELLS = [
    ("en", "The whole hotel stunk of cigarette smoke.", 1, "cigarette smoke"),
    ("en", "The room reeked of mildew and we couldn't sleep.", 2, "mildew"),
    ("pl", "W pokoju był okropny smród papierosów, nie dało się spać.", 2, "papierosów"),
    ("pl", "W łazience unosił się zapach stęchlizny.", 2, "stęchlizny"),
    ("uk", "У номері стояв запах сигарет, спати було неможливо.", 2, "сигарет"),
    ("uk", "У ванній був сильний запах цвілі.", 2, "цвілі"),
]


@pytest.mark.parametrize("lang,text,rating,smell", SMELLS)
def test_the_smell_named_is_named_back(lang, text, rating, smell):
    replies = drafts(text, rating, HOTEL)
    assert any(smell in d for d in replies), replies


# 2b. A restrained verdict under four stars ("нормальний", "normalny", "decent", "okay") gets
# restrained thanks: no "kind words", no "so glad", no "the choice turned out well".

WARM = re.compile(r"kind words|lovely words|so glad|really glad|made our day|miłe słowa|bardzo nam miło|добрі слова|"
                  r"теплий відгук|надихає|дуже раді", re.IGNORECASE)

RESTRAINED = [
    ("uk", "Нормальний подовжувач, працює півроку.", 4),
    ("uk", "Непоганий кабель, працює.", 4),
    ("pl", "Normalny przedłużacz, działa.", 4),
    ("en", "Decent cable, does the job.", 4),
    ("en", "It's okay, does what it says.", 4),
]


@pytest.mark.parametrize("lang,text,rating", RESTRAINED)
def test_a_restrained_verdict_gets_restrained_thanks(lang, text, rating):
    for draft in drafts(text, rating):
        assert not WARM.search(draft), draft
        assert not CHOICE_PRAISED.search(draft), draft


# EDIT class: food from a shop is enjoyed, not "working so well for you" or "serving you for
# years"; and a shop's customer is not told "see you again soon" in any draft.

DEVICE_WISH = re.compile(r"working so well|for years|serve you|długo służył|служить Вам|używania|користування", re.IGNORECASE)
SEE_YOU = re.compile(r"see you again|do zobaczenia|до нових зустрічей|побачитися", re.IGNORECASE)

FOOD_PRAISE = [
    ("en", "He loves nuts, and these honey roasted pecans were gone in a day. Will order again.", 5),
    ("en", "Made a beer batter with this flour and it fried up crisp and light. Wonderful.", 5),
    ("pl", "Pyszne orzechy, mąż zjadł całą paczkę w jeden wieczór.", 5),
    ("uk", "Смак нормальний. Доставили досить швидко.", 5),
    ("uk", "Дуже смачна кава, аромат чудовий.", 5),
]


@pytest.mark.parametrize("lang,text,rating", FOOD_PRAISE)
def test_food_praised_is_enjoyed_not_used(lang, text, rating):
    for draft in drafts(text, rating):
        assert not DEVICE_WISH.search(draft), draft
        assert not SEE_YOU.search(draft), draft
