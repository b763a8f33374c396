"""Tickets: list, read, change status or assignee."""

from __future__ import annotations

from typing import Annotated

from litestar import Request, get, patch
from litestar.params import Parameter

from ..store import tickets
from ..store.db import MAX_ID, iso
from .deps import Limit, PathId, agent_of, db_of, policy_of


@get("/tickets", sync_to_thread=False)
def list_tickets(
    request: Request,
    platform: tickets.Platform | None = None,
    status: tickets.Status | None = None,
    q: Annotated[str | None, Parameter(max_length=200)] = None,
    customer_id: Annotated[int | None, Parameter(ge=1, le=MAX_ID)] = None,
    limit: Limit = 50,
) -> tickets.TicketList:
    db = db_of(request)
    policy = policy_of(db)
    items = tickets.list_tickets(db, policy, platform=platform, status=status, q=q, customer_id=customer_id, limit=limit)
    return tickets.TicketList(items=items, tracking_since=iso(policy.tracking_since))


@get("/tickets/{ticket_id:int}", sync_to_thread=False)
def read_ticket(request: Request, ticket_id: PathId) -> tickets.Ticket:
    db = db_of(request)
    return tickets.get_ticket(db, ticket_id, policy_of(db))


@patch("/tickets/{ticket_id:int}", sync_to_thread=False)
def write_ticket(request: Request, ticket_id: PathId, data: tickets.TicketUpdate) -> tickets.Ticket:
    db = db_of(request)
    return tickets.update_ticket(db, ticket_id, data, agent_of(request).id, policy_of(db))


ROUTES = [list_tickets, read_ticket, write_ticket]
