"""Tickets: one per review, comment or conversation, unique per (platform, external_id)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import msgspec
from sqlite_utils import Database

from .db import iso, now, parse_iso
from .errors import NotFound

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
    start = parse_iso(posted_at) or parse_iso(first_seen_at)
    minutes = max(0, int((at - start).total_seconds() // 60))
    if minutes >= target:
        return minutes, "breach"
    return minutes, "warn" if minutes >= target * 0.75 else "ok"


def ticket_from_row(row, target: int, at: dt.datetime) -> Ticket:
    (tid, platform, ext, kind, url, author, cid, rating, rec, text, lang, status, assignee, replied, posted,
     seen, first_resp) = row
    answered = bool(replied) or first_resp is not None or status == "resolved"
    minutes, sla = waiting(posted, seen, answered, target, at)
    return Ticket(
        tid, platform, ext, kind, url, author, cid, rating, None if rec is None else bool(rec), text, lang, status,
        assignee, bool(replied), posted, seen, first_resp, minutes, sla,
    )


def get_ticket(db: Database, ticket_id: int, target: int) -> Ticket:
    row = db.execute(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE id = ?", [ticket_id]).fetchone()
    if not row:
        raise NotFound(f"ticket {ticket_id} does not exist")
    return ticket_from_row(row, target, now())


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
    from .interactions import append  # the status change is itself an interaction

    with db.atomic():
        row = db.execute("SELECT status, assignee, customer_id, platform FROM tickets WHERE id = ?", [ticket_id]).fetchone()
        if not row:
            raise NotFound(f"ticket {ticket_id} does not exist")
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
