"""Run-time configuration, read from the environment once (the CLI may override)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

DEFAULT_PORT = 8765


def default_db_path() -> Path:
    return Path(user_data_dir("hugdesk", appauthor=False)) / "hugdesk.db"


@dataclass
class Config:
    db_path: Path = field(default_factory=lambda: Path(os.environ.get("HUGDESK_DB") or default_db_path()))
    host: str = field(default_factory=lambda: os.environ.get("HUGDESK_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: int(os.environ.get("HUGDESK_PORT", DEFAULT_PORT)))
    # Sets the token of the "default" agent: handy for a single agent and for tests.
    token: str | None = field(default_factory=lambda: os.environ.get("HUGDESK_TOKEN") or None)
    max_body_bytes: int = 1_000_000
    # Extension ids allowed as an Origin (chrome-extension://ID), comma-separated; empty allows any
    # extension, because the token is the real gate.
    extension_ids: tuple[str, ...] = field(
        default_factory=lambda: tuple(i.strip() for i in os.environ.get("HUGDESK_EXTENSION_IDS", "").split(",") if i.strip())
    )
    # Extra Host header values to accept, e.g. a LAN name when serving a small team on purpose.
    extra_hosts: tuple[str, ...] = field(
        default_factory=lambda: tuple(h for h in os.environ.get("HUGDESK_ALLOWED_HOSTS", "").split(",") if h)
    )

    def allowed_hosts(self) -> set[str]:
        """Host header values that may reach us; anything else smells of DNS rebinding."""
        names = {self.host, "127.0.0.1", "localhost", "[::1]"} if self.host in ("127.0.0.1", "localhost", "::1") else {self.host}
        names |= set(self.extra_hosts)
        return {f"{n}:{self.port}" for n in names} | set(self.extra_hosts)
