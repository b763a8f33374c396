"""The response clock through a real server: settings round trip and refusals by field, and what
observe, GET /tickets and GET /tickets/{id} say about old, unreadable, praised and closed-day items."""

from __future__ import annotations

import datetime as dt

from tests.support.server import item

CLOCK = ("sla", "due_at", "warn_at", "waiting_minutes", "wall_minutes", "target_minutes", "band", "posted_precision")


def clock_of(result: dict) -> dict:
    return {k: result[k] for k in CLOCK}


def test_clock_settings_round_trip(backend):
    fresh = backend.get("/settings").json()
    assert fresh["timezone"] == "UTC" and fresh["business_hours"] is None and fresh["closed_dates"] == []
    assert fresh["targets"] == {"negative": 60, "neutral": 240, "positive": 1440, "other": 60}
    assert fresh["tracking_since"].endswith("Z")
    change = {
        "timezone": "Europe/Warsaw",
        "business_hours": {"mon": [["09:00", "13:00"], ["14:00", "18:00"]], "sat": [["10:00", "14:00"]]},
        "closed_dates": ["2025-12-25"],
        "targets": {"neutral": 180},
        "tracking_since": "2025-01-01T00:00:00Z",
    }
    r = backend.patch("/settings", change)
    assert r.status_code == 200, r.text
    stored = backend.get("/settings").json()
    assert stored == r.json()
    assert stored["business_hours"]["mon"] == change["business_hours"]["mon"] and stored["business_hours"]["tue"] == []
    assert stored["targets"] == {"negative": 60, "neutral": 180, "positive": 1440, "other": 60}
    assert stored["tracking_since"] == "2025-01-01T00:00:00Z" and stored["closed_dates"] == ["2025-12-25"]
    assert backend.get("/me").json()["settings"]["timezone"] == "Europe/Warsaw"


def test_bad_clock_settings_are_refused_by_field(backend):
    before = backend.get("/settings").json()
    for body, status, field in [
        ({"timezone": "Mars/Olympus"}, 422, "timezone"),
        ({"timezone": 5}, 400, "timezone"),
        ({"business_hours": {"mon": [["18:00", "09:00"]]}}, 422, "business_hours.mon[0]"),
        ({"business_hours": {"funday": [["09:00", "18:00"]]}}, 422, "business_hours"),
        ({"business_hours": {"mon": "9-5"}}, 400, "business_hours"),
        ({"closed_dates": ["31/12/2025"]}, 422, "closed_dates[0]"),
        ({"targets": {"positive": 0}}, 422, "targets.positive"),
        ({"targets": {"urgent": 5}}, 400, "urgent"),
        ({"tracking_since": "last year"}, 422, "tracking_since"),
        ({"tracking_since": "2999-01-01T00:00:00Z"}, 422, "tracking_since"),
        ({"business_name": "Half", "closed_dates": ["nope"]}, 422, "closed_dates[0]"),
    ]:
        r = backend.patch("/settings", body)
        assert r.status_code == status, (body, r.status_code, r.text)
        assert field in r.json()["detail"], (body, r.json())
    assert backend.get("/settings").json() == before  # nothing half-written


def test_old_items_are_backlog_until_tracking_moves_back_and_praise_is_never_red(backend):
    answer = backend.post("/observe", {"items": [item(1, posted_text="2 days ago")]}).json()
    settings = backend.get("/settings").json()
    assert answer["tracking_since"] == settings["tracking_since"]
    old = answer["items"][0]
    assert clock_of(old)["sla"] == "backlog" and old["due_at"] is None and old["wall_minutes"] >= 2 * 24 * 60
    listed = backend.get("/tickets").json()
    assert listed["tracking_since"] == settings["tracking_since"]
    assert listed["items"][0]["sla"] == "backlog"

    month_ago = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert backend.patch("/settings", {"tracking_since": month_ago}).status_code == 200
    items = backend.post("/observe", {"items": [
        item(1, posted_text="2 days ago"),
        item(2, rating=5, text="Wonderful dinner, thank you!", posted_text="2 days ago"),
        item(3, rating=3, text="It was fine.", posted_text="5 min ago"),
    ]}).json()["items"]
    complaint, praise, middling = items
    assert (complaint["sla"], complaint["band"], complaint["target_minutes"]) == ("breach", "negative", 60)
    assert complaint["due_at"] < answer["now"]
    assert (praise["sla"], praise["band"], praise["target_minutes"]) == ("warn", "positive", 1440)
    assert (middling["sla"], middling["band"], middling["target_minutes"]) == ("ok", "neutral", 240)
    assert middling["posted_precision"] == "minute" and 5 <= middling["waiting_minutes"] <= 6
    # GET /tickets and GET /tickets/{id} say the same as observe.
    one = backend.get(f"/tickets/{complaint['ticket_id']}").json()
    assert clock_of(one) == {**clock_of(complaint), "waiting_minutes": one["waiting_minutes"],
                             "wall_minutes": one["wall_minutes"]}
    by_id = {t["id"]: t for t in backend.get("/tickets").json()["items"]}
    assert by_id[praise["ticket_id"]]["sla"] == "warn" and by_id[praise["ticket_id"]]["due_at"] == praise["due_at"]


