"""Measure the suggestion engine on real reviews and print the figures.

    .venv/bin/python scripts/eval_suggestions.py [reviews.jsonl] [--show N] [--rounds R]

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

from hugdesk.engine.promises_in_text import find_promises
from hugdesk.engine.similarity import jaccard, shingles
from hugdesk.engine.suggestions import suggest
from hugdesk.engine.tone import _APOLOGY, check_tone

REPO = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = REPO / "tests" / "fixtures" / "reviews" / "reviews-dev.jsonl"
PLATFORM = {"hotel": "tripadvisor", "restaurant": "yelp", "product": "facebook"}
BUSINESS = {"hotel": "Hotel Riviera", "restaurant": "Café Lumen", "product": "TechDom"}
COMPENSATION = {"en": "a 10% discount on your next visit", "pl": "rabat 10% na kolejne zakupy",
                "uk": "знижка 10% на наступну покупку"}

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_INPUT))
    parser.add_argument("--show", type=int, default=0, help="print the best draft of the first N reviews")
    parser.add_argument("--rounds", type=int, default=5, help="timing rounds over the whole file")
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in Path(args.path).read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for row in rows:
        review = {"platform": PLATFORM.get(row.get("domain"), "facebook"), "author_name": row.get("author"),
                  "rating": row.get("rating"), "text": row["text"]}
        context = {"business_name": BUSINESS.get(row.get("domain"), "TechDom"), "agent_name": "Anna",
                   "signature": "Anna", "compensations": [COMPENSATION.get(row.get("lang"), COMPENSATION["en"])]}
        results.append((row, review, context, suggest(review, context)))

    lang_ok = sum(res.language == row["lang"] for row, _, _, res in results)
    low = [(row, res) for row, _, _, res in results if row["rating"] <= 2]
    high = [(row, res) for row, _, _, res in results if row["rating"] >= 4]
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
        allowed = context["compensations"][0]
        for draft in res.drafts:
            unapproved += bool(_MONEY.search(draft.text.replace(allowed, "")))
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
    p50, p99 = len(timings) // 2, max(0, int(len(timings) * 0.99) - 1)
    print(f"suggest() latency               p50 {timings[p50]:.2f} ms  p99 {timings[p99]:.2f} ms wall;  "
          f"p50 {cpu[p50]:.2f} ms  p99 {cpu[p99]:.2f} ms CPU  (n={len(timings)})")
    for row, _, _, res in results[: args.show]:
        print(f"\n--- {row['id']} ({row['lang']}, {row['rating']}★, {res.sentiment}, {res.side}, "
              f"{res.problem_categories}) {res.drafts[0].approach}\n{res.drafts[0].text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
