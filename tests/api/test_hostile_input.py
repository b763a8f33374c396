"""One bad string must not break the API: impossible times, deep JSON, strings where numbers
belong, endless strings, one bad item in a batch, a word that costs seconds to read. Each
answer is a clear 4xx naming the field (or a per-item error), nothing half-written is left
behind, and everything stored reads back."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from tests.support.server import cid, item, rows

BAD_PAGE_DATES = ["1/1/0001", "Mar 0001", "3000 years ago", "99999999999 years ago", "12/31/9999"]


@pytest.mark.parametrize("posted", BAD_PAGE_DATES)
def test_a_page_date_no_clock_can_mean_is_stored_as_unknown(backend, posted):
    r = backend.post("/observe", {"items": [item(1, posted_text=posted), item(2)]})
    assert r.status_code == 200, r.text
    first, second = r.json()["items"]
    assert first["posted_at"] is None and second["posted_at"] is not None
    assert rows(backend, "SELECT posted_at FROM tickets ORDER BY id") == [(None,), (second["posted_at"],)]
    # Everything stored reads back: the list the popup asks for, and each ticket.
    listed = backend.get("/tickets", params={"status": "new"})
    assert listed.status_code == 200 and len(listed.json()["items"]) == 2
    assert backend.get(f"/tickets/{first['ticket_id']}").status_code == 200


def test_rows_written_by_an_older_version_still_read_back(backend):
    """Garbage an older Hugdesk stored (a year-1 time, a settings value of the wrong type)."""
    backend.post("/observe", {"items": [item(1)]})
    import sqlite3

    with sqlite3.connect(backend.db_path) as conn:
        conn.execute("UPDATE tickets SET posted_at = '1-01-01T00:00:00Z'")
        conn.execute("INSERT INTO settings (key, value) VALUES ('target_minutes', '\"sixty\"')")
    for path in ["/tickets?status=new", "/tickets/1", "/me", "/settings"]:
        r = backend.get(path)
        assert r.status_code == 200, (path, r.text)
    assert backend.get("/tickets/1").json()["posted_at"] is None
    assert backend.get("/settings").json()["target_minutes"] == 60
    assert backend.post("/observe", {"items": [item(1)]}).status_code == 200


@pytest.mark.parametrize("value", [
    "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "0001-01-01T00:00:00Z", "1000-01-01T00:00:00Z",
    "2999-01-01T00:00:00Z",
])
def test_times_out_of_range_are_422_naming_the_field(backend, value):
    tid = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["ticket_id"]
    r = backend.post("/interactions", {"id": cid(), "kind": "note", "ticket_id": tid, "text": "x", "at": value})
    assert r.status_code == 422 and r.json()["detail"].startswith("at:"), r.text
    r = backend.post("/promises", {"ticket_id": tid, "text": "refund", "due_at": value})
    assert r.status_code == 422 and r.json()["detail"].startswith("due_at:"), r.text
    r = backend.get("/promises", params={"due_before": value})
    assert r.status_code == 422 and r.json()["detail"].startswith("due_before:"), r.text
    made = backend.post("/promises", {"ticket_id": tid, "text": "refund", "due_at": "2030-01-01T00:00:00Z"}).json()
    r = backend.patch(f"/promises/{made['id']}", {"due_at": value})
    assert r.status_code == 422 and r.json()["detail"].startswith("due_at:"), r.text
    assert rows(backend, "SELECT count(*) FROM interactions WHERE kind = 'note'") == [(0,)]
    assert rows(backend, "SELECT due_at FROM promises") == [("2030-01-01T00:00:00Z",)]


BODY_ROUTES = [
    ("POST", "/observe"), ("POST", "/interactions"), ("POST", "/promises"), ("PATCH", "/promises/1"),
    ("PATCH", "/tickets/1"), ("PATCH", "/settings"), ("POST", "/customers/1/merge"), ("POST", "/suggestions"),
    ("POST", "/tone"),
]


@pytest.mark.parametrize("method, path", BODY_ROUTES)
def test_json_nested_ten_thousand_deep_is_a_400(backend, method, path):
    for body in ("[" * 10000 + "]" * 10000, '{"a":' * 10000 + "1" + "}" * 10000):
        r = httpx.request(method, backend.api + path, content=body.encode(),
                          headers={**backend.headers, "Content-Type": "application/json"}, timeout=10)
        assert r.status_code == 400, (path, r.status_code, r.text[:200])
        assert "nested" in r.json()["detail"]
    # Brackets inside strings are text, not nesting.
    r = backend.post("/tone", {"draft": "[" * 5000 + "{" * 5000})
    assert r.status_code == 200, r.text


@pytest.mark.parametrize("path, method, body, field", [
    ("/settings", "PATCH", {"target_minutes": "60"}, "target_minutes"),
    ("/settings", "PATCH", {"target_minutes": 60.0}, "target_minutes"),
    ("/customers/1/merge", "POST", {"customer_ids": ["1"]}, "customer_ids"),
    ("/interactions", "POST", {"id": "abcdefgh12", "kind": "note", "ticket_id": "1", "text": "x"}, "ticket_id"),
    ("/promises", "POST", {"ticket_id": "1", "text": "x", "due_at": "2030-01-01T00:00:00Z"}, "ticket_id"),
    ("/tone", "POST", {"draft": "Sorry", "rating": "1"}, "rating"),
    ("/suggestions", "POST", {"ticket_id": "1"}, "ticket_id"),
    ("/tickets/1", "PATCH", {"status": 1}, "status"),
])
def test_strings_are_never_turned_into_numbers(backend, path, method, body, field):
    backend.post("/observe", {"items": [item(1), item(2)]})
    before = backend.get("/settings").json()
    r = httpx.request(method, backend.api + path, json=body, headers=backend.headers, timeout=10)
    assert r.status_code == 400, (path, r.status_code, r.text)
    assert field in r.json()["detail"]
    assert backend.get("/settings").json() == before
    assert rows(backend, "SELECT count(*) FROM customers WHERE group_id != id") == [(0,)]


@pytest.mark.parametrize("customer, field", [
    ({"phone": "1" * 100_000}, "phone"),
    ({"name": "N" * 100_000}, "name"),
    ({"email": "a" * 100_000 + "@example.com"}, "email"),
])
def test_customer_fields_have_length_limits(backend, customer, field):
    r = backend.post("/interactions", {"id": cid(), "kind": "phone_call", "customer": customer, "text": "x"})
    assert r.status_code == 400 and field in r.json()["detail"], r.text[:300]
    assert rows(backend, "SELECT count(*) FROM customers") == [(0,)]


def test_settings_strings_and_lists_have_limits(backend):
    r = backend.patch("/settings", {"compensations": ["x"] * 10_000})
    assert r.status_code in (400, 422)
    r = backend.patch("/settings", {"business_name": "B" * 100_000})
    assert r.status_code in (400, 422)
    assert backend.get("/settings").json()["business_name"] == ""


def test_one_bad_item_is_reported_on_its_own_and_the_rest_goes_through(backend):
    batch = [item(1), item(2, rating=0), item(3, rating="5"), item(4, posted_text="1/1/0001"), item(5, surprise=1)]
    r = backend.post("/observe", {"items": batch})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert [i["external_id"] for i in answer["items"]] == [batch[0]["external_id"], batch[3]["external_id"]]
    errors = {e["index"]: e for e in answer["errors"]}
    assert sorted(errors) == [1, 2, 4]
    assert "rating" in errors[1]["detail"] and "rating" in errors[2]["detail"] and "surprise" in errors[4]["detail"]
    assert errors[1]["external_id"] == batch[1]["external_id"]
    assert rows(backend, "SELECT count(*) FROM tickets") == [(2,)]
    assert rows(backend, "SELECT count(*) FROM interactions WHERE kind = 'seen'") == [(2,)]


def test_the_envelope_itself_must_be_right(backend):
    for body, field in [({"items": "nope"}, "items"), ({}, "items"), ({"items": [], "extra": 1}, "extra"),
                        ({"items": [1, "x"]}, "items")]:
        r = backend.post("/observe", body)
        assert r.status_code == 400 and field in r.json()["detail"], (body, r.text)
    assert rows(backend, "SELECT count(*) FROM tickets") == [(0,)]


def test_a_long_word_in_the_tone_guard_does_not_stop_the_server(backend):
    """20,000 letters of one word took 5-8 s and /health waited 4.7 s behind it."""
    word = "a." * 10_000
    done: dict = {}

    def check() -> None:
        start = time.perf_counter()
        done["tone"] = httpx.post(backend.api + "/tone", json={"draft": word, "review_text": word, "rating": 1},
                                  headers=backend.headers, timeout=60)
        done["seconds"] = time.perf_counter() - start

    thread = threading.Thread(target=check)
    thread.start()
    time.sleep(0.05)
    waits = []
    while thread.is_alive() and len(waits) < 20:
        start = time.perf_counter()
        assert httpx.get(backend.api + "/health", timeout=10).status_code == 200
        waits.append(time.perf_counter() - start)
        time.sleep(0.02)
    thread.join()
    assert done["tone"].status_code == 200
    assert max(waits, default=0) < 0.5, (waits, done["seconds"])
    assert done["seconds"] < 5


def test_only_listed_extensions_may_call_when_an_allow_list_is_set(tmp_path, monkeypatch):
    from tests.support.server import Backend

    ours, other = "a" * 32, "b" * 32
    monkeypatch.setenv("HUGDESK_EXTENSION_IDS", f" {ours.upper()} ,cccccccccccccccccccccccccccccccc")
    server = Backend(tmp_path / "hugdesk.db").start()
    try:
        assert server.get("/me", headers={"Origin": f"chrome-extension://{ours}"}).status_code == 200
        refused = server.get("/me", headers={"Origin": f"chrome-extension://{other}"})
        assert refused.status_code == 403 and "HUGDESK_EXTENSION_IDS" in refused.json()["detail"]
        # Chrome sends no Origin on an extension's GETs: the token still decides.
        assert server.get("/me").status_code == 200
        assert server.get("/me", headers={"Origin": "https://www.yelp.com"}).status_code == 403
    finally:
        server.stop()
