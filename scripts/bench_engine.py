"""Time suggest() on every real review in tests/fixtures/reviews/ (the dev set and all held-out
sets), with the required-literals gate in front of the engine's patterns (engine/fastre.py)
and, with --no-gate, without it: the same drafts, so the difference is the gate's alone.

Prints the number of reviews, p50 / p99 / max CPU milliseconds per suggest() call (the best of
--repeat runs per review, so another process on the machine shows less), the total, and the
slowest reviews.

    .venv/bin/python scripts/bench_engine.py [--no-gate] [--repeat 3] [--slowest 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "backend"))
sys.path.insert(0, str(ROOT / "scripts"))

from eval_suggestions import BUSINESS, KIND, PLATFORM  # noqa: E402  (the same settings the graded evals use)
from hugdesk.engine import fastre  # noqa: E402
from hugdesk.engine.suggestions import suggest  # noqa: E402

REVIEWS = ROOT / "tests" / "fixtures" / "reviews"


def reviews() -> list[dict]:
    rows = []
    for path in sorted(REVIEWS.glob("reviews-*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("text"):
                rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-gate", action="store_true", help="run every pattern's regex, as before fastre")
    parser.add_argument("--repeat", type=int, default=3, help="runs per review; the fastest counts")
    parser.add_argument("--slowest", type=int, default=5, help="how many of the slowest reviews to list")
    args = parser.parse_args(argv)
    if args.no_gate:
        fastre.GatedPattern._absent = lambda self, text: False  # every text goes on to the regex
    rows = reviews()
    timed = []
    for row in rows:
        review = {"platform": PLATFORM.get(row.get("domain"), "facebook"), "author_name": row.get("author"),
                  "rating": row.get("rating"), "text": row["text"]}
        context = {"business_name": row.get("business") or BUSINESS.get(row.get("domain"), "TechDom"), "agent_name": "Anna",
                   "business_kind": KIND.get(row.get("domain"), "other"), "draft_detail": "general"}
        best = min(_cpu_ms(review, context) for _ in range(args.repeat))
        timed.append((best, row["id"], len(row["text"])))
    times = sorted(t for t, _, _ in timed)
    p99 = times[max(0, int(len(times) * 0.99) - 1)]
    print(f"gate                {'off' if args.no_gate else 'on'}")
    print(f"reviews             {len(times)}  (every reviews-*.jsonl in tests/fixtures/reviews)")
    print(f"suggest() CPU ms    p50 {statistics.median(times):.2f}  p99 {p99:.2f}  max {times[-1]:.2f}  "
          f"total {sum(times) / 1000:.2f} s")
    for ms, review_id, length in sorted(timed, reverse=True)[:args.slowest]:
        print(f"  {ms:6.2f} ms  {review_id} ({length} characters)")
    return 0


def _cpu_ms(review: dict, context: dict) -> float:
    start = time.process_time()
    suggest(review, context)
    return (time.process_time() - start) * 1000


if __name__ == "__main__":
    sys.exit(main())
