"""POST /observe: the extension's one call per page batch."""

from __future__ import annotations

from typing import Annotated, Any

import msgspec
from litestar import Request, post
from litestar.params import KwargDefinition

from ..usecases.observe import ObservedItem, ObserveResponse, Url, observe, read_batch
from .deps import agent_of, db_of, policy_of

# The item as msgspec describes it, so the OpenAPI document (and Schemathesis) still show it.
_ITEM_SCHEMA = msgspec.json.schema(ObservedItem)["$defs"]["ObservedItem"]


class ObserveBatch(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """The envelope is checked as a whole; each item on its own (read_batch), so one bad item
    is answered in `errors` while the others go through."""

    page_url: Url | None = None
    items: Annotated[
        list[dict[str, Any]], msgspec.Meta(max_length=200), KwargDefinition(schema_extra={"items": _ITEM_SCHEMA}),
    ]


@post("/observe", sync_to_thread=False, status_code=200)
def observe_page(request: Request, data: ObserveBatch) -> ObserveResponse:
    db = db_of(request)
    agent = agent_of(request)
    batch, errors = read_batch(data.page_url, data.items)
    return observe(db, batch, agent.id, agent.name, policy_of(db), request.app.state.advisor, errors=errors,
                   drafter=request.app.state.drafter)


ROUTES = [observe_page]
