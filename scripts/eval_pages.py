"""Reading score of the site adapters on every fixture page.

For each page in tests/fixtures/pages/ (registered in tests/support/pages.py), loads it in
Chromium the way the adapter tests do (scripts stripped, served at its real URL, the adapters
injected) and compares what the adapters read with the page's expected facts
(tests/browser/sites/conftest.py FACTS, read from the raw HTML): cards found, authors, ratings,
answered flags, dates (the date each card shows, as the page writes it), and whether a page we do
not read is reported as not readable. Prints one row per page and a total.

    .venv/bin/python scripts/eval_pages.py [--json]
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from hugdesk.engine.dates import read_posted  # noqa: E402
from tests.browser.sites.conftest import FACTS  # noqa: E402
from tests.support import harness  # noqa: E402
from tests.support.pages import PAGES  # noqa: E402


def score(name: str, result: dict) -> dict:
    facts = FACTS[name]
    items = result["items"]
    pairs = list(zip(facts.authors, items))
    row = {
        "page": name,
        "cards": (len(items), facts.cards),
        "authors": (sum(1 for want, got in pairs if got["author_name"] == want), len(facts.authors)),
        "ratings": None,
        "answered": (
            sum(1 for i, got in enumerate(items[: facts.cards], 1) if got["owner_replied"] == (i in facts.answered)),
            facts.cards,
        ),
        "flag": (bool(result.get("gap")), not facts.readable),
    }
    if facts.ratings is not None:
        row["ratings"] = (sum(1 for want, got in zip(facts.ratings, items) if got["rating"] == want), len(facts.ratings))
    row["dates"] = None
    if facts.dates is not None:
        row["dates"] = (sum(1 for want, got in zip(facts.dates, items) if got["posted_text"] == want), len(facts.dates))
        # Which cards' dates differ, expected vs found, so a wrong date is seen, not only counted.
        row["date_misses"] = [
            (i, want, got["posted_text"]) for i, (want, got) in enumerate(zip(facts.dates, items), 1)
            if got["posted_text"] != want
        ]
    # What the response clock makes of those dates: a date the backend cannot read is an
    # "unknown" clock on the card, whatever the adapter found.
    row["clock"] = None
    if facts.dates is not None:
        texts = [got["posted_text"] for got in items[: len(facts.dates)]]
        read = [t for t in texts if read_posted(t, SEEN)[0] is not None]
        row["clock"] = (len(read), len(facts.dates))
        row["clock_misses"] = [t for t in texts if read_posted(t, SEEN)[0] is None]
    row["ok"] = (
        row["cards"][0] == row["cards"][1]
        and row["authors"][0] == row["authors"][1]
        and (row["ratings"] is None or row["ratings"][0] == row["ratings"][1])
        and (row["dates"] is None or row["dates"][0] == row["dates"][1])
        and (row["clock"] is None or row["clock"][0] == row["clock"][1])
        and row["answered"][0] == row["answered"][1]
        and row["flag"][0] == row["flag"][1]
    )
    return row


# The moment the pages are taken to be seen: after every fixture page was saved.
SEEN = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc)


def fmt(pair) -> str:
    return "-" if pair is None else f"{pair[0]}/{pair[1]}"


def main() -> int:
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=harness.CHROMIUM, headless=True, args=harness.CHROMIUM_ARGS)
        try:
            for name in FACTS:
                context, page = harness.open_page(browser, PAGES[name])
                try:
                    rows.append(score(name, harness.read_items(page)))
                finally:
                    context.close()
        finally:
            browser.close()
    if "--json" in sys.argv:
        print(json.dumps(rows, indent=2))
        return 0
    head = f"{'page':<32} {'cards':>7} {'authors':>9} {'ratings':>9} {'answered':>9} {'dates':>7} {'clock':>7} {'flagged':>8}  ok"
    print(head)
    print("-" * len(head))
    totals = {"cards": [0, 0], "authors": [0, 0], "ratings": [0, 0], "answered": [0, 0], "dates": [0, 0], "clock": [0, 0]}
    for r in rows:
        flag = "yes" if r["flag"][0] else "no"
        if r["flag"][0] != r["flag"][1]:
            flag += "!"
        print(
            f"{r['page']:<32} {fmt(r['cards']):>7} {fmt(r['authors']):>9} {fmt(r['ratings']):>9} "
            f"{fmt(r['answered']):>9} {fmt(r['dates']):>7} {fmt(r['clock']):>7} {flag:>8}  {'yes' if r['ok'] else 'NO'}"
        )
        for i, want, got in r.get("date_misses", []):
            print(f"    card {i}: date expected {want!r}, found {got!r}")
        for text in r.get("clock_misses", []):
            print(f"    the clock cannot read {text!r}")
        totals["cards"][0] += min(r["cards"])
        totals["cards"][1] += r["cards"][1]
        for key in ("authors", "ratings", "answered", "dates", "clock"):
            if r[key] is not None:
                totals[key][0] += r[key][0]
                totals[key][1] += r[key][1]
    print("-" * len(head))
    flagged_right = sum(1 for r in rows if r["flag"][0] == r["flag"][1])
    print(
        f"{'total':<32} {fmt(totals['cards']):>7} {fmt(totals['authors']):>9} {fmt(totals['ratings']):>9} "
        f"{fmt(totals['answered']):>9} {fmt(totals['dates']):>7} {fmt(totals['clock']):>7} {f'{flagged_right}/{len(rows)}':>8}  {sum(r['ok'] for r in rows)}/{len(rows)} pages right"
    )
    print("cards: found/expected (total counts found up to the expected number); dates: cards whose date")
    print("is the one the page shows (each miss listed under its page); flagged: the not-readable signal")
    print("(\"!\" = wrong); clock: those dates the backend's response clock can read (each it cannot is")
    print("listed); a page is right when every column matches.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
