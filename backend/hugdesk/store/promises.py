"""Promises made to customers: first-class records with a due date and an outcome."""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from sqlite_utils import Database

from .db import Id, iso, missing, now
from ..errors import Conflict, Invalid
from .interactions import ClientId, TicketRef, Time, body_hash, normalise_time, same_request
from .log import append
from .tickets import ticket_id_for_ref

PromiseStatus = Literal["open", "kept", "broken", "cancelled"]
_OUTCOME_KIND = {"kept": "promise_kept", "broken": "promise_broken", "cancelled": "promise_cancelled"}


class PromiseCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: ClientId | None = None
    ticket_id: Id | None = None
    ticket_ref: TicketRef | None = None
    customer_id: Id | None = None
    text: Annotated[str, msgspec.Meta(min_length=1, max_length=2000)]
    due_at: Time


class PromiseUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    status: PromiseStatus | msgspec.UnsetType = msgspec.UNSET
    due_at: Time | msgspec.UnsetType = msgspec.UNSET
    text: Annotated[str, msgspec.Meta(min_length=1, max_length=2000)] | msgspec.UnsetType = msgspec.UNSET


class Promise(msgspec.Struct):
    id: int
    client_id: str | None
    ticket_id: int | None
    customer_id: int | None
    text: str
    agent: str | None
    due_at: str
    status: str
    created_at: str
    closed_at: str | None
    overdue: bool


class PromiseList(msgspec.Struct):
    items: list[Promise]


_SELECT = (
    "SELECT p.id, p.client_id, p.ticket_id, p.customer_id, p.text, a.name, p.due_at, p.status, p.created_at, "
    "p.closed_at FROM promises p LEFT JOIN agents a ON a.id = p.agent_id"
)


def _from_row(row, stamp: str) -> Promise:
    return Promise(*row, overdue=row[7] == "open" and row[6] < stamp)


def get_promise(db: Database, promise_id: int) -> Promise:
    row = db.execute(f"{_SELECT} WHERE p.id = ?", [promise_id]).fetchone()
    if not row:
        raise missing(db, "promises", promise_id, "promise")
    return _from_row(row, iso(now()))


def create_promise(db: Database, data: PromiseCreate, agent_id: int) -> tuple[Promise, bool]:
    """Returns (promise, created); a retry with the same client id returns the first one."""
    digest = body_hash(data)
    if data.id:
        row = db.execute("SELECT id, agent_id, body_hash, text FROM promises WHERE client_id = ?", [data.id]).fetchone()
        if row:
            if not same_request(agent_id, digest, row[1], row[2], row[3] == data.text.strip()):
                raise Conflict("id: already used for another promise; a new promise needs a new id")
            return get_promise(db, row[0]), False
    due = normalise_time(data.due_at, "due_at")
    if not data.text.strip():
        raise Invalid("text: say what was promised")
    with db.atomic():
        ticket_id = data.ticket_id
        if ticket_id is None and data.ticket_ref is not None:
            ticket_id = ticket_id_for_ref(db, data.ticket_ref.platform, data.ticket_ref.external_id)
        customer_id = data.customer_id
        channel = None
        if ticket_id is not None:
            row = db.execute("SELECT customer_id, platform FROM tickets WHERE id = ?", [ticket_id]).fetchone()
            if not row:
                raise missing(db, "tickets", ticket_id, "ticket")
            customer_id = customer_id or row[0]
            channel = row[1]
        elif customer_id is None:
            raise Invalid("a promise needs a ticket_id, ticket_ref or customer_id: whom was it made to?")
        if customer_id is not None and not db.execute("SELECT 1 FROM customers WHERE id = ?", [customer_id]).fetchone():
            raise missing(db, "customers", customer_id, "customer")
        stamp = iso(now())
        pid = db.execute(
            "INSERT INTO promises (client_id, ticket_id, customer_id, agent_id, text, due_at, created_at, body_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [data.id, ticket_id, customer_id, agent_id, data.text.strip(), due, stamp, digest],
        ).lastrowid
        append(db, kind="promise_logged", ticket_id=ticket_id, customer_id=customer_id, channel=channel,
               agent_id=agent_id, at=stamp, text=data.text.strip(), payload={"promise_id": pid, "due_at": due})
    return get_promise(db, pid), True


def update_promise(db: Database, promise_id: int, data: PromiseUpdate, agent_id: int) -> Promise:
    with db.atomic():
        current = get_promise(db, promise_id)
        stamp = iso(now())
        if data.text is not msgspec.UNSET:
            db.execute("UPDATE promises SET text = ? WHERE id = ?", [data.text.strip(), promise_id])
        if data.due_at is not msgspec.UNSET:
            db.execute("UPDATE promises SET due_at = ? WHERE id = ?", [normalise_time(data.due_at, "due_at"), promise_id])
        if data.status is not msgspec.UNSET and data.status != current.status:
            closed = None if data.status == "open" else stamp
            db.execute("UPDATE promises SET status = ?, closed_at = ? WHERE id = ?", [data.status, closed, promise_id])
            channel = None
            if current.ticket_id is not None:
                channel = db.execute("SELECT platform FROM tickets WHERE id = ?", [current.ticket_id]).fetchone()[0]
            append(db, kind=_OUTCOME_KIND.get(data.status, "promise_reopened"), ticket_id=current.ticket_id,
                   customer_id=current.customer_id, channel=channel, agent_id=agent_id, at=stamp,
                   text=current.text, payload={"promise_id": promise_id, "from": current.status, "to": data.status})
    return get_promise(db, promise_id)


def list_promises(
    db: Database, *, status: str | None = None, due_before: str | None = None, customer_id: int | None = None,
    limit: int = 200,
) -> list[Promise]:
    where, params = [], []
    if status:
        where.append("p.status = ?")
        params.append(status)
    if due_before:
        where.append("p.due_at < ?")
        params.append(normalise_time(due_before, "due_before"))
    if customer_id is not None:
        from .customers import group_ids

        ids = group_ids(db, customer_id) or [customer_id]
        where.append(f"p.customer_id IN ({','.join('?' * len(ids))})")
        params += ids
    sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY p.due_at, p.id LIMIT ?"
    stamp = iso(now())
    return [_from_row(r, stamp) for r in db.execute(sql, [*params, limit])]


def open_promises_for(db: Database, customer_ids: list[int], stamp: str) -> list[Promise]:
    if not customer_ids:
        return []
    marks = ",".join("?" * len(customer_ids))
    rows = db.execute(f"{_SELECT} WHERE p.customer_id IN ({marks}) AND p.status = 'open' ORDER BY p.due_at", customer_ids)
    return [_from_row(r, stamp) for r in rows]


def open_promises_by_customer(db: Database, customer_ids: list[int], stamp: str) -> dict[int, list[Promise]]:
    """Open promises of many customers in one query, by customer id."""
    found: dict[int, list[Promise]] = {}
    if customer_ids:
        marks = ",".join("?" * len(customer_ids))
        for row in db.execute(
            f"{_SELECT} WHERE p.customer_id IN ({marks}) AND p.status = 'open' ORDER BY p.due_at", customer_ids
        ):
            promise = _from_row(row, stamp)
            found.setdefault(promise.customer_id, []).append(promise)
    return found
