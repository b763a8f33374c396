"""Schemathesis generates requests from our own OpenAPI document: none may end in a server error,
on a database that already holds the odd rows real life leaves behind (an unreadable page date
from an older version, a settings value of the wrong type, review text full of control and
bidi characters, a huge rating, an interaction whose payload is not JSON)."""

from __future__ import annotations

import sqlite3

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from tests.support.server import Backend, cid, item

ODD_TEXT = "\u202eevil\u202c \x00\x07 <script>alert(1)</script> " + "ą" * 500 + " 🙂 \ud7ff"


def seed_odd_rows(server: Backend) -> None:
    server.post("/observe", {"items": [item(n, text=ODD_TEXT, author_name="\u202eAnn\u202c") for n in range(5)]})
    tid = server.post("/observe", {"items": [item(9)]}).json()["items"][0]["ticket_id"]
    server.post("/promises", {"ticket_id": tid, "text": "Refund", "due_at": "2030-01-01T00:00:00Z"})
    server.post("/interactions", {"id": cid(), "kind": "note", "ticket_id": tid, "text": ODD_TEXT})
    with sqlite3.connect(server.db_path) as conn:
        conn.execute("UPDATE tickets SET posted_at = '1-01-01T00:00:00Z' WHERE id = 1")
        conn.execute("UPDATE tickets SET posted_at = 'yesterday', first_seen_at = 'garbage' WHERE id = 2")
        conn.execute("UPDATE tickets SET rating = 1e308, recommends = 7, language = 'en', categories = 'not json' WHERE id = 3")
        conn.execute("INSERT INTO settings (key, value) VALUES ('target_minutes', '\"sixty\"'), "
                     "('compensations', '{\"a\": 1}'), ('surprise', 'null')")
        conn.execute("INSERT INTO interactions (kind, ticket_id, customer_id, at, recorded_at, text, payload) "
                     "VALUES ('note', ?, 1, '0001-01-01', 'now', ?, '{not json')", [tid, ODD_TEXT])
        conn.execute("INSERT INTO promises (ticket_id, customer_id, text, due_at, created_at) "
                     "VALUES (?, 1, 'odd', '9999-99-99', 'now')", [tid])


@pytest.fixture(scope="module")
def odd_backend(tmp_path_factory):
    server = Backend(tmp_path_factory.mktemp("fuzz") / "hugdesk.db").start()
    seed_odd_rows(server)
    yield server
    server.stop()


def test_the_odd_rows_read_back(odd_backend):
    for path in ["/tickets", "/tickets?status=new", "/tickets/1", "/tickets/2", "/tickets/3", "/me", "/settings",
                 "/promises", "/customers/1", "/customers/1/history"]:
        r = odd_backend.get(path)
        assert r.status_code == 200, (path, r.text[:300])
    same = odd_backend.post("/observe", {"items": [item(n, text=ODD_TEXT, author_name="\u202eAnn\u202c")
                                                   for n in range(5)]})
    assert same.status_code == 200, same.text[:300]
    assert odd_backend.post("/observe", {"items": [item(n) for n in range(5)]}).status_code == 200
    assert odd_backend.post("/suggestions", {"ticket_id": 3}).status_code == 200


def test_no_request_from_the_schema_causes_a_server_error(odd_backend):
    raw = httpx.get(odd_backend.api + "/schema/openapi.json", headers=odd_backend.headers).json()
    schema = schemathesis.openapi.from_dict(raw)
    failures: list[str] = []
    operations = 0
    with httpx.Client(base_url=odd_backend.url, headers=odd_backend.headers, timeout=10) as client:
        for result in schema.get_all_operations():
            operation = result.ok()
            operations += 1

            @given(case=operation.as_strategy())
            @settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), database=None)
            def probe(case):
                kwargs = case.as_transport_kwargs(base_url=odd_backend.url)
                response = client.request(
                    kwargs["method"], kwargs["url"], params=kwargs.get("params"), json=kwargs.get("json"),
                    headers={**odd_backend.headers, "content-type": "application/json"},
                )
                if response.status_code >= 500:
                    failures.append(f"{case.method} {case.formatted_path}: {response.status_code} {response.text[:200]}")

            probe()
    assert operations >= 15
    assert failures == []
