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


@migrations()
def m005_team_desk(db: Database) -> None:
    # Roles: leads see the team's figures and the desk's team pages; agents see their own.
    db.execute("ALTER TABLE agents ADD COLUMN role TEXT NOT NULL DEFAULT 'agent' CHECK (role IN ('agent', 'lead'))")
    # The one-person install's agent (HUGDESK_TOKEN) is that person's own lead.
    db.execute("UPDATE agents SET role = 'lead' WHERE name = 'default'")

    # What the response-time figures need, kept on the ticket so a report reads an index, not the log:
    # how precise the page's "posted" text was (seconds; NULL when it gave none we could read), the
    # moment the clock starts (posted time when precise to the hour or better, else first seen), and
    # the first reply (logged reply_posted, or the business's reply first seen on the page) with its agent.
    db.execute("ALTER TABLE tickets ADD COLUMN posted_precision_s INTEGER")
    db.execute("ALTER TABLE tickets ADD COLUMN clock_start_at TEXT")
    db.execute("ALTER TABLE tickets ADD COLUMN first_reply_at TEXT")
    db.execute("ALTER TABLE tickets ADD COLUMN first_reply_agent_id INTEGER REFERENCES agents(id)")
    # Minutes from the clock's start to the first reply, worked out once when the reply is recorded,
    # so a month's median is a read of numbers, not of timestamps.
    db.execute("ALTER TABLE tickets ADD COLUMN first_reply_minutes REAL")
    # The latest reply, call, e-mail, chat or visit about the ticket or its customer: when it is a day
    # old on an open complaint, an intermediate update is due.
    db.execute("ALTER TABLE tickets ADD COLUMN last_contact_at TEXT")
    from ..engine.dates import posted_precision_s  # pure text work; the backfill reads what the page said

    rows = db.execute("SELECT id, posted_text, posted_at, first_seen_at FROM tickets").fetchall()
    for ticket_id, posted_text, posted_at, seen in rows:
        precision = posted_precision_s(posted_text)
        start = posted_at if posted_at and precision is not None and precision <= 3600 else seen
        db.execute("UPDATE tickets SET posted_precision_s = ?, clock_start_at = ? WHERE id = ?",
                   [precision, start, ticket_id])
    db.execute(
        "UPDATE tickets SET first_reply_at = first_response_at, first_reply_agent_id = ("
        " SELECT i.agent_id FROM interactions i WHERE i.ticket_id = tickets.id AND i.kind = 'reply_posted'"
        " ORDER BY i.at LIMIT 1) WHERE first_response_at IS NOT NULL"
    )
    db.execute(
        "UPDATE tickets SET last_contact_at = (SELECT max(i.at) FROM interactions i WHERE (i.ticket_id = tickets.id"
        " OR i.customer_id = tickets.customer_id) AND i.kind IN ('reply_posted', 'phone_call', 'email', 'chat', 'visit'))"
        " WHERE status != 'resolved'"
    )
    db.execute("UPDATE tickets SET last_contact_at = coalesce(last_contact_at, first_reply_at)")
    from .tickets import REPLY_MINUTES

    db.execute(f"UPDATE tickets SET first_reply_minutes = {REPLY_MINUTES.format(reply='first_reply_at')} "
               "WHERE first_reply_at IS NOT NULL")
    db.executescript(
        """
        -- Open complaints in hand, by their last contact: the "update due" reminders.
        CREATE INDEX idx_tickets_update_due ON tickets(last_contact_at)
            WHERE status IN ('open', 'waiting') AND sentiment IN ('negative', 'mixed');
        -- A period's tickets with every column the response figures read: an index-only range scan.
        CREATE INDEX idx_tickets_clock ON tickets(clock_start_at, platform, first_reply_agent_id, first_reply_minutes,
            first_reply_at, owner_replied, status, posted_at, first_seen_at, assignee);
        -- "Expected response time now": the replies of the last hours.
        CREATE INDEX idx_tickets_first_reply ON tickets(first_reply_at);
        CREATE INDEX idx_tickets_assignee ON tickets(assignee);
        -- Kept and broken promises of a period.
        CREATE INDEX idx_promises_closed ON promises(closed_at);
        -- Calls, e-mails, chats and visits of a period (repeat contacts), and a customer's last contact.
        CREATE INDEX idx_interactions_contacts ON interactions(at, customer_id)
            WHERE kind IN ('phone_call', 'email', 'chat', 'visit');

        -- Complaint categories mentioned by a ticket or a logged call/e-mail, one row each, written
        -- when the item is read: a period's recurring problems are a count over an index.
        -- Erasing a person removes their mentions with their tickets and interactions (cascade).
        CREATE TABLE problem_mentions (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            category TEXT NOT NULL,
            channel TEXT,
            ticket_id INTEGER REFERENCES tickets(id) ON DELETE CASCADE,
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE CASCADE,
            customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE
        );
        CREATE INDEX idx_problem_mentions_category ON problem_mentions(category, at);
        CREATE INDEX idx_problem_mentions_ticket ON problem_mentions(ticket_id);
        CREATE INDEX idx_problem_mentions_interaction ON problem_mentions(interaction_id);
        CREATE INDEX idx_problem_mentions_customer ON problem_mentions(customer_id);
        -- Mentions counted per UTC day and category as they come and go (triggers, so every writer
        -- keeps them right): a period's recurring problems are a sum over at most a row a day.
        CREATE TABLE problem_daily (
            day TEXT NOT NULL,
            category TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (day, category)
        ) WITHOUT ROWID;
        CREATE TRIGGER problem_mentions_counted AFTER INSERT ON problem_mentions BEGIN
            INSERT INTO problem_daily (day, category, count) VALUES (substr(NEW.at, 1, 10), NEW.category, 1)
            ON CONFLICT (day, category) DO UPDATE SET count = count + 1;
        END;
        CREATE TRIGGER problem_mentions_uncounted AFTER DELETE ON problem_mentions BEGIN
            UPDATE problem_daily SET count = count - 1 WHERE day = substr(OLD.at, 1, 10) AND category = OLD.category;
        END;
        CREATE TRIGGER problem_mentions_moved AFTER UPDATE OF at, category ON problem_mentions BEGIN
            UPDATE problem_daily SET count = count - 1 WHERE day = substr(OLD.at, 1, 10) AND category = OLD.category;
            INSERT INTO problem_daily (day, category, count) VALUES (substr(NEW.at, 1, 10), NEW.category, 1)
            ON CONFLICT (day, category) DO UPDATE SET count = count + 1;
        END;

        -- Signed-in desk sessions: only the SHA-256 of the cookie is kept, like tokens.
        CREATE TABLE desk_sessions (
            id_hash TEXT PRIMARY KEY,
            agent_id INTEGER NOT NULL REFERENCES agents(id),
            csrf TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );

        -- A lead's answer to "same person?": these two records are different people.
        CREATE TABLE customer_distinct (
            low_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            high_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            agent_id INTEGER REFERENCES agents(id),
            at TEXT NOT NULL,
            PRIMARY KEY (low_id, high_id)
        );
        -- "Same person?" candidates: identities with one name in different records.
        CREATE INDEX idx_identities_name ON identities(lower(display_name));
        """
    )
    db.execute(
        "INSERT INTO problem_mentions (at, category, channel, ticket_id, customer_id) "
        "SELECT coalesce(t.posted_at, t.first_seen_at), c.value, t.platform, t.id, t.customer_id "
        "FROM tickets t, json_each(t.categories) c "
        "WHERE t.sentiment IN ('negative', 'mixed') AND json_valid(t.categories)"
    )
    # Calls and e-mails logged before this version are read once here (about a millisecond each).
    from ..engine.problems import contact_problems

    contacts = db.execute(
        "SELECT id, at, channel, ticket_id, customer_id, text FROM interactions "
        "WHERE kind IN ('phone_call', 'email', 'chat', 'visit') AND text IS NOT NULL"
    ).fetchall()
    db.conn.executemany(
        "INSERT INTO problem_mentions (at, category, channel, interaction_id, ticket_id, customer_id) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [(at, category, channel, iid, tid, cid) for iid, at, channel, tid, cid, text in contacts
         for category in contact_problems(text)],
    )


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


