"""Issue 9, seventh round: classes of error the round-5 graders marked WRONG. Every review
here is written for these tests, not taken from the dev set."""

import re

from hugdesk.engine.analysis import analyse
from hugdesk.engine.suggestions import suggest

SHOP = {"business_name": "TechDom", "agent_name": "Anna", "signature": "Anna", "business_kind": "online_shop", "draft_detail": "specific"}
HOTEL = {"business_name": "Hotel Lipa", "agent_name": "Anna", "signature": "Anna", "business_kind": "hotel", "draft_detail": "specific"}
SORRY = re.compile(r"przykro|przeprasz|прикро|шкода|перепрош|sorry|apolog", re.IGNORECASE)


def review(text, rating, author=None, platform="facebook"):
    return {"platform": platform, "author_name": author, "rating": rating, "text": text}


def drafts(text, rating, settings=SHOP, author=None):
    return [d.text for d in suggest(review(text, rating, author), settings).drafts]


# Main complaint: the gravest trouble leads, never a comfort niggle.

def test_a_reeking_room_and_a_dead_heater_are_not_answered_about_the_pillows():
    text = ("What a letdown. The room reeked of old smoke the moment we opened the door, the heater "
            "didn't work all night although we called twice, and the pillows were flat and thin. "
            "Breakfast was yesterday's rolls. Would not come back.")
    for draft in drafts(text, 1, HOTEL):
        assert "pillow" not in draft.lower(), draft
        assert re.search(r"serious", draft), draft


def test_bed_bugs_get_specific_concern_not_a_general_sorry_for_the_frustration():
    text = ("Stayed three nights for a conference. On the last morning I found bites all over my arms "
            "and saw a bed bug on the sheet. Front desk just shrugged. The lobby was nice though.")
    for draft in drafts(text, 1, HOTEL):
        assert re.search(r"bites|pests", draft), draft
        assert "frustration" not in draft, draft


def test_polish_and_ukrainian_pests_are_named_too():
    pl = "Pokój wyglądał ładnie, ale w nocy pogryzły nas pluskwy. Recepcja nic z tym nie zrobiła."
    for draft in drafts(pl, 1, HOTEL):
        assert re.search(r"robactw|ugryzi|insekt|pogryzi", draft), draft
    uk = "Номер начебто чистий, але вночі нас покусали клопи. На рецепції лише знизали плечима."
    for draft in drafts(uk, 1, HOTEL):
        assert "шкідник" in draft or "укус" in draft, draft


def test_two_grave_troubles_in_polish_get_a_serious_general_apology():
    text = ("Hotel niezgodny z opisem na stronie. W łazience brud i włosy w brodziku, a klimatyzacja "
            "przez cały pobyt nie działała. Ręczniki też były szorstkie.")
    analysis = analyse(text, 1, domain="hospitality")
    assert {"hygiene", "misled"} <= set(analysis.grave), analysis.grave
    for draft in drafts(text, 1, HOTEL):
        assert "ręcznik" not in draft.lower(), draft
        assert "poważn" in draft, draft


def test_a_computer_mouse_is_no_pest():
    text = "Myszy od laptopa są dla mnie za małe, a ta mysz po tygodniu przestała działać. Słaba jakość."
    assert "pests" not in analyse(text, 1).grave
    assert "pests" not in analyse("These mice keep losing the connection, awful.", 1).grave
    assert "pests" not in analyse("After two bites of the burger I pushed it away. Cold and greasy.", 1).grave
    assert "pests" not in analyse("Ugryzłem kawałek pizzy i była zimna. Obsługa niemiła.", 1).grave


# Aspect vocabulary: the customer's topic, or none, never a neighbouring word's.

def test_a_weak_watery_brew_is_about_flavour_not_size():
    text = "Not terrible, but unless you brew it at the smallest cup size it tastes of nothing. Watery, with an aftertaste."
    for draft in drafts(text, 3):
        assert "size" not in draft, draft
    assert "size" not in [t.nom for t in analyse(text, 3).problems]


