"""The schema, built only by these ordered migrations. Never edit one that has shipped:
add a new function below instead (tests/store/test_migrations.py pins the result)."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database, Migrations

migrations = Migrations("hugdesk")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE agents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            token_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            disabled_at TEXT
        );

        -- One row per business setting; values are JSON so types survive.
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        -- group_id points at the customer a merged record now belongs to; a split resets it,
        -- so merging never rewrites history rows and can always be undone.
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            group_id INTEGER REFERENCES customers(id),
            display_name TEXT,
            created_at TEXT NOT NULL,
            erased_at TEXT
        );
        CREATE INDEX idx_customers_group ON customers(group_id);

        -- kind: platform (platform + user id or profile URL), email, phone.
        CREATE TABLE identities (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            kind TEXT NOT NULL CHECK (kind IN ('platform', 'email', 'phone')),
            platform TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL,
            display_name TEXT,
            profile_url TEXT,
            created_at TEXT NOT NULL,
            UNIQUE (kind, platform, value)
        );
        CREATE INDEX idx_identities_customer ON identities(customer_id);

        CREATE TABLE tickets (
            id INTEGER PRIMARY KEY,
            platform TEXT NOT NULL,
            external_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            url TEXT,
            page_url TEXT,
            customer_id INTEGER REFERENCES customers(id),
            identity_id INTEGER REFERENCES identities(id),
            author_name TEXT,
            author_id TEXT,
            author_url TEXT,
            rating REAL,
            recommends INTEGER,
            text TEXT NOT NULL DEFAULT '',
            language TEXT,
            posted_text TEXT,
            posted_at TEXT,
            first_seen_at TEXT NOT NULL,
            first_response_at TEXT,
            status TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'open', 'waiting', 'resolved')),
            assignee TEXT,
            owner_replied INTEGER NOT NULL DEFAULT 0,
            owner_reply_text TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (platform, external_id)
        );
        CREATE INDEX idx_tickets_customer ON tickets(customer_id);
        CREATE INDEX idx_tickets_status ON tickets(status, first_seen_at);

        CREATE TABLE interactions (
            id INTEGER PRIMARY KEY,
            client_id TEXT,
            kind TEXT NOT NULL,
            ticket_id INTEGER REFERENCES tickets(id),
            customer_id INTEGER REFERENCES customers(id),
            channel TEXT,
            agent_id INTEGER REFERENCES agents(id),
            at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            text TEXT,
            payload TEXT
        );
        -- Partial: most rows ("seen") have no client id, and a full index of NULLs would
        -- make the planner's statistics call it useless for the retry lookup.
        CREATE UNIQUE INDEX idx_interactions_client ON interactions(client_id) WHERE client_id IS NOT NULL;
        CREATE INDEX idx_interactions_customer ON interactions(customer_id, at);
        CREATE INDEX idx_interactions_ticket ON interactions(ticket_id, at);

        CREATE TABLE promises (
            id INTEGER PRIMARY KEY,
            client_id TEXT,
            ticket_id INTEGER REFERENCES tickets(id),
            customer_id INTEGER REFERENCES customers(id),
            agent_id INTEGER REFERENCES agents(id),
            text TEXT NOT NULL,
            due_at TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),
            created_at TEXT NOT NULL,
            closed_at TEXT
        );
        CREATE UNIQUE INDEX idx_promises_client ON promises(client_id) WHERE client_id IS NOT NULL;
        CREATE INDEX idx_promises_customer ON promises(customer_id, status);
        CREATE INDEX idx_promises_status_due ON promises(status, due_at);

        -- Merges and splits, so any merge can be explained and undone later.
        CREATE TABLE customer_links (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
            customer_ids TEXT NOT NULL,
            group_id INTEGER NOT NULL,
            agent_id INTEGER REFERENCES agents(id),
            at TEXT NOT NULL
        );

        -- Erasure records only that it happened and how much went, never what.
        CREATE TABLE erasures (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL,
            agent TEXT,
            at TEXT NOT NULL,
            removed TEXT NOT NULL
        );

        -- The interaction log is append-only. The one exception, erasing a person, opens
        -- this gate inside its own transaction and closes it before committing.
        CREATE TABLE erase_gate (open INTEGER NOT NULL);
        CREATE TRIGGER interactions_no_update BEFORE UPDATE ON interactions
            WHEN NOT EXISTS (SELECT 1 FROM erase_gate)
            BEGIN SELECT RAISE(ABORT, 'interactions are append-only'); END;
        CREATE TRIGGER interactions_no_delete BEFORE DELETE ON interactions
            WHEN NOT EXISTS (SELECT 1 FROM erase_gate)
            BEGIN SELECT RAISE(ABORT, 'interactions are append-only'); END;
        """
    )


@migrations()
def m002_ticket_analysis(db: Database) -> None:
    # What the suggestion engine read in the review, stored once so the card and the team lead's
    # views need not re-read every text on every page view.
    db.execute("ALTER TABLE tickets ADD COLUMN sentiment TEXT")
    db.execute("ALTER TABLE tickets ADD COLUMN categories TEXT")


@migrations()
def m006_tracking_since(db: Database) -> None:
    # The response clock runs only for items posted after tracking started, so that years of
    # unanswered reviews found on a first visit are a backlog, not a wall of red. Tracking starts
    # when the database was made: for a database in use, its first recorded moment; for a new one,
    # now. A fixed instant, stored once, that the business can move (PATCH /settings).
    first = db.execute(
        "SELECT min(at) FROM (SELECT min(created_at) AS at FROM agents UNION ALL "
        "SELECT min(first_seen_at) FROM tickets UNION ALL SELECT min(recorded_at) FROM interactions "
        "UNION ALL SELECT min(created_at) FROM customers) WHERE at IS NOT NULL"
    ).fetchone()[0]
    since = first or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    db.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('tracking_since', ?)", [json.dumps(since)])


