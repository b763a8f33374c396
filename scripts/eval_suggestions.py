"""Measure the suggestion engine on real reviews and print the figures.

    .venv/bin/python scripts/eval_suggestions.py [reviews.jsonl] [--show N] [--rounds R] [--dump FILE]

Default input: tests/fixtures/reviews/reviews-dev.jsonl (real reviews, sources in its README). The figures:
language accuracy; polarity agreement on 1–2 and 4–5 stars; share of complaint replies
that apologise; share greeting a real first name; placeholder names used as names (must
be 0); forbidden phrases in drafts per tone.py (must be 0) and every other tone warning;
money offered beyond the configured compensation, invented
departments and drafts with more than one dated commitment (all must be 0); share of
complaint replies naming the customer's own topic; highest and mean word-3-gram
Jaccard between the best drafts of different reviews; p50/p99 latency of suggest().

Whether an author string is a real name is judged here by its own simple rules, not by
names.py, so the greeting figures do not just agree with themselves.

Against the gold labels (tests/fixtures/reviews/reviews-dev-labels.jsonl, keyed by id) it
also reports how the engine *read* each review: aspect polarity agreement (a labelled
aspect is matched when an engine aspect's own word occurs in its quote), side agreement on
complaints, rating/text mismatches caught, names (first name, Polish vocative, Pan/Pani),
drafts that thank for a criticised aspect or apologise for a praised one, and drafts that
state a commitment the settings do not allow (the eval configures no follow-up steps, so
every "the manager is looking into it today" counts). `--dump FILE` writes one JSON line
per review with the review and its best draft, for grading by a native-level reader.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from hugdesk.engine.analysis import analyse
from hugdesk.engine.promises_in_text import find_promises
from hugdesk.engine.phrases_uk import accusative as uk_accusative
from hugdesk.engine.similarity import jaccard, shingles
from hugdesk.engine.suggestions import suggest
from hugdesk.engine.tone import _APOLOGY, check_tone

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO / "tests" / "fixtures" / "reviews" / "reviews-dev.jsonl"
DEFAULT_LABELS = REPO / "tests" / "fixtures" / "reviews" / "reviews-dev-labels.jsonl"
# "shop": a review of the shop itself (Ceneo's shop reviews), answered by the same online shop.
# "service": a business that is neither shop nor venue (an insurer, a bank), set up as "other".
KIND = {"hotel": "hotel", "restaurant": "restaurant_cafe", "product": "online_shop", "shop": "online_shop", "service": "other"}
PLATFORM = {"hotel": "tripadvisor", "restaurant": "yelp", "product": "facebook", "shop": "facebook", "service": "facebook"}
BUSINESS = {"hotel": "Hotel Riviera", "restaurant": "Café Lumen", "product": "TechDom", "shop": "TechDom", "service": "TechDom"}
# What a business of that kind would write in its settings: a venue's "next visit", a
# shop's "next order".
COMPENSATION = {("en", "product"): "a 10% discount on your next order", ("en", "venue"): "a 10% discount on your next visit",
                ("pl", "product"): "rabat 10% na kolejne zakupy", ("pl", "venue"): "rabat 10% na kolejną wizytę",
                ("uk", "product"): "знижка 10% на наступне замовлення", ("uk", "venue"): "знижка 10% на наступний візит"}

# The evaluator's own idea of a placeholder or handle (see module docstring).
_PLACEHOLDER = re.compile(r"użytkownik|uzytkownik|traveler|traveller|anonymous|anonim|user|guest|customer|"
                          r"користувач|покупець|nabywca|klient|verified", re.IGNORECASE)
_NOT_A_NAME = re.compile(r"\d|_|\.\.|…|\*|@|\w\.\w")
_MONEY = re.compile(r"refund|replacement|exchange|discount|money back|nadpłat|zwrot|zwróc|wymian|rabat|"
                    r"повернен\w* кошт|переплат|замін|знижк", re.IGNORECASE)
_DEPARTMENTS = re.compile(r"\bdział(?:u|em|owi)?\b|department|відділ|бухгалтер|customer service lead|team lead|accounts team|"
                          r"quality team|warranty team|logistics team|kierownik zespołu|керівник служби", re.IGNORECASE)


def judged_real_name(author: str | None) -> str | None:
    """First name if the author string is plainly a person's name, else None."""
    if not author:
        return None
    main = re.sub(r"\"[^\"]*\"", " ", author).strip() or author.strip('"')
    quoted = re.findall(r"\"([^\"]+)\"", author)
    if _PLACEHOLDER.search(main) or _NOT_A_NAME.search(main):
        # 'Mom_of_4 "Briana"': a handle with the person's name in quotes.
        return judged_real_name(quoted[0]) if quoted and quoted[0] != author else None
    first = main.split()[0].strip(".,")
    if len(first) < 2 or not first.isalpha() or first.islower() and len(main.split()) > 1:
        return None
    if len(main.split()) == 1 and first[0].isupper() and first[1:].islower() and len(first) >= 3:
        return first  # a single capitalised word; names.py may still decline unknown ones
    if len(main.split()) >= 2 and first[0].isupper():
        return first
    return first.capitalize() if first.isupper() or first.islower() else None