@migrations()
def m010_model_drafts(db: Database) -> None:
    # Drafts a language model wrote in the background, and every attempt that gave none (the
    # guard refused the text, the model timed out or failed), so a lead can see why. Keyed by
    # what the draft was written from (`digest`): a changed review or setting asks again.
    # Erasing a person erases these with their tickets.
    db.executescript(
        """
        CREATE TABLE model_drafts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ticket_id INTEGER NOT NULL REFERENCES tickets(id) ON DELETE CASCADE,
            digest TEXT NOT NULL,
            status TEXT NOT NULL,
            text TEXT,
            language TEXT,
            reasons TEXT,
            model TEXT,
            ms INTEGER,
            at TEXT NOT NULL
        );
        CREATE INDEX idx_model_drafts_ticket ON model_drafts(ticket_id, digest);
        CREATE INDEX idx_model_drafts_at ON model_drafts(at);
        """
    )


@migrations()
def m011_same_person_on_the_card(db: Database) -> None:
    # An open card asks "same person?" about its own customer: records are found by name through
    # this index, the way the desk finds identities by name. A popup-logged call makes a customer
    # with a name and no identity, so the customers' own names must be searchable too.
    db.execute("CREATE INDEX idx_customers_name ON customers(lower(display_name))")
    # A merge from the card can be undone exactly: which records it moved, and from which group
    # each came (JSON {customer id: group id before}); undone_at once it was undone.
    db.execute("ALTER TABLE customer_links ADD COLUMN moved TEXT")
    db.execute("ALTER TABLE customer_links ADD COLUMN undone_at TEXT")
