"""Logging an interaction; a posted reply is also measured against the draft it came from."""

from __future__ import annotations

from sqlite_utils import Database

from ..engine.draft_use import edit_ratio, is_from_draft
from ..store import draft_uses, interactions


def log_interaction(db: Database, data: interactions.InteractionCreate, agent_id: int) -> interactions.Interaction:
    with db.atomic():
        stored = interactions.record(db, data, agent_id)
        if stored.kind == "reply_posted" and not stored.duplicate and stored.ticket_id is not None and stored.text:
            _measure(db, stored, agent_id)
    return stored


def _measure(db: Database, reply: interactions.Interaction, agent_id: int) -> None:
    row_id = draft_uses.interaction_row_id(db, reply.id)
    if row_id is None:
        return
    found = draft_uses.last_inserted_draft(db, reply.ticket_id, agent_id, row_id)
    used = found is not None and is_from_draft(found[0], reply.text)
    payload = found[1] if found else {}
    draft_uses.add(
        db, interaction_id=row_id, ticket_id=reply.ticket_id, agent_id=agent_id, at=reply.at, from_draft=int(used),
        edit_ratio=edit_ratio(found[0], reply.text) if used else None,
        approach=payload.get("approach") if used else None, language=payload.get("language") if used else None,
        source=(payload.get("source") or "rules") if used else None,
    )
