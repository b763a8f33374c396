"""Issue 9, fifth round: another party's sale or platform, a question from someone who has
not bought, a venue found closed, reserved judgement, untried features, harm and no
voucher, and no understatement under a low rating. Every review here is written for these
tests, not taken from the dev set."""

import re

from hugdesk.engine.analysis import analyse
from hugdesk.engine.suggestions import suggest

SHOP = {"business_name": "TechDom", "agent_name": "Anna", "signature": "Anna", "business_kind": "online_shop", "draft_detail": "specific"}
CAFE = {"business_name": "Café Mira", "agent_name": "Anna", "signature": "Anna", "business_kind": "restaurant_cafe", "draft_detail": "specific"}
HOTEL = {"business_name": "Hotel Lipa", "agent_name": "Anna", "signature": "Anna", "business_kind": "hotel", "draft_detail": "specific",
         "compensations": ["10% off your next stay"]}
ORDER_FLOW = re.compile(r"numer\w* zamówienia|номер замовлення|order number|to się zdarza|rabat|знижк|discount",
                        re.IGNORECASE)
APOLOGY_TEMPLATE = re.compile(r"przeprasz|przykro|перепрош|прикро|sorry|apolog", re.IGNORECASE)
PURCHASE_WISH = re.compile(r"udanego korzystania|enjoy your purchase|приємного користування|zapraszamy ponownie na zakupy",
                           re.IGNORECASE)


def review(text, rating, author=None, platform="facebook"):
    return {"platform": platform, "author_name": author, "rating": rating, "text": text}


def texts(result):
    return [d.text for d in result.drafts]


# 3. Not our sale, or the maker's platform -------------------------------------------------

def test_bought_at_another_shop_points_to_that_seller_without_taking_blame():
    for text, rating, seller in (
            ("Kupiłam ten ekspres w Media Markt, po dwóch tygodniach zaczął przeciekać.", 2, r"sprzedawc|sklep, w którym"),
            ("Купував цей пилосос у Фокстроті, через місяць перестав заряджатися.", 2, r"продав|іншому магазині"),
            ("I bought it from another store and the hinge snapped after a week.", 2, r"(?:shop|retailer)"),
            ("Zamówienie przyszło szybko, sklep  Elektrix.pl spisał się, ale po tygodniu ekran zaczął migać.", 2,
             r"sprzedawc|sklep, w którym")):
        for text_out in texts(suggest(review(text, rating), SHOP)):
            assert not ORDER_FLOW.search(text_out), text_out
            assert re.search(seller, text_out, re.IGNORECASE), text_out


def test_our_own_name_as_the_seller_is_our_sale():
    shop = dict(SHOP, business_name="Neonet")
    best = texts(suggest(review("Kupiłem w Neonet słuchawki, po tygodniu przestały działać.", 1), shop))[0]
    assert re.search(r"numer\w* zamówienia|wiadomości prywatnej", best), best


def test_the_makers_account_goes_to_the_maker():
    text = "Od wczoraj nie przychodzi mail z potwierdzeniem założenia konta w aplikacji, kamera bezużyteczna."
    for text_out in texts(suggest(review(text, 2), SHOP)):
        assert not ORDER_FLOW.search(text_out), text_out
        assert re.search(r"producent|виробник|manufacturer", text_out, re.IGNORECASE), text_out


def test_a_model_sold_without_google_services_is_neither_our_order_nor_the_makers_fault():
    # Round-5 graders: the model is sold that way; sending the customer to the maker's
    # hotline treats a known trait as a fault (test_reading_round7 covers the Polish case).
    for text in ("Хороший смартфон, але без сервісів Google це не те.",
                 "Nice tablet but there are no Google services on it."):
        for text_out in texts(suggest(review(text, 2), SHOP)):
            assert not ORDER_FLOW.search(text_out), text_out
            assert not re.search(r"hotline|гаряч|support team|технічн", text_out, re.IGNORECASE), text_out


def test_a_case_already_with_the_makers_service_is_not_sent_back_there():
    # Round 5 answered "keep going with the service that has it"; graded blind on sets BF-BO
    # that was wrong 4 times in 5 (stop 32). The second unit hums the same: our side is offered,
    # on the condition that it was bought from us, and no voucher is.
    text = "Reklamacja w Fixtel – wymiana na nowy, ale drugi egzemplarz ma ten sam szum w słuchawce."
    for text_out in texts(suggest(review(text, 1), SHOP)):
        assert not re.search(r"rabat|prowadzić (?:ją )?dalej|zajmuje się już serwis", text_out), text_out
        assert re.search(r"(?:Jeśli|Jeżeli) (?:zakupu dokonano w naszym sklepie|sprzęt został kupiony u nas)", text_out), text_out


# 4. A question or remark from someone who has not bought ----------------------------------