def judged_placeholder(author: str | None) -> bool:
    return bool(author) and judged_real_name(author) is None


def greets(first_line: str, name: str) -> bool:
    # Vocatives change the ending (Paweł -> Pawle, Iza -> Izo, Олег -> Олеже).
    stem = (name[:3] if len(name) >= 4 else name[:2]).lower()
    return any(word.lower().startswith(stem) for word in re.findall(r"\w+", first_line))


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.1f}%" if whole else "n/a"


# --- figures against the gold labels ----------------------------------------------------

# Statements that something happened or will happen, which only the business's own
# follow-up settings may make: things done already ("passed on", "already with"), time
# frames ("today", "within 24 hours"), standing processes ("weekly meeting", "training")
# and people acting ("the manager is talking"). A purpose clause ("so that we can look into
# it") promises nothing and is not counted.
_COMMITMENT = {
    "en": re.compile(
        r"\btoday\b|\bthis week\b|\bweekly\b|\bmeeting\b|\btraining\b|\balready (?:with|passed|shared)\b|"
        r"\b(?:is|are) (?:now )?with (?:our|the)\b|\bpassed (?:it |this |your \w+ )?on\b|\bbeing (?:checked|handled|reviewed)\b|"
        r"\bwithin (?:24 hours|one working day|a few hours|\d+ (?:hours?|days?))\b|\bby the end of the day\b|"
        r"\b(?:have|'ve) (?:flagged|shared|asked|passed|forwarded)\b|\b(?:is|are|'s|'re|am|'m) "
        r"(?:speaking|talking|discussing|reviewing|going through|checking|looking at|looking into|tightening|adding|making)\b|"
        r"\b(?:i'll|i will|we'll|we will) (?:call|ring|phone)\b|\bhandling your case personally\b", re.IGNORECASE),
    "pl": re.compile(
        r"\bdzi[sś](?:iaj)?\b|\bw tym tygodniu\b|\bcotygodniow\w*|\bspotkani\w*|\bszkoleni\w*|\bju[zż] (?:ma|mają|trafi\w*|przekaza\w*|jest)\b|"
        r"\bprzekaza(?:li|łem|łam|liśmy|łam|ny|na|ne)\w*|\bw ciągu (?:24|48) godzin\b|\bw ciągu (?:jednego )?dnia roboczego\b|"
        r"\bdo końca dnia\b|\b(?:omawia|rozmawia|analizuje|sprawdza|przegląda|wprowadza)(?:my|ją)?\b|\bzadzwoni\w*|"
        r"\bzgłosili(?:śmy)?\b|\bzajmuj\w* się (?:tym|sprawą) osobiście\b", re.IGNORECASE),
    "uk": re.compile(
        r"(?<!\w)сьогодні(?!\w)|(?<!\w)цього тижня(?!\w)|(?<!\w)щотижн\w*|(?<!\w)нарад\w*|(?<!\w)навчанн\w*|"
        r"(?<!\w)вже (?:має|мають|у|в|передал\w*|передан\w*)(?!\w)|(?<!\w)переда(?:ли|в|ла|но|ні|ний)(?!\w)|"
        r"(?<!\w)протягом (?:24|48) годин(?!\w)|(?<!\w)протягом (?:одного )?робочого дня(?!\w)|(?<!\w)до кінця дня(?!\w)|"
        r"(?<!\w)(?:обговорює|обговорюємо|розглядає|розглядаємо|перевіряє|перевіряємо|переглядаємо|аналізуємо)(?!\w)|"
        r"(?<!\w)зателефону\w*|(?<!\w)займаюся (?:цим|Вашою справою) особисто(?!\w)", re.IGNORECASE),
}
_THANKS = re.compile(r"\bthank\w*|\bglad\b|\bpleased\b|\bgreat to hear\b|\bdelighted\b|dzięk\w*|miło|cieszy\w*|cieszymy|"
                     r"ucieszył\w*|(?<!\w)дяку\w*|(?<!\w)рад[іий](?!\w)|(?<!\w)приємно(?!\w)|(?<!\w)тішить(?!\w)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words too common to tell one aspect from another.
_COMMON = set("""review reviews opinion product order really would could their there which about great thank thanks
sorry after before other first still every never always little better quite where these those thing things
opini produkt zamów bardzo który która które jeszcze tylko teraz przez także może można będzie jest było sklep
відгук товар замовл дуже який яка яке також тільки можна буде було магазин""".split())


def _stem(word: str) -> str:
    # Six letters for long words: "przepięknie" and "przepraszamy" share five.
    word = word.lower()
    return word[:6] if len(word) >= 7 else word[:5]


_COMMON = {_stem(w) for w in _COMMON}


def _quote_stems(quote: str) -> set[str]:
    return {_stem(w) for w in _WORD_RE.findall(quote) if len(w) >= 5 and _stem(w) not in _COMMON}


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s.strip()]


