"""With no business name set, no draft says "Thank you for choosing !" (issue 10).

Every phrasing that names the business, in English, Polish and Ukrainian, is checked: it must have
a sibling that does without the name, and the drafts written for many reviews with no name set
must never contain what is left of it once the name is gone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hugdesk.engine import phrases_en, phrases_pl, phrases_uk
from hugdesk.engine.suggestions import suggest

MODULES = {"en": phrases_en, "pl": phrases_pl, "uk": phrases_uk}
REVIEWS = [Path(__file__).resolve().parents[1] / "fixtures" / "reviews" / name
           for name in ("reviews-dev.jsonl", "reviews-heldout.jsonl")]
# Reviews that call for each kind of closing line (shop, food, hotel, general) and a complaint
# (an agent introducing themselves "from {business}"), in each language.
SEEDS = {
    "en": ["Great blender, works perfectly and arrived fast. Order {i}.", "Lovely pastries and coffee, visit {i}.",
           "Nice stay, clean room {i}.", "Good service overall, thanks {i}.",
           "The kettle {i} arrived broken and nobody answers my emails."],
    "pl": ["Świetny blender, działa bez zarzutu, zamówienie {i}.", "Pyszne ciasta i kawa, wizyta {i}.",
           "Czajnik {i} przyszedł zepsuty i nikt nie odpisuje na maile."],
    "uk": ["Чудовий блендер, працює ідеально, замовлення {i}.", "Смачна кава і тістечка, візит {i}.",
           "Чайник {i} прийшов зламаний, і ніхто не відповідає на листи."],
}


def business_slots(module):
    return {name: variants for name, variants in module.SLOTS.items() if any("{business}" in v for v in variants)}


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings_in(v)
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from strings_in(v)


def leftovers(module) -> set[str]:
    """What each phrasing reads like with the name gone: "Thank you for choosing !"."""
    out = set()
    for variants in business_slots(module).values():
        for template in variants:
            for left, right in zip(template.split("{business}"), template.split("{business}")[1:]):
                tail = re.split(r"\}", left)[-1]
                head = re.split(r"\{", right)[0]
                out.add(tail[-20:] + head[:20])
    return out


@pytest.mark.parametrize("lang", MODULES)
def test_every_phrasing_that_names_the_business_has_one_that_does_not(lang):
    module = MODULES[lang]
    for name, variants in business_slots(module).items():
        assert any("{business}" not in v for v in variants), (lang, name)
    # And the name appears nowhere else, where nothing would stand in for it.
    outside = [s for attr in vars(module).values() if attr is not module.SLOTS
               for s in strings_in(attr) if "{business}" in s]
    assert outside == [], (lang, outside)


@pytest.mark.parametrize("lang", MODULES)
def test_no_draft_leaves_a_gap_where_the_name_was(lang):
    module = MODULES[lang]
    reviews = [json.loads(line) for path in REVIEWS if path.exists()
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    reviews = [{"text": r["text"], "rating": r["rating"], "author_name": r.get("author")}
               for r in reviews if r.get("lang") == lang]
    for pattern in SEEDS[lang]:
        for i in range(40):
            for rating in (5, 1):
                reviews.append({"text": pattern.format(i=i), "rating": rating, "author_name": f"Ann {i}"})
    gaps = leftovers(module)
    named = {"business_name": "Kettle & Co", "agent_name": "Anna"}
    unnamed = {"agent_name": "Anna"}
    used_name = 0
    for r in reviews:
        review = {"platform": "yelp", **r}
        for draft in suggest(review, unnamed).drafts:
            assert not any(gap in draft.text for gap in gaps), (draft.text, gaps)
            assert not any("  " in line or line.rstrip().endswith((" !", " ,")) for line in draft.text.split("\n"))
        # Above the signature, which names the business whatever the phrasing.
        used_name += sum("Kettle & Co" in d.text.rsplit("\n", 1)[0] for d in suggest(review, named).drafts)
    # The reviews do reach the phrasings that name the business when it has a name.
    if gaps:
        assert used_name > 0
