"""The interaction log's single entrance. Tickets, interactions and promises all append to it,
so it sits below them and imports none of them."""

from __future__ import annotations

import msgspec
from sqlite_utils import Database

from .db import iso, now


def append(
    db: Database, *, kind: str, ticket_id: int | None, customer_id: int | None, channel: str | None,
    agent_id: int | None, at: str, text: str | None = None, payload: dict | None = None, client_id: str | None = None,
    body_hash: str | None = None,
) -> int:
    """The one place rows enter the log (call inside a transaction)."""
    return db.execute(
        "INSERT INTO interactions (client_id, kind, ticket_id, customer_id, channel, agent_id, at, recorded_at, text, "
        "payload, body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [client_id, kind, ticket_id, customer_id, channel, agent_id, at, iso(now()), text,
         None if payload is None else msgspec.json.encode(payload).decode(), body_hash],
    ).lastrowid