def engine_aspects(res, row) -> list[tuple[str, str]]:
    """(customer's word, praised|criticised|neutral) as the engine read them."""
    aspects = getattr(res, "aspects", None)
    if aspects is not None:
        return [(a["word"], a["polarity"]) for a in aspects]
    # An engine that does not expose aspects: its problem and praised topics.
    found = analyse(row["text"], row["rating"])
    return ([(t.nom, "criticised") for t in found.problems] + [(t.nom, "praised") for t in found.praised]
            + [(t.nom, "neutral") for t in found.topics if t not in found.problems and t not in found.praised])


def aspect_agreement(label: dict, res, row) -> tuple[int, int, int]:
    """(labelled aspects, matched by an engine aspect, matched with the same polarity)."""
    mine = engine_aspects(res, row)
    total = matched = same = 0
    for aspect in label.get("aspects", []):
        total += 1
        quote = aspect["quote"].lower()
        hits = [pol for word, pol in mine if word and _stem(word) in quote]
        if hits:
            matched += 1
            same += aspect["polarity"] in hits[:1]
    return total, matched, same


def engine_side(res) -> str | None:
    if not res.is_complaint:
        return None
    return {"ours": "business", "business": "business", "customer": "customer", "third_party": "third_party"}.get(res.side)


# Words that name no aspect, however often a quote holds them ("nie wszystko było idealne" is
# no apology for the "wszystko działa" a reviewer praised).
_NO_ASPECT = {_stem(w) for w in ("wszystko", "wszystkie", "everything", "всього", "усього", "усе", "все")}


