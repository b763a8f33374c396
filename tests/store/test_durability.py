"""Many agents at once, backups while serving, export and erasure: nothing lost, nothing half-written."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading
import uuid

import httpx

from tests.support.server import ROOT
from tests.support.server import item, new_agent_token, rows


def hugdesk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hugdesk", *args], capture_output=True, text=True, cwd=ROOT)


def test_ten_agents_writing_at_once_lose_nothing(backend):
    tokens = [new_agent_token(backend, f"agent{n}") for n in range(10)]
    tid = backend.post("/observe", {"items": [item(0)]}).json()["items"][0]["ticket_id"]
    errors: list[str] = []
    per_agent = 40

    def work(token: str, n: int) -> None:
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(headers=headers, timeout=30) as client:
            for k in range(per_agent):
                r = client.post(backend.api + "/interactions", json={
                    "id": f"a{n}-{k}-{uuid.uuid4().hex[:8]}", "kind": "note", "ticket_id": tid, "text": f"{n}/{k}"})
                if r.status_code != 201:
                    errors.append(f"{r.status_code} {r.text}")
                r = client.post(backend.api + "/observe", json={"items": [item(100 * n + k % 5)]})
                if r.status_code != 200:
                    errors.append(f"{r.status_code} {r.text}")

    threads = [threading.Thread(target=work, args=(t, n)) for n, t in enumerate(tokens)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert rows(backend, "SELECT count(*) FROM interactions WHERE kind = 'note'") == [(10 * per_agent,)]
    assert rows(backend, "SELECT count(DISTINCT agent_id) FROM interactions WHERE kind = 'note'") == [(10,)]
    assert rows(backend, "SELECT count(*) FROM tickets") == [(10 * 5,)]  # item(0) is among agent 0's
    assert "database is locked" not in backend.log_path.read_text()


def test_backup_while_writing_is_consistent(backend, tmp_path):
    stop = threading.Event()
    written = []

    def writer() -> None:
        with httpx.Client(headers=backend.headers, timeout=30) as client:
            n = 0
            while not stop.is_set():
                r = client.post(backend.api + "/observe", json={"items": [item(n)]})
                assert r.status_code == 200
                written.append(n)
                n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 20:
            pass
        copy = tmp_path / "copy.db"
        result = hugdesk("backup", str(copy), "--db", str(backend.db_path))
    finally:
        stop.set()
        thread.join()
    assert result.returncode == 0, result.stderr
    assert "integrity: ok" in result.stdout
    with sqlite3.connect(copy) as conn:
        tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]
        seen = conn.execute("SELECT count(*) FROM interactions WHERE kind = 'seen'").fetchone()[0]
    # A consistent snapshot: every ticket in it comes with its "seen" entry, written in one transaction.
    assert tickets >= 20 and tickets == seen
    assert hugdesk("backup", str(copy), "--db", str(backend.db_path)).returncode == 1  # never overwrites


def test_export_writes_every_table_as_json_lines_without_token_hashes(backend, tmp_path):
    backend.post("/observe", {"items": [item(1), item(2)]})
    out = tmp_path / "export.jsonl"
    result = hugdesk("export", "-o", str(out), "--db", str(backend.db_path))
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    by_table: dict[str, int] = {}
    for line in lines:
        by_table[line["table"]] = by_table.get(line["table"], 0) + 1
    assert by_table["tickets"] == 2 and by_table["interactions"] == 2 and by_table["customers"] == 2
    agents = [line["row"] for line in lines if line["table"] == "agents"]
    assert agents and all("token_hash" not in a for a in agents)
    assert backend.token not in out.read_text()


def test_erase_customer_removes_their_data_and_says_what(backend):
    a = backend.post("/observe", {"items": [item(1, text="My private story")]}).json()["items"][0]
    backend.post("/observe", {"items": [item(2, text="Someone else")]})
    backend.post("/promises", {"ticket_id": a["ticket_id"], "text": "Call Kevin", "due_at": "2030-01-01T00:00:00Z"})
    backend.post("/interactions", {"id": uuid.uuid4().hex, "kind": "reply_posted", "ticket_id": a["ticket_id"],
                                   "text": "Sorry Kevin"})
    result = hugdesk("erase-customer", str(a["customer_id"]), "--db", str(backend.db_path))
    assert result.returncode == 0, result.stderr
    assert "1 tickets" in result.stdout and "3 interactions" in result.stdout and "1 promises" in result.stdout
    with sqlite3.connect(backend.db_path) as conn:
        dump = "\n".join(conn.iterdump())
    assert "My private story" not in dump and "Sorry Kevin" not in dump and "user1" not in dump
    assert "Someone else" in dump
    assert rows(backend, "SELECT count(*) FROM erasures") == [(1,)]
    # The log is append-only again afterwards.
    assert rows(backend, "SELECT count(*) FROM erase_gate") == [(0,)]
    assert backend.get(f"/customers/{a['customer_id']}/history").status_code == 404
    assert hugdesk("erase-customer", "99999", "--db", str(backend.db_path)).returncode == 1
