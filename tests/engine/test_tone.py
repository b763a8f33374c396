"""The tone guard: exact spans for blaming phrases (the seeds' examples and variants),
missing apologies, shouting, private data, vague promises, wrong language, copies."""

from datetime import datetime, timezone

import pytest

from hugdesk.engine.tone import check_tone, review_tone

NOW = datetime(2026, 11, 18, 10, 0, tzinfo=timezone.utc)


def codes(warnings):
    return [w["code"] for w in warnings]


@pytest.mark.parametrize("phrase", [
    "that's your problem", "What were you thinking", "everyone else knows where to click",
    "you should have read", "It's your own fault",
    "to Pana problem", "Co Pan sobie myślał", "wszyscy inni wiedzą, gdzie kliknąć", "nie przeczytał Pan instrukcji",
    "to Pani problem", "sama Pani sobie winna",
    "це ваша проблема", "Про що ви думали", "усі інші знають, куди натиснути", "ви самі винні",
    "розбирайтеся самі",
])
def test_blaming_phrases_with_exact_spans(phrase):
    draft = f"Hello. Honestly, {phrase}. Regards"
    blame = [w for w in check_tone(draft, now=NOW) if w["code"] == "blame"]
    assert len(blame) == 1
    start = draft.index(phrase)
    assert (blame[0]["start"], blame[0]["end"]) == (start, start + len(phrase))
    assert blame[0]["severity"] == "error" and blame[0]["replacement"]


def test_polite_replies_are_clean():
    for draft in ("Przepraszamy za kłopot – prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
                  "We're sorry about the towels. Our team is checking the room today.",
                  "Щиро перепрошуємо. Напишіть нам в особисті, відповімо протягом 24 годин."):
        assert check_tone(draft, now=NOW) == []


def test_missing_apology_only_for_complaints():
    review = "Nažal prišel... Нажаль прийшов бракований. Не працював динамік."
    warnings = check_tone("Дякуємо за відгук. Напишіть нам в особисті.", review, 2, now=NOW)
    missing = [w for w in warnings if w["code"] == "missing_apology"]
    assert missing and missing[0]["excerpt"] == "Дякуємо за відгук."
    assert "missing_apology" not in codes(check_tone("Перепрошуємо за незручності.", review, 2, now=NOW))
    assert "missing_apology" not in codes(check_tone("Thanks a lot!", "Great coffee!", 5, now=NOW))
    # A five-star review that reports a fault is still a complaint.
    assert "missing_apology" in codes(check_tone("Dziękujemy za opinię!",
                                                 "Wszystko super tylko po 3/4 roku od zakupu kabel się popsuł...",
                                                 4, now=NOW))


def test_shouting():
    draft = "We checked it. THIS IS NOT TRUE!!! The USB cable and the TV are fine."
    warnings = check_tone(draft, now=NOW)
    caps = [w for w in warnings if w["code"] == "shouting_caps"]
    bangs = [w for w in warnings if w["code"] == "shouting_exclamation"]
    assert [w["excerpt"] for w in caps] == ["THIS IS NOT TRUE"]
    assert [w["excerpt"] for w in bangs] == ["!!!"]
    assert draft[bangs[0]["start"]:bangs[0]["end"]] == "!!!"


@pytest.mark.parametrize("draft,kind,excerpt", [
    ("Prosimy o kontakt: jan.kowalski@example.pl", "email", "jan.kowalski@example.pl"),
    ("Call us on +48 600 123 456 today.", "phone", "+48 600 123 456"),
    ("Зателефонуйте: 067 123 45 67", "phone", "067 123 45 67"),
    ("Your order #A1234567 was shipped.", "order_number", "A1234567"),
    ("Zamówienie nr 123456789 jest w drodze.", "order_number", "123456789"),
    ("Замовлення № 45678901 вже відправлено.", "order_number", "45678901"),
    ("Odbiór: ul. Długa 5/3, Kraków.", "address", "ul. Długa 5/3"),
    ("Приходьте: вул. Хрещатик, 22.", "address", "вул. Хрещатик, 22"),
    ("Drop by 221 Baker Street any time.", "address", "221 Baker Street"),
])
def test_private_data(draft, kind, excerpt):
    found = [w for w in check_tone(draft, now=NOW) if w["code"] == "private_data"]
    assert [(w["kind"], w["excerpt"]) for w in found] == [(kind, excerpt)]
    assert found[0]["fix_action"] == "move_to_private"


