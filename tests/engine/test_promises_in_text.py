"""Promise phrases and their due dates in English, Polish and Ukrainian."""

from datetime import datetime, timedelta, timezone

import pytest

from hugdesk.engine.promises_in_text import find_promise, find_promises

WEDNESDAY = datetime(2026, 11, 18, 10, 0, tzinfo=timezone.utc)
FIVE_PM = dict(hour=17, minute=0, second=0, microsecond=0)


@pytest.mark.parametrize("text,due", [
    ("Zwrócimy pieniądze do piątku.", datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)),
    ("Oddzwonimy jutro.", datetime(2026, 11, 19, 17, 0, tzinfo=timezone.utc)),
    ("Оддзвонимо завтра!", datetime(2026, 11, 19, 17, 0, tzinfo=timezone.utc)),
    ("Передзвонимо завтра до 12:00.", datetime(2026, 11, 19, 12, 0, tzinfo=timezone.utc)),
    ("Повернемо кошти до п'ятниці.", datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)),
    ("We will refund you within 24 hours.", WEDNESDAY + timedelta(hours=24)),
    ("We'll call you tomorrow.", datetime(2026, 11, 19, 17, 0, tzinfo=timezone.utc)),
    ("We'll send the replacement by Monday.", datetime(2026, 11, 23, 17, 0, tzinfo=timezone.utc)),
    ("Sprawdzimy to w ciągu 3 dni.", WEDNESDAY + timedelta(days=3)),
    ("Перевіримо протягом 2 днів.", WEDNESDAY + timedelta(days=2)),
    ("Wyślemy nową ładowarkę 24.11.", datetime(2026, 11, 24, 17, 0, tzinfo=timezone.utc)),
    ("Надішлемо 25 листопада о 15:00.", datetime(2026, 11, 25, 15, 0, tzinfo=timezone.utc)),
    ("Odezwiemy się 2 grudnia.", datetime(2026, 12, 2, 17, 0, tzinfo=timezone.utc)),
    ("We will ship it on November 27.", datetime(2026, 11, 27, 17, 0, tzinfo=timezone.utc)),
    ("We'll contact you by 2026-11-30.", datetime(2026, 11, 30, 17, 0, tzinfo=timezone.utc)),
    ("I'll call you at 3 pm.", datetime(2026, 11, 18, 15, 0, tzinfo=timezone.utc)),
    ("We'll get back to you by the end of the week.", datetime(2026, 11, 20, 17, 0, tzinfo=timezone.utc)),
    ("Odpiszemy w przyszłym tygodniu.", datetime(2026, 11, 27, 17, 0, tzinfo=timezone.utc)),
    ("Ви отримаєте відповідь сьогодні.", WEDNESDAY.replace(**FIVE_PM)),
])
def test_due_dates(text, due):
    promise = find_promise(text, WEDNESDAY)
    assert promise is not None
    assert promise["due_at"] == due
    assert text[promise["start"]:promise["end"]] == promise["text"]


def test_working_days_skip_the_weekend():
    friday = datetime(2026, 11, 20, 9, 30, tzinfo=timezone.utc)
    promise = find_promise("Prześlemy kod w ciągu dwóch dni roboczych.", friday)
    assert promise["due_at"] == datetime(2026, 11, 24, 9, 30, tzinfo=timezone.utc)


def test_past_five_pm_today_means_end_of_day():
    evening = datetime(2026, 11, 18, 19, 0, tzinfo=timezone.utc)
    assert find_promise("We'll call you today.", evening)["due_at"] == datetime(2026, 11, 18, 23, 59, tzinfo=timezone.utc)


def test_date_already_passed_this_year_is_next_year():
    assert find_promise("Wyślemy do 12.11.", WEDNESDAY)["due_at"].year == 2027


@pytest.mark.parametrize("text", ["We'll sort it out soon.", "Wkrótce to załatwimy.", "Скоро вирішимо."])
def test_vague_promises_have_no_date(text):
    promise = find_promise(text, WEDNESDAY)
    assert promise is not None and promise["due_at"] is None and promise["vague"]


@pytest.mark.parametrize("text", ["Thank you for the kind words!", "Dziękujemy za opinię.", "Дякуємо за відгук!",
                                  "We're sorry the coffee was cold."])
def test_no_promise(text):
    assert find_promise(text, WEDNESDAY) is None


def test_span_of_the_promise_inside_a_longer_reply():
    reply = "Dzień dobry! Bardzo przepraszamy. Zwrócimy pieniądze do piątku. Pozdrawiamy"
    promise = find_promise(reply, WEDNESDAY)
    assert reply[promise["start"]:promise["end"]] == "Zwrócimy pieniądze do piątku."


def test_dated_promise_is_preferred_and_all_are_listed():
    reply = "We'll look into it. We will refund you within 24 hours."
    assert find_promise(reply, WEDNESDAY)["text"] == "We will refund you within 24 hours."
    assert [p["due_at"] is None for p in find_promises(reply, WEDNESDAY)] == [True, False]
