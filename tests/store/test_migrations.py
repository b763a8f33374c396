"""The schema the migrations build is the schema we expect; append-only really is append-only."""

import sqlite3

import pytest

from hugdesk.store.db import connect
from hugdesk.store.migrations import migrations

EXPECTED_COLUMNS = {
    "agents": ["id", "name", "token_hash", "created_at", "disabled_at"],
    "settings": ["key", "value"],
    "customers": ["id", "group_id", "display_name", "created_at", "erased_at"],
    "identities": ["id", "customer_id", "kind", "platform", "value", "display_name", "profile_url", "created_at"],
    "tickets": [
        "id", "platform", "external_id", "kind", "url", "page_url", "customer_id", "identity_id", "author_name",
        "author_id", "author_url", "rating", "recommends", "text", "language", "posted_text", "posted_at",
        "first_seen_at", "first_response_at", "status", "assignee", "owner_replied", "owner_reply_text", "updated_at",
        "sentiment", "categories",
    ],
    "interactions": [
        "id", "client_id", "kind", "ticket_id", "customer_id", "channel", "agent_id", "at", "recorded_at", "text",
        "payload",
    ],
    "promises": [
        "id", "client_id", "ticket_id", "customer_id", "agent_id", "text", "due_at", "status", "created_at",
        "closed_at",
    ],
    "customer_links": ["id", "action", "customer_ids", "group_id", "agent_id", "at"],
    "erasures": ["id", "customer_id", "agent", "at", "removed"],
    "erase_gate": ["open"],
    "draft_uses": [
        "id", "interaction_id", "ticket_id", "agent_id", "at", "from_draft", "edit_ratio", "approach", "language",
        "source",
    ],
}


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "schema.db")


def test_migrated_schema_has_expected_tables_and_columns(db):
    tables = {t for t in db.table_names() if not t.startswith(("_", "sqlite_"))}
    assert tables == set(EXPECTED_COLUMNS)
    for table, columns in EXPECTED_COLUMNS.items():
        assert [c.name for c in db[table].columns] == columns, table


def test_unique_keys_and_foreign_keys(db):
    indexes = {tuple(i.columns): i.unique for i in db["tickets"].indexes}
    assert indexes[("platform", "external_id")]
    assert {tuple(i.columns) for i in db["interactions"].indexes if i.unique} == {("client_id",)}
    fks = {(fk.column, fk.other_table) for fk in db["interactions"].foreign_keys}
    assert fks == {("ticket_id", "tickets"), ("customer_id", "customers"), ("agent_id", "agents")}
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "again.db"
    db = connect(path)
    applied = [m.name for m in migrations.applied(db)]
    assert applied == [m.name for m in migrations._migrations]
    db.conn.close()
    db = connect(path)  # applying again changes nothing
    assert [m.name for m in migrations.applied(db)] == applied


def test_interactions_refuse_update_and_delete(db):
    db.execute("INSERT INTO agents (name, token_hash, created_at) VALUES ('a', 'h', 'now')")
    db.execute("INSERT INTO interactions (kind, at, recorded_at, agent_id) VALUES ('note', 'now', 'now', 1)")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE interactions SET kind = 'seen'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM interactions")
    assert db.execute("SELECT kind FROM interactions").fetchall() == [("note",)]
