"""Signed-in desk sessions. The cookie holds a random id; only its SHA-256 is stored (like tokens),
beside the session's CSRF token, which every form that writes must send back."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlite_utils import Database

from .agents import Agent
from .db import iso, now

SESSION_HOURS = 12


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def open_session(db: Database, agent_id: int) -> tuple[str, str]:
    """A new session for the agent: (cookie value, csrf token)."""
    session_id, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    at = now()
    with db.atomic():
        # Expired sessions go whenever someone signs in: the table never grows without bound.
        db.execute("DELETE FROM desk_sessions WHERE expires_at < ?", [iso(at)])
        db.execute(
            "INSERT INTO desk_sessions (id_hash, agent_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
            [_hash(session_id), agent_id, csrf, iso(at), iso(at + dt.timedelta(hours=SESSION_HOURS))],
        )
    return session_id, csrf


def session_agent(db: Database, session_id: str) -> tuple[Agent, str] | None:
    """The signed-in agent and the session's CSRF token; None when unknown, expired or revoked."""
    row = db.execute(
        "SELECT a.id, a.name, a.role, s.csrf FROM desk_sessions s JOIN agents a ON a.id = s.agent_id "
        "WHERE s.id_hash = ? AND s.expires_at > ? AND a.disabled_at IS NULL",
        [_hash(session_id), iso(now())],
    ).fetchone()
    return (Agent(id=row[0], name=row[1], role=row[2]), row[3]) if row else None


def close_session(db: Database, session_id: str) -> None:
    with db.atomic():
        db.execute("DELETE FROM desk_sessions WHERE id_hash = ?", [_hash(session_id)])
