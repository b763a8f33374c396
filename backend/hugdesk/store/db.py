"""Opening the database: one connection per process, pragmas for durability under load."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Annotated

import msgspec
from sqlite_utils import Database

from .migrations import migrations


MAX_ID = 2**63 - 1
# A row id as the wire accepts it: SQLite integers are 64-bit, so larger numbers are refused at the edge.
Id = Annotated[int, msgspec.Meta(ge=1, le=MAX_ID)]


def connect(path: str | Path, *, migrate: bool = True) -> Database:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # The server handles requests on one event-loop thread, so one connection serialises every
    # write; other processes (the CLI, a backup) wait on busy_timeout instead of failing.
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    # Deleted rows are overwritten with zeros, whatever this SQLite build's default: an erased
    # person must not linger in free pages (see store/customers.erase for the WAL).
    conn.execute("PRAGMA secure_delete=ON")
    db = Database(conn)
    if migrate:
        migrations.apply(db)
    return db


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def iso(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_iso(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))


def readable_time(value: str | None) -> str | None:
    """A stored time as the API shows it: None when it cannot be read back (an older version
    stored page dates such as year 1 as "1-01-01T00:00:00Z"), so one bad row never breaks a list."""
    if not value:
        return None
    try:
        parsed = parse_iso(value)
    except (ValueError, OverflowError):
        return None
    return value if parsed.tzinfo is not None and parsed.year >= 2000 else None


def missing(db: Database, table: str, row_id: int, what: str) -> Exception:
    """The error for an id that is not in ``table``: Gone when it was there once (ids are never
    reused, so a lower id that is absent was erased), else NotFound. Raise what it returns."""
    from ..errors import Gone, NotFound

    row = db.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", [table]).fetchone()
    if row and row_id <= row[0]:
        return Gone(f"{what} {row_id} was erased; nothing more can be recorded for it")
    return NotFound(f"{what} {row_id} does not exist")
