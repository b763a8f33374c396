"""The record itself: a client id belongs to its agent and body, erasure leaves the data in
no file, ids are never handed to someone new, revoking sticks, backups finish under load."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
import uuid

import httpx

from tests.support.server import ROOT, Backend, cid, item, new_agent_token, rows


def hugdesk(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hugdesk", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})})


def test_a_client_id_is_tied_to_its_agent_and_body(backend):
    tid = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]["ticket_id"]
    bob = {"id": cid(), "kind": "note", "ticket_id": tid, "text": "Bob: card ending 4242, lives at 5 Elm St"}
    assert backend.post("/interactions", bob).status_code == 201
    alice = {"Authorization": f"Bearer {new_agent_token(backend, 'alice')}"}
    # Alice reuses Bob's id: with her own body, and with his very body.
    for body in ({**bob, "text": "Alice's note"}, bob):
        r = httpx.post(backend.api + "/interactions", json=body, headers=alice, timeout=10)
        assert r.status_code == 409, r.text
        assert "4242" not in r.text and "Elm" not in r.text
    # Bob himself with a different body is refused too; his exact retry is still a duplicate.
    assert backend.post("/interactions", {**bob, "text": "changed"}).status_code == 409
    again = backend.post("/interactions", bob)
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert rows(backend, "SELECT count(*) FROM interactions WHERE kind = 'note'") == [(1,)]
    # Promises carry client ids too.
    promise = {"id": cid(), "ticket_id": tid, "text": "Refund Bob", "due_at": "2030-01-01T00:00:00Z"}
    assert backend.post("/promises", promise).status_code == 201
    r = httpx.post(backend.api + "/promises", json=promise, headers=alice, timeout=10)
    assert r.status_code == 409 and "Refund Bob" not in r.text
    assert backend.post("/promises", {**promise, "text": "other"}).status_code == 409
    assert backend.post("/promises", promise).status_code == 200


PRIVATE = ["Zofia Prywatna", "zofia-profile-77", "Secret story about my ulcer", "zofia@example.org",
           "600700800", "card ending 4242", "Refund Zofia by Friday", "Sorry Zofia, truly"]


def _files(db_path) -> bytes:
    found = b""
    for suffix in ("", "-wal", "-shm"):
        path = f"{db_path}{suffix}"
        if os.path.exists(path):
            with open(path, "rb") as f:
                found += f.read()
    return found


def test_erasure_leaves_the_data_in_no_file(backend):
    a = backend.post("/observe", {"items": [item(1, author_name=PRIVATE[0], author_id=PRIVATE[1], text=PRIVATE[2])]})
    a = a.json()["items"][0]
    backend.post("/observe", {"items": [item(2, text="Someone else entirely")]})
    backend.post("/interactions", {"id": cid(), "kind": "phone_call", "customer_id": a["customer_id"],
                                   "text": "Called about the " + PRIVATE[5]})
    call = backend.post("/interactions", {"id": cid(), "kind": "email", "customer": {
        "name": PRIVATE[0], "email": PRIVATE[3], "phone": PRIVATE[4]}, "text": "e-mail"}).json()
    backend.post(f"/customers/{a['customer_id']}/merge", {"customer_ids": [call["customer_id"]]})
    backend.post("/promises", {"ticket_id": a["ticket_id"], "text": PRIVATE[6], "due_at": "2030-01-01T00:00:00Z"})
    backend.post("/interactions", {"id": cid(), "kind": "reply_posted", "ticket_id": a["ticket_id"],
                                   "text": PRIVATE[7]})
    # The review was edited on the page: the old text is a version, erased with the rest.
    backend.post("/observe", {"items": [item(1, author_name=PRIVATE[0], author_id=PRIVATE[1], text="Edited")]})
    assert all(p.encode() in _files(backend.db_path) for p in PRIVATE)

    result = hugdesk("erase-customer", str(a["customer_id"]), "--db", str(backend.db_path))
    assert result.returncode == 0, result.stderr
    assert "backups" in result.stdout and "exports" in result.stdout
    # While the server keeps running...
    left = [p for p in PRIVATE + ["Edited"] if p.encode() in _files(backend.db_path)]
    assert left == []
    assert b"Someone else entirely" in _files(backend.db_path)
    assert backend.get("/tickets").status_code == 200
    # ...and after it stops.
    backend.stop()
    assert [p for p in PRIVATE if p.encode() in _files(backend.db_path)] == []


def test_ids_are_never_reused_and_late_writes_to_erased_records_are_refused(backend):
    old = backend.post("/observe", {"items": [item(1)]}).json()["items"][0]
    result = hugdesk("erase-customer", str(old["customer_id"]), "--db", str(backend.db_path))
    assert result.returncode == 0, result.stderr
    new = backend.post("/observe", {"items": [item(2)]}).json()["items"][0]
    assert new["ticket_id"] != old["ticket_id"] and new["customer_id"] != old["customer_id"]
    # The outbox delivers a reply logged before the erasure: it must not land on anyone.
    late = backend.post("/interactions", {"id": cid(), "kind": "reply_posted", "ticket_id": old["ticket_id"],
                                          "text": "Sorry Kevin"})
    assert late.status_code == 410, late.text
    late = backend.post("/interactions", {"id": cid(), "kind": "phone_call", "customer_id": old["customer_id"],
                                          "text": "late"})
    assert late.status_code == 410, late.text
    late = backend.post("/promises", {"ticket_id": old["ticket_id"], "text": "x", "due_at": "2030-01-01T00:00:00Z"})
    assert late.status_code == 410, late.text
    assert rows(backend, "SELECT count(*) FROM interactions WHERE ticket_id = ? OR customer_id = ?",
                (old["ticket_id"], old["customer_id"])) == [(0,)]
    assert backend.get(f"/tickets/{new['ticket_id']}").json()["first_response_at"] is None


def test_a_revoked_agent_stays_revoked_when_the_server_restarts(tmp_path):
    server = Backend(tmp_path / "hugdesk.db").start()
    try:
        assert server.get("/me").status_code == 200
        assert hugdesk("token", "revoke", "default", "--db", str(server.db_path)).returncode == 0
        assert server.get("/me").status_code == 401
        server.stop()
        server.start()  # scripts/start.sh always sets HUGDESK_TOKEN
        assert server.get("/me").status_code == 401
        assert "default\trevoked" in hugdesk("token", "list", "--db", str(server.db_path)).stdout
        # Re-enabled on purpose: a new token, then the environment's token again on restart.
        created = hugdesk("token", "create", "default", "--db", str(server.db_path))
        assert created.returncode == 0
        assert httpx.get(server.api + "/me", headers={"Authorization": f"Bearer {created.stdout.strip()}"},
                         timeout=10).status_code == 200
        server.stop()
        server.start()
        assert server.get("/me").status_code == 200
    finally:
        server.stop()


def test_backup_finishes_within_seconds_at_a_hundred_writes_a_second(backend, tmp_path):
    # About 15 MB first: a page-by-page copy (1024 pages a step) restarts on every write between steps.
    for n in range(0, 1000, 50):
        r = backend.post("/observe", {"items": [item(k, text=f"{k} " + "x" * 15000) for k in range(n, n + 50)]})
        assert r.status_code == 200
    stop = threading.Event()
    written = []

    def writer() -> None:
        with httpx.Client(headers=backend.headers, timeout=30) as client:
            n = 1000
            while not stop.is_set():
                started = time.perf_counter()
                r = client.post(backend.api + "/interactions", json={
                    "id": uuid.uuid4().hex, "kind": "note", "customer": {"name": f"C{n}"}, "text": "x" * 200})
                assert r.status_code == 201
                written.append(n)
                n += 1
                time.sleep(max(0.0, 0.01 - (time.perf_counter() - started)))  # about 100 writes/s

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 50:
            time.sleep(0.01)
        started = time.perf_counter()
        result = hugdesk("backup", str(tmp_path / "copy.db"), "--db", str(backend.db_path))
        took = time.perf_counter() - started
        during = len(written)
    finally:
        stop.set()
        thread.join()
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout
    print(f"backup took {took:.2f} s with {during} writes before it")
    assert took < 10, took
    assert len(written) > during or took < 1  # the writer kept writing while the copy was made
    with sqlite3.connect(tmp_path / "copy.db") as conn:
        assert conn.execute("SELECT count(*) FROM tickets").fetchone()[0] == 1000