def test_dates_times_and_prices_are_not_phone_numbers():
    draft = "We will call you on 24.11.2026 at 17:00 about the 1200 zł refund."
    assert "private_data" not in codes(check_tone(draft, now=NOW))


@pytest.mark.parametrize("draft,vague", [
    ("We'll sort it out soon.", "We'll sort it out soon."),
    ("Dziękujemy. Wkrótce to załatwimy.", "Wkrótce to załatwimy."),
    ("Дякуємо! Скоро вирішимо.", "Скоро вирішимо."),
])
def test_vague_promise(draft, vague):
    found = [w for w in check_tone(draft, now=NOW) if w["code"] == "vague_promise"]
    assert [w["excerpt"] for w in found] == [vague]
    assert found[0]["fix_action"] == "log_promise"


def test_dated_promise_is_fine_and_reported():
    result = review_tone("Przepraszamy! Zwrócimy pieniądze do piątku.", now=NOW)
    assert "vague_promise" not in codes(result["warnings"])
    assert result["promise"]["due_at"] == datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)


def test_reply_in_another_language_than_the_review():
    review = "Telefon po miesiącu przestał się ładować, reklamacja trwa już trzy tygodnie."
    warnings = check_tone("We are very sorry, please send us a private message.", review, 1, now=NOW)
    mismatch = [w for w in warnings if w["code"] == "language_mismatch"]
    assert mismatch and mismatch[0]["language"] == "en" and mismatch[0]["review_language"] == "pl"
    assert "language_mismatch" not in codes(check_tone("Bardzo przepraszamy, prosimy o wiadomość prywatną.", review, 1, now=NOW))


def test_near_identical_to_an_earlier_reply():
    earlier = "Dzień dobry! Bardzo przepraszamy za kłopot, prosimy o wiadomość prywatną z numerem zamówienia."
    copy = "Dzień dobry! Bardzo przepraszamy za kłopot, prosimy o wiadomość prywatną z numerem zamówienia!"
    warnings = check_tone(copy, previous_replies=["Inna odpowiedź.", earlier], now=NOW)
    dup = [w for w in warnings if w["code"] == "near_duplicate"]
    assert dup and dup[0]["index"] == 1 and dup[0]["similarity"] >= 90
    fresh = "Panie Tomaszu, przykro nam z powodu ładowarki – jutro wyślemy nową."
    assert "near_duplicate" not in codes(check_tone(fresh, previous_replies=[earlier], now=NOW))


def test_messages_exist_in_three_languages_and_follow_ui_language():
    draft = "That's your problem!!! Email me at a@b.com. We'll fix it soon."
    for ui in ("en", "pl", "uk"):
        for warning in check_tone(draft, "It broke", 1, ui_lang=ui, now=NOW):
            assert set(warning["messages"]) == {"en", "pl", "uk"}
            assert all(warning["messages"].values()) and all(warning["fixes"].values())
            assert warning["message"] == warning["messages"][ui]
            assert warning["fix"] == warning["fixes"][ui]
    pl = check_tone("a@b.com", ui_lang="pl", now=NOW)[0]
    assert pl["message"] == "Dane prywatne (adres e-mail) w publicznej odpowiedzi."


def test_szkoda_and_shkoda_count_as_saying_sorry():
    """A native "what a pity that…" is an apology for a remark; the guard must not ask for another."""
    review = "Bateria trzyma krótko, ekran blady."
    assert "missing_apology" not in [w["code"] for w in check_tone("Szkoda, że bateria trzyma tak krótko.", review, 2)]
    uk = check_tone("Шкода, що батарея так швидко сідає.", "Батарея швидко сідає.", 2)
    assert "missing_apology" not in [w["code"] for w in uk]
    assert "missing_apology" in [w["code"] for w in check_tone("Dziękujemy za opinię.", review, 2)]