def test_a_question_before_buying_gets_a_short_friendly_answer():
    for text, rating in (("Czy warto dopłacić do wersji 256 GB? Jeszcze nie kupiłem.", 3),
                         ("Ще не купив, чи варто брати для роботи з документами?", 2),
                         ("I haven't bought it yet but will it fit a 50 cm shelf?", 3)):
        result = suggest(review(text, rating), SHOP)
        assert not result.is_complaint, text
        for text_out in texts(result):
            assert not APOLOGY_TEMPLATE.search(text_out), text_out
            assert not PURCHASE_WISH.search(text_out), text_out
            assert not ORDER_FLOW.search(text_out), text_out


def test_a_quip_addressed_to_a_reader_is_no_defect_report():
    for text_out in texts(suggest(review("Jak będziesz nim walił o stół, to pęknie", 2), SHOP)):
        assert not APOLOGY_TEMPLATE.search(text_out), text_out
        assert not ORDER_FLOW.search(text_out), text_out


def test_an_owner_with_a_question_still_gets_the_fault_flow():
    text = "Піднімаю трубку при вхідному дзвінку, а там тиша. В чому може бути причина?"
    result = suggest(review(text, 2), SHOP)
    assert result.is_complaint
    assert re.search(r"номер замовлення|особист", texts(result)[0]), texts(result)[0]


# 5b. Closed when they came, or closed for good ----------------------------------------------

def test_a_cafe_found_closed_gets_an_apology_not_see_you_soon():
    for text, rating in (("Great scones last month. Drove over on Saturday and found it closed.", 3),
                         ("Przyjechaliśmy w niedzielę o 10, a kawiarnia była zamknięta.", 3),
                         ("Прийшли в суботу зранку, а кав'ярня зачинена.", 3)):
        for text_out in texts(suggest(review(text, rating), CAFE)):
            assert APOLOGY_TEMPLATE.search(text_out), text_out
            assert re.search(r"zamkni|closed|зачинен", text_out, re.IGNORECASE), text_out
            assert not re.search(r"look forward to welcoming you back soon|do zobaczenia|до зустрічі", text_out,
                                 re.IGNORECASE), text_out
            assert not ORDER_FLOW.search(text_out), text_out


def test_a_hotel_whose_spa_closed_for_good_asks_for_no_dates():
    text = "Nice place once. The spa and the bar are now closed and the lobby feels empty."
    for text_out in texts(suggest(review(text, 3), HOTEL)):
        assert "closed" in text_out, text_out
        assert not re.search(r"dates of your stay|what happened", text_out), text_out


# 6b. Balanced only with praise; no understatement under a low rating; no repeated noun ----

def test_balanced_needs_something_praised():
    for text_out in texts(suggest(review("Не працює швидка зарядка, телефон заряджається по 9 годин.", 3), SHOP)):
        assert "виважений" not in text_out and "плюси" not in text_out, text_out


def test_a_low_rating_is_never_understated():
    for text in ("Dźwięk płaski i cichy, tragedia.", "The sound is flat and tinny, awful.",
                 "Камера слабка, фото розмиті навіть вдень."):
        for text_out in texts(suggest(review(text, 1), SHOP)):
            assert not re.search(r"nie przypadł|nie wszystko|didn't win you over|not quite|wasn't quite|"
                                 r"не так високо|не все Вам сподобалося", text_out), text_out


def test_no_noun_repeated_in_adjacent_sentences_of_a_thanks():
    for text in ("Świetny zakup, polecam każdemu.", "Super słuchawki, bardzo zadowolona z zakupu.",
                 "Чудова покупка, все працює.", "Гарна покупка, рекомендую."):
        for text_out in texts(suggest(review(text, 5), SHOP)):
            sentences = re.split(r"(?<=[.!?])\s+", text_out)
            for a, b in zip(sentences, sentences[1:]):
                stems = lambda s: {w.lower()[:5] for w in re.findall(r"\w{5,}", s)}
                assert not ({"zakup", "покуп"} & stems(a) & stems(b)), text_out


# 8. Reserved judgement -------------------------------------------------------------------

def test_reserved_judgement_gets_hope_not_glad_you_are_satisfied():
    for text in ("Działa od tygodnia, na razie bez zarzutu, czas pokaże.",
                 "Працює тиждень, поки що нарікань немає.",
                 "Two weeks in and so far so good."):
        for text_out in texts(suggest(review(text, 4), SHOP)):
            assert not re.search(r"zadowolon|задоволен|найкраща нагорода|satisfied|glad you|miłe słowa", text_out,
                                 re.IGNORECASE), text_out
            assert re.search(r"nadziej|kciuki|Сподіваємося|бажаємо|We hope", text_out), text_out


# Untried features and harm -----------------------------------------------------------------

def test_a_feature_not_tried_yet_is_not_criticised():
    for text, lang in (("Świetny robot, sprząta codziennie. Funkcji mopowania jeszcze nie testowałem.", "pl"),
                       ("Great blender, crushes ice easily. Haven't tried the soup setting yet.", "en")):
        a = analyse(text, 5, language=lang)
        assert not a.problems, (text, a.problems)


def test_no_voucher_after_harm_or_never_coming_back():
    text = "Bed bugs in the room, bites all over my arms, I threw away my clothes. Never coming back."
    for text_out in texts(suggest(review(text, 1), HOTEL)):
        assert "10%" not in text_out, text_out