def test_an_unreadable_date_is_unknown(backend):
    result = backend.post("/observe", {"items": [item(7, posted_text="Edited")]}).json()["items"][0]
    assert clock_of(result) == {"sla": "unknown", "due_at": None, "warn_at": None, "waiting_minutes": None,
                                "wall_minutes": None, "target_minutes": 60, "band": "negative",
                                "posted_precision": None}
    assert backend.get(f"/tickets/{result['ticket_id']}").json()["sla"] == "unknown"


def test_closed_days_do_not_count(backend):
    today = dt.datetime.now(dt.timezone.utc).date()
    closed = [(today + dt.timedelta(days=k)).isoformat() for k in range(-5, 3)]
    since = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert backend.patch("/settings", {"closed_dates": closed, "tracking_since": since}).status_code == 200
    result = backend.post("/observe", {"items": [item(8, posted_text="3 days ago")]}).json()["items"][0]
    # Every day since it was posted was closed: no business minute has passed, and the hour starts
    # when the business opens again.
    assert (result["sla"], result["waiting_minutes"]) == ("ok", 0)
    assert result["wall_minutes"] >= 3 * 24 * 60
    assert result["due_at"] == f"{today + dt.timedelta(days=3)}T01:00:00Z"


def test_a_date_read_on_a_later_visit_starts_the_clock_and_a_known_one_is_kept(backend):
    # First visit: the page showed no readable date (or an older version could not read it).
    first = backend.post("/observe", {"items": [item(9, posted_text="Edited")]}).json()["items"][0]
    assert first["sla"] == "unknown"
    # A later visit shows a date in the page's own language: the clock now knows it.
    two_hours_ago = dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=2)
    months = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
    polish = f"{two_hours_ago.day} {months[two_hours_ago.month - 1]} {two_hours_ago.year}"
    again = backend.post("/observe", {"items": [item(9, posted_text=polish)]}).json()["items"][0]
    assert again["ticket_id"] == first["ticket_id"]
    assert again["sla"] != "unknown" and again["posted_precision"] == "day"
    ticket = backend.get(f"/tickets/{first['ticket_id']}").json()
    assert ticket["posted_at"].startswith(two_hours_ago.strftime("%Y-%m-%d"))
    # A third visit with another reading never moves a date already known.
    backend.post("/observe", {"items": [item(9, posted_text="5 min ago")]})
    assert backend.get(f"/tickets/{first['ticket_id']}").json()["posted_at"] == ticket["posted_at"]


def test_tickets_in_due_order_with_total_and_paging(backend):
    month_ago = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert backend.patch("/settings", {"tracking_since": month_ago}).status_code == 200
    backend.post("/observe", {"items": [
        item(1, rating=5, text="Lovely!", posted_text="3 days ago"),      # praise: due 2 days ago, never red
        item(2, rating=1, text="Cold food.", posted_text="2 days ago"),   # complaint: overdue since 2 days
        item(3, rating=1, text="Rude staff.", posted_text="10 min ago"),  # complaint: due in 50 min
        item(4, rating=1, text="Awful.", posted_text="1 yr ago"),         # backlog
        item(5, rating=1, text="Meh.", posted_text="Edited"),            # unknown
        item(6, rating=1, text="Late.", posted_text="1 day ago", owner_replied=True),  # answered
    ]})
    listed = backend.get("/tickets", params={"order": "due"}).json()
    # Red first; then by due time, so praise past its target still comes before what is not yet due.
    assert [t["author_name"] for t in listed["items"]] == [f"Kevin {n}." for n in (2, 1, 3, 5, 4, 6)]
    assert [t["sla"] for t in listed["items"]] == ["breach", "warn", "ok", "unknown", "backlog", "answered"]
    assert listed["total"] == 6
    page = backend.get("/tickets", params={"order": "due", "offset": 2, "limit": 2}).json()
    assert [t["author_name"] for t in page["items"]] == ["Kevin 3.", "Kevin 5."] and page["total"] == 6
    recent = backend.get("/tickets", params={"limit": 2, "offset": 1}).json()
    assert len(recent["items"]) == 2 and recent["total"] == 6
    assert backend.get("/tickets", params={"order": "oldest"}).status_code == 400
