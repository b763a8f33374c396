"""Tickets: list, read, change status or assignee."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar import Request, get, patch
from litestar.params import Parameter

from ..store import tickets
from ..store.db import MAX_ID
from .deps import Limit, PathId, agent_of, db_of, policy_of


@get("/tickets", sync_to_thread=False)
def list_tickets(
    request: Request,
    platform: tickets.Platform | None = None,
    status: tickets.Status | None = None,
    q: Annotated[str | None, Parameter(max_length=200)] = None,
    customer_id: Annotated[int | None, Parameter(ge=1, le=MAX_ID)] = None,
    limit: Limit = 50,
    offset: Annotated[int, Parameter(ge=0, le=1_000_000)] = 0,
    order: Literal["recent", "due"] = "recent",
) -> tickets.TicketList:
    db = db_of(request)
    return tickets.ticket_list(db, policy_of(db), order=order, platform=platform, status=status, q=q,
                               customer_id=customer_id, limit=limit, offset=offset)


@get("/tickets/{ticket_id:int}", sync_to_thread=False)
def read_ticket(request: Request, ticket_id: PathId) -> tickets.Ticket:
    db = db_of(request)
    return tickets.get_ticket(db, ticket_id, policy_of(db))


@patch("/tickets/{ticket_id:int}", sync_to_thread=False)
def write_ticket(request: Request, ticket_id: PathId, data: tickets.TicketUpdate) -> tickets.Ticket:
    db = db_of(request)
    return tickets.update_ticket(db, ticket_id, data, agent_of(request).id, policy_of(db))


ROUTES = [list_tickets, read_ticket, write_ticket]