def test_hours_of_play_are_the_battery_not_the_price():
    uk = "Звук гучний, але грає недовго, десь година на повній гучності. За ці гроші є кращі варіанти."
    analysis = analyse(uk, 3)
    assert analysis.problem_categories[0] == "product_defect", analysis.problem_categories
    assert "батарея" in [t.nom for t in analysis.problems]
    for draft in drafts(uk, 3):
        assert "ціна" not in draft and "ціну" not in draft, draft
    en = "Great little speaker, but it plays for only two hours before it dies. Fine for the money otherwise."
    assert "battery" in [t.nom for t in analyse(en, 3).problems]
    pl = "Odkurzacz mocny, ale na pełnej mocy działa tylko 12 min, a ładuje się pół dnia."
    assert "bateria" in [t.nom for t in analyse(pl, 3).problems]


def test_many_is_not_a_bug_in_ukrainian():
    text = "Розчарований. Звук слабкий, а інші колонки за ці кошти грають набагато гучніше."
    analysis = analyse(text, 2)
    assert analysis.is_complaint
    assert analysis.kind.fault != "defect"


def test_inflated_card_ratings_are_not_a_price_complaint():
    text = "Nie da się grać. Serwery padają co chwilę, oceny zawodników zawyżone. Nie polecam."
    analysis = analyse(text, 1)
    assert "price" not in analysis.problem_categories[:1], analysis.problem_categories
    for draft in drafts(text, 1):
        assert "cen" not in draft.lower() and "partner" not in draft, draft


def test_packaging_without_a_password_is_no_parcel_problem():
    text = "Запускаю за інструкцією – пристрій просить пароль, а на упаковці жодного пароля немає."
    analysis = analyse(text, 1)
    assert "delivery" not in analysis.problem_categories, analysis.problem_categories
    for draft in drafts(text, 1):
        assert "посилк" not in draft and "доставк" not in draft, draft


# Side and remedy: fit what the customer wants and whose side the problem is on.

def test_a_password_prompt_gets_set_up_help_not_a_parcel_check():
    uk = "Увімкнула роутер за інструкцією, а він вимагає пароль. У коробці жодного пароля не знайшла."
    for draft in drafts(uk, 1):
        assert "налаштув" in draft, draft
        assert not re.search(r"посилк|доставк|знижк", draft), draft
    pl = "Kamera po włączeniu prosi o hasło, którego nigdzie nie podano. Nie umiem jej skonfigurować."
    for draft in drafts(pl, 2):
        assert "konfigurac" in draft, draft
        assert not re.search(r"przesyłk|usterk|naprawy", draft), draft


def test_a_phone_sold_without_google_services_is_no_fault_for_the_makers_hotline():
    text = "Świetny tablet za te pieniądze, tylko brak usług Google trochę przeszkadza."
    analysis = analyse(text, 3)
    assert analysis.kind.by_design and analysis.kind.elsewhere != "maker"
    for draft in drafts(text, 3):
        assert not re.search(r"infolini|wsparci\w* techniczn|producent|naprawy|nie powinno", draft), draft


def test_a_complaint_already_filed_and_handled_well_is_not_sent_to_file_one():
    text = ("Laptop po dwóch dniach zaczął się wyłączać, więc złożyłem reklamację. Cały proces reklamacji "
            "przebiegł sprawnie i bez problemu, sklep stanął na wysokości zadania.")
    for draft in drafts(text, 2):
        assert not re.search(r"należy złożyć|złożyć reklamację|zgłoszeni", draft), draft
        assert "sprawnie" in draft, draft


