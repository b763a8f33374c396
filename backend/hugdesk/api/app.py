"""The app factory: Litestar behind the security gate, with one routes module per resource."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Any

import msgspec
from litestar import Litestar, MediaType, Request, Response, Router
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.static_files import create_static_files_router
from litestar.template.config import TemplateConfig
from litestar.exceptions import HTTPException, SerializationException, ValidationException
from litestar.openapi import OpenAPIConfig
from sqlite_utils import Database

from .. import __version__
from ..config import Config
from ..errors import Conflict, Gone, Invalid, NotFound
from ..store.agents import DEFAULT_AGENT, set_agent_token
from ..store.db import connect
from ..usecases.drafts import Advisor
from ..usecases.model_drafts import ModelDrafter, record
from . import customers, desk, drafts, interactions, model, observe, promises, reports, system, tickets
from .security import SecurityGate

# Every routes module lists its handlers in ROUTES; the README's route table is checked against these.
ROUTE_MODULES = (system, observe, tickets, customers, interactions, promises, drafts, reports, model)
log = logging.getLogger("hugdesk")


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


async def strict_body(request: Request) -> None:
    """Types at the edge are strict: "60" is not a number and "1" is not an id.

    Litestar converts a body leniently (as it must for query strings), so before it does, the
    parsed body is checked against the handler's own type in msgspec's strict mode."""
    field = request.route_handler.parsed_fn_signature.parameters.get("data")
    if field is None or request.method in ("GET", "HEAD"):
        return None
    if not request.headers.get("content-type", "").startswith("application/json"):
        return None  # the desk's own forms: the security gate lets form bodies reach desk routes only
    try:
        body = await request.json()
    except SerializationException:
        return None  # Litestar answers malformed JSON in its own words
    try:
        msgspec.convert(body, field.annotation, strict=True)
    except msgspec.ValidationError as exc:
        message = str(exc)
        key = message.rsplit(" - at `$.", 1)[1].rstrip("`") if " - at `$." in message else None
        raise ValidationException(detail=message, extra=[{"key": key, "message": message.split(" - at ")[0]}]) from None
    return None


def _drafter_lifecycle(drafter: ModelDrafter, db: Database):
    """The model's worker hands each outcome to the event loop, which alone writes to the database."""

    async def start() -> None:
        loop = asyncio.get_running_loop()

        def deliver(outcome) -> None:
            def store() -> None:
                try:
                    record(db, outcome)
                except Exception:  # the ticket was erased meanwhile, or the disk is full: the card keeps its drafts
                    log.exception("could not store a model draft")
            loop.call_soon_threadsafe(store)

        drafter.start(deliver)

    async def stop() -> None:
        drafter.stop()

    return start, stop


def create_app(config: Config | None = None, db: Database | None = None) -> Any:
    """The ASGI application: Litestar behind the security gate."""
    config = config or Config()
    db = db or connect(config.db_path)
    if config.token:
        set_agent_token(db, DEFAULT_AGENT, config.token)
    api = Router(
        "/api/v1",
        route_handlers=[handler for module in ROUTE_MODULES for handler in module.ROUTES],
    )
    desk_router = Router("/", route_handlers=desk.ROUTES, exception_handlers=desk.EXCEPTION_HANDLERS)
    # The chart library and the desk's own script and style, shipped inside the package.
    static = create_static_files_router(path="/desk/static", directories=[desk.STATIC], include_in_schema=False,
                                        cache_control=None)
    drafter = ModelDrafter()
    start_drafter, stop_drafter = _drafter_lifecycle(drafter, db)
    app = Litestar(
        route_handlers=[api, desk_router, static],
        on_startup=[start_drafter],
        on_shutdown=[stop_drafter],
        template_config=TemplateConfig(directory=desk.TEMPLATES, engine=JinjaTemplateEngine),
        openapi_config=OpenAPIConfig(title="Hugdesk", version=__version__, path="/api/v1/schema"),
        exception_handlers={
            ValidationException: _validation_error,
            HTTPException: _http_error,
            NotFound: lambda r, e: _error(404, str(e)),
            Invalid: lambda r, e: _error(422, str(e)),
            Conflict: lambda r, e: _error(409, str(e)),
            Gone: lambda r, e: _error(410, str(e)),
            sqlite3.IntegrityError: _integrity_error,
            Exception: _unexpected,
        },
        request_max_body_size=config.max_body_bytes,
        before_request=strict_body,
        debug=False,
    )
    app.state.db = db
    app.state.advisor = Advisor()
    app.state.drafter = drafter
    gate = SecurityGate(app, db, config.allowed_hosts(), config.max_body_bytes, frozenset(i.lower() for i in config.extension_ids))
    gate.litestar = app
    gate.state_db = db
    return gate
