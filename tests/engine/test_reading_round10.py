"""Issue 9, tenth round: safe when unsure. Every specific a draft states (a side to route
to, an order number to ask for, "reviews help others choose", warm thanks) is said only
when the reading behind it is clear; otherwise the draft stays general but serious. Each
situation is written in several wordings and in all three languages, so that no test
passes because of one particular word. Every review here is made up for these tests."""

import re

import pytest

from tests.support.reading import SHOP, drafts

HELPS_OTHERS = re.compile(r"help(?:s)? (?:other|others)|other (?:customers|shoppers)|useful to other|innym|inni mogą|"
                          r"rozważają zakup|іншим", re.IGNORECASE)
INVITATION = re.compile(r"private message|privately|message us|wiadomo\w* prywatn|prywatnie|особист", re.IGNORECASE)
ORDER_NUMBER = re.compile(r"order number|numer\w* zamówienia|номер замовлення", re.IGNORECASE)
PARCEL = re.compile(r"parcel|shipment|delivery|przesyłk|dostaw|посилк|доставк", re.IGNORECASE)
PATIENCE = re.compile(r"patience|cierpliwo|терпінн", re.IGNORECASE)
SORRY = re.compile(r"sorry|apolog|przykro|przeprasza|прикро|шкода|перепрошуємо", re.IGNORECASE)
WARM_THANKS = re.compile(r"kind words|lovely words|miłe słowa|ciepłe słowa|добрі слова|теплі слова", re.IGNORECASE)


# 1. A low-rated complaint whose trouble the engine cannot name (not worth the money, it
# lasts two hours, the screen is dim) is no matter of taste: a sincere general apology and
# an invitation to write, never "such reviews help others choose".

UNRECOGNISED_COMPLAINTS = [
    ("pl", "Nie polecam, szkoda pieniędzy.", 2),
    ("pl", "Bateria wytrzymuje dwie godziny, nie tego się spodziewałem.", 2),
    ("pl", "Ekran jest ciemny, a głośnik cichy.", 2),
    ("pl", "Odradzam, pieniądze wyrzucone w błoto.", 1),
    ("uk", "Не раджу, шкода грошей.", 2),
    ("uk", "Екран тьмяний, а динамік тихий.", 2),
    ("uk", "Гроші на вітер, не купуйте.", 1),
    ("en", "Not worth the money, I regret buying it.", 2),
    ("en", "The screen is dim and the speaker is quiet.", 2),
    ("en", "Waste of money, would not recommend to anyone.", 1),
]


@pytest.mark.parametrize("lang,text,rating", UNRECOGNISED_COMPLAINTS)
def test_an_unrecognised_complaint_gets_a_general_apology_and_an_invitation(lang, text, rating):
    for draft in drafts(text, rating):
        assert not HELPS_OTHERS.search(draft), draft
        assert SORRY.search(draft), draft
    assert any(INVITATION.search(d) for d in drafts(text, rating))


# ... while a plain matter of taste or fit may still say it helps others choose.

TASTE_COMPLAINTS = [
    ("pl", "Nie podoba mi się kształt rączki, jak dla mnie za krótka.", 2),
    ("uk", "Мені не подобається форма ручки, як на мене закоротка.", 2),
    ("en", "I don't like the design of the handle, it's too short for my taste.", 2),
]


@pytest.mark.parametrize("lang,text,rating", TASTE_COMPLAINTS)
def test_a_matter_of_taste_keeps_no_order_number(lang, text, rating):
    for draft in drafts(text, rating):
        assert not ORDER_NUMBER.search(draft), draft
        assert SORRY.search(draft), draft


# 2. "Waited for more" is an expectation, not a wait for a parcel: without a word about the
# order, the parcel or the delivery, no parcel is chased and no patience is thanked for.

EXPECTED_MORE = [
    ("uk", "Батарея тримає дві години, я чекав більшого.", 2),
    ("uk", "Чекала від цього пилососа кращої роботи, тягне слабо.", 2),
    ("pl", "Czekałem na ten odkurzacz z nadzieją, a ssie słabo i głośno chodzi.", 2),
    ("en", "I waited years for a vacuum like this and it barely picks anything up.", 2),
]


@pytest.mark.parametrize("lang,text,rating", EXPECTED_MORE)
def test_waiting_without_an_order_word_is_no_parcel(lang, text, rating):
    for draft in drafts(text, rating):
        assert not PARCEL.search(draft), draft
        assert not PATIENCE.search(draft), draft


# ... and a real wait for the order still gets the parcel looked into.

REAL_WAITS = [
    ("uk", "Чекаю на посилку вже три тижні, ніхто нічого не пояснює.", 1),
    ("pl", "Czekam na przesyłkę od trzech tygodni i cisza.", 1),
    ("en", "Still waiting for my parcel after three weeks, nobody answers.", 1),
]