def test_the_customers_own_misunderstanding_gets_no_it_should_not_be_like_this():
    text = ("I had no idea what miso paste was, I thought it would be sweet like jam. Turns out it is salty "
            "fermented soybeans. My mistake, I should have read the label.")
    analysis = analyse(text, 1)
    assert analysis.side == "customer"
    for draft in drafts(text, 1):
        assert "isn't how it should be" not in draft and "not the standard" not in draft, draft


# Names: greeting and body agree.

def test_a_nickname_in_a_polish_review_gets_a_neutral_greeting_that_agrees_with_pan():
    text = "Kupiłem ten odkurzacz tydzień temu. Ssie słabo i bateria trzyma krótko, jestem rozczarowany."
    for author in ("Marcello", "Zorro", "Dexter"):
        for draft in drafts(text, 2, author=author):
            assert author not in draft.split("\n")[0], draft


def test_a_disappointing_camera_is_a_matter_of_degree_not_a_repair():
    text = ("Ekran i bateria na plus. Największy minus to aparat: zdjęcia wychodzą blade, kolory nienaturalne, "
            "a w nocy wszystko jest rozmyte. Poza tym klawiatura czasem się zacina przy pisaniu.")
    analysis = analyse(text, 3)
    assert analysis.kind.fault == "trait", analysis.kind
    for draft in drafts(text, 3):
        assert not re.search(r"napraw|nie powinno|serwis", draft), draft


# Aspect vocabulary: what is said of other products is not said of ours.

def test_criticism_of_other_products_is_not_a_remark_about_ours():
    pl = ("Długo szukałem dobrych słuchawek. Inne modele w tej cenie miały słaby mikrofon i krótki kabel. "
          "Te są świetne, wygodne i grają czysto.")
    analysis = analyse(pl, 4)
    assert "mikrofon" not in [t.nom for t in analysis.problems], analysis.aspects
    for draft in drafts(pl, 4):
        assert "mikrofon" not in draft and "kabl" not in draft, draft
    en = "My old kettle leaked and the lid broke within a month. This one is solid, quiet and boils fast."
    assert "lid" not in [t.nom for t in analyse(en, 4).problems]



def test_one_grave_trouble_among_niggles_is_the_one_named():
    dirty = ("Check-in took ages. Our room had not been cleaned, there was hair on the pillows. "
             "The parking was also a bit tight.")
    for draft in drafts(dirty, 2, HOTEL):
        assert re.search(r"clean", draft), draft
        assert "parking" not in draft and "wait" not in draft.split("\n\n")[1], draft
    ignored = ("The kettle in the room was missing and the remote had no batteries. I asked the reception "
               "staff four times and nobody came.")
    for draft in drafts(ignored, 2, HOTEL):
        assert re.search(r"ask|request", draft), draft
        assert "kettle" not in draft and "remote" not in draft, draft


def test_a_no_returns_warning_is_no_delivery_complaint():
    text = "Tastes like cardboard. Buy a single box to try first, because these can't be returned."
    analysis = analyse(text, 1)
    assert "delivery" not in analysis.problem_categories, analysis.problem_categories
    for draft in drafts(text, 1):
        assert "deliver" not in draft and "patience" not in draft, draft


def test_an_unusable_product_at_one_star_gets_no_understated_apology():
    # "Sorry for the frustration", "sorry we let you down this time" understate a thing that broke.
    for text in ("Brałam dla siostry. Kompletna klapa, po tygodniu się zepsuł i nie działa. Nie polecam nikomu.",
                 "Брав братові. Повний жах, за тиждень зламався і не працює. Нікому не раджу.",
                 "Got it for my niece. Total junk, it broke within a week and does not work. Do not recommend."):
        for draft in drafts(text, 1):
            assert re.search(r"serious|poważn|серйозн", draft), draft
            assert not re.search(r"frustration|let you down this time|nie wszystko|не все було", draft), draft


