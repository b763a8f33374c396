"""POST /interactions: anything an agent did, appended to the log."""

from __future__ import annotations

from litestar import Request, Response, post

from ..store import interactions
from ..usecases.replies import log_interaction as log
from .deps import agent_of, db_of


@post("/interactions", sync_to_thread=False)
def log_interaction(request: Request, data: interactions.InteractionCreate) -> Response[interactions.Interaction]:
    stored = log(db_of(request), data, agent_of(request).id)
    return Response(stored, status_code=200 if stored.duplicate else 201)


ROUTES = [log_interaction]
