"""How the optional language model fares: drafts shown, refused and failed, and why (leads only)."""

from __future__ import annotations

from typing import Annotated

from litestar import Request, get
from litestar.params import Parameter

from ..usecases.model_drafts import StatusRead, status
from .deps import db_of
from .reports import lead_only


@get("/model/status", sync_to_thread=False, guards=[lead_only])
def model_status(request: Request, days: Annotated[int, Parameter(ge=1, le=366)] = 7) -> StatusRead:
    return status(db_of(request), request.app.state.drafter, days)


ROUTES = [model_status]
