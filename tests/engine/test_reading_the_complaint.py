"""Drafts that read what kind of complaint a review makes (issue 9, second round): a
voucher only for a serious fault of ours, a product's traits acknowledged rather than
investigated, questions answered, mixed reviews answered on their complaint, praise in
idioms and negations not mistaken for complaints, stock phrases only where they fit, and a
name signed in the text. Every review here is written for these tests, not taken from the
dev set."""

import re

from hugdesk.engine.analysis import analyse
from hugdesk.engine.suggestions import suggest

SHOP = {"business_name": "TechDom", "agent_name": "Anna", "signature": "Anna", "business_kind": "online_shop", "draft_detail": "specific"}
PL_SHOP = {**SHOP, "compensations": ["rabat 10% na kolejne zakupy"]}
UK_SHOP = {**SHOP, "compensations": ["знижка 10% на наступне замовлення"]}
EN_SHOP = {**SHOP, "compensations": ["a 10% discount on your next order"]}
HOTEL = {"business_name": "Hotel Mira", "agent_name": "Anna", "signature": "Anna", "business_kind": "hotel", "draft_detail": "specific",
         "compensations": ["a 10% discount on your next visit"]}
MONEY = re.compile(r"rabat|знижк|discount", re.IGNORECASE)
FAULT_FLOW = re.compile(r"numer\w* zamówienia|usterk|номер замовлення|несправн|order number|the fault|zawiedliśmy|"
                        r"ми Вас підвели|let you down", re.IGNORECASE)


def review(text, rating, author=None, platform="facebook"):
    return {"platform": platform, "author_name": author, "rating": rating, "text": text}


def texts(result):
    return [d.text for d in result.drafts]


# 1. Compensation -----------------------------------------------------------------------

def test_a_voucher_for_a_product_broken_on_arrival_phrased_without_a_colon():
    pl = suggest(review("Odkurzacz dotarł uszkodzony, obudowa pęknięta w dwóch miejscach.", 1), PL_SHOP)
    assert any("rabat 10% na kolejne zakupy" in t for t in texts(pl))
    uk = suggest(review("Чайник прийшов бракований – кришка тріснута, вода тече.", 1), UK_SHOP)
    assert any("знижка 10% на наступне замовлення" in t for t in texts(uk))
    for text in texts(pl) + texts(uk):
        # The configured compensation is quoted in the nominative: never after a colon.
        assert not re.search(r": (?:rabat|знижка)", text), text


def test_no_voucher_for_traits_taste_questions_settled_cases_or_customers_who_are_done():
    cases = [
        (PL_SHOP, "Tablet ma tylko 3 GB pamięci i przy kilku kartach w przeglądarce zwalnia.", 2),
        (UK_SHOP, "Екран надто тьмяний, на сонці майже нічого не видно.", 2),
        (EN_SHOP, "The cookies are far too sweet for me, I could not finish the box.", 2),
        (EN_SHOP, "The blender stopped working after a month. How do I send it back?", 1),
        (PL_SHOP, "Pralka przestała wirować, ale serwis producenta wymienił mi ją na nową i sprawa załatwiona.", 2),
        (EN_SHOP, "The lamp arrived broken and I will never order from this shop again.", 1),
        (HOTEL, "The coffee at breakfast was weak and the croissants a bit dry.", 2),
    ]
    for context, text, rating in cases:
        result = suggest(review(text, rating, platform="tripadvisor" if context is HOTEL else "facebook"), context)
        for draft in result.drafts:
            assert not MONEY.search(draft.text), (text, draft.text)
            assert draft.approach != "concrete_fix_compensation", text


# 2 and 3. Traits of the product and opinions -------------------------------------------

def test_a_product_trait_is_acknowledged_not_investigated():
    for context, text in [
        (UK_SHOP, "Замалий екран, дрібний шрифт важко читати без окулярів."),
        (PL_SHOP, "Ładowanie trwa prawie pięć godzin, a bateria wystarcza na jeden dzień."),
        (EN_SHOP, "This tea is far too bitter for my taste."),
    ]:
        result = suggest(review(text, 2), context)
        assert result.is_complaint
        for draft in result.drafts:
            assert not FAULT_FLOW.search(draft.text), (text, draft.text)
            assert re.search(r"przykro|прикро|sorry", draft.text, re.IGNORECASE), draft.text


def test_passing_a_remark_to_the_manufacturer_only_when_configured():
    text = "Aparat w nocy robi słabe zdjęcia, szkoda, bo reszta jest w porządku."
    plain = suggest(review(text, 3), PL_SHOP)
    assert not any("producent" in t for t in texts(plain))
    told = suggest(review(text, 3), {**PL_SHOP, "follow_up": ["feedback_to_manufacturer"]})
    assert any("przekazujemy producentowi" in t for t in texts(told))


def test_a_real_defect_still_gets_the_order_number_flow():
    result = suggest(review("Po tygodniu słuchawki przestały działać, lewa nie gra wcale.", 1), PL_SHOP)
    assert "numer" in result.drafts[0].text and "zamówienia" in result.drafts[0].text


