"""Promises: make one, record its outcome, list them."""

from __future__ import annotations

from typing import Annotated

from litestar import Request, Response, get, patch, post
from litestar.params import Parameter

from ..store import promises
from ..store.db import MAX_ID
from .deps import Limit, PathId, agent_of, db_of


@post("/promises", sync_to_thread=False)
def make_promise(request: Request, data: promises.PromiseCreate) -> Response[promises.Promise]:
    promise, created = promises.create_promise(db_of(request), data, agent_of(request).id)
    return Response(promise, status_code=201 if created else 200)


@patch("/promises/{promise_id:int}", sync_to_thread=False)
def change_promise(request: Request, promise_id: PathId, data: promises.PromiseUpdate) -> promises.Promise:
    return promises.update_promise(db_of(request), promise_id, data, agent_of(request).id)


@get("/promises", sync_to_thread=False)
def list_promises(
    request: Request,
    status: promises.PromiseStatus | None = None,
    due_before: Annotated[str | None, Parameter(max_length=40)] = None,
    customer_id: Annotated[int | None, Parameter(ge=1, le=MAX_ID)] = None,
    limit: Limit = 200,
) -> promises.PromiseList:
    items = promises.list_promises(db_of(request), status=status, due_before=due_before, customer_id=customer_id, limit=limit)
    return promises.PromiseList(items=items)


ROUTES = [make_promise, change_promise, list_promises]
