"""The HTTP surface: thin handlers, each one call into a plain function."""

from __future__ import annotations

import logging
import sqlite3
from typing import Annotated, Any

import msgspec
from litestar import Litestar, MediaType, Request, Response, Router, get, patch, post
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi import OpenAPIConfig
from litestar.params import Parameter
from sqlite_utils import Database

from . import __version__, customers, interactions, promises, tickets
from .advice import Advisor, SuggestRequest, SuggestResponse, ToneRequest, ToneResponse, suggest_for, tone_check
from .agents import DEFAULT_AGENT, Agent, set_agent_token
from .business import Settings, SettingsUpdate, get_settings, update_settings
from .config import Config
from .db import MAX_ID, Id, connect
from .errors import Conflict, Invalid, NotFound
from .observe import ObserveRequest, ObserveResponse, observe
from .security import SecurityGate

log = logging.getLogger("hugdesk")
Limit = Annotated[int, Parameter(ge=1, le=500)]
PathId = Annotated[int, Parameter(ge=1, le=MAX_ID)]


def _db(request: Request) -> Database:
    return request.app.state.db


def _agent(request: Request) -> Agent:
    return request.scope["state"]["agent"]


def _target(db: Database) -> int:
    return get_settings(db).target_minutes


class Health(msgspec.Struct):
    status: str
    version: str


class Me(msgspec.Struct):
    agent: Agent
    settings: Settings


class MergeRequest(msgspec.Struct, forbid_unknown_fields=True):
    customer_ids: Annotated[list[Id], msgspec.Meta(min_length=1, max_length=50)]


@get("/health", sync_to_thread=False)
def health() -> Health:
    return Health(status="ok", version=__version__)


@get("/me", sync_to_thread=False)
def me(request: Request) -> Me:
    return Me(agent=_agent(request), settings=get_settings(_db(request)))


@get("/settings", sync_to_thread=False)
def read_settings(request: Request) -> Settings:
    return get_settings(_db(request))


@patch("/settings", sync_to_thread=False)
def write_settings(request: Request, data: SettingsUpdate) -> Settings:
    return update_settings(_db(request), data)


@post("/observe", sync_to_thread=False, status_code=200)
def observe_page(request: Request, data: ObserveRequest) -> ObserveResponse:
    db = _db(request)
    agent = _agent(request)
    return observe(db, data, agent.id, agent.name, _target(db), request.app.state.advisor)


@get("/tickets", sync_to_thread=False)
def list_tickets(
    request: Request,
    platform: tickets.Platform | None = None,
    status: tickets.Status | None = None,
    q: Annotated[str | None, Parameter(max_length=200)] = None,
    customer_id: Annotated[int | None, Parameter(ge=1, le=MAX_ID)] = None,
    limit: Limit = 50,
) -> tickets.TicketList:
    db = _db(request)
    items = tickets.list_tickets(db, _target(db), platform=platform, status=status, q=q, customer_id=customer_id, limit=limit)
    return tickets.TicketList(items=items)


@get("/tickets/{ticket_id:int}", sync_to_thread=False)
def read_ticket(request: Request, ticket_id: PathId) -> tickets.Ticket:
    db = _db(request)
    return tickets.get_ticket(db, ticket_id, _target(db))


@patch("/tickets/{ticket_id:int}", sync_to_thread=False)
def write_ticket(request: Request, ticket_id: PathId, data: tickets.TicketUpdate) -> tickets.Ticket:
    db = _db(request)
    return tickets.update_ticket(db, ticket_id, data, _agent(request).id, _target(db))


@get("/customers/{customer_id:int}", sync_to_thread=False)
def read_customer(request: Request, customer_id: PathId) -> customers.Customer:
    return customers.get_customer(_db(request), customer_id)


@get("/customers/{customer_id:int}/history", sync_to_thread=False)
def customer_history(request: Request, customer_id: PathId, limit: Limit = 200) -> customers.History:
    return customers.history(_db(request), customer_id, limit)


@post("/customers/{customer_id:int}/merge", sync_to_thread=False, status_code=200)
def merge_customers(request: Request, customer_id: PathId, data: MergeRequest) -> customers.Customer:
    return customers.merge(_db(request), customer_id, data.customer_ids, _agent(request).id)


@post("/customers/{customer_id:int}/split", sync_to_thread=False, status_code=200)
def split_customer(request: Request, customer_id: PathId) -> customers.Customer:
    return customers.split(_db(request), customer_id, _agent(request).id)


