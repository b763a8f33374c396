"""Issue 9, stop 32: a review that tells of an illness, an injury, a danger or a theft gets a
reply that treats it as serious, and one that only uses those words in jest gets none.

`serious_battery.jsonl` holds 210 short made-up reviews (14 per class and language, in English,
Polish and Ukrainian), written for these tests by a native-level helper briefed to vary the
wording (verbs, tenses, persons, gendered forms, word order, typos) the way real reviewers do:
`health` (ill after a meal or a product), `injury` (cut, burnt, fell, hit), `unsafe` (melting
plugs, gas, bare wires, loose railings, parts a baby could swallow), `security` (theft, a room
entered, a key given to a stranger, a guest followed) and `none` (the same words harmless:
"sick of waiting", "allergic to bad service", "felt unwell before we came, but the staff were
lovely"). The engine at the start of the round (85a4d96) treated 27 of the 42 `health` texts,
9 of 42 `injury`, 7 of 42 `unsafe` and 4 of 42 `security` texts as serious, and 5 of the 42
`none` texts too; now 42, 42, 38 and 36, and none of the `none` texts. Graded blind on real
reviews, a serious matter answered mildly was the second commonest kind of wrong draft."""

import json
import re
from pathlib import Path

import pytest

from hugdesk.engine import phrases_en, phrases_pl, phrases_uk
from tests.support.reading import GENERAL_CAFE, GENERAL_HOTEL, GENERAL_SHOP, drafts

BATTERY = [json.loads(line) for line in (Path(__file__).parent / "serious_battery.jsonl").open(encoding="utf-8")]
SETTINGS = {"hotel": GENERAL_HOTEL, "restaurant": GENERAL_CAFE, "product": GENERAL_SHOP}
# The replies that own a serious matter: health, harm, safety, pests or grave trouble named as such.
SERIOUS_SLOTS = ("apology_health", "apology_harm", "apology_unsafe", "apology_serious", "apology_grave_general",
                 "apology_pests", "apology_pests_seen", "apology_pests_served", "apology_spoiled", "safety_stop",
                 "safety_stop_battery", "elsewhere_ack_serious")


def _phrasing(variant: str) -> str:
    """A phrasebook line as a pattern: placeholders and agreement choices match any of their forms."""
    pattern = ""
    for part in re.split(r"(\{[a-z_]+\}|\[[^\]]*\|[^\]]*\]|<[^>]*\|[^>]*>)", variant):
        if part.startswith("{"):
            pattern += ".+?"
        elif part[:1] in "[<" and "|" in part:
            pattern += "(?:" + "|".join(re.escape(choice) for choice in part[1:-1].split("|")) + ")"
        else:
            pattern += re.escape(part)
    return pattern


SERIOUS = {module.LANG: re.compile("|".join(_phrasing(v) for slot in SERIOUS_SLOTS for v in module.SLOTS.get(slot, ())))
           for module in (phrases_en, phrases_pl, phrases_uk)}
VOUCHER = re.compile(r"discount|rabat|знижк", re.IGNORECASE)
# A room door that would not lock is named back as such ("sorry about the door that wouldn't lock").
NAMED_LOCK = re.compile(r"door that wouldn't lock|nie dało się zamknąć|не зачинялися")

# Left alone this round, each for a reason: a smart lock or a camera app that fails its owner is a
# product's security flaw the reply answers as a fault; mould named back by name is answered; the
# stairs with "хтось покалічиться" under three stars and "Їжа нормальна" are not read as a complaint.
KNOWN_MISSES = {"en-unsafe-07", "pl-unsafe-07", "uk-unsafe-07", "en-security-09", "pl-security-09", "uk-security-09",
                "en-security-14", "pl-security-14", "uk-security-14", "uk-unsafe-10"}


def _cases(wanted):
    return [pytest.param(row, id=row["id"], marks=pytest.mark.xfail(strict=True, reason="known miss, see KNOWN_MISSES")
                         if row["id"] in KNOWN_MISSES else ()) for row in BATTERY if wanted(row["class"])]


@pytest.mark.parametrize("row", _cases(lambda c: c != "none"))
def test_a_serious_matter_gets_a_serious_reply(row):
    first = drafts(row["text"], row["rating"], SETTINGS[row["domain"]])[0]
    assert SERIOUS[row["lang"]].search(first) or row["class"] == "security" and NAMED_LOCK.search(first), first
    if row["class"] in ("health", "injury"):
        assert not VOUCHER.search(first), first  # no voucher "for next time" for someone hurt


@pytest.mark.parametrize("row", _cases(lambda c: c == "none"))
def test_the_same_words_in_jest_get_no_serious_reply(row):
    for draft in drafts(row["text"], row["rating"], SETTINGS[row["domain"]]):
        assert not SERIOUS[row["lang"]].search(draft), draft


def test_the_battery_holds_every_class_in_every_language():
    counts = {}
    for row in BATTERY:
        counts[(row["lang"], row["class"])] = counts.get((row["lang"], row["class"]), 0) + 1
    assert counts == {(lang, cls): 14 for lang in ("en", "pl", "uk") for cls in ("health", "injury", "unsafe", "security", "none")}
