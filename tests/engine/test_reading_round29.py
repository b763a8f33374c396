"""Issue 9, twenty-ninth round: reading reviews without stars, measured on one half of the PolEmo 2.0
dev lines (the other half is kept for the fresh set W), and the classes fresh set V was graded down
for. A verdict is read however it is phrased ("Gorąco polecam, a szczególnie…", "warty polecenia",
"można polecić"), and "Ogólnie polecam" is no "nie polecam"; praise with the negation written into
the word ("nieuprzejma", "неввічливий") is criticism; what a thing takes away ("niweluje smrodki") is
its merit; a stray dirt word beside "pokoje czyste" is no hygiene failure; "mało przestronne" is not
praise; a thin or restrained text without stars gets measured thanks; "як палений цукор" is a taste,
not a fake; "немає алергії" is no health worry; a piece of wire in food is a matter of safety. Every
review here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_HOTEL as HOTEL, GENERAL_SHOP as SHOP, drafts_for_authors

_APOLOGY = re.compile(r"przeprasz|przykro|sorry|apolog|перепрош|прикро", re.IGNORECASE)
_WARM = re.compile(r"miłe słowa|ciepłe słowa|pozytywn|bardzo miło|kind words|теплий відгук|приємно", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Hotel przyjazny dzieciom, basen duży, obsługa na wysokim poziomie. Jedynie śniadania mogłyby być lepsze – "
    "zabrakło owoców, a dania na ciepło były letnie. Gorąco polecam, a szczególnie rodzinom z dziećmi.",
    "Pokoje przestronne, personel życzliwy, cisza i spokój. Śniadania dość skromne i parking płatny. "
    "Ogólnie hotel warty polecenia.",
    "Miła obsługa, dobra kuchnia, ładny park. Raz był problem z kartą do drzwi, trzeba było ją kodować na nowo. "
    "Ogólnie można polecić.",
])
def test_a_verdict_for_the_place_leads_with_thanks_whatever_its_wording(text):
    reading = analyse(text, None, "pl", domain="hospitality")
    assert reading.recommended, text
    for draft in drafts_for_authors(text, None, HOTEL):
        first = draft.split("\n\n")[1]
        assert not re.search(r"przeprasz|przykro|nie wszystko", first), draft


def test_the_one_minus_beside_a_verdict_is_still_acknowledged():
    text = ("Hotel przyjazny dzieciom, basen duży, obsługa na wysokim poziomie. Jedynie śniadania mogłyby być lepsze – "
            "zabrakło owoców, a dania na ciepło były letnie. Gorąco polecam, a szczególnie rodzinom z dziećmi.")
    for draft in drafts_for_authors(text, None, HOTEL):
        assert re.search(r"uwag|poprawić|lepsze", draft), draft


def test_a_word_ending_in_nie_is_no_negation_of_the_verdict():
    text = "Bardzo fajny ekspres, kawa smaczna i gorąca, pianka piękna. Ogólnie polecam ten ekspres."
    assert analyse(text, None, "pl", domain="product").recommended
    for draft in drafts_for_authors(text, None, SHOP):
        assert not _APOLOGY.search(draft), draft


@pytest.mark.parametrize("lang,text", [
    ("pl", "Obsługa nieprofesjonalna, jedzenie niesmaczne, recepcjonistka niepomocna."),
    ("uk", "Персонал неввічливий, сніданок несмачний, номер неприємний."),
])
def test_praise_negated_inside_the_word_is_criticism(lang, text):
    reading = analyse(text, None, lang, domain="hospitality")
    assert reading.sentiment == "negative" and reading.positive == 0 and reading.negative >= 2, \
        (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, HOTEL):
        assert _APOLOGY.search(draft) and not _WARM.search(draft), draft


def test_a_whole_word_the_lists_know_keeps_its_own_reading():
    reading = analyse("Niedrogi, niezawodny i niezły sprzęt.", None, "pl", domain="product")
    assert reading.sentiment == "positive" and reading.negative == 0, (reading.positive, reading.negative)


@pytest.mark.parametrize("lang,text", [
    ("pl", "Sprawdzam różne żwirki od lat i zostaję przy tym. Dobrze się zbryla i absolutnie niweluje kocie smrodki. "
           "Jedynym minusem jest to, że koty wynoszą trochę żwirku poza kuwetę."),
    ("en", "Great litter, we tried many brands and this one stays. It clumps well and eliminates litter box odors completely. "
           "My only complaint is that the cats track a little of it out of the box."),
])
def test_what_a_thing_takes_away_is_its_merit(lang, text):
    reading = analyse(text, None, lang, domain="product")
    assert "bad_smell" not in reading.issues, reading.issues
    assert reading.remark or reading.sentiment == "positive", (reading.sentiment, reading.positive, reading.negative)
    for draft in drafts_for_authors(text, None, SHOP):
        assert not re.search(r"zapach|smell|odou?r", draft, re.IGNORECASE), draft


def test_a_stray_dirt_word_beside_clean_rooms_is_no_hygiene_failure():
    text = ("Byliśmy tu dwa razy. Pokoje czyste, łóżka mogłyby być lepsze, łazienka trochę za mała. Na podłodze "
            "panele, co dla nas super – wiadomo, na wykładzinie zbiera się więcej brudu. Śniadania smaczne.")
    reading = analyse(text, None, "pl", domain="hospitality")
    assert "hygiene" not in reading.grave and "cleanliness" not in reading.problem_categories
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not re.search(r"czysto|czystoś", draft), draft


@pytest.mark.parametrize("lang,text", [
    ("en", "The room was comfortable and in general clean, but the carpet was disgusting and the hallways were dirty."),
    ("pl", "Pokój w miarę czysty, ale łazienka brudna, a wykładzina cała w plamach."),
])
def test_dirt_named_beside_a_clean_word_is_still_apologised_for(lang, text):
    reading = analyse(text, 2, lang, domain="hospitality")
    assert "cleanliness" in reading.problem_categories or "hygiene" in reading.grave, reading.problem_categories


def test_little_of_a_merit_is_not_praise():
    reading = analyse("Pokoje małe i mało przestronne, restauracja mało kameralna.", None, "pl", domain="hospitality")
    assert reading.positive == 0 and reading.negative > 0, (reading.positive, reading.negative)


@pytest.mark.parametrize("text", [
    "Hotel generalnie ok. Czysto i to wystarczy. Parking dodatkowo płatny.",
    "Lokalizacja super, pokoje ok, ale brak toalety w pokojach, choć w opisie była łazienka.",
])
def test_thin_or_restrained_praise_without_stars_gets_measured_thanks(text):
    for draft in drafts_for_authors(text, None, HOTEL):
        assert not re.search(r"ciepłe słowa|miłe słowa|bardzo miło|doceniona|tak pozytywn", draft), draft


def test_burnt_sugar_is_a_taste_not_a_fake():
    text = "Суміш на смак огидна, як палений цукор з гіркотою. Дитина зробила три ковтки й перестала пити."
    assert not analyse(text, 1, "uk", domain="product").kind.counterfeit
    for draft in drafts_for_authors(text, 1, SHOP):
        assert "оригінал" not in draft, draft


@pytest.mark.parametrize("lang,text", [
    ("uk", "Нам суміш підійшла, ціна адекватна. + Немає алергії - Трохи піниться"),
    ("pl", "Mleko pasuje, bez uczulenia i bez kolek. Trochę się pieni."),
])
def test_an_allergy_denied_is_no_health_worry(lang, text):
    reading = analyse(text, 4, lang, domain="product")
    assert not reading.kind.health, text
    for draft in drafts_for_authors(text, 4, SHOP):
        assert not re.search(r"здоров|(?<!\w)zdrow", draft), draft


def test_an_allergy_after_a_closed_field_is_still_a_worry():
    text = "Після двох ложечок личко покрилося прищами. + Немає. - Жахлива алергічна реакція."
    assert analyse(text, 1, "uk", domain="product").kind.harm


@pytest.mark.parametrize("lang,text", [
    ("uk", "Смачне, малому дуже подобається. Але попався кусок проволки 5 мм, вчасно помітили."),
    ("pl", "Smaczne, mały je chętnie, ale w słoiczku trafił się kawałek drutu."),
    ("en", "Tasty and my son loves it, but we found a piece of wire in the jar."),
])
def test_a_piece_of_wire_in_food_is_a_matter_of_safety(lang, text):
    reading = analyse(text, 1, lang, domain="product")
    assert reading.kind.spoiled, text
    for draft in drafts_for_authors(text, 1, SHOP):
        assert not re.search(r"не все Вам сподобал|nie wszystko|wasn't everything|helpful", draft), draft


def test_a_thing_needed_is_a_remark_not_praise():
    text = "All was good. The AC needed to be turned on in the lobby, especially during breakfast."
    for draft in drafts_for_authors(text, 3, HOTEL):
        assert "kind words" not in draft, draft


@pytest.mark.parametrize("text,against", [
    ("Świetnie działa i idealnie pasuje, ładuje się szybko. Ogólnie polecam.", False),
    ("Generalnie wrócę tu chętnie, naprawdę polecam.", False),
    ("Słuchawki po tygodniu przestały działać. Nie polecam.", True),
    ("Obsługa fatalna, więcej nie kupię.", True),
])
def test_nie_is_a_word_not_the_end_of_an_adverb(text, against):
    # "Ogólnie polecam" ends in "nie polecam" letter for letter; "świetnie działa" in "nie działa".
    reading = analyse(text, None, "pl", domain="product")
    assert reading.kind.no_return is against, text
    if not against:
        assert not reading.is_complaint, (reading.sentiment, reading.problem_categories)


@pytest.mark.parametrize("text,broken", [
    ("Produkt może i dobrze wykonany, ale do mnie dotarł z całkowicie połamanym tyłem, nie nadaje się do użytku.", True),
    ("Skin, membranes and seeds are crushed up and marketed as pomegranate powder. Bitter and gritty.", False),
])
def test_what_came_broken_is_no_matter_of_taste(text, broken):
    # "Do mnie dotarł" also holds "nie dotarł" letter for letter: it is read as arrived, broken.
    lang = "pl" if "ł" in text else "en"
    kind = analyse(text, 1, lang, domain="product").kind
    assert (kind.fault != "trait") is broken, kind.fault


@pytest.mark.parametrize("lang,text", [
    ("en", "I got different colored flowers than the picture. They use local florists and it depends on what they have "
           "in stock. Still beautiful, but I was expecting white and pink ones."),
    ("pl", "Dostałam inny kolor kwiatów niż na zdjęciu, bo kwiaciarnia dała zamiennik w zależności od dostępności. "
           "Nadal ładne, ale liczyłam na białe."),
])
def test_a_substitution_for_want_of_stock_is_no_mix_up(lang, text):
    reading = analyse(text, 3, lang, domain="product")
    assert "wrong_item" not in reading.issues and not reading.wrong_sent, reading.issues
    for draft in drafts_for_authors(text, 3, SHOP):
        assert not re.search(r"mix-up|deserved much better|pomyłk|pomylil", draft, re.IGNORECASE), draft
