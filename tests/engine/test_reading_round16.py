"""Issue 9, sixteenth round (the classes of held-out set G): no line promises to put things
right when nothing was configured, Rozetka's inline pros and cons after an unfinished
sentence, and a baby's constipation or colic is a health worry. Every review here is made up
for these tests."""

import re

import pytest

from hugdesk.engine import phrases_en, phrases_pl, phrases_uk
from hugdesk.engine.analysis import _sections
from tests.support.reading import drafts

# "So that we can fix it all", "we will offer a solution": a result nobody configured.
PUT_RIGHT = re.compile(r"put this right|make this right|naprawić|все виправити|це виправити|запропонувати рішення",
                       re.IGNORECASE)


@pytest.mark.parametrize("module", [phrases_en, phrases_pl, phrases_uk])
def test_no_next_step_promises_to_put_things_right(module):
    lines = [line for group in module.COUNTERACT.values() for line in group]
    lines += [line for key, group in module.SLOTS.items() if key.startswith(("close", "thanks_close", "closing"))
              for line in group]
    assert lines
    for line in lines:
        assert not PUT_RIGHT.search(line), line


@pytest.mark.parametrize("text,rating", [
    ("На жаль, викликав закреп у малюка + Приємний смак - Нам не підійшло", 3),
    ("Niestety u synka po tej kaszce zaparcia + Dobry smak - Nie dla nas", 3),
    ("Tastes fine, but it gave my baby colic and constipation for days.", 3),
])
def test_a_babys_constipation_or_colic_is_a_health_worry(text, rating):
    for draft in drafts(text, rating):
        assert re.search(r"health|(?<!po)zdrow|здоров", draft), draft
        assert not re.search(r"smak nie|смак не|taste wasn", draft), draft


def test_inline_pros_and_cons_after_an_unfinished_sentence():
    parts = _sections("На жаль, викликав закреп у малюка + Приємний смак - Нам не підійшло")
    assert [bias for _, bias in parts] == [0.0, 0.7, -1.0]
    # A plus before a number inside a sentence is arithmetic, not a heading.
    assert [bias for _, bias in _sections("Gwarancja powinna być dłuższa, + 5 lat na wypalenie - ekranu.")] == [0.0]


@pytest.mark.parametrize("module", [phrases_en, phrases_pl, phrases_uk])
def test_warm_thanks_never_mention_the_stars(module):
    # They also thank a glowing text under three stars: "thank you for such a high rating" would read automatic.
    for line in module.SLOTS["thanks_praise_generic"]:
        assert not re.search(r"rating|stars|ocen|gwiazd|оцінк|зір", line, re.IGNORECASE), line


@pytest.mark.parametrize("text,lang,worry", [
    ("My son got sick after the meal.", "en", True),
    ("My kids got sick of waiting for the food.", "en", False),
    ("Pies po tej karmie zachorował.", "pl", True),
    ("Kotlet był suchy, a zupa chora.", "pl", False),
    ("Синій колір, хворий дизайн.", "uk", False),
])
def test_a_health_worry_is_about_someone_not_a_word_inside_another(text, lang, worry):
    from hugdesk.engine.complaint_kind import health_worry
    assert health_worry(text, lang) is worry


@pytest.mark.parametrize("text", ["Sklep zatrudnia za mało osób, czekałam godzinę na obsługę.",
                                  "Zatrudnili nowego kuriera i paczka przyszła uszkodzona."])
def test_hiring_staff_is_no_food_poisoning(text):
    # "zatru…" is poisoning; "zatrudnia" (employs) only begins the same way.
    from hugdesk.engine.analysis import analyse
    assert not analyse(text, 1, "pl").kind.harm
