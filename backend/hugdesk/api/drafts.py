"""Reply drafts for a review, and the tone guard on an agent's own draft.

Both read the store on the event loop (microseconds), then do their text work in a worker
thread: a long review costs that thread a while, never the server's answers to everyone else."""

from __future__ import annotations

from litestar import Request, post

from ..usecases.drafts import (
    SuggestRequest, SuggestResponse, ToneRequest, ToneResponse, check_tone, finish_suggestions, plan_suggestions,
    plan_tone, write_suggestions,
)
from .deps import agent_of, db_of, off_loop


@post("/suggestions", status_code=200)
async def suggestions(request: Request, data: SuggestRequest) -> SuggestResponse:
    db, advisor = db_of(request), request.app.state.advisor
    job = plan_suggestions(db, data, agent_of(request).name, advisor)
    return finish_suggestions(db, job, await off_loop(write_suggestions, job), advisor, request.app.state.drafter)


@post("/tone", status_code=200)
async def tone(request: Request, data: ToneRequest) -> ToneResponse:
    return await off_loop(check_tone, plan_tone(db_of(request), data))


ROUTES = [suggestions, tone]
