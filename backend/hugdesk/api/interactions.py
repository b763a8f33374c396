"""POST /interactions: anything an agent did, appended to the log."""

from __future__ import annotations

from litestar import Request, Response, post

from ..store import interactions
from ..usecases.reports import log_interaction as log_and_read
from .deps import agent_of, db_of


@post("/interactions", sync_to_thread=False)
def log_interaction(request: Request, data: interactions.InteractionCreate) -> Response[interactions.Interaction]:
    stored = log_and_read(db_of(request), data, agent_of(request).id)
    return Response(stored, status_code=200 if stored.duplicate else 201)


ROUTES = [log_interaction]
