"""Complaint categories mentioned by tickets and logged calls or e-mails, one row per mention, so
a period's recurring problems are counted over an index instead of re-reading every text."""

from __future__ import annotations

from sqlite_utils import Database


def replace_ticket_problems(db: Database, ticket_id: int, categories: list[str]) -> None:
    """What a ticket's (re)reading found replaces what an earlier reading found."""
    db.execute("DELETE FROM problem_mentions WHERE ticket_id = ? AND interaction_id IS NULL", [ticket_id])
    if categories:
        db.conn.executemany(
            "INSERT INTO problem_mentions (at, category, channel, ticket_id, customer_id) "
            "SELECT coalesce(posted_at, first_seen_at), ?, platform, id, customer_id FROM tickets WHERE id = ?",
            [(category, ticket_id) for category in categories],
        )


def add_contact_problems(db: Database, interaction_id: int, categories: list[str]) -> None:
    """A logged call or e-mail's categories (the log is append-only, so these are written once)."""
    if categories:
        db.conn.executemany(
            "INSERT INTO problem_mentions (at, category, channel, interaction_id, ticket_id, customer_id) "
            "SELECT at, ?, channel, id, ticket_id, customer_id FROM interactions WHERE id = ?",
            [(category, interaction_id) for category in categories],
        )


def interaction_row_id(db: Database, client_id: str) -> int | None:
    row = db.execute("SELECT id FROM interactions WHERE client_id = ?", [client_id]).fetchone()
    return row[0] if row else None
