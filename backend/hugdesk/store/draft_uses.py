"""What became of each posted reply: did it start from an inserted draft, and how much was changed.

One row per `reply_posted` entry, written in the same transaction as the entry itself."""

from __future__ import annotations

from typing import Any

import msgspec
from sqlite_utils import Database


def last_inserted_draft(db: Database, ticket_id: int, agent_id: int, before_id: int) -> tuple[str, dict] | None:
    """The draft this agent last inserted into this item's reply box before the reply: (text, payload)."""
    row = db.execute(
        "SELECT text, payload FROM interactions WHERE ticket_id = ? AND agent_id = ? AND kind = 'suggestion_inserted' "
        "AND id < ? AND text IS NOT NULL ORDER BY id DESC LIMIT 1",
        [ticket_id, agent_id, before_id],
    ).fetchone()
    if not row:
        return None
    return row[0], (msgspec.json.decode(row[1]) if row[1] else {})


def interaction_row_id(db: Database, client_id: str) -> int | None:
    row = db.execute("SELECT id FROM interactions WHERE client_id = ?", [client_id]).fetchone()
    return row[0] if row else None


def add(db: Database, **fields: Any) -> None:
    columns = ", ".join(fields)
    marks = ", ".join("?" * len(fields))
    db.execute(f"INSERT OR IGNORE INTO draft_uses ({columns}) VALUES ({marks})", list(fields.values()))


def rows_since(db: Database, since: str, agent_id: int | None = None) -> list[tuple]:
    """(from_draft, edit_ratio, approach, language, source) of replies posted since ``since``."""
    sql = "SELECT from_draft, edit_ratio, approach, language, source FROM draft_uses WHERE at >= ?"
    params: list[Any] = [since]
    if agent_id is not None:
        sql += " AND agent_id = ?"
        params.append(agent_id)
    return db.execute(sql, params).fetchall()
