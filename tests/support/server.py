"""A real Hugdesk server process on a free port with a real SQLite file, and small API helpers."""

from __future__ import annotations

import os
import secrets
import sqlite3
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Backend:
    """A `hugdesk serve` process. stop()/start() keep the port and the database, for outage tests."""

    def __init__(self, db_path: Path, port: int | None = None, token: str | None = None):
        self.db_path = db_path
        self.port = port or free_port()
        self.token = token or "hd_test_" + secrets.token_urlsafe(24)
        self.url = f"http://127.0.0.1:{self.port}"
        self.api = self.url + "/api/v1"
        self.proc: subprocess.Popen | None = None
        self.log_path = db_path.with_suffix(".log")

    def start(self) -> "Backend":
        env = {**os.environ, "HUGDESK_TOKEN": self.token}
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "hugdesk", "serve", "--port", str(self.port), "--db", str(self.db_path)],
            env=env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"hugdesk serve exited: {self.log_path.read_text()[-2000:]}")
            try:
                if httpx.get(self.api + "/health", timeout=0.5).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("hugdesk serve did not answer within 20 s")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def get(self, path: str, **kw) -> httpx.Response:
        return httpx.get(self.api + path, headers={**self.headers, **kw.pop("headers", {})}, timeout=10, **kw)

    def post(self, path: str, json=None, **kw) -> httpx.Response:
        return httpx.post(self.api + path, json=json, headers={**self.headers, **kw.pop("headers", {})}, timeout=10, **kw)

    def patch(self, path: str, json=None, **kw) -> httpx.Response:
        return httpx.patch(self.api + path, json=json, headers={**self.headers, **kw.pop("headers", {})}, timeout=10, **kw)


def item(n: int, **extra) -> dict:
    base = {
        "platform": "yelp", "external_id": f"u:user{n}:9/6/2022", "author_name": f"Kevin {n}.",
        "author_id": f"user{n}", "author_url": f"https://www.yelp.com/user_details?userid=user{n}",
        "rating": 2, "text": f"Waited two hours for table {n}", "posted_text": "2 days ago",
    }
    return {**base, **extra}


def cid() -> str:
    return uuid.uuid4().hex


def rows(backend, sql, params=()):
    with sqlite3.connect(backend.db_path) as conn:
        return conn.execute(sql, params).fetchall()


def new_agent_token(backend, name: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "hugdesk", "token", "create", name, "--db", str(backend.db_path)],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    return out.stdout.strip()


# --- security -----------------------------------------------------------------------------
