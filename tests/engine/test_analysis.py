"""Polarity, complaint categories, fault side and the customer's own topics, read from
real reviews (quoted from reviews-dev.jsonl)."""

from hugdesk.engine.analysis import analyse


def test_high_rating_that_reports_a_fault_is_a_complaint():
    result = analyse("Wszystko super tylko po 3/4 roku od zakupu kabel się popsuł...", 4)
    assert result.sentiment == "mixed"
    assert result.is_complaint
    assert "product_defect" in result.problem_categories
    assert "kabel" in [t.nom for t in result.problems]


def test_ukrainian_four_stars_with_a_power_button_fault():
    result = analyse("Добрий день. Інколи смартфон не реагує на натискання клавіші живлення, "
                     "тобто екран залишається темним.", 4)
    assert result.is_complaint
    assert result.problem_categories[0] == "product_defect"
    assert result.side == "ours"
    assert "клавіша живлення" in result.specifics


def test_negated_recommendation_and_flat_sound():
    result = analyse("Słuchawki tragiczne, dzwięk płaski, zero głębi i bassu. Mam porównanie do Razerów "
                     "i Steelów... to co HyperX zrobił z kontynuacją świetnych 1 to masakra... nie polecam", 0.5)
    assert result.sentiment == "negative"
    assert {"słuchawki", "dźwięk"} <= {t.nom for t in result.problems}
    assert result.problem_categories == ["product_defect"]


def test_no_complaints_yet_is_praise():
    # "нарікань немає": a complaint word followed by "there are none".
    result = analyse("Купив Батьку, працює 2 місяці поки нарікань немає.", 4)
    assert result.sentiment == "positive"
    assert not result.is_complaint


def test_cafe_praise_names_what_was_praised():
    result = analyse("The coffee and the staff are great! The staff and clientele are friendly yet quirky "
                     "and interesting. Great all around!", 5)
    assert result.sentiment == "positive"
    assert {"food", "staff"} <= set(result.categories)
    assert "coffee" in [t.nom for t in result.praised]


def test_late_delivery_without_any_negative_word():
    result = analyse("Доставка 21 день хоча вказано до 7 днів.", 3)
    assert result.sentiment == "negative"
    assert {"delivery", "waiting"} <= set(result.problem_categories)
    assert result.specifics[0] == "доставка"


def test_waiting_for_an_order_is_our_side():
    result = analyse("Od 3 Tygodni czekam na realizacje zamówienia. Wczoraj dostałem mail że to jeszcze niemożliwe.", 0.5)
    assert {"delivery", "waiting"} <= set(result.problem_categories)
    assert result.side == "ours"
    assert result.gender_hint == "m"  # "dostałem"


def test_customer_who_misread_the_product_is_on_their_own_side():
    result = analyse("I did not know anything about chutney until I went on a known recipe cite and found out "
                     "that they mix the fruit with peppers and vinegar! I thought chutney was a different form "
                     "of Marmalade but I was wrong!", 1)
    assert result.side == "customer"
    assert result.specifics == ["chutney"]


def test_blame_the_service_put_on_the_customer_is_not_an_admission():
    result = analyse("Po pewnym czasie normalnego użytkowania zaczęły pękać więc zostały wysłane do serwisu. "
                     "Serwis nie uwzględnił reklamacji sugerując uszkodzenie mechaniczne z mojej winy.", 0.5)
    assert result.side == "ours"
    assert "product_defect" in result.problem_categories


def test_price_complaint():
    result = analyse("Maseczka kilkakrotnie z zawyżona ceną. Chwilkę poczekam i kupię jak będą w normalnych cenach.", 0.5)
    assert result.problem_categories[0] == "price"
    assert result.side == "ours"  # the shop set the price: its to answer for, not the customer's


def test_unanswered_account_confirmation_is_a_support_problem():
    result = analyse("Obsługa przez smarfona/tablet niemożliwa. Od 6 ciu godzin zero potwierdzenia na e-maila "
                     "o założeniu konta w serwisie.", 0.5)
    assert "support_unreachable" in result.problem_categories


def test_empty_cons_section_is_not_criticism():
    result = analyse("Місткість зарядної станції: 1152 Pros: Підходить майже під всю техніку. Cons: Поки не виявлено", 3)
    assert result.sentiment == "positive"


def test_hotel_room_not_cleaned():
    result = analyse("Got a key to our room which was not even cleaned yet and this was after the 3 pm check in. "
                     "Room also smelled horrible.", 2, platform="tripadvisor")
    assert {"cleanliness", "room"} <= set(result.problem_categories)
    assert result.domain == "hospitality"


def test_text_alone_decides_without_a_rating():
    assert analyse("Terrible service, the staff were rude.").sentiment == "negative"
    assert analyse("Świetny odkurzacz, polecam!").sentiment == "positive"


