"""Reply drafts for a review, and the tone guard on an agent's own draft."""

from __future__ import annotations

from litestar import Request, post

from ..usecases.drafts import SuggestRequest, SuggestResponse, ToneRequest, ToneResponse, suggest_for, tone_check
from .deps import agent_of, db_of


@post("/suggestions", sync_to_thread=False, status_code=200)
def suggestions(request: Request, data: SuggestRequest) -> SuggestResponse:
    return suggest_for(db_of(request), data, agent_of(request).name, request.app.state.advisor)


@post("/tone", sync_to_thread=False, status_code=200)
def tone(request: Request, data: ToneRequest) -> ToneResponse:
    return tone_check(db_of(request), data)


ROUTES = [suggestions, tone]