def misplaced_feelings(label: dict, draft: str) -> tuple[int, int]:
    """(thanks naming a criticised aspect, apologies naming a praised aspect) in one draft."""
    praised, criticised = set(), set()
    for aspect in label.get("aspects", []):
        stems = _quote_stems(aspect["quote"])
        (praised if aspect["polarity"] == "praised" else criticised if aspect["polarity"] == "criticised" else set()).update(stems)
    only_criticised, only_praised = criticised - praised, praised - criticised
    body = draft.split("\n", 1)[1] if "\n" in draft else draft
    thanks_bad = apology_bad = 0
    for sentence in _sentences(body):
        stems = {_stem(w) for w in _WORD_RE.findall(sentence) if len(w) >= 5} - _NO_ASPECT
        if _APOLOGY.search(sentence):
            apology_bad += bool(stems & only_praised)
        elif _THANKS.search(sentence):
            thanks_bad += bool(stems & only_criticised)
    return int(thanks_bad > 0), int(apology_bad > 0)


def draft_gender(draft: str) -> str | None:
    """Pan / Pani as a Polish draft addresses the customer."""
    male = len(re.findall(r"\b(?:Pan|Panu|Pana|Panem|Panie)\b", draft))
    female = len(re.findall(r"\b(?:Pani|Panią)\b", draft))
    return "m" if male > female else "f" if female > male else None


