"""The schema the migrations build is the schema we expect; append-only really is append-only."""

import sqlite3

import pytest

from hugdesk.store.db import connect
from hugdesk.store.migrations import migrations

EXPECTED_COLUMNS = {
    "agents": ["id", "name", "token_hash", "created_at", "disabled_at", "role"],
    "settings": ["key", "value"],
    "customers": ["id", "group_id", "display_name", "created_at", "erased_at"],
    "identities": ["id", "customer_id", "kind", "platform", "value", "display_name", "profile_url", "created_at"],
    "tickets": [
        "id", "platform", "external_id", "kind", "url", "page_url", "customer_id", "identity_id", "author_name",
        "author_id", "author_url", "rating", "recommends", "text", "language", "posted_text", "posted_at",
        "first_seen_at", "first_response_at", "status", "assignee", "owner_replied", "owner_reply_text", "updated_at",
        "sentiment", "categories", "posted_precision_s", "clock_start_at", "first_reply_at", "first_reply_agent_id",
        "first_reply_minutes", "last_contact_at",
    ],
    "interactions": [
        "id", "client_id", "kind", "ticket_id", "customer_id", "channel", "agent_id", "at", "recorded_at", "text",
        "payload", "body_hash",
    ],
    "promises": [
        "id", "client_id", "ticket_id", "customer_id", "agent_id", "text", "due_at", "status", "created_at",
        "closed_at", "body_hash",
    ],
    "ticket_versions": ["id", "ticket_id", "author_name", "text", "replaced_at", "agent_id"],
    "customer_links": ["id", "action", "customer_ids", "group_id", "agent_id", "at", "moved", "undone_at"],
    "erasures": ["id", "customer_id", "agent", "at", "removed"],
    "erase_gate": ["open"],
    "draft_uses": [
        "id", "interaction_id", "ticket_id", "agent_id", "at", "from_draft", "edit_ratio", "approach", "language",
        "source",
    ],
    "problem_mentions": ["id", "at", "category", "channel", "ticket_id", "interaction_id", "customer_id"],
    "problem_daily": ["day", "category", "count"],
    "desk_sessions": ["id_hash", "agent_id", "csrf", "created_at", "expires_at"],
    "customer_distinct": ["low_id", "high_id", "agent_id", "at"],
    "model_drafts": ["id", "ticket_id", "digest", "status", "text", "language", "reasons", "model", "ms", "at"],
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


def test_m005_backfills_the_response_clock_and_problems(tmp_path):
    """A database from before m005 gets its clocks, first replies and problem mentions filled in."""
    from sqlite_utils import Database

    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="m005_team_desk")
    db.execute("INSERT INTO agents (name, token_hash, created_at) VALUES ('default', 'h', '2026-01-01T00:00:00Z')")
    db.execute("INSERT INTO agents (name, token_hash, created_at) VALUES ('ola', 'h2', '2026-01-01T00:00:00Z')")
    common = "platform, kind, text, first_seen_at, updated_at, status"
    db.execute(f"INSERT INTO tickets (id, external_id, {common}, posted_text, posted_at, first_response_at, sentiment, categories) "
               "VALUES (1, 'a', 'yelp', 'review', 'cold', '2026-02-01T12:00:00Z', 'x', 'waiting', '2 hours ago', "
               "'2026-02-01T10:00:00Z', '2026-02-01T10:30:00Z', 'negative', '[\"food\", \"waiting\"]')")
    db.execute(f"INSERT INTO tickets (id, external_id, {common}, posted_text, posted_at, sentiment, categories) "
               "VALUES (2, 'b', 'yelp', 'review', 'lovely', '2026-02-01T12:00:00Z', 'x', 'new', '3 days ago', "
               "'2026-01-29T12:00:00Z', 'positive', '[\"food\"]')")
    db.execute("INSERT INTO interactions (kind, ticket_id, agent_id, at, recorded_at, text) VALUES "
               "('reply_posted', 1, 2, '2026-02-01T10:30:00Z', 'x', 'Sorry!')")
    db.conn.commit()
    db.conn.close()
    db = connect(path)
    assert db.execute("SELECT role FROM agents ORDER BY id").fetchall() == [("lead",), ("agent",)]
    rows = db.execute("SELECT id, posted_precision_s, clock_start_at, first_reply_at, first_reply_agent_id, "
                      "first_reply_minutes, last_contact_at FROM tickets ORDER BY id").fetchall()
    assert rows == [(1, 3600, "2026-02-01T10:00:00Z", "2026-02-01T10:30:00Z", 2, 30.0, "2026-02-01T10:30:00Z"),
                    (2, 86400, "2026-02-01T12:00:00Z", None, None, None, None)]
    # Only the complaint counts towards recurring problems.
    assert db.execute("SELECT ticket_id, category FROM problem_mentions ORDER BY category").fetchall() == [
        (1, "food"), (1, "waiting")]
    assert db.execute("SELECT day, category, count FROM problem_daily ORDER BY category").fetchall() == [
        ("2026-02-01", "food", 1), ("2026-02-01", "waiting", 1)]


