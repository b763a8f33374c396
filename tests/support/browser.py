"""Small helpers shared by the browser tests: the real database, test pages built from fixtures."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from tests.support import pages

from tests.browser.conftest import LEXICAL_SCRIPT_URL


def db_rows(backend, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the backend's real SQLite file (read-only; WAL lets us read while it runs)."""
    with closing(sqlite3.connect(f"file:{backend.db_path}?mode=ro", uri=True, timeout=10)) as db:
        return db.execute(sql, params).fetchall()


def with_lexical(page_def: pages.Page) -> bytes:
    """The page as route_pages serves it, plus the real Lexical editor bundle at the end of <body>."""
    body = pages.page_body(page_def)
    tag = f'<script src="{LEXICAL_SCRIPT_URL}"></script>'.encode()
    at = body.lower().rfind(b"</body>")
    return body[:at] + tag + body[at:] if at >= 0 else body + tag


FIND_EDITABLE_RECORD = """(kind) => {
  for (const rec of Hugdesk.records.values()) {
    const box = Hugdesk.adapter.replyTarget(rec.el);
    if (!box) continue;
    const isField = box instanceof HTMLTextAreaElement;
    if ((kind === 'textarea') === isField) return rec.key;
  }
  return null;
}"""

INSERT = """([key, text]) => Hugdesk.insertText(Hugdesk.records.get(key), text)"""