@pytest.mark.parametrize("lang,text,rating", REAL_WAITS)
def test_a_real_wait_for_the_order_still_asks_for_the_order_number(lang, text, rating):
    assert any(ORDER_NUMBER.search(d) for d in drafts(text, rating))


# 3. Tone by the text: a good rating over a text that turns critical ("good fridge, but
# loud") gets thanks for what was praised and a regret, never "thank you for the kind words".

MIXED_GOOD_RATINGS = [
    ("en", "Good fridge, works well, but it's quite loud.", 4),
    ("en", "Nice kettle and it boils fast, but the lid rattles a bit.", 4),
]


@pytest.mark.parametrize("lang,text,rating", MIXED_GOOD_RATINGS)
def test_a_mixed_text_gets_no_warm_generic_thanks(lang, text, rating):
    for draft in drafts(text, rating):
        assert not WARM_THANKS.search(draft), draft


# 4. An order number only where there is an order-level thing to check: a complaint about
# how a product is designed gives nothing to look up.

DESIGN_COMPLAINTS = [
    ("pl", "Kabel jest za krótki i nie podoba mi się jego kolor. Design słaby.", 2),
    ("uk", "Кабель закороткий, і колір мені не подобається. Дизайн слабкий.", 2),
    ("en", "The cable is too short and I don't like its colour. Poor design.", 2),
]


@pytest.mark.parametrize("lang,text,rating", DESIGN_COMPLAINTS)
def test_a_design_complaint_gets_no_order_number(lang, text, rating):
    for draft in drafts(text, rating):
        assert not ORDER_NUMBER.search(draft), draft


# 5. A price, however much it stings, leaves nothing on the order to look up: a few
# details at most, never the order number.

PRICE_COMPLAINTS = [
    ("en", "The price went up twice this year, it's too expensive now.", 2),
    ("en", "Prices keep rising here; it's just too expensive for me now.", 2),
    ("pl", "Ceny poszły w górę dwa razy w tym roku, teraz jest za drogo.", 2),
    ("pl", "Znowu podnieśli ceny, za drogo się zrobiło.", 2),
    ("uk", "Ціни двічі зросли цього року, тепер надто дорого.", 2),
    ("uk", "Знову підняли ціни, стало занадто дорого.", 2),
]


@pytest.mark.parametrize("lang,text,rating", PRICE_COMPLAINTS)
def test_a_price_complaint_gets_no_order_number(lang, text, rating):
    for draft in drafts(text, rating):
        assert not ORDER_NUMBER.search(draft), draft
        assert SORRY.search(draft), draft


# 6. Beside a list of troubles, one of them named in the apology is a guess at the main
# complaint: the apology stays general but serious.

MANY_TROUBLES = [
    ("pl", "Ekran ciemny, głośnik trzeszczy, klawiatura się zacina, aparat robi nieostre zdjęcia.", 2,
     ("ekran", "głośnik", "klawiatur", "aparat")),
    ("pl", "Klawiatura się zacina, głośnik trzeszczy, ekran jest ciemny, a aparat robi rozmazane zdjęcia.", 2,
     ("ekran", "głośnik", "klawiatur", "aparat")),
]


@pytest.mark.parametrize("lang,text,rating,names", MANY_TROUBLES)
def test_a_list_of_troubles_gets_a_serious_general_apology(lang, text, rating, names):
    for draft in drafts(text, rating):
        apology = draft.split("\n\n")[1]
        assert not any(name in apology.lower() for name in names), draft
        assert SORRY.search(apology), draft


# 7. A question inside a complaint is the owner's exasperation, not a would-be buyer's
# query: the draft apologises, and invents no question to answer when it asks who designed it.