def test_a_serious_case_with_another_party_is_not_met_with_a_mild_apology():
    text = ("Kupiłem zegarek w Media Expert, po tygodniu przestał się ładować. Reklamacja w serwisie producenta "
            "trwa już dwa miesiące, drugi egzemplarz też nie działa. Dramat, nie polecam.")
    for draft in drafts(text, 1):
        assert "poważn" in draft, draft
        assert "nie wszystko" not in draft, draft


def test_poor_service_named_first_is_answered_before_the_coffee():
    cafe = {"business_name": "Café Mira", "agent_name": "Anna", "signature": "Anna", "business_kind": "restaurant_cafe", "draft_detail": "specific"}
    text = ("Pros: cosy interior. Cons: the service was slow and unfriendly, nobody greeted us at all. "
            "The coffee was nothing to write home about.")
    for draft in drafts(text, 3, cafe):
        body = draft.split("\n\n")[1]
        assert "coffee" not in body, draft
        assert re.search(r"team|service|staff", body), draft


# What the customer asks for is answered; a link asks nothing.

def test_a_plain_request_for_a_replacement_is_answered_and_a_link_asks_nothing():
    text = ("Навушники прийшли вчасно. Cons: лівий навушник хрипить на будь-якій гучності. Потрібна заміна. "
            "https://example.com/video?id=42&share=1")
    analysis = analyse(text, 3)
    assert analysis.kind.question == "exchange"
    assert not analysis.asks_question
    for draft in drafts(text, 3):
        assert "обмін" in draft, draft
        assert "запитання" not in draft, draft


def test_a_misspelt_ukrainian_why_is_still_a_question_about_the_cause():
    text = "Після оновлення телефон сам вимикається вночі, в чьому може бути причіна?"
    assert analyse(text, 2).kind.question == "cause"


def test_food_that_is_off_in_this_batch_is_looked_into_not_left_to_other_buyers():
    for text in ("Ordered two jars of peanut butter and both were rancid, and the best-by date was just one week away. Shame.",
                 "Krakersy zjełczałe, a termin przydatności kończy się za tydzień. Szkoda pieniędzy."):
        analysis = analyse(text, 2)
        assert analysis.kind.fault == "defect", analysis.kind
        for draft in drafts(text, 2):
            assert not re.search(r"help others decide|innym klientom w wyborze|pomagają innym", draft), draft


def test_a_disgusting_dish_or_food_poisoning_is_not_an_unclean_room():
    cafe = {"business_name": "Café Mira", "agent_name": "Anna", "signature": "Anna", "business_kind": "restaurant_cafe", "draft_detail": "specific"}
    text = "The soup was disgusting and lukewarm, and the waiter charged for bread we never ordered."
    assert "hygiene" not in analyse(text, 1, domain="hospitality").grave
    for draft in drafts(text, 1, cafe):
        assert "room" not in draft and "clean" not in draft, draft


def test_a_claim_still_to_be_filed_is_not_treated_as_filed():
    for text in ("Telefon się zawiesza i gaśnie, będzie niestety oddany na gwarancję. Jestem zawiedziona.",
                 "Флешка не читається з першого разу, піду на пошту здам на гарантію."):
        assert analyse(text, 1).kind.claim_filed == "", text
    assert analyse("Zepsuł się po tygodniu, złożyłem reklamację i czekam.", 1).kind.claim_filed == "open"
    assert analyse("Pękły po miesiącu, zostały wysłane do serwisu, a serwis nie uwzględnił reklamacji.", 1).kind.claim_filed


def test_a_screen_that_goes_dark_by_itself_outranks_a_vibration_that_came_back():
    text = ("З першого дня екран гасне на кілька секунд і сам вмикається. Потім ще зникла вібрація, "
            "але через день повернулася. Прошивку оновив, не допомогло.")
    analysis = analyse(text, 3)
    assert "вібрац" not in " ".join(t.nom for t in analysis.problems[:1]), analysis.problems
    for draft in drafts(text, 3):
        assert "вібрац" not in draft, draft
