"""Drafts a language model wrote in the background, and the attempts that gave none.

One row per attempt: `shown` with its text (it passed the guard), `refused` (the guard
dropped the text, `reasons` says why) or `failed` (timeout, error, an answer we could not
read). The card shows the `shown` rows of the ticket's current digest; a lead reads the rest."""

from __future__ import annotations

from collections import Counter
from typing import Literal

import msgspec
from sqlite_utils import Database

Status = Literal["shown", "refused", "failed"]


class ModelDraftRow(msgspec.Struct, kw_only=True):
    ticket_id: int
    digest: str
    status: str
    text: str | None
    language: str | None
    reasons: list[str]
    model: str | None
    ms: int | None
    at: str


def add(db: Database, *, ticket_id: int, digest: str, status: Status, text: str | None, language: str | None,
        reasons: list[str], model: str | None, ms: int | None, at: str) -> bool:
    """False when the ticket is gone (erased while the model was writing): nothing is written."""
    with db.atomic():
        if not db.execute("SELECT 1 FROM tickets WHERE id = ?", [ticket_id]).fetchone():
            return False
        db.execute(
            "INSERT INTO model_drafts (ticket_id, digest, status, text, language, reasons, model, ms, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [ticket_id, digest, status, text, language, msgspec.json.encode(reasons).decode(), model, ms, at],
        )
    return True


def _row(values: tuple) -> ModelDraftRow:
    ticket_id, digest, status, text, language, reasons, model, ms, at = values
    try:
        found = msgspec.json.decode(reasons or "[]")
    except msgspec.DecodeError:
        found = []
    return ModelDraftRow(ticket_id=ticket_id, digest=digest, status=status, text=text, language=language,
                         reasons=[str(r) for r in found] if isinstance(found, list) else [], model=model, ms=ms, at=at)


_COLUMNS = "ticket_id, digest, status, text, language, reasons, model, ms, at"


def for_tickets(db: Database, ticket_ids: list[int]) -> dict[int, list[ModelDraftRow]]:
    """Every attempt on these tickets, oldest first, in one query."""
    found: dict[int, list[ModelDraftRow]] = {}
    for start in range(0, len(ticket_ids), 500):
        chunk = ticket_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for values in db.execute(f"SELECT {_COLUMNS} FROM model_drafts WHERE ticket_id IN ({marks}) ORDER BY id",
                                 chunk):
            row = _row(values)
            found.setdefault(row.ticket_id, []).append(row)
    return found


def since(db: Database, at: str) -> tuple[Counter, Counter, list[ModelDraftRow]]:
    """(attempts by status, reasons counted, the last ten attempts that gave no draft) since ``at``."""
    statuses = Counter(dict(db.execute("SELECT status, count(*) FROM model_drafts WHERE at >= ? GROUP BY status", [at])))
    reasons: Counter = Counter()
    for (value,) in db.execute("SELECT reasons FROM model_drafts WHERE at >= ? AND status != 'shown'", [at]):
        reasons.update(_row((0, "", "", None, None, value, None, None, "")).reasons)
    last = [_row(v) for v in db.execute(
        f"SELECT {_COLUMNS} FROM model_drafts WHERE at >= ? AND status != 'shown' ORDER BY id DESC LIMIT 10", [at])]
    return statuses, reasons, last