EXASPERATED = [
    ("en", "Who on earth designs these things? The lid never closes properly.", 2),
    ("en", "Who even made this? The lid won't stay shut.", 1),
    ("pl", "Kto to projektował? Pokrywka w ogóle się nie domyka.", 2),
    ("pl", "Kto w ogóle wymyślił taką pokrywkę? Nie trzyma się.", 2),
    ("uk", "Хто це взагалі проектував? Кришка зовсім не закривається.", 2),
    ("uk", "Хто придумав таку кришку? Вона не тримається.", 2),
]
QUESTION_LINE = re.compile(r"your question|the question|na pytanie|za pytanie|запитання", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating", EXASPERATED)
def test_an_exasperated_question_in_a_complaint_is_no_question_to_answer(lang, text, rating):
    for draft in drafts(text, rating):
        assert SORRY.search(draft), draft
        assert not QUESTION_LINE.search(draft), draft


# 8. "Tastes burnt" is a flavour, not smoke: no safety warning to stop using it.

BURNT_TASTES = [
    ("en", "Coffee tastes burnt and bitter, not for me.", 2),
    ("en", "The beans taste burnt, like charcoal.", 2),
    ("pl", "Kawa ma smak przypalony, jak węgiel.", 2),
    ("uk", "Кава має пригорілий смак, як вугілля.", 2),
]
SAFETY = re.compile(r"for your safety|dla bezpieczeństwa|з міркувань безпеки|для безпеки", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating", BURNT_TASTES)
def test_a_burnt_taste_is_no_hazard(lang, text, rating):
    for draft in drafts(text, rating):
        assert not SAFETY.search(draft), draft


# 9. "Ordered blue, got red": the swap is a wrong item however it is worded, and the draft
# sorts out the mix-up on the order; no "advice on getting more out of it".

SWAPS = [
    ("en", "I ordered a blue one and got a red one.", 1),
    ("en", "Ordered the 128GB version but received 64GB.", 1),
    ("pl", "Zamówiłam niebieski, przyszedł czerwony.", 1),
    ("pl", "Zamówiłem rozmiar M, a dostałem XL.", 1),
    ("uk", "Замовляла синій, прийшов червоний.", 1),
    ("uk", "Замовив 128 гб, а отримав 64 гб.", 1),
]
MIX_UP = re.compile(r"mix-up|pomyłk|помилк", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating", SWAPS)
def test_a_swapped_colour_or_size_is_a_wrong_item(lang, text, rating):
    found = drafts(text, rating)
    assert all(MIX_UP.search(d) for d in found), found
    assert any(ORDER_NUMBER.search(d) for d in found)


def test_the_same_size_ordered_and_received_is_no_swap():
    for draft in drafts("Zamówiłem duży, przyszedł duży i wszystko super.", 5):
        assert not MIX_UP.search(draft), draft


# 10. A rude courier left nothing to inspect: no defect to look into.

RUDE_COURIERS = [
    ("en", "The courier was rude and threw the box at my door.", 1),
    ("pl", "Kurier był niemiły i rzucił paczką pod drzwi.", 1),
    ("uk", "Кур'єр був грубий і кинув коробку під двері.", 1),
]
DEFECT = re.compile(r"the fault|usterk|несправн|дефект", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating", RUDE_COURIERS)
def test_a_rude_courier_is_no_defect_to_check(lang, text, rating):
    for draft in drafts(text, rating):
        assert not DEFECT.search(draft), draft
        assert SORRY.search(draft), draft


# 11. "The order came fast, but the plastic creaks": the order is no second complaint, so
# the draft neither chases a parcel nor thanks for patience.

FAST_ORDER_POOR_PRODUCT = [
    ("pl", "Zamówienie dotarło szybko, ale jakość wykonania słaba, plastik trzeszczy.", 2),
    ("pl", "Paczka przyszła szybko, jednak jakość słaba, plastik trzeszczy.", 2),
    ("uk", "Посилка прийшла швидко, але якість погана, пластик тріщить.", 2),
    ("uk", "Замовлення доставили швидко, проте якість погана, пластик тріщить.", 2),
    ("en", "The parcel came quickly, but the build quality is poor and the plastic creaks.", 2),
]
PARCEL_CHASE = re.compile(r"held up|happened to the shipment|follow up on the delivery|dzieje się z zamówieniem|"
                          r"przesyłk|посилк|доставк", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating", FAST_ORDER_POOR_PRODUCT)
def test_a_fast_order_before_but_is_no_delivery_complaint(lang, text, rating):
    for draft in drafts(text, rating):
        assert not PARCEL_CHASE.search(draft), draft
        assert not PATIENCE.search(draft), draft


# 12. "Bought it elsewhere, not from you": another shop without a name is still another
# shop, so no order number of ours and no voucher from us.

NOT_FROM_US = [
    ("uk", "Не беріть цей телефон, не качається vpn. Купляв не у вас, а в іншому місці.", 1),
    ("uk", "Телефон постійно зависає. Купувала його деінде, не у вас.", 1),
    ("pl", "Nie polecam, telefon się zawiesza. Kupiłem go nie u was, tylko gdzie indziej.", 1),
    ("pl", "Telefon się zawiesza. Nie u was kupowałam, ale ostrzegam innych.", 1),
    ("en", "Don't buy this phone, it keeps freezing. I bought it elsewhere, not from you.", 1),
    ("en", "It keeps freezing. I didn't buy it from you, just warning others.", 1),
]
VOUCHER_SHOP = dict(SHOP, compensations=["10% discount"])


@pytest.mark.parametrize("lang,text,rating", NOT_FROM_US)
def test_bought_elsewhere_without_a_shop_name_gets_no_order_number_or_voucher(lang, text, rating):
    for draft in drafts(text, rating, VOUCHER_SHOP):
        assert not ORDER_NUMBER.search(draft), draft
        assert "10%" not in draft, draft
