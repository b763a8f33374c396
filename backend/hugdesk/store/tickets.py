"""Tickets: one per review, comment or conversation, unique per (platform, external_id)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from sqlite_utils import Database

from .db import missing, iso, now, parse_iso, readable_time
from .log import append  # a status change is itself an interaction
from ..errors import NotFound

Platform = Literal["facebook", "yelp", "tripadvisor"]
Status = Literal["new", "open", "waiting", "resolved"]
Sla = Literal["ok", "warn", "breach", "answered"]


class Ticket(msgspec.Struct):
    id: int
    platform: str
    external_id: str
    kind: str
    url: str | None
    author_name: str | None
    customer_id: int | None
    rating: float | None
    recommends: bool | None
    text: str
    language: str | None
    status: str
    assignee: str | None
    owner_replied: bool
    posted_at: str | None
    first_seen_at: str
    first_response_at: str | None
    waiting_minutes: int | None
    sla: str
    # Earlier texts of this review, oldest first: an edit never silently replaces what was read.
    versions: list[TicketVersion] = msgspec.field(default_factory=list)


class TicketVersion(msgspec.Struct):
    """What a review said before the page showed it differently, and until when."""

    author_name: str | None
    text: str
    replaced_at: str


class TicketUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    status: Status | msgspec.UnsetType = msgspec.UNSET
    assignee: Annotated[str, msgspec.Meta(max_length=100)] | None | msgspec.UnsetType = msgspec.UNSET


class TicketList(msgspec.Struct):
    items: list[Ticket]


TICKET_COLUMNS = (
    "id, platform, external_id, kind, url, author_name, customer_id, rating, recommends, text, language, "
    "status, assignee, owner_replied, posted_at, first_seen_at, first_response_at"
)


def waiting(
    posted_at: str | None, first_seen_at: str, answered: bool, target: int, at: dt.datetime
) -> tuple[int | None, str]:
    """Minutes the author has waited and where that stands against the target."""
    if answered:
        return None, "answered"
    start = parse_iso(readable_time(posted_at) or readable_time(first_seen_at) or iso(at))
    minutes = max(0, int((at - start).total_seconds() // 60))
    if minutes >= target:
        return minutes, "breach"
    return minutes, "warn" if minutes >= target * 0.75 else "ok"


def ticket_from_row(row, target: int, at: dt.datetime) -> Ticket:
    (tid, platform, ext, kind, url, author, cid, rating, rec, text, lang, status, assignee, replied, posted,
     seen, first_resp) = row
    answered = bool(replied) or first_resp is not None or status == "resolved"
    posted = readable_time(posted)
    minutes, sla = waiting(posted, seen, answered, target, at)
    return Ticket(
        tid, platform, ext, kind, url, author, cid, rating, None if rec is None else bool(rec), text, lang, status,
        assignee, bool(replied), posted, seen, first_resp, minutes, sla,
    )


def get_ticket(db: Database, ticket_id: int, target: int) -> Ticket:
    row = db.execute(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE id = ?", [ticket_id]).fetchone()
    if not row:
        raise NotFound(f"ticket {ticket_id} does not exist")
    ticket = ticket_from_row(row, target, now())
    ticket.versions = versions(db, ticket_id)
    return ticket


def ticket_id_for_ref(db: Database, platform: str, external_id: str) -> int:
    row = db.execute("SELECT id FROM tickets WHERE platform = ? AND external_id = ?", [platform, external_id]).fetchone()
    if not row:
        raise NotFound(f"no ticket for {platform}:{external_id} (the page must be observed first)")
    return row[0]


def list_tickets(
    db: Database, target: int, *, platform: str | None = None, status: str | None = None, q: str | None = None,
    customer_id: int | None = None, limit: int = 50,
) -> list[Ticket]:
    where, params = [], []
    if platform:
        where.append("platform = ?")
        params.append(platform)
    if status:
        where.append("status = ?")
        params.append(status)
    if customer_id is not None:
        where.append("customer_id = ?")
        params.append(customer_id)
    if q:
        where.append("(text LIKE ? ESCAPE '\\' OR author_name LIKE ? ESCAPE '\\')")
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    sql = f"SELECT {TICKET_COLUMNS} FROM tickets"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY first_seen_at DESC, id DESC LIMIT ?"
    at = now()
    return [ticket_from_row(r, target, at) for r in db.execute(sql, [*params, limit])]


def update_ticket(db: Database, ticket_id: int, update: TicketUpdate, agent_id: int, target: int) -> Ticket:
    with db.atomic():
        row = db.execute("SELECT status, assignee, customer_id, platform FROM tickets WHERE id = ?", [ticket_id]).fetchone()
        if not row:
            raise missing(db, "tickets", ticket_id, "ticket")
        status, assignee, customer_id, platform = row
        stamp = iso(now())
        if update.status is not msgspec.UNSET and update.status != status:
            db.execute("UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?", [update.status, stamp, ticket_id])
            append(db, kind="status_changed", ticket_id=ticket_id, customer_id=customer_id, channel=platform,
                   agent_id=agent_id, at=stamp, payload={"from": status, "to": update.status})
        if update.assignee is not msgspec.UNSET and update.assignee != assignee:
            db.execute("UPDATE tickets SET assignee = ?, updated_at = ? WHERE id = ?", [update.assignee, stamp, ticket_id])
            append(db, kind="assigned", ticket_id=ticket_id, customer_id=customer_id, channel=platform,
                   agent_id=agent_id, at=stamp, payload={"from": assignee, "to": update.assignee})
    return get_ticket(db, ticket_id, target)


# ---- what observe and the drafts read and keep about tickets -----------------------------------


def save_analysis(db: Database, ticket_id: int, language: str, sentiment: str, categories_json: str) -> None:
    """Keep how a review was read, so it is read once."""
    db.execute(
        "UPDATE tickets SET language = ?, sentiment = ?, categories = ? WHERE id = ?",
        [language, sentiment, categories_json, ticket_id],
    )


def owner_replies(db: Database, customer_ids: list[int]) -> list[str]:
    """The business's replies seen on these customers' items."""
    if not customer_ids:
        return []
    marks = ",".join("?" * len(customer_ids))
    return [r[0] for r in db.execute(
        f"SELECT owner_reply_text FROM tickets WHERE customer_id IN ({marks}) AND owner_reply_text IS NOT NULL",
        customer_ids,
    )]


def owner_replies_by_customer(db: Database, customer_ids: list[int]) -> dict[int, list[str]]:
    """The same for a whole batch, in one query."""
    found: dict[int, list[str]] = {}
    if customer_ids:
        marks = ",".join("?" * len(customer_ids))
        for customer_id, text in db.execute(
            f"SELECT customer_id, owner_reply_text FROM tickets WHERE customer_id IN ({marks}) "
            f"AND owner_reply_text IS NOT NULL",
            customer_ids,
        ):
            found.setdefault(customer_id, []).append(text)
    return found


CARD_COLUMNS = (
    "id, status, posted_at, first_seen_at, first_response_at, owner_replied, language, sentiment, categories"
)


def card_rows(db: Database, ticket_ids: list[int]) -> dict[int, tuple]:
    """What a card needs of each ticket, for a whole batch in one query (columns: CARD_COLUMNS)."""
    if not ticket_ids:
        return {}
    marks = ",".join("?" * len(ticket_ids))
    return {r[0]: r for r in db.execute(f"SELECT {CARD_COLUMNS} FROM tickets WHERE id IN ({marks})", ticket_ids)}


# ---- observe's writes: one read for the whole batch, then a write only where something changed ----

OBSERVED_COLUMNS = (
    "id, customer_id, author_name, rating, recommends, text, url, owner_replied, owner_reply_text"
)


def find_by_refs(db: Database, refs: list[tuple[str, str]]) -> dict[tuple[str, str], tuple]:
    """Stored tickets for (platform, external_id) pairs, in one query (columns: OBSERVED_COLUMNS)."""
    if not refs:
        return {}
    values = ",".join("(?, ?)" for _ in refs)
    rows = db.execute(
        f"SELECT platform, external_id, {OBSERVED_COLUMNS} FROM tickets "
        f"WHERE (platform, external_id) IN (VALUES {values})",
        [v for ref in refs for v in ref],
    )
    return {(r[0], r[1]): r[2:] for r in rows}


def keep_version(db: Database, ticket_id: int, author_name: str | None, text: str, agent_id: int | None,
                 stamp: str) -> None:
    """Keep what a ticket said before the page showed something else (call inside a transaction)."""
    db.execute(
        "INSERT INTO ticket_versions (ticket_id, author_name, text, replaced_at, agent_id) VALUES (?, ?, ?, ?, ?)",
        [ticket_id, author_name, text, stamp, agent_id],
    )


def versions(db: Database, ticket_id: int) -> list[TicketVersion]:
    return [TicketVersion(*r) for r in db.execute(
        "SELECT author_name, text, replaced_at FROM ticket_versions WHERE ticket_id = ? ORDER BY id", [ticket_id]
    )]


def insert_observed(db: Database, fields: dict) -> int:
    columns = ", ".join(fields)
    marks = ", ".join("?" * len(fields))
    return db.execute(f"INSERT INTO tickets ({columns}) VALUES ({marks})", list(fields.values())).lastrowid


def update_observed(db: Database, ticket_id: int, item, recommends: int | None, customer_id: int | None,
                    identity_id: int | None, stamp: str, text_changed: bool) -> None:
    """Fill in what the page now shows; empty values never erase what was seen before."""
    if text_changed:
        # The stored reading of the review no longer holds.
        db.execute("UPDATE tickets SET language = NULL, sentiment = NULL, categories = NULL WHERE id = ?", [ticket_id])
    db.execute(
        "UPDATE tickets SET author_name = coalesce(?, author_name), rating = coalesce(?, rating), "
        "recommends = coalesce(?, recommends), text = CASE WHEN ? != '' THEN ? ELSE text END, "
        "url = coalesce(?, url), owner_replied = max(owner_replied, ?), "
        "owner_reply_text = coalesce(?, owner_reply_text), customer_id = coalesce(customer_id, ?), "
        "identity_id = coalesce(identity_id, ?), updated_at = ? WHERE id = ?",
        [item.author_name, item.rating, recommends, item.text, item.text, item.url, item.owner_replied,
         item.owner_reply_text, customer_id, identity_id, stamp, ticket_id],
    )
