"""Polarity, complaint categories, fault side and the customer's own topics, read from
real reviews (quoted from reviews-dev.jsonl)."""

from hugdesk.analysis import analyse


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
    assert result.side == "unclear"


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
