"""A team's known week, seeded through the real API (observe, logged replies, promises) so the
desk's and the summary's figures can be checked exactly."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from tests.support.server import cid, new_agent_token

DELIVERY = "The parcel delivery came two weeks late and the box was damaged."
NOW = lambda: dt.datetime.now(dt.timezone.utc).replace(microsecond=0)  # noqa: E731


def iso(value: dt.datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def set_tracking_since(backend, when: dt.datetime) -> None:
    with sqlite3.connect(backend.db_path) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('tracking_since', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [json.dumps(iso(when))])


def observe_one(backend, **item) -> dict:
    r = backend.post("/observe", {"page_url": item.get("url"), "items": [item]})
    assert r.status_code == 200, r.text
    return r.json()["items"][0]


def seed_team(backend) -> dict:
    """Returns the ids and tokens the tests need. Figures this gives over the last 30 days, target 60:
    answered 3 (replies 10, 30 and 120 min after posting: median 30, p90 120, share 2/3), unanswered 4
    (two posted 3 h ago are overdue, one 50 min ago is due soon, one 10 min ago), one open promise due
    yesterday (overdue), recurring "delivery" in the three answered reviews and a logged call."""
    set_tracking_since(backend, NOW() - dt.timedelta(days=7))
    agent_token = new_agent_token(backend, "ola")
    seeded: dict = {"agent_token": agent_token, "answered": [], "overdue": []}
    for n, minutes in enumerate((10, 30, 120)):
        found = observe_one(backend, platform="yelp", external_id=f"y{n}", author_name="Kevin K.", author_id="kevin",
                            rating=1, text=DELIVERY, posted_text="3 hours ago",
                            url=f"https://www.yelp.com/biz/hugdesk-test-cafe?hrid=y{n}")
        posted = dt.datetime.fromisoformat(found["posted_at"].replace("Z", "+00:00"))
        r = backend.post("/interactions", {"id": cid(), "kind": "reply_posted", "ticket_id": found["ticket_id"],
                                           "at": iso(posted + dt.timedelta(minutes=minutes)), "text": "We are sorry."})
        assert r.status_code == 201, r.text
        seeded["answered"].append(found["ticket_id"])
    for n, rating in enumerate((1, 2)):
        found = observe_one(backend, platform="tripadvisor", external_id=f"t{n}", author_name="Maria Kowalska",
                            author_id=f"maria{n}", rating=rating, text="Rude staff and a dirty room.",
                            posted_text="3 hours ago",
                            url=f"https://www.tripadvisor.com/ShowUserReviews-g1-d2-r{900 + n}-Hotel.html")
        seeded["overdue"].append(found["ticket_id"])
    assert backend.patch(f"/tickets/{seeded['overdue'][1]}", {"assignee": "ola"}).status_code == 200
    seeded["due_soon"] = observe_one(backend, platform="yelp", external_id="soon", author_name="Anna B.",
                                     author_id="anna", rating=2, text="Cold soup.", posted_text="50 min ago",
                                     url="https://www.yelp.com/biz/hugdesk-test-cafe?hrid=soon")["ticket_id"]
    seeded["rest"] = observe_one(backend, platform="facebook", external_id="fb1", author_name="Maria Kowalska",
                                 author_id="100001", text="Where is my order?", posted_text="10m",
                                 url="https://www.facebook.com/hugdesk.test/posts/1?comment_id=1")["ticket_id"]
    yesterday = iso(NOW() - dt.timedelta(days=1))
    r = backend.post("/promises", {"ticket_id": seeded["overdue"][0], "text": "Refund by yesterday", "due_at": yesterday})
    assert r.status_code == 201, r.text
    customer = observe_one(backend, platform="yelp", external_id="y0", author_id="kevin")["customer_id"]
    r = backend.post("/interactions", {"id": cid(), "kind": "phone_call", "customer_id": customer,
                                       "text": "Customer called: the courier delivery was late and the parcel arrived damaged."})
    assert r.status_code == 201, r.text
    return seeded
