"""POST /observe: the extension's one call per page batch."""

from __future__ import annotations

from litestar import Request, post

from ..usecases.observe import ObserveRequest, ObserveResponse, observe
from .deps import agent_of, db_of, policy_of


@post("/observe", sync_to_thread=False, status_code=200)
def observe_page(request: Request, data: ObserveRequest) -> ObserveResponse:
    db = db_of(request)
    agent = agent_of(request)
    return observe(db, data, agent.id, agent.name, policy_of(db), request.app.state.advisor)


ROUTES = [observe_page]
