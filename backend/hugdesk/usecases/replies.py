"""Logging an interaction; a posted reply is also measured against the draft it came from, and a
logged call or e-mail is read for complaint categories, so problems raised by phone count beside
those posted in public (the recurring-problems report)."""

from __future__ import annotations

from sqlite_utils import Database

from ..engine.draft_use import edit_ratio, is_from_draft
from ..engine.problems import contact_problems
from ..store import draft_uses, interactions, problems

CONTACT_KINDS = ("phone_call", "email", "chat", "visit")


def log_interaction(db: Database, data: interactions.InteractionCreate, agent_id: int) -> interactions.Interaction:
    with db.atomic():
        stored = interactions.record(db, data, agent_id)
        if stored.kind == "reply_posted" and not stored.duplicate and stored.ticket_id is not None and stored.text:
            _measure(db, stored, agent_id)
        if stored.kind in CONTACT_KINDS and not stored.duplicate and stored.text:
            _note_problems(db, stored)
    return stored


def _note_problems(db: Database, contact: interactions.Interaction) -> None:
    categories = contact_problems(contact.text)
    row_id = problems.interaction_row_id(db, contact.id) if categories else None
    if row_id is not None:
        problems.add_contact_problems(db, row_id, categories)


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
