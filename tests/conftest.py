"""Shared fixtures: a real Hugdesk server process on a free port with a real SQLite file."""

from __future__ import annotations

import pytest

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