@migrations()
def m006_unanswered_by_posting(db: Database) -> None:
    # The queue (GET /tickets?order=due) reads unanswered items by posting time, a page a band;
    # answered items, the bulk of an old database, stay out of this index.
    db.execute(
        "CREATE INDEX idx_tickets_unanswered ON tickets(posted_at) "
        "WHERE owner_replied = 0 AND first_response_at IS NULL AND status != 'resolved'"
    )


@migrations()
def m009_draft_uses(db: Database) -> None:
    # Drafts measured in use: for every posted reply, whether it came from an inserted draft and
    # how much the agent changed it. Computed once when the reply is logged, so the desk's figure
    # is a cheap read over a period.
    db.executescript(
        """
        CREATE TABLE draft_uses (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            interaction_id INTEGER NOT NULL UNIQUE REFERENCES interactions(id) ON DELETE CASCADE,
            ticket_id INTEGER,
            agent_id INTEGER,
            at TEXT NOT NULL,
            from_draft INTEGER NOT NULL,
            edit_ratio REAL,
            approach TEXT,
            language TEXT,
            source TEXT
        );
        CREATE INDEX idx_draft_uses_at ON draft_uses(at);
        """
    )


# Tables whose ids the outside world holds (the extension's outbox, exports, an agent's notes):
# an id must never be handed to someone new after an erasure.
_NEVER_REUSED = ("customers", "identities", "tickets", "interactions", "promises")


@migrations(transactional=False)
def m003_record_integrity(db: Database) -> None:
    """Ids never reused (AUTOINCREMENT), REPLACE cannot rewrite the log, retries are tied to
    their agent and body, review edits are kept as versions, unreadable page dates are unknown.

    Adding AUTOINCREMENT means rebuilding a table, which needs foreign keys off; that cannot
    change inside a transaction, so this migration opens its own. Every step checks whether it
    was already done, so a crash between the commit and the migration record is harmless."""
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            for table in _NEVER_REUSED:
                _rebuild_with_autoincrement(db, table)
            # Ids an erasure removed before this migration are never handed out again either.
            for table, erased in (("customers", "SELECT max(customer_id) FROM erasures"),):
                top = db.execute(erased).fetchone()[0]
                if top:
                    if db.execute("SELECT 1 FROM sqlite_sequence WHERE name = ?", [table]).fetchone():
                        db.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", [top, table])
                    else:
                        db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", [table, top])
            for table in ("interactions", "promises"):
                # A digest of the request a client id first came with: the same id with another
                # body (or from another agent) is a conflict, never someone else's stored entry.
                if "body_hash" not in {c.name for c in db[table].columns}:
                    db.execute(f"ALTER TABLE {table} ADD COLUMN body_hash TEXT")
            for statement in _M003_STATEMENTS:
                db.execute(statement)
            problems = db.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"m003: foreign keys broken by the rebuild: {problems[:5]}")
    finally:
        db.execute("PRAGMA foreign_keys=ON")


def _rebuild_with_autoincrement(db: Database, table: str) -> None:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()[0]
    if "AUTOINCREMENT" in sql.upper():
        return
    head = f"CREATE TABLE {table} ("
    key = "id INTEGER PRIMARY KEY,"
    if not sql.startswith(head) or key not in sql:
        raise RuntimeError(f"m003: unexpected schema for {table}: {sql[:80]}")
    others = [r[0] for r in db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL", [table]
    )]
    db.execute(sql.replace(head, f"CREATE TABLE {table}_m003 (", 1).replace(key, "id INTEGER PRIMARY KEY AUTOINCREMENT,", 1))
    db.execute(f"INSERT INTO {table}_m003 SELECT * FROM {table}")
    db.execute(f"DROP TABLE {table}")
    db.execute(f"ALTER TABLE {table}_m003 RENAME TO {table}")
    for statement in others:
        db.execute(statement)


_M003_STATEMENTS = (
    # INSERT OR REPLACE deletes the row it collides with without firing delete triggers, so the
    # log refuses any insert that would collide, before SQLite resolves the conflict.
    """CREATE TRIGGER IF NOT EXISTS interactions_no_replace BEFORE INSERT ON interactions
        WHEN NOT EXISTS (SELECT 1 FROM erase_gate) AND (
            EXISTS (SELECT 1 FROM interactions WHERE id = NEW.id)
            OR (NEW.client_id IS NOT NULL AND EXISTS (SELECT 1 FROM interactions WHERE client_id = NEW.client_id)))
        BEGIN SELECT RAISE(ABORT, 'interactions are append-only'); END""",
    # What a review said before the page showed it differently (an edit, or a forged element).
    """CREATE TABLE IF NOT EXISTS ticket_versions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id),
            author_name TEXT,
            text TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            agent_id INTEGER REFERENCES agents(id)
        )""",
    "CREATE INDEX IF NOT EXISTS idx_ticket_versions_ticket ON ticket_versions(ticket_id)",
    # Page dates that no clock can mean ("1/1/0001") were stored as text no reader could parse.
    """UPDATE tickets SET posted_at = NULL WHERE posted_at IS NOT NULL AND (
            posted_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'
            OR posted_at < '2000')""",
)
