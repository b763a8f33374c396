"""Every route of the API against a real server process and a real SQLite file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import uuid

import httpx
import pytest

from tests.support.server import ROOT, cid, item, new_agent_token, rows


def test_health_is_open_and_everything_else_needs_the_token(backend):
    assert httpx.get(backend.api + "/health").json()["status"] == "ok"
    for method, path in [("GET", "/me"), ("GET", "/tickets"), ("POST", "/observe"), ("GET", "/promises"),
                         ("GET", "/customers/1/history"), ("POST", "/interactions")]:
        missing = httpx.request(method, backend.api + path, json={})
        assert missing.status_code == 401, path
        assert "Missing token" in missing.json()["detail"]
        wrong = httpx.request(method, backend.api + path, json={}, headers={"Authorization": "Bearer nope-nope-nope"})
        assert wrong.status_code == 401, path
        assert "Invalid" in wrong.json()["detail"]


def test_web_page_origin_is_refused_and_extension_origin_allowed(backend):
    evil = backend.get("/tickets", headers={"Origin": "https://www.yelp.com"})
    assert evil.status_code == 403
    assert "web pages" in evil.json()["detail"]
    # Even the health check refuses pages: nothing about this service is for them.
    assert httpx.get(backend.api + "/health", headers={"Origin": "http://evil.test"}).status_code == 403
    ok = backend.get("/tickets", headers={"Origin": "chrome-extension://abcdefghijklmnopabcdefghijklmnop"})
    assert ok.status_code == 200
    assert "access-control-allow-origin" not in {k.lower() for k in ok.headers}


def test_foreign_host_header_is_refused(backend):
    r = httpx.get(backend.api + "/health", headers={"Host": f"attacker.example:{backend.port}"})
    assert r.status_code == 421
    r = backend.get("/tickets", headers={"Host": f"localhost:{backend.port}"})
    assert r.status_code == 200


def test_body_must_be_json_and_not_oversized(backend):
    form = httpx.post(backend.api + "/observe", content=b"items=1",
                      headers={**backend.headers, "Content-Type": "application/x-www-form-urlencoded"})
    assert form.status_code == 415
    huge = {"items": [item(1, text="x" * 19000) for _ in range(60)]}
    r = backend.post("/observe", huge)
    assert r.status_code == 413
    assert "too large" in r.json()["detail"]
    assert rows(backend, "SELECT count(*) FROM tickets") == [(0,)]


def test_token_revoked_from_cli_stops_working_at_once(backend):
    token = new_agent_token(backend, "temp")
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(backend.api + "/me", headers=headers).json()["agent"]["name"] == "temp"
    subprocess.run([sys.executable, "-m", "hugdesk", "token", "revoke", "temp", "--db", str(backend.db_path)],
                   check=True, cwd=ROOT, capture_output=True)
    assert httpx.get(backend.api + "/me", headers=headers).status_code == 401
    stored = rows(backend, "SELECT token_hash FROM agents WHERE name = 'temp'")[0][0]
    assert token not in stored and len(stored) == 64


# --- bad input ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "bad, field",
    [
        (item(1, rating="five"), "items[0].rating"),
        (item(1, rating=9), "items[0].rating"),
        (item(1, platform="myspace"), "items[0].platform"),
        (item(1, external_id=""), "items[0].external_id"),
        (item(1, surprise=1), "surprise"),
    ],
)
def test_a_malformed_item_is_answered_on_its_own_naming_the_field(backend, bad, field):
    r = backend.post("/observe", {"items": [bad]})
    assert r.status_code == 200
    assert r.json()["items"] == [] and field in r.json()["errors"][0]["detail"]
    assert rows(backend, "SELECT count(*) FROM tickets") == [(0,)]


@pytest.mark.parametrize("body, field", [({"items": "nope"}, "items"), ({}, "items")])
def test_a_malformed_batch_names_the_field_and_writes_nothing(backend, body, field):
    r = backend.post("/observe", body)
    assert r.status_code == 400
    assert field in r.json()["detail"]
    assert rows(backend, "SELECT count(*) FROM tickets") == [(0,)]


def test_broken_json_is_a_clear_400(backend):
    r = httpx.post(backend.api + "/interactions", content=b'{"id": "abc',
                   headers={**backend.headers, "Content-Type": "application/json"})
    assert r.status_code == 400
    assert r.json()["detail"]


def test_unknown_ids_are_404_and_bad_times_422(backend):
    assert backend.get("/tickets/999").status_code == 404
    assert backend.get("/customers/999/history").status_code == 404
    r = backend.post("/interactions", {"id": cid(), "kind": "note", "ticket_id": 999, "text": "x"})
    assert r.status_code == 404 and "999" in r.json()["detail"]
    r = backend.post("/interactions", {"id": cid(), "kind": "phone_call", "text": "called"})
    assert r.status_code == 422 and "needs" in r.json()["detail"]
    ticket = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["ticket_id"]
    r = backend.post("/promises", {"ticket_id": ticket, "text": "refund", "due_at": "friday"})
    assert r.status_code == 422 and "due_at" in r.json()["detail"]
    r = backend.patch(f"/tickets/{ticket}", {"status": "closed"})
    assert r.status_code == 400 and "status" in r.json()["detail"]
    assert rows(backend, "SELECT count(*) FROM promises") == [(0,)]


# --- observe ------------------------------------------------------------------------------

def test_observe_upserts_tickets_and_answers_each_item(backend):
    batch = [item(n) for n in range(20)]
    first = backend.post("/observe", {"page_url": "https://www.yelp.com/biz/x", "items": batch}).json()
    assert [r["external_id"] for r in first["items"]] == [i["external_id"] for i in batch]
    one = first["items"][0]
    assert one["is_new"] and one["status"] == "new" and one["target_minutes"] == 60
    assert one["posted_at"] is not None and one["waiting_minutes"] >= 2 * 24 * 60 - 1
    # Posted two days before this database began tracking: a backlog, not a breach.
    assert one["sla"] == "backlog" and one["due_at"] is None
    again = backend.post("/observe", {"items": batch[:3]}).json()["items"]
    assert not again[0]["is_new"] and again[0]["ticket_id"] == one["ticket_id"]
    assert rows(backend, "SELECT count(*) FROM tickets") == [(20,)]
    # "seen" is logged once per agent and item within ten minutes, not on every re-render.
    assert rows(backend, "SELECT count(*) FROM interactions WHERE kind = 'seen'") == [(20,)]
    listed = backend.get("/tickets", params={"platform": "yelp", "limit": 5}).json()["items"]
    assert len(listed) == 5
    for key in ["id", "platform", "external_id", "url", "author_name", "rating", "text", "status", "owner_replied",
                "first_seen_at", "first_response_at"]:
        assert key in listed[0]


def test_owner_reply_on_page_marks_item_answered(backend):
    r = backend.post("/observe", {"items": [item(1, owner_replied=True, owner_reply_text="Thanks!")]}).json()
    assert r["items"][0]["sla"] == "answered" and r["items"][0]["waiting_minutes"] is None
    ticket = backend.get(f"/tickets/{r['items'][0]['ticket_id']}").json()
    assert ticket["owner_replied"] is True


def test_ticket_filters_and_search(backend):
    backend.post("/observe", {"items": [item(1, text="cold soup"), item(2, text="rude waiter 100%"),
                                        item(3, platform="tripadvisor", external_id="r1", text="cold room")]})
    assert {t["platform"] for t in backend.get("/tickets", params={"q": "cold"}).json()["items"]} == {"yelp", "tripadvisor"}
    assert len(backend.get("/tickets", params={"q": "100%"}).json()["items"]) == 1
    assert len(backend.get("/tickets", params={"q": "%"}).json()["items"]) == 1
    assert len(backend.get("/tickets", params={"platform": "tripadvisor"}).json()["items"]) == 1
    assert backend.get("/tickets", params={"status": "new"}).json()["items"]
    assert backend.get("/tickets", params={"limit": 0}).status_code == 400


def test_reply_posted_stops_the_clock_and_status_changes_are_logged(backend):
    tid = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["ticket_id"]
    r = backend.post("/interactions", {"id": cid(), "kind": "reply_posted", "ticket_id": tid,
                                       "text": "We are sorry, Kevin"})
    assert r.status_code == 201
    ticket = backend.get(f"/tickets/{tid}").json()
    assert ticket["first_response_at"] and ticket["status"] == "waiting" and ticket["sla"] == "answered"
    patched = backend.patch(f"/tickets/{tid}", {"status": "resolved", "assignee": "ola"}).json()
    assert patched["status"] == "resolved" and patched["assignee"] == "ola"
    kinds = [k for (k,) in rows(backend, "SELECT kind FROM interactions WHERE ticket_id = ? ORDER BY id", (tid,))]
    assert kinds == ["seen", "reply_posted", "status_changed", "assigned"]


# --- interactions, history, promises ------------------------------------------------------

def test_retried_interaction_is_recorded_once(backend):
    tid = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["ticket_id"]
    body = {"id": cid(), "kind": "note", "ticket_id": tid, "text": "called back"}
    first = backend.post("/interactions", body)
    second = backend.post("/interactions", body)
    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["duplicate"] is True and second.json()["at"] == first.json()["at"]
    assert rows(backend, "SELECT count(*) FROM interactions WHERE client_id = ?", (body["id"],)) == [(1,)]


def test_history_spans_channels_and_flags_repeat_contacts(backend):
    # The customer phoned first, then wrote on Yelp: the card must say they are writing again.
    call = backend.post("/interactions", {"id": cid(), "kind": "phone_call", "customer": {
        "name": "Kevin H.", "phone": "+48 600 100 200"}, "text": "Complained about the wait"}).json()
    customer = call["customer_id"]
    assert call["channel"] == "phone"
    email = backend.post("/interactions", {"id": cid(), "kind": "email", "customer": {"phone": "+48600100200",
                         "email": "Kevin@example.com"}, "text": "Follow-up e-mail"}).json()
    assert email["customer_id"] == customer
    observed = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]
    yelp_customer = observed["customer_id"]
    assert observed["history"]["repeat"] is False
    merged = backend.post(f"/customers/{customer}/merge", {"customer_ids": [yelp_customer]})
    assert merged.status_code == 200
    assert {i["kind"] for i in merged.json()["identities"]} == {"phone", "email", "platform"}
    again = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]
    history = again["history"]
    assert history["repeat"] is True and history["contacts"] == 2
    assert history["channels"] == {"phone": 1, "email": 1}
    assert history["recent"][0]["kind"] == "email"
    timeline = backend.get(f"/customers/{yelp_customer}/history").json()
    assert [e["channel"] for e in timeline["items"]] == ["email", "phone", "yelp"]
    # Splitting gives each record back exactly its own history.
    split = backend.post(f"/customers/{yelp_customer}/split")
    assert split.status_code == 200
    alone = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["history"]
    assert alone["repeat"] is False and alone["contacts"] == 0
    assert len(backend.get(f"/customers/{customer}/history").json()["items"]) == 2


def test_promises_show_on_every_card_of_the_customer_until_kept(backend):
    # Two reviews by the same Yelp user on two pages.
    a, b = backend.post("/observe", {"items": [item(1), item(1, external_id="other-review")]}).json()["items"]
    assert a["customer_id"] == b["customer_id"]
    made = backend.post("/promises", {"id": cid(), "ticket_id": a["ticket_id"], "text": "Refund by Friday",
                                      "due_at": "2020-01-03T12:00:00Z"})
    assert made.status_code == 201
    promise = made.json()
    assert promise["overdue"] is True and promise["status"] == "open"
    card_b = backend.post("/observe", {"items": [item(1, external_id="other-review")]}).json()["items"][0]
    assert [p["text"] for p in card_b["promises"]] == ["Refund by Friday"]
    listed = backend.get("/promises", params={"status": "open", "due_before": "2021-01-01T00:00:00Z"}).json()["items"]
    assert [p["id"] for p in listed] == [promise["id"]]
    kept = backend.patch(f"/promises/{promise['id']}", {"status": "kept"}).json()
    assert kept["status"] == "kept" and kept["closed_at"]
    assert backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["promises"] == []
    kinds = {k for (k,) in rows(backend, "SELECT kind FROM interactions")}
    assert {"promise_logged", "promise_kept"} <= kinds
    assert backend.patch("/promises/12345", {"status": "kept"}).status_code == 404


def test_collision_shows_other_agents_on_the_same_item(backend):
    tid = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["ticket_id"]
    ola = {"Authorization": f"Bearer {new_agent_token(backend, 'ola')}"}
    r = httpx.post(backend.api + "/interactions", json={"id": cid(), "kind": "typing", "ticket_id": tid},
                   headers=ola)
    assert r.status_code == 201
    mine = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]
    assert [(v["agent"], v["activity"]) for v in mine["viewers"]] == [("ola", "replying")]
    theirs = httpx.post(backend.api + "/observe", json={"items": [item(1)]}, headers=ola).json()["items"][0]
    assert [(v["agent"], v["activity"]) for v in theirs["viewers"]] == [("default", "viewing")]


def test_settings_round_trip_and_validation(backend):
    r = backend.patch("/settings", {"business_name": "Café Lwów", "signature": "Ola, Café Lwów",
                                    "target_minutes": 30, "compensations": ["free coffee", " "]})
    assert r.json()["compensations"] == ["free coffee"]
    assert backend.get("/me").json()["settings"]["target_minutes"] == 30
    assert backend.patch("/settings", {"target_minutes": 0}).status_code == 422
    assert backend.post("/observe", {"items": [item(1)]}).json()["target_minutes"] == 30


def test_openapi_schema_is_generated(backend):
    schema = backend.get("/schema/openapi.json").json()
    assert "/api/v1/observe" in schema["paths"] and "/api/v1/promises/{promise_id}" in schema["paths"]