# 4. Questions ----------------------------------------------------------------------------

def test_explicit_questions_are_answered_with_a_route():
    cases = [
        (UK_SHOP, "Мікрохвильовка не гріє вже на третій день. Як повернути товар?", r"повернення"),
        (PL_SHOP, "Ekspres przestał działać po dwóch tygodniach. Co mam teraz zrobić?", r"dalsze kroki"),
        (EN_SHOP, "The speaker crackles at any volume. Can I exchange it?", r"exchang"),
        (UK_SHOP, "Навушники не заряджаються, індикатор блимає. В чому може бути причина?", r"причину"),
    ]
    for context, text, answer in cases:
        result = suggest(review(text, 2), context)
        assert re.search(answer, result.drafts[0].text, re.IGNORECASE), (text, result.drafts[0].text)


def test_a_return_question_names_the_configured_warranty_route():
    text = "The kettle stopped heating after a week. How do I return it?"
    result = suggest(review(text, 1), {**EN_SHOP, "follow_up": ["warranty_by_us"]})
    assert "warranty" in result.drafts[0].text and "returning" in result.drafts[0].text


# 5. A happy review with one remark --------------------------------------------------------

def test_a_four_star_review_acknowledges_its_remark():
    text = "Lovely quiet room and very friendly staff. The breakfast was disappointing though."
    result = suggest(review(text, 4, "Corey", "tripadvisor"), HOTEL)
    assert result.sentiment in ("positive", "mixed")
    assert any("breakfast" in d.text and re.search(r"sorry", d.text) for d in result.drafts), texts(result)


# 6. Negations and idioms -------------------------------------------------------------------

def test_value_idioms_and_disclaimers_are_not_complaints():
    for text, lang in [
        ("Pros: легкий, гарний. Cons: за таку ціну немає.", "uk"),
        ("Звучить приємно, співвідношення ціна-якість відповідає.", "uk"),
        ("Solidne wykonanie, stosunek jakości do ceny bardzo dobry.", "pl"),
        ("Sturdy and quiet, the price matches the quality.", "en"),
    ]:
        analysis = analyse(text, 4, language=lang)
        assert analysis.sentiment == "positive", (text, analysis.sentiment)
        assert not [a for a in analysis.aspects if a["polarity"] == "criticised"], (text, analysis.aspects)
    disclaimer = analyse("Грає добре, не рекламую, але колонка тримає годин шість.", 4, language="uk")
    assert not [a for a in disclaimer.aspects if a["polarity"] == "criticised"], disclaimer.aspects


# 7. Stock phrases -----------------------------------------------------------------------------

def test_no_thanks_for_patience_detailed_only_for_long_reviews_and_no_calques():
    short = [
        (PL_SHOP, "Mysz po miesiącu przestała klikać."),
        (UK_SHOP, "Після тижня перестала працювати кнопка звуку."),
        (EN_SHOP, "The zip broke on the second day."),
    ]
    for context, text in short:
        for draft in suggest(review(text, 1), context).drafts:
            assert not re.search(r"cierpliwość|терпіння|patience|szczegółow|детальн|detailed", draft.text), draft.text
            assert not re.search(r"szansę, by to naprawić|можливість усе виправити|Przykro nam czytać|прикро читати|"
                                 r"Z tej strony|незручності|let you down", draft.text), draft.text
    # Not after a wait either (stop 30): graders in all three languages read "thank you for your
    # patience" to someone whose patience has run out as sarcasm.
    for context, text in [(PL_SHOP, "Czekam na zamówienie od trzech tygodni i nadal nic."),
                          (UK_SHOP, "Чекаю на замовлення вже три тижні, і досі нічого."),
                          (EN_SHOP, "We waited an hour for our food and nobody checked on us.")]:
        for draft in texts(suggest(review(text, 1), context)):
            assert not re.search(r"cierpliwość|терпіння|patience", draft), draft


def test_food_is_enjoyed_not_wished_a_long_service_life():
    result = suggest(review("These oat biscuits are delicious and the chocolate chips are generous.", 5, "Miles"), EN_SHOP)
    for draft in result.drafts:
        assert "serves you well" not in draft.text and "long time to come" not in draft.text


# 8. A name signed in the text ----------------------------------------------------------------

def test_a_name_signed_under_the_review_is_used_when_the_author_is_a_handle():
    text = "Lovely little bakery, the cinnamon rolls are worth the trip.\n\nThanks again!\n— Melissa"
    result = suggest(review(text, 5, "bakerylover77", "yelp"), HOTEL | {"business_kind": "restaurant_cafe", "draft_detail": "specific"})
    assert result.drafts[0].text.startswith(("Hello Melissa", "Hi Melissa", "Dear Melissa")), result.drafts[0].text


def test_a_device_dead_out_of_the_box_is_a_defect_not_a_trait():
    text = "Колонка не ввімкнулась, хоч простояла годину на зарядці. Як повернути?"
    result = suggest(review(text, 1), UK_SHOP)
    assert result.drafts[0].approach != "explain_and_guide"
    assert "підійшла" not in result.drafts[0].text and "повернення" in result.drafts[0].text
