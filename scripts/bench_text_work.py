"""Worst-case cost of the text work one request can ask for: the tone guard (/tone), reading a
review (observe, /suggestions) and page dates, on hostile single words and on a normal long
review. Prints CPU seconds per case; the budget is about 100 ms per request.

    .venv/bin/python scripts/bench_text_work.py [--size 20000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "backend"))

from hugdesk.engine.analysis import analyse  # noqa: E402
from hugdesk.engine.suggestions import suggest  # noqa: E402
from hugdesk.engine.tone import review_tone  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NOW = dt.datetime(2026, 11, 18, 10, 0, tzinfo=dt.timezone.utc)


def cases(size: int) -> dict[str, str]:
    review = ""
    source = ROOT / "tests" / "fixtures" / "reviews" / "reviews-dev.jsonl"
    if source.exists():
        import json

        texts = [json.loads(line).get("text", "") for line in source.read_text().splitlines() if line.strip()]
        while len(review) < size:
            review += " ".join(texts)[: size - len(review)]
    return {
        "letters": "a" * size, "digits": "1" * size, "capitals": "A" * size, "dashes": "a-" * (size // 2),
        "dots": "a." * (size // 2), "hashes": "#1" * (size // 2), "at-signs": "a@" * (size // 2),
        "cyrillic": "ї" * size, "long review": review or "The soup was cold. " * (size // 19),
    }


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=20000)
    args = parser.parse_args()
    print(f"{'case':<14}{'tone':>10}{'analyse':>10}{'suggest':>10}   (CPU seconds, {args.size} characters)")
    worst = 0.0
    for name, text in cases(args.size).items():
        tone = cpu(lambda: review_tone(text, review_text=text, rating=1, now=NOW))
        read = cpu(lambda: analyse(text, 1))
        drafts = cpu(lambda: suggest({"platform": "yelp", "author_name": "Ann", "rating": 1, "text": text}, {}))
        worst = max(worst, tone, read, drafts)
        print(f"{name:<14}{tone:>10.3f}{read:>10.3f}{drafts:>10.3f}")
    print(f"worst: {worst:.3f} s")


if __name__ == "__main__":
    main()
