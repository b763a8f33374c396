"""Issue 9, thirty-fourth round: four and five stars read on a sample of Ukrainian Rozetka reviews
(the even half of both files by the SHA-1 of the text; the odd half is left for drawing). A "Cons:"
field that says "none" in any of the ways reviewers write it ("Недоліків нема", "Поки немає. З
плином часу відпишуся", "не виявленно", "Ненайшов", "Не думаю що знайду", "Жодного") is empty: no
"thank you for what could be better". A cons field that names something stays a remark. Every review
here is made up for these tests."""

import re

import pytest

from hugdesk.engine.analysis import analyse
from tests.support.reading import GENERAL_SHOP as SHOP, drafts_for_authors


@pytest.mark.parametrize("cons", ["Недоліків нема", "Поки немає. З плином часу відпишуся.", "не виявленно", "Ненайшов",
                                  "Не думаю що знайду.", "Жодного.", "немає все чудово", "недоліки не виявив", "Наразі відсутні"])
def test_a_cons_field_that_says_none_is_empty(cons):
    text = f"Швидкий, тихий, збірка якісна. Достоинства: швидкість, ціна Недостатки: {cons}"
    reading = analyse(text, 5, "uk", domain="product")
    assert not reading.remark and reading.sentiment == "positive", (reading.sentiment, reading.remark)
    for draft in drafts_for_authors(text, 5, SHOP):
        assert not re.search(r"могло б бути краще|зауважен|не все", draft), draft


@pytest.mark.parametrize("cons", ["Нема HDMI у комплекті", "Ціна", "Тонка ніжка."])
def test_a_cons_field_that_names_something_stays_a_remark(cons):
    text = f"Гарний монітор, кольори яскраві. Достоинства: картинка Недостатки: {cons}"
    reading = analyse(text, 4, "uk", domain="product")
    assert reading.remark or reading.is_complaint, (reading.sentiment, reading.remark)
