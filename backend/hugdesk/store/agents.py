"""Agents and their API tokens. Tokens are random (>=128 bits), so a fast hash is enough:
only the SHA-256 is stored, never the token."""

from __future__ import annotations

import hashlib
import secrets

import msgspec
from sqlite_utils import Database

from .db import iso, now
from ..errors import Conflict

DEFAULT_AGENT = "default"
ROLES = ("agent", "lead")


class Agent(msgspec.Struct, frozen=True):
    id: int
    name: str
    # "lead" sees the team's figures and the desk's team pages; "agent" sees their own.
    role: str = "agent"

    @property
    def is_lead(self) -> bool:
        return self.role == "lead"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return "hd_" + secrets.token_urlsafe(32)


def create_agent(db: Database, name: str, role: str | None = None) -> str:
    """Create an agent, or give an existing one a new token; returns the token (shown once).

    A new agent gets ``role`` or "agent"; an existing one keeps theirs unless ``role`` is given, so
    renewing a lead's token never demotes them by accident."""
    if role is not None and role not in ROLES:
        raise Conflict(f"role must be one of {', '.join(ROLES)}")
    token = new_token()
    with db.atomic():
        row = db.execute("SELECT id FROM agents WHERE name = ?", [name]).fetchone()
        if row:
            db.execute("UPDATE agents SET token_hash = ?, disabled_at = NULL, role = coalesce(?, role) WHERE id = ?",
                       [hash_token(token), role, row[0]])
        else:
            db.execute(
                "INSERT INTO agents (name, token_hash, created_at, role) VALUES (?, ?, ?, ?)",
                [name, hash_token(token), iso(now()), role or "agent"],
            )
    return token


def set_agent_token(db: Database, name: str, token: str) -> None:
    """Used for HUGDESK_TOKEN: the environment decides the token of the named agent, but not
    whether it may call: a revocation made with `hugdesk token revoke` outlives restarts."""
    if len(token) < 16:
        raise Conflict("HUGDESK_TOKEN must be at least 16 characters (use `hugdesk token create`)")
    digest = hash_token(token)
    with db.atomic():
        db.execute("UPDATE agents SET token_hash = 'replaced:' || id WHERE token_hash = ? AND name != ?", [digest, name])
        db.execute(
            # The environment's agent runs a one-person install, so they are their own lead.
            "INSERT INTO agents (name, token_hash, created_at, role) VALUES (?, ?, ?, 'lead') "
            # A revoked agent stays revoked: only `hugdesk token create NAME` re-enables it.
            "ON CONFLICT(name) DO UPDATE SET token_hash = excluded.token_hash",
            [name, digest, iso(now())],
        )


def agent_for_token(db: Database, token: str) -> Agent | None:
    row = db.execute(
        "SELECT id, name, role FROM agents WHERE token_hash = ? AND disabled_at IS NULL", [hash_token(token)]
    ).fetchone()
    return Agent(id=row[0], name=row[1], role=row[2]) if row else None


def get_agent(db: Database, agent_id: int) -> Agent | None:
    row = db.execute("SELECT id, name, role FROM agents WHERE id = ? AND disabled_at IS NULL", [agent_id]).fetchone()
    return Agent(id=row[0], name=row[1], role=row[2]) if row else None


def list_agents(db: Database) -> list[dict]:
    return [
        {"id": r[0], "name": r[1], "created_at": r[2], "disabled": r[3] is not None, "role": r[4]}
        for r in db.execute("SELECT id, name, created_at, disabled_at, role FROM agents ORDER BY id")
    ]


def disable_agent(db: Database, name: str) -> bool:
    with db.atomic():
        cur = db.execute("UPDATE agents SET disabled_at = ? WHERE name = ? AND disabled_at IS NULL", [iso(now()), name])
    return cur.rowcount > 0


def is_disabled(db: Database, name: str) -> bool:
    row = db.execute("SELECT disabled_at FROM agents WHERE name = ?", [name]).fetchone()
    return bool(row and row[0])
