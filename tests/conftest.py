"""Shared fixtures: a real Hugdesk server process on a free port with a real SQLite file."""

from __future__ import annotations

import pytest

from tests.support.model_server import FakeModel
from tests.support.server import Backend


@pytest.fixture
def backend(tmp_path):
    server = Backend(tmp_path / "hugdesk.db").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def backend_session(tmp_path_factory):
    server = Backend(tmp_path_factory.mktemp("backend") / "hugdesk.db").start()
    yield server
    server.stop()


@pytest.fixture
def fake():
    """``fake(**kw)`` starts a fake OpenAI-compatible model server; all are stopped after the test."""
    servers = []

    def make(**kw) -> FakeModel:
        servers.append(FakeModel(**kw))
        return servers[-1]

    yield make
    for server in servers:
        server.stop()
