"""API latency on a realistic database: 100,000 customers and 1,000,000 interactions.

Prints p50/p99 of `observe` with a batch of 20 reviews (a page seen before, and a new page), of a
history lookup, of the team lead's 30- and 90-day summaries, the desk's queue page and the
extension's reminders, and interactions logged per second, beside the floor: the bare health
endpoint of the same server over the same client. The history spans the last year, so a 30-day
summary covers about a twelfth of it. Run: .venv/bin/python scripts/bench_api.py [--customers N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hugdesk.store.db import connect  # noqa: E402
from tests.support.server import Backend  # noqa: E402

PLATFORMS = ("facebook", "yelp", "tripadvisor")
KINDS = ("seen", "seen", "card_opened", "reply_posted", "note", "phone_call", "email", "suggestion_shown")


def fill(path: Path, customers: int, interactions: int) -> None:
    db = connect(path)
    conn: sqlite3.Connection = db.conn
    rnd = random.Random(7)
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)

    def ago(seconds: float) -> str:
        return (now - dt.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%SZ")

    year = 365 * 86400
    stamp = ago(year + 86400)  # the team began tracking a year ago
    conn.execute("BEGIN")
    # The database has been in use for a year: tracking began then, so the year is not a backlog.
    conn.execute("UPDATE settings SET value = ? WHERE key = 'tracking_since'", [f'"{stamp}"'])
    conn.executemany("INSERT INTO agents (name, token_hash, created_at, role) VALUES (?, ?, ?, 'agent')",
                     [(f"bench{a}", f"x{a}", stamp) for a in range(1, 6)])
    conn.executemany(
        "INSERT INTO customers (id, group_id, display_name, created_at) VALUES (?, ?, ?, ?)",
        ((i, i, f"Customer {i}", stamp) for i in range(1, customers + 1)),
    )
    conn.executemany(
        "INSERT INTO identities (customer_id, kind, platform, value, display_name, created_at) VALUES (?, 'platform', ?, ?, ?, ?)",
        ((i, PLATFORMS[i % 3], f"user{i}", f"Customer {i}", stamp) for i in range(1, customers + 1)),
    )
    tickets = customers * 2

    def ticket(t: int):
        # Posted at a random moment of the last year, seen within the hour, "N hours ago" on the page;
        # about four in five answered (logged by one of five agents) after 5 min to 10 h.
        c = (t - 1) // 2 + 1
        posted = rnd.uniform(0, year)
        seen = max(0.0, posted - rnd.uniform(0, 3600))
        answered = rnd.random() < 0.8 or posted > 30 * 86400
        minutes = rnd.uniform(5, 600)
        reply = ago(posted - minutes * 60) if answered and posted > 36000 else None
        status = "resolved" if reply and rnd.random() < 0.5 else ("waiting" if reply else "new")
        return (t, PLATFORMS[c % 3], f"r{t}", c, c, f"Customer {c}", rnd.randint(1, 5),
                "The soup was cold and we waited an hour for the bill.", ago(seen), ago(seen), ago(posted), 3600,
                ago(posted), reply, reply, reply, round(minutes, 3) if reply else None, rnd.randint(1, 5) if reply else None,
                status,
                f"bench{rnd.randint(1, 5)}" if rnd.random() < 0.3 else None)

    conn.executemany(
        # Stored as observe leaves them: already read (language, sentiment, categories), clock started.
        "INSERT INTO tickets (id, platform, external_id, kind, customer_id, identity_id, author_name, rating, text, "
        "language, sentiment, categories, first_seen_at, updated_at, posted_at, posted_precision_s, clock_start_at, "
        "first_response_at, first_reply_at, last_contact_at, first_reply_minutes, first_reply_agent_id, status, assignee) "
        "VALUES (?, ?, ?, 'review', ?, ?, ?, ?, ?, 'en', 'negative', '[\"food\", \"waiting\"]', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (ticket(t) for t in range(1, tickets + 1)),
    )
    conn.execute(
        "INSERT INTO problem_mentions (at, category, channel, ticket_id, customer_id) "
        "SELECT coalesce(t.posted_at, t.first_seen_at), c.value, t.platform, t.id, t.customer_id "
        "FROM tickets t, json_each(t.categories) c"
    )
    conn.executemany(
        "INSERT INTO interactions (kind, ticket_id, customer_id, channel, agent_id, at, recorded_at, text) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
        ((KINDS[n % len(KINDS)], t, (t - 1) // 2 + 1, PLATFORMS[t % 3], ago(rnd.uniform(0, year)), stamp,
          "Called about the order")
         for n in range(interactions) for t in [rnd.randint(1, tickets)]),
    )
    # Calls and e-mails about a late delivery count as recurring problems, as log_interaction leaves them.
    conn.execute(
        "INSERT INTO problem_mentions (at, category, channel, interaction_id, ticket_id, customer_id) "
        "SELECT at, 'delivery', channel, id, ticket_id, customer_id FROM interactions WHERE kind IN ('phone_call', 'email')"
    )
    conn.executemany(
        "INSERT INTO promises (ticket_id, customer_id, agent_id, text, due_at, created_at, status, closed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        ((2 * c, c, rnd.randint(1, 5), "Refund by Friday", due, stamp, status, due if status != "open" else None)
         for c in range(1, customers + 1, 10)
         for due in [ago(rnd.uniform(-7 * 86400, year))]
         for status in [rnd.choice(("open", "kept", "kept", "broken")) if due < ago(0) else "open"]),
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def percentiles(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.99) - 1] * 1000


def timed(fn, n: int) -> list[float]:
    out = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=500)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        start = time.perf_counter()
        fill(path, args.customers, args.interactions)
        print(f"filled {args.customers:,} customers, {2 * args.customers:,} tickets, "
              f"{args.interactions:,} interactions in {time.perf_counter() - start:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)")
        server = Backend(path).start()
        rnd = random.Random(1)
        try:
            client = httpx.Client(headers=server.headers, timeout=30)
            api = server.api

            def known_page():
                base = rnd.randint(1, 2 * args.customers - 20)
                # A revisited page: the same reviews as stored, as the extension would send them.
                items = [{"platform": PLATFORMS[(base + k) % 3], "external_id": f"r{base + k}",
                          "author_name": f"Customer {(base + k - 1) // 2 + 1}",
                          "author_id": f"user{(base + k - 1) // 2 + 1}",
                          "text": "The soup was cold and we waited an hour for the bill.",
                          "posted_text": "2 days ago"} for k in range(20)]
                assert client.post(api + "/observe", json={"items": items}).status_code == 200

            def new_page():
                tag = uuid.uuid4().hex[:10]
                items = [{"platform": "yelp", "external_id": f"new-{tag}-{k}", "author_name": "Anna K.",
                          "author_id": f"newuser-{tag}-{k}", "rating": 1, "text": "Rude staff, cold food.",
                          "posted_text": "1 day ago"} for k in range(20)]
                assert client.post(api + "/observe", json={"items": items}).status_code == 200

            def history():
                r = client.get(api + f"/customers/{rnd.randint(1, args.customers)}/history", params={"limit": 20})
                assert r.status_code == 200

            def floor():
                assert client.get(api + "/health").status_code == 200

            def log_one():
                r = client.post(api + "/interactions", json={
                    "id": uuid.uuid4().hex, "kind": "note", "ticket_id": rnd.randint(1, 2 * args.customers),
                    "text": "Customer called back"})
                assert r.status_code == 201

            desk = httpx.Client(base_url=server.url, timeout=30)
            presign = re.search(r'name="presign" value="([^"]+)"', desk.get("/desk/sign-in").text).group(1)
            signed = desk.post("/desk/sign-in", data={"token": server.token, "presign": presign})
            assert signed.status_code == 303, signed.text

            def summary(days: int):
                def run():
                    r = client.get(api + "/reports/summary", params={"days": days})
                    assert r.status_code == 200, r.text
                return run

            def queue_page():
                assert desk.get("/desk/queue").status_code == 200

            def reminders():
                assert client.get(api + "/reminders").status_code == 200

            s30 = client.get(api + "/reports/summary", params={"days": 30}).json()
            print(f"30-day summary covers {s30['answered'] + s30['unanswered']:,} items "
                  f"({s30['answered']:,} answered, median {s30['median_first_response_minutes']} min), "
                  f"backlog {s30['backlog']:,}")
            for fn in (floor, known_page, history, log_one, summary(30), queue_page):
                timed(fn, 30)  # warm caches and connections
            rows = [
                ("bare endpoint (floor)", timed(floor, args.requests)),
                ("observe, 20 known reviews", timed(known_page, args.requests)),
                ("observe, 20 new reviews", timed(new_page, args.requests)),
                ("customer history", timed(history, args.requests)),
                ("summary, 30 days", timed(summary(30), args.requests)),
                ("summary, 90 days", timed(summary(90), args.requests // 5)),
                ("desk queue page", timed(queue_page, args.requests)),
                ("reminders", timed(reminders, args.requests)),
                ("log one interaction", timed(log_one, args.requests)),
            ]
            print(f"{'request':<28}{'p50 ms':>9}{'p99 ms':>9}")
            for name, samples in rows:
                p50, p99 = percentiles(samples)
                print(f"{name:<28}{p50:>9.2f}{p99:>9.2f}")
            log_samples = rows[-1][1]
            print(f"interactions logged per second, one client: {len(log_samples) / sum(log_samples):,.0f}")
            floor_samples = rows[0][1]
            print(f"bare endpoint requests per second, one client: {len(floor_samples) / sum(floor_samples):,.0f}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
