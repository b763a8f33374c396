"""Liveness, who the token belongs to, and the business's settings."""

from __future__ import annotations

import msgspec
from litestar import Request, get, patch
from litestar.exceptions import PermissionDeniedException

from .. import __version__
from ..store.agents import Agent
from ..store.settings import MODEL_FIELDS, Settings, SettingsUpdate, get_settings, update_settings
from .deps import agent_of, db_of


class Health(msgspec.Struct):
    status: str
    version: str


class Me(msgspec.Struct):
    agent: Agent
    settings: Settings
    role: str  # "agent" or "lead", as on the agent


@get("/health", sync_to_thread=False)
def health() -> Health:
    return Health(status="ok", version=__version__)


@get("/me", sync_to_thread=False)
def me(request: Request) -> Me:
    agent = agent_of(request)
    return Me(agent=agent, settings=get_settings(db_of(request)), role=agent.role)


@get("/settings", sync_to_thread=False)
def read_settings(request: Request) -> Settings:
    return get_settings(db_of(request))


@patch("/settings", sync_to_thread=False)
def write_settings(request: Request, data: SettingsUpdate) -> Settings:
    # Where the reviews are sent is a lead's decision: a model endpoint receives customers' words.
    if not agent_of(request).is_lead and any(getattr(data, f) is not msgspec.UNSET for f in MODEL_FIELDS):
        raise PermissionDeniedException("Only a team lead may change the language model settings (model_*)")
    return update_settings(db_of(request), data)


ROUTES = [health, me, read_settings, write_settings]