@post("/interactions", sync_to_thread=False)
def log_interaction(request: Request, data: interactions.InteractionCreate) -> Response[interactions.Interaction]:
    stored = interactions.record(_db(request), data, _agent(request).id)
    return Response(stored, status_code=200 if stored.duplicate else 201)


@post("/promises", sync_to_thread=False)
def make_promise(request: Request, data: promises.PromiseCreate) -> Response[promises.Promise]:
    promise, created = promises.create_promise(_db(request), data, _agent(request).id)
    return Response(promise, status_code=201 if created else 200)


@patch("/promises/{promise_id:int}", sync_to_thread=False)
def change_promise(request: Request, promise_id: PathId, data: promises.PromiseUpdate) -> promises.Promise:
    return promises.update_promise(_db(request), promise_id, data, _agent(request).id)


@get("/promises", sync_to_thread=False)
def list_promises(
    request: Request,
    status: promises.PromiseStatus | None = None,
    due_before: str | None = None,
    customer_id: Annotated[int | None, Parameter(ge=1, le=MAX_ID)] = None,
    limit: Limit = 200,
) -> promises.PromiseList:
    items = promises.list_promises(_db(request), status=status, due_before=due_before, customer_id=customer_id, limit=limit)
    return promises.PromiseList(items=items)


@post("/suggestions", sync_to_thread=False, status_code=200)
def suggestions(request: Request, data: SuggestRequest) -> SuggestResponse:
    return suggest_for(_db(request), data, _agent(request).name, request.app.state.advisor)


@post("/tone", sync_to_thread=False, status_code=200)
def tone(request: Request, data: ToneRequest) -> ToneResponse:
    return tone_check(_db(request), data)


def _error(status: int, detail: str, extra: Any = None) -> Response:
    body: dict[str, Any] = {"status_code": status, "detail": detail}
    if extra:
        body["extra"] = extra
    return Response(body, status_code=status, media_type=MediaType.JSON)


def _validation_error(_: Request, exc: ValidationException) -> Response:
    # Name the field and the problem in the detail itself, so a person reading it knows what to fix.
    problems = []
    for entry in exc.extra or []:
        if isinstance(entry, dict):
            key = entry.get("key")
            problems.append(f"{key}: {entry.get('message')}" if key else str(entry.get("message")))
    detail = "; ".join(problems) or exc.detail or "Invalid request"
    return _error(400, detail, exc.extra)


def _http_error(_: Request, exc: HTTPException) -> Response:
    return _error(exc.status_code, exc.detail, exc.extra)


def _integrity_error(_: Request, exc: sqlite3.IntegrityError) -> Response:
    return _error(409, f"Conflicts with stored data: {exc}")


def _unexpected(_: Request, exc: Exception) -> Response:
    log.exception("unexpected error", exc_info=exc)
    return _error(500, "Internal error; nothing was written. The server log has the details.")


def create_app(config: Config | None = None, db: Database | None = None) -> Any:
    """The ASGI application: Litestar behind the security gate."""
    config = config or Config()
    db = db or connect(config.db_path)
    if config.token:
        set_agent_token(db, DEFAULT_AGENT, config.token)
    api = Router(
        "/api/v1",
        route_handlers=[
            health, me, read_settings, write_settings, observe_page, list_tickets, read_ticket, write_ticket,
            read_customer, customer_history, merge_customers, split_customer, log_interaction, make_promise,
            change_promise, list_promises, suggestions, tone,
        ],
    )
    app = Litestar(
        route_handlers=[api],
        openapi_config=OpenAPIConfig(title="Hugdesk", version=__version__, path="/api/v1/schema"),
        exception_handlers={
            ValidationException: _validation_error,
            HTTPException: _http_error,
            NotFound: lambda r, e: _error(404, str(e)),
            Invalid: lambda r, e: _error(422, str(e)),
            Conflict: lambda r, e: _error(409, str(e)),
            sqlite3.IntegrityError: _integrity_error,
            Exception: _unexpected,
        },
        request_max_body_size=config.max_body_bytes,
        debug=False,
    )
    app.state.db = db
    app.state.advisor = Advisor()
    gate = SecurityGate(app, db, config.allowed_hosts(), config.max_body_bytes)
    gate.litestar = app
    return gate