def label_figures(results, labels: dict) -> list[str]:
    asp_total = asp_matched = asp_same = 0
    side_total = side_ok = 0
    mismatch_total = mismatch_caught = false_alarms = 0
    name_total = name_ok = voc_total = voc_ok = gender_total = gender_ok = 0
    thanks_bad = apology_bad = commitments = drafts = 0
    for row, review, context, res in results:
        label = labels.get(row["id"])
        if not label:
            continue
        t, m, s = aspect_agreement(label, res, row)
        asp_total, asp_matched, asp_same = asp_total + t, asp_matched + m, asp_same + s
        if label.get("side"):
            side_total += 1
            side_ok += engine_side(res) == label["side"]
        # The engine sides with the text when its stance is opposite to the stars.
        rating = row["rating"]
        read_against_stars = (rating <= 2 and res.sentiment == "positive") or (rating >= 4 and res.sentiment == "negative")
        if label.get("rating_text_mismatch"):
            mismatch_total += 1
            mismatch_caught += read_against_stars
        else:
            false_alarms += read_against_stars and label.get("overall") not in ("positive", "negative") \
                or (rating <= 2 and res.sentiment == "positive" and label.get("overall") != "positive") \
                or (rating >= 4 and res.sentiment == "negative" and label.get("overall") != "negative")
        name_total += 1
        got = (res.greeting.get("name") or None)
        name_ok += (got or "").casefold() == (label.get("first_name") or "").casefold()
        first_line = res.drafts[0].text.splitlines()[0]
        if label.get("vocative") and res.reply_language == row["lang"] == "pl":
            voc_total += 1
            voc_ok += label["vocative"] in first_line
        if label.get("gender") and res.reply_language == "pl":
            gender_total += 1
            gender_ok += draft_gender(res.drafts[0].text) == label["gender"]
        allowed = set(context.get("follow_up") or [])
        for draft in res.drafts:
            drafts += 1
            tb, ab = misplaced_feelings(label, draft.text)
            thanks_bad, apology_bad = thanks_bad + tb, apology_bad + ab
            pattern = _COMMITMENT.get(res.reply_language)
            commitments += bool(pattern and not allowed and pattern.search(draft.text))
    return [
        f"aspects matched by the engine     {pct(asp_matched, asp_total)}  (labelled aspects whose quote holds an engine aspect)",
        f"aspect polarity agreement         {pct(asp_same, asp_matched)}  (of those matched)",
        f"side agreement (complaints)       {pct(side_ok, side_total)}",
        f"rating/text mismatches caught     {pct(mismatch_caught, mismatch_total)}  (false alarms {false_alarms})",
        f"first names right                 {pct(name_ok, name_total)}  (name or none, as labelled)",
        f"Polish vocatives right            {pct(voc_ok, voc_total)}",
        f"Polish Pan/Pani right             {pct(gender_ok, gender_total)}  (where the text shows the gender)",
        f"drafts thanking for criticism     {thanks_bad}  (over {drafts} drafts; must be 0)",
        f"drafts apologising for praise     {apology_bad}  (must be 0)",
        f"drafts with unallowed commitments {commitments}  (no follow-up steps configured; must be 0)",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_INPUT))
    parser.add_argument("--show", type=int, default=0, help="print the best draft of the first N reviews")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds over the whole file")
    parser.add_argument("--labels", default=str(DEFAULT_LABELS), help="gold labels (JSON lines keyed by id)")
    parser.add_argument("--dump", metavar="FILE", help="write each review and its best draft as JSON lines")
    parser.add_argument("--detail", choices=("general", "specific"), default="general",
                        help="settings.draft_detail: general (the default) names no topic of the review")
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for row in rows:
        review = {"platform": PLATFORM.get(row.get("domain"), "facebook"), "author_name": row.get("author"),
                  "rating": row.get("rating"), "text": row["text"]}
        # A review of a shop itself (hotline.ua, Trustpilot) names its business: that shop answers.
        context = {"business_name": row.get("business") or BUSINESS.get(row.get("domain"), "TechDom"), "agent_name": "Anna",
                   # An insurer or a bank offers no discount on a "next order" or "next visit".
                   "signature": "Anna", "compensations": [] if row.get("domain") == "service" else [
                       COMPENSATION[(row.get("lang") if row.get("lang") in ("pl", "uk") else "en",
                                     "product" if row.get("domain") in ("product", "shop") else "venue")]],
                   "business_kind": KIND.get(row.get("domain"), "other"), "follow_up": [], "draft_detail": args.detail}
        results.append((row, review, context, suggest(review, context)))

    lang_ok = sum(res.language == row["lang"] for row, _, _, res in results)
    # A review without stars (PolEmo's, like a Facebook comment) counts in neither group.
    low = [(row, res) for row, _, _, res in results if row["rating"] is not None and row["rating"] <= 2]
    high = [(row, res) for row, _, _, res in results if row["rating"] is not None and row["rating"] >= 4]
    low_ok = sum(res.sentiment in ("negative", "mixed") for _, res in low)
    high_ok = sum(res.sentiment in ("positive", "mixed") for _, res in high)

    complaints = [(row, res) for row, _, _, res in results if res.is_complaint]
    apologise = sum(bool(_APOLOGY.search(res.drafts[0].text)) for _, res in complaints)

    named = [(row, res, judged_real_name(row.get("author"))) for row, _, _, res in results]
    named = [(row, res, first) for row, res, first in named if first]
    greeted = sum(greets(res.drafts[0].text.splitlines()[0], first) for _, res, first in named)
    placeholder_hits = 0
    placeholders = 0
    for row, _, _, res in results:
        if judged_placeholder(row.get("author")):
            placeholders += 1
            tokens = [t for t in re.findall(r"[^\W\d_]{3,}", row["author"]) if t.lower() not in {"the", "and"}]
            for draft in res.drafts:
                first_line = draft.text.splitlines()[0].lower()
                if any(t.lower() in first_line for t in tokens):
                    placeholder_hits += 1

    warnings = Counter()
    blame = 0
    for row, review, _, res in results:
        for draft in res.drafts:
            for w in check_tone(draft.text, review["text"], review["rating"]):
                warnings[w["code"] if w["code"] != "private_data" else f"private_data:{w['kind']}"] += 1
                blame += w["code"] == "blame"

    # Commitments nobody approved: money other than the configured compensation, invented
    # departments, and more than one dated commitment in one draft.
    unapproved = departments = over_committed = 0
    now = datetime(2026, 1, 5, 10, 0)
    for row, review, context, res in results:
        allowed = context["compensations"][0] if context["compensations"] else "\x00"
        for draft in res.drafts:
            # Naming what the customer asked about ("how do I return it?") offers nothing.
            asked = {w.lower()[:4] for w in re.findall(r"\w+", review["text"])}
            # The configured compensation may stand as an object ("даруємо Вам знижку…"):
            # the same offer in another case, not new money.
            rest = draft.text.replace(allowed, "").replace(uk_accusative(allowed), "")
            unapproved += any(m.group(0).lower()[:4] not in asked for m in _MONEY.finditer(rest))
            departments += bool(_DEPARTMENTS.search(draft.text))
            over_committed += len([p for p in find_promises(draft.text, now, res.reply_language) if p["due_at"]]) > 1

    topical = 0
    for row, res in complaints:
        body = "\n".join(res.drafts[0].text.splitlines()[1:]).lower()
        text = row["text"].lower()
        # Inflection changes endings (bateria / baterii, заряджання / заряджається).
        stems = [w[: max(4, min(len(w) - 2, 6))] for s in res.specifics for w in s.lower().split() if len(w) >= 4]
        topical += any(stem in text and stem in body for stem in stems)

    best = [shingles(res.drafts[0].text) for _, _, _, res in results]
    sims = [jaccard(a, b) for a, b in itertools.combinations(best, 2)]
    worst_pair = max(itertools.combinations(range(len(best)), 2), key=lambda p: jaccard(best[p[0]], best[p[1]]))

    # Wall time suffers when other processes share the CPU; CPU time shows the engine's own cost.
    timings, cpu = [], []
    for _ in range(args.rounds):
        for _, review, context, _ in results:
            start, start_cpu = time.perf_counter(), time.process_time()
            suggest(review, context)
            timings.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    timings.sort()
    cpu.sort()

    print(f"reviews                         {len(results)}  ({args.path})")
    print(f"language accuracy               {pct(lang_ok, len(results))}")
    print(f"polarity 1-2 stars neg/mixed    {pct(low_ok, len(low))}")
    print(f"polarity 4-5 stars pos/mixed    {pct(high_ok, len(high))}")
    print(f"complaint replies apologising   {pct(apologise, len(complaints))}")
    print(f"real names greeted by name      {pct(greeted, len(named))}")
    print(f"placeholder names used as names {placeholder_hits}  (over {placeholders} placeholder authors, all drafts)")
    print(f"forbidden phrases in drafts     {blame}")
    print(f"other tone warnings in drafts   {dict(warnings) if warnings else 0}")
    print(f"unapproved money / departments  {unapproved} / {departments}  (drafts; must be 0)")
    print(f"drafts with >1 dated commitment {over_committed}")
    print(f"complaints naming own topic     {pct(topical, len(complaints))}")
    print(f"3-gram Jaccard between replies  max {max(sims):.3f}  mean {statistics.mean(sims):.3f}"
          f"  (most alike: {results[worst_pair[0]][0]['id']} / {results[worst_pair[1]][0]['id']})")
    if timings:  # --rounds 0: reading and drafts only, no timing
        p50, p99 = len(timings) // 2, max(0, int(len(timings) * 0.99) - 1)
        print(f"suggest() latency               p50 {timings[p50]:.2f} ms  p99 {timings[p99]:.2f} ms wall;  "
              f"p50 {cpu[p50]:.2f} ms  p99 {cpu[p99]:.2f} ms CPU  (n={len(timings)})")
    labels_path = Path(args.labels)
    if labels_path.exists():
        labels = {json.loads(line)["id"]: json.loads(line)
                  for line in labels_path.read_text(encoding="utf-8").splitlines() if line.strip()}
        for line in label_figures(results, labels):
            print(line)
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for row, _, _, res in results:
                out.write(json.dumps({
                    "id": row["id"], "lang": row["lang"], "rating": row["rating"], "author": row.get("author"),
                    "review": row["text"], "read": {"sentiment": res.sentiment, "side": res.side,
                                                    "problems": res.problem_categories, "specifics": res.specifics},
                    "draft": res.drafts[0].text, "approach": res.drafts[0].approach,
                    "grade": None,  # SEND | EDIT | WRONG, filled in by the reader
                }, ensure_ascii=False) + "\n")
        print(f"dump                              {args.dump}  ({len(results)} reviews)")
    for row, _, _, res in results[: args.show]:
        print(f"\n--- {row['id']} ({row['lang']}, {row['rating']}★, {res.sentiment}, {res.side}, "
              f"{res.problem_categories}) {res.drafts[0].approach}\n{res.drafts[0].text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
