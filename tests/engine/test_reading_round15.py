"""Issue 9, fifteenth round (the classes of held-out set F): praise is named only when the
reading is sure of it, criticism said politely or by an idiom, a plan to visit the service
centre is no case it already handles, five stars thanked first, a long life wished only to a
thing one keeps, and words that only look like illness ("almost threw up from the taste",
"in a rash"). Every review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import SHOP, drafts, settings

CAFE = settings("restaurant_cafe", "Green Cup")
HOTEL = settings("hotel", "Hotel Riviera")


def first_paragraph(draft):
    return draft.split("\n\n")[1]


THANKS = re.compile(r"thank|glad|appreciate|dziękuj|ciesz|miło|дяку|раді|приємно", re.IGNORECASE)
SENTENCE = re.compile(r"(?<=[.!?])\s+")
REGRET = re.compile(r"sorry|apolog|przykro|przeprasz|szkoda|uwag|прикро|перепрош|шкода|зауваж", re.IGNORECASE)


@pytest.mark.parametrize("lang,text,rating,word", [
    ("en", "The hotel was fine overall, but the last bath towel was frayed and thin, rag quality. For $100 a night "
           "I would expect better. The room was clean and the staff friendly.", 4, "towels?"),
    ("en", "I bought it on sale. It gives energy, but the taste leaves something to be desired.", 3, "taste"),
    ("pl", "Deska super, ale cena z kosmosu – nic innego nie da się dopasować.", 4.5, r"cen\w*"),
    ("pl", "Dla gier warto, ale powyżej 1000 zł bym nie dał, lepiej poczekać, aż cena spadnie do 799.", 5, r"cen\w*"),
    ("uk", "Навушники класні, але космічна ціна, краще взяти щось дешевше.", 4, r"ціну|ціна"),
])
def test_praise_is_not_named_where_the_reading_is_unsure(lang, text, rating, word):
    settings = HOTEL if "hotel" in text else SHOP
    for draft in drafts(text, rating, settings):
        # Thanks for praise, not the apology that names the criticised thing ("sorry the taste…").
        thanks = [s for s in SENTENCE.split(first_paragraph(draft)) if THANKS.search(s) and not REGRET.search(s)]
        assert not any(re.search(word, s, re.IGNORECASE) for s in thanks), draft


@pytest.mark.parametrize("text,rating,named", [
    ("Wonderful kettle: quiet, quick and it looks great.", 5, r"kettle"),
    ("Plusy: świetna bateria, ładny ekran.\nMinusy: krótki kabel.", 4, r"bateri|ekran"),
])
def test_sure_praise_is_still_named(text, rating, named):
    texts = drafts(text, rating)
    assert any(re.search(named, first_paragraph(d), re.IGNORECASE) for d in texts), texts


def test_a_polite_or_idiomatic_criticism_is_read_as_criticism():
    for text, lang in [("The taste leaves something to be desired.", "en"),
                       ("Cena z kosmosu.", "pl"),
                       ("Ціна кусається, краще взяти дешевший.", "uk")]:
        assert analyse(text, 3, lang).sentiment in ("negative", "mixed"), text


@pytest.mark.parametrize("text", [
    "Ноут нікуди не годиться, сам вимикається. Будем звертатись до сервісного центру, можливо це заводський брак.",
    "Laptop keeps shutting down. We will have to take it to the service center, probably a factory defect.",
])
def test_a_plan_to_visit_the_service_centre_is_no_case_it_already_handles(text):
    for draft in drafts(text, 2):
        assert not re.search(r"вже займається|уже займається|already handling|already (?:has|have) your|keep going with",
                             draft), draft


def test_five_stars_with_one_grumble_are_thanked_first():
    text = "Sardines packed in water without salt are... awful. Not a bad product though, far better than store brands."
    for draft in drafts(text, 5):
        assert re.search(r"thank", first_paragraph(draft), re.IGNORECASE), draft
        assert not re.search(r"salt didn'?t win|such a disappointment", draft), draft


@pytest.mark.parametrize("text", [
    "Got a free pack of these with my order and we all loved them. Hot, but a nice heat. Buying more!",
    "Dostałam próbkę gratis do zamówienia, wszyscy byli zachwyceni. Zamówię więcej!",
])
def test_a_long_life_is_wished_only_to_a_thing_one_keeps(text):
    for draft in drafts(text, 5):
        assert not re.search(r"long time to come|długo służył|служить Вам якнайдовше", draft), draft


def test_a_kettle_may_still_be_wished_a_long_life():
    seen = set()
    for rating in (5, 4.5):
        for text in ("Great kettle, boils fast and quietly.", "Super czajnik, szybko gotuje, cichy.",
                     "Чудовий чайник, швидко закипає, тихий."):
            seen.update(drafts(text, rating))
    assert any(re.search(r"long time to come|długo służył|служить Вам якнайдовше", d) for d in seen)


@pytest.mark.parametrize("text,settings", [
    ("These cookies taste medicinal, I almost threw up from the taste. Disgusting, do not buy.", SHOP),
    ("We sat at the bar for 15 min and the bartender ignored us, then 40 min for food. If you're in a rash, "
     "don't go there.", CAFE),
    ("Ciastka smakują jak lekarstwo, prawie zwymiotowałam od samego smaku.", SHOP),
])
def test_words_that_only_look_like_illness_are_no_health_worry(text, settings):
    for draft in drafts(text, 1, settings, platform="yelp" if settings is CAFE else "facebook"):
        # "(?<!po)": "pozdrowienia" is the sign-off's greeting, not health.
        assert not re.search(r"health|(?<!po)zdrow|здоров|what happened to you should never", draft), draft


def test_a_plus_inside_a_sentence_opens_no_list_of_pros():
    text = ("Świetny smartfon. Zabrakło mi tylko wyświetlacza 120 Hz i większej baterii. Gwarancja powinna być dłuższa, "
            "+ 5 lat na wypalenie wyświetlacza.")
    for draft in drafts(text, 3):
        assert not re.search(r"słow\w* o wyświetlacz", draft), draft


@pytest.mark.parametrize("text,lang", [
    ("Telefon fajny, ale dźwięk rozmów jak z akwarium – tragedia; mój poprzedni telefon to przy nim kino domowe!", "pl"),
    ("Nice phone, but calls sound awful; my old phone was a home cinema next to it.", "en"),
    ("Телефон гарний, але звук дзвінків жахливий; мій старий телефон поруч із ним просто кінотеатр.", "uk"),
])
def test_a_comparison_with_an_old_product_keeps_the_criticism_of_this_one(text, lang):
    result = analyse(text, 3.5, lang)
    assert result.is_complaint, result
    for draft in drafts(text, 3.5):
        assert not re.search(r"zadowol|glad you|раді, що|happy with", draft, re.IGNORECASE), draft