def test_gender_from_polish_first_person_forms():
    assert analyse("Jestem zadowolona, tylko wiadomo... samsungowa bateria pozostawia wiele do życzenia.", 4.5).gender_hint == "f"
    assert analyse("Bateria na plus.", 4).gender_hint is None


def test_repeat_contact_said_in_the_review():
    assert analyse("Piszę już trzeci raz! Ładowarka nadal nie dotarła.", 1).repeat_mentioned
    assert analyse("Пишу вже вдруге, відповіді немає.", 1).repeat_mentioned
    assert not analyse("Telefon super szybki i bateria trzyma długo.", 5).repeat_mentioned


def test_coming_back_is_not_a_repeat_contact():
    assert not analyse("If I was back in town for work, I'd stay here again for sure.", 4).repeat_mentioned
    assert not analyse("Kupię ponownie!", 5).repeat_mentioned


# --- the primary problem, named problems and praise of the past ---------------------------

PRICE_AND_PORTIONS = "Cena poszła w górę o 30%, a porcje są mniejsze. Szkoda, bo kawa kiedyś była świetna."
COLD_SOUP = "Zimna zupa i niemiła obsługa. Czekaliśmy godzinę na rachunek."
GRINDER = ("Ordered a grinder in January and got the wrong model. Three emails to support, no answer. "
           "Not ordering again.")


def test_smaller_portions_and_a_price_rise_are_a_price_complaint_not_a_defect():
    for platform in ("facebook", "yelp", None):
        result = analyse(PRICE_AND_PORTIONS, 2, platform=platform)
        assert result.problem_categories[0] == "price", platform
        assert "product_defect" not in result.categories, platform
        assert result.issues[:2] == ["price_rise", "smaller_portions"]


def test_waiting_for_the_bill_is_waiting_and_the_first_problems_lead():
    result = analyse(COLD_SOUP, 1, platform="yelp")
    assert "billing" not in result.categories
    assert result.problem_categories[:2] == ["food", "staff"]
    assert "waiting" in result.problem_categories
    assert result.issues == ["cold_food", "rude_staff", "long_wait"]
    assert analyse("We waited an hour for the bill.", 2).problem_categories[0] == "waiting"
    assert "billing" not in analyse("Czekaliśmy pół godziny na paragon.", 2).categories


def test_billing_only_for_wrong_charges_and_refund_disputes():
    for text, rating in (("Policzyli nam za dużo za obiad, na paragonie dwa razy ta sama pizza.", 2),
                         ("I was double charged for my room and the front desk was rude about it.", 1),
                         ("Списали двічі за замовлення, гроші досі не повернули.", 1)):
        result = analyse(text, rating)
        assert result.problem_categories[0] == "billing", text
        assert "product_defect" not in result.categories, text
    assert "billing" not in analyse("Great breakfast, the receipt came by e-mail, paid by card.", 5).categories


def test_defect_only_when_something_is_broken():
    assert "product_defect" not in analyse("Prices went up and the portions got smaller.", 2, platform="facebook").categories
    assert analyse("The grinder stopped working after a week.", 1).problem_categories[0] == "product_defect"


def test_praise_of_the_past_is_a_complaint_about_today():
    result = analyse(PRICE_AND_PORTIONS, 2)
    assert result.declined and result.sentiment == "negative"
    assert "kawa" not in [t.nom for t in result.praised]
    result = analyse("Used to love this place, but the coffee is watery now.", 3)
    assert result.declined and result.is_complaint and "coffee" not in [t.nom for t in result.praised]
    result = analyse("Кава раніше була смачна, а тепер не те, що було.", 3)
    assert result.declined and result.is_complaint and "кава" in [t.nom for t in result.problems]
    result = analyse("Kiedyś było lepiej, teraz kawa jest zwykła.", 3)
    assert result.declined and result.is_complaint


def test_earlier_and_some_day_are_not_nostalgia():
    result = analyse("Доставили раніше терміну, все чудово!", 5)
    assert result.sentiment == "positive" and not result.declined
    result = analyse("Świetny ekspres, kiedyś kupię drugi do biura.", 5)
    assert result.sentiment == "positive" and not result.declined


def test_two_problems_in_one_english_review_are_both_named():
    result = analyse(GRINDER, 1, platform="facebook")
    assert result.issues == ["wrong_item", "no_reply"]
    assert result.issue_words == {"wrong_item": "model"}
    assert result.problem_categories[:2] == ["delivery", "support_unreachable"]
    assert "grinder" in result.specifics


def test_a_negated_wait_is_no_problem():
    result = analyse("We did not have to wait more than 5 minutes, great food!", 5)
    assert result.issues == [] and result.sentiment == "positive"