def test_insert_or_replace_cannot_rewrite_the_log(db):
    """REPLACE deletes the row it collides with, firing delete triggers only when recursive
    triggers are on: this Debian build turns them on by default, SQLite's own default is off."""
    db.execute("PRAGMA recursive_triggers=OFF")
    db.execute("INSERT INTO agents (name, token_hash, created_at) VALUES ('a', 'h', 'now')")
    db.execute("INSERT INTO interactions (client_id, kind, at, recorded_at, agent_id, text) "
               "VALUES ('client-0001', 'note', 'now', 'now', 1, 'Bob: card ending 4242')")
    for sql in [
        "INSERT OR REPLACE INTO interactions (id, kind, at, recorded_at, text) VALUES (1, 'note', 'now', 'now', 'forged')",
        "REPLACE INTO interactions (client_id, kind, at, recorded_at, text) VALUES ('client-0001', 'note', 'now', 'now', 'x')",
        "INSERT INTO interactions (id, kind, at, recorded_at, text) VALUES (1, 'note', 'now', 'now', 'x') "
        "ON CONFLICT(id) DO UPDATE SET text = 'forged'",
    ]:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            db.execute(sql)
    assert db.execute("SELECT id, client_id, text FROM interactions").fetchall() == [
        (1, "client-0001", "Bob: card ending 4242")]


def test_ids_are_never_reused_after_a_delete(db):
    db.execute("INSERT INTO customers (display_name, created_at) VALUES ('Ann', 'now')")
    db.execute("INSERT INTO customers (display_name, created_at) VALUES ('Bob', 'now')")
    db.execute("DELETE FROM customers WHERE id = 2")
    new = db.execute("INSERT INTO customers (display_name, created_at) VALUES ('Cid', 'now')").lastrowid
    assert new == 3
    for table in ("customers", "identities", "tickets", "interactions", "promises"):
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        assert "AUTOINCREMENT" in sql, table


def test_m003_keeps_data_indexes_and_triggers_of_an_existing_database(tmp_path):
    path = tmp_path / "old.db"
    old = connect(path, migrate=False)
    migrations.apply(old, stop_before="m003_record_integrity")
    old.executescript("""
        INSERT INTO agents (name, token_hash, created_at) VALUES ('a', 'h', 'now');
        INSERT INTO customers (id, display_name, created_at) VALUES (1, 'Ann', 'now'), (2, 'Bob', 'now');
        UPDATE customers SET group_id = id;
        INSERT INTO identities (customer_id, kind, platform, value, created_at) VALUES (2, 'platform', 'yelp', 'u2', 'now');
        INSERT INTO tickets (platform, external_id, kind, customer_id, text, posted_at, first_seen_at, updated_at)
            VALUES ('yelp', 'r1', 'review', 2, 'cold soup', '1-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'now'),
                   ('yelp', 'r2', 'review', 1, 'fine', '2025-03-01T00:00:00Z', '2026-01-01T00:00:00Z', 'now');
        INSERT INTO interactions (client_id, kind, ticket_id, customer_id, agent_id, at, recorded_at, text)
            VALUES ('client-0001', 'note', 1, 2, 1, 'now', 'now', 'called');
        INSERT INTO promises (ticket_id, customer_id, agent_id, text, due_at, created_at)
            VALUES (1, 2, 1, 'refund', '2030-01-01T00:00:00Z', 'now');
        INSERT INTO erasures (customer_id, at, removed) VALUES (7, 'now', '{}');
    """)
    before = {t: old.execute(f"SELECT * FROM {t} ORDER BY id").fetchall()
              for t in ("customers", "identities", "interactions", "promises")}
    old.conn.close()
    db = connect(path)
    for table, rows in before.items():
        assert [r[:len(rows[0])] for r in db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()] == rows, table
    assert db.execute("SELECT posted_at FROM tickets ORDER BY id").fetchall() == [(None,), ("2025-03-01T00:00:00Z",)]
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')")}
    assert {"idx_interactions_client", "idx_interactions_customer", "idx_tickets_status", "idx_identities_customer",
            "idx_promises_status_due", "interactions_no_update", "interactions_no_delete",
            "interactions_no_replace"} <= names
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM interactions")
    # The customer an erasure removed (7) is never handed out again.
    assert db.execute("INSERT INTO customers (created_at) VALUES ('now')").lastrowid == 8
