"""What every routes module needs from a request: the database, the calling agent, the clock's policy."""

from __future__ import annotations

from typing import Annotated

import anyio
from litestar import Request
from litestar.params import Parameter
from sqlite_utils import Database

from ..engine import sla
from ..store.agents import Agent
from ..store.db import MAX_ID
from ..store.settings import get_settings

Limit = Annotated[int, Parameter(ge=1, le=500)]
PathId = Annotated[int, Parameter(ge=1, le=MAX_ID)]


def db_of(request: Request) -> Database:
    return request.app.state.db


def agent_of(request: Request) -> Agent:
    return request.scope["state"]["agent"]


def target_of(db: Database) -> int:
    return get_settings(db).target_minutes


def policy_of(db: Database) -> sla.Policy:
    """Business hours, targets per band and tracking start, as the response clock uses them."""
    return sla.policy_of(get_settings(db))


# Text work runs in worker threads, at most two at once (one per core of a small machine), so a
# burst of long reviews queues instead of starving the event loop of the GIL.
_TEXT_WORK = anyio.CapacityLimiter(2)


async def off_loop(fn, *args):
    """Run pure work (no database handle) in a worker thread and wait for it."""
    return await anyio.to_thread.run_sync(fn, *args, limiter=_TEXT_WORK)
