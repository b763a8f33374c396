"""Language detection on real review texts (quoted from reviews-dev.jsonl and the saved
TripAdvisor page), including the short ones that trip statistical detectors."""

import json
from pathlib import Path

import pytest

from hugdesk.engine.language import detect_language, reply_language

REVIEWS = Path(__file__).resolve().parents[1] / "fixtures" / "reviews" / "reviews-dev.jsonl"


@pytest.mark.parametrize("text", [
    "Нажаль прийшов бракований. Не працював динамік.",
    "Все працює, все норм. Зайшов у додаток, все легко і чудово.)",
    "Трохи замалий екран для людини похилого віку",
    "Нормальна колонка за свої кошти, дуже компактна, звук посередній Pros: Грає, компактна Cons: Звучання",
    "Колонка приїхала вчасно. Потрібна заміна. https://youtube.com/shorts/JyiNHG2rO_Q?feature=share",
])
def test_ukrainian(text):
    assert detect_language(text) == "uk"


@pytest.mark.parametrize("text", [
    "Beznadziejny, problem z połączeniem z tel.",
    "Jest OK. Przestawiłem się z 6 na 8 i jestem bardzo zadowolony.",
    "Po tygodniu uzytkowania jestem rozczarowany.  Bateria trzyma 1,3 dnia.",  # typed without diacritics
    "Bardzo nowoczesne i użytkowe urządzenie.",
])
def test_polish(text):
    assert detect_language(text) == "pl"


@pytest.mark.parametrize("text", [
    "Two words: potato flakes. Not sure what the buzz about these is.",
    "The coffee and the staff are great!",
    "Beds and pillows were nice. And the television was good as well. The pool was closed.",
])
def test_english(text):
    assert detect_language(text) == "en"


def test_spanish_tripadvisor_review_is_answered_in_english_with_a_flag():
    text = "Tomamos menu del dia, el pan con tumaca , pan duro y jamon malissimo. El pote asturiano aguado y incomible."
    assert detect_language(text) == "es"
    assert reply_language("es") == ("en", True)
    assert reply_language("uk") == ("uk", False)


def test_russian_is_told_apart_from_ukrainian():
    assert detect_language("Отличный телефон, всё работает, доволен покупкой") == "ru"
    assert detect_language("Чудовий телефон, все працює, задоволений покупкою") == "uk"


def test_one_word_reviews():
    assert detect_language("Polecam") == "pl"
    assert detect_language("Rewelacja.") == "pl"
    assert detect_language("Супер") == "uk"


def test_other_scripts_and_nothing_to_go_on():
    assert detect_language("Το φαγητό ήταν εξαιρετικό") == "el"
    assert detect_language("服务很好") == "zh"
    assert detect_language("") == "other"
    assert detect_language("12345 !!!") == "other"
    assert detect_language("OK", hint="pl") == "pl"


def test_whole_dev_file():
    rows = [json.loads(line) for line in REVIEWS.read_text(encoding="utf-8").splitlines() if line.strip()]
    wrong = [row["id"] for row in rows if detect_language(row["text"]) != row["lang"]]
    assert len(wrong) <= len(rows) * 0.03, wrong
