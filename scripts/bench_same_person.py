"""How long the card's "Same person?" lookup takes on a database of many customers whose names
collide often (a few common first names, surnames shortened to an initial, as Yelp shows them).

Run: .venv/bin/python scripts/bench_same_person.py [--customers N]
Prints the time per card, the suggestions found, and the plan of the name search."""

from __future__ import annotations

import argparse
import random
import string
import tempfile
import time
from pathlib import Path

from hugdesk.store import customers
from hugdesk.store.db import connect

AT = "2025-01-01T00:00:00Z"
COMMON = ["Priya", "Anna", "John", "Kevin", "Maria", "Olena", "Piotr", "Lucia", "Noor", "Maya"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=20_000)
    args = parser.parse_args()
    rnd = random.Random(1)
    firsts = COMMON + ["".join(rnd.choices(string.ascii_lowercase, k=6)).title() for _ in range(500)]
    with tempfile.TemporaryDirectory() as tmp:
        db = connect(Path(tmp) / "bench.db")
        with db.atomic():
            for i in range(args.customers):
                name = f"{rnd.choice(firsts)} {rnd.choice(string.ascii_uppercase)}."
                platform = rnd.choice(["yelp", "facebook", "tripadvisor"])
                customers.add_identity(db, "platform", platform, f"u{i}", name=name, profile_url=None, at=AT)
            for i in range(args.customers // 20):  # calls logged in the popup under a name only
                customers.resolve_customer_ref(db, customers.CustomerRef(name=f"{rnd.choice(COMMON)} {rnd.choice('ABC')}."), AT)
        cards = [r[0] for r in db.execute("SELECT id FROM customers WHERE display_name LIKE 'Priya %' LIMIT 100")]
        found = 0
        start = time.perf_counter()
        for cid in cards:
            found += len(customers.same_person_candidates(db, cid))
        per_card = (time.perf_counter() - start) / len(cards) * 1000
        print(f"{args.customers:,} customers: {per_card:.2f} ms per card over {len(cards)} cards, {found} suggestions")
        for row in db.execute("EXPLAIN QUERY PLAN SELECT id FROM customers WHERE lower(display_name) >= 'priya ' "
                              "AND lower(display_name) < 'priya!'"):
            print("plan:", row[3])


if __name__ == "__main__":
    main()
