"""What the team lead's figures read. Each function is one query over an index made for it in
m005_team_desk, so a month's summary never scans the interaction log."""

from __future__ import annotations

import msgspec
from sqlite_utils import Database

from ..engine.sla import BANDS
from .tickets import BAND_SQL

# Kinds that are a contact with the customer outside the public page.
CONTACT_KINDS = ("phone_call", "email", "chat", "visit")
_CONTACTS = "kind IN ('phone_call', 'email', 'chat', 'visit')"  # spelled as the partial index is
# An item is answered once a reply was logged or seen on the page, or it was closed. Spelled exactly
# as idx_tickets_unanswered's condition (m006), so SQLite reads that index; first_response_at and
# owner_replied together say what first_reply_at says.
UNANSWERED = "owner_replied = 0 AND first_response_at IS NULL AND status != 'resolved'"


class WindowTicket(msgspec.Struct, array_like=True, gc=False):
    id: int
    platform: str
    day: str  # the UTC date the clock started
    first_reply_agent_id: int | None
    answered: int  # a reply logged or seen, or closed
    reply_minutes: float | None  # clock start to first reply; None when no reply time is known
    overdue: int  # unanswered and waiting past the target
    assignee: str | None


# ---- settings and names ------------------------------------------------------------------------


def stored_tracking_since(db: Database) -> str | None:
    """The `tracking_since` setting when one was stored (JSON string), else None."""
    row = db.execute("SELECT value FROM settings WHERE key = 'tracking_since'").fetchone()
    if not row:
        return None
    value = msgspec.json.decode(row[0])
    return value if isinstance(value, str) and value else None


def first_agent_created_at(db: Database) -> str | None:
    return db.execute("SELECT min(created_at) FROM agents").fetchone()[0]


def agent_names(db: Database) -> dict[int, str]:
    return {r[0]: r[1] for r in db.execute("SELECT id, name FROM agents")}


# ---- response times -----------------------------------------------------------------------------


_WINDOW = (
    "FROM tickets INDEXED BY idx_tickets_clock WHERE clock_start_at >= :start AND clock_start_at < :end "
    "AND coalesce(posted_at, first_seen_at) >= :since"
)
_ANSWERED = "(first_reply_at IS NOT NULL OR owner_replied OR status = 'resolved')"
# Unanswered and waited at least the target: the clock started at or before ``overdue_before``.
_OVERDUE = f"(NOT {_ANSWERED} AND clock_start_at <= :overdue_before)"


def period_groups(db: Database, start: str, end: str, since: str, overdue_before: str, *, agent_id: int | None = None,
                  agent_name: str | None = None) -> list[tuple[str, str, int | None, int, int, int, str | None]]:
    """The period's tickets (clock started in [start, end), posted after tracking began) grouped by
    platform, UTC day and first replier: (platform, day, agent_id, answered, overdue, waiting,
    reply minutes as "12.5,30,..."). With an agent, only their own items (answered first by them, or
    unanswered and assigned to them). SQLite reads the covering index and does the counting, so a
    month of tens of thousands of items comes back as a few hundred rows; the minutes come as one
    string a group because the medians need every value, and a string is far cheaper to hand over
    than a Python row per ticket."""
    own = ""
    if agent_id is not None:
        own = f" AND (first_reply_agent_id = :agent_id OR (NOT {_ANSWERED} AND assignee = :agent_name))"
    return db.execute(
        f"SELECT platform, substr(clock_start_at, 1, 10) AS day, first_reply_agent_id, sum({_ANSWERED}), "
        f"sum({_OVERDUE}), sum(NOT {_ANSWERED}), group_concat(first_reply_minutes) "
        f"{_WINDOW}{own} GROUP BY platform, day, first_reply_agent_id",
        {"start": start, "end": end, "since": since, "overdue_before": overdue_before, "agent_id": agent_id,
         "agent_name": agent_name},
    ).fetchall()


def window_tickets(db: Database, start: str, end: str, since: str, overdue_before: str) -> list[WindowTicket]:
    """Tickets whose clock started in [start, end), posted after tracking began: one index-only range
    scan, reply minutes read as stored, "overdue" a string comparison, so no timestamp is parsed."""
    rows = db.execute(
        f"SELECT id, platform, substr(clock_start_at, 1, 10), first_reply_agent_id, {_ANSWERED}, first_reply_minutes, "
        f"{_OVERDUE}, assignee {_WINDOW}",
        {"start": start, "end": end, "since": since, "overdue_before": overdue_before},
    ).fetchall()
    return msgspec.convert(rows, list[WindowTicket])


def backlog_count(db: Database, since: str) -> int:
    """Unanswered items posted before tracking began: real work, but outside every figure (as the
    cards' clock says "backlog"; an item with no readable date is "unknown", not backlog)."""
    return db.execute(
        f"SELECT count(*) FROM tickets WHERE posted_at < ? AND {UNANSWERED}", [since]
    ).fetchone()[0]


def replies_since(db: Database, stamp: str, since: str) -> list[tuple[str, str]]:
    """(clock start, first reply) of items first answered at or after ``stamp``."""
    return db.execute(
        "SELECT clock_start_at, first_reply_at FROM tickets INDEXED BY idx_tickets_first_reply "
        "WHERE first_reply_at >= ? AND clock_start_at IS NOT NULL AND coalesce(posted_at, first_seen_at) >= ?",
        [stamp, since],
    ).fetchall()


# ---- promises -----------------------------------------------------------------------------------


def open_promise_counts(db: Database, now_stamp: str, soon_stamp: str) -> list[tuple[int | None, int, int, int]]:
    """Per agent: (agent_id, open, overdue, due soon)."""
    return db.execute(
        "SELECT agent_id, count(*), sum(due_at < ?), sum(due_at >= ? AND due_at < ?) FROM promises "
        "WHERE status = 'open' GROUP BY agent_id",
        [now_stamp, now_stamp, soon_stamp],
    ).fetchall()


def promise_outcomes(db: Database, start: str, end: str) -> list[tuple[int | None, str, int]]:
    """Per agent and outcome, promises closed as kept or broken in [start, end)."""
    return db.execute(
        "SELECT agent_id, status, count(*) FROM promises WHERE closed_at >= ? AND closed_at < ? "
        "AND status IN ('kept', 'broken') GROUP BY agent_id, status",
        [start, end],
    ).fetchall()


PROMISE_COLUMNS = ("id", "ticket_id", "customer_id", "customer", "agent", "text", "due_at", "status", "created_at",
                   "closed_at", "url")


def promises_list(db: Database, *, open_only: bool = True, due_before: str | None = None, start: str | None = None,
                  end: str | None = None, status: str | None = None, limit: int = 500) -> list[tuple]:
    """Promises with their agent's and customer's names (columns: PROMISE_COLUMNS)."""
    where, params = [], []
    if open_only:
        where.append("p.status = 'open'")
    if status:
        where.append("p.status = ?")
        params.append(status)
    if due_before:
        where.append("p.due_at < ?")
        params.append(due_before)
    if start and end:
        where.append("p.closed_at >= ? AND p.closed_at < ?")
        params += [start, end]
    sql = (
        "SELECT p.id, p.ticket_id, p.customer_id, coalesce(c.display_name, t.author_name), a.name, p.text, p.due_at, "
        "p.status, p.created_at, p.closed_at, coalesce(t.url, t.page_url) FROM promises p "
        "LEFT JOIN agents a ON a.id = p.agent_id LEFT JOIN customers c ON c.id = p.customer_id "
        "LEFT JOIN tickets t ON t.id = p.ticket_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    return db.execute(sql + " ORDER BY p.due_at, p.id LIMIT ?", [*params, limit]).fetchall()


# ---- recurring problems -------------------------------------------------------------------------


def problem_counts(db: Database, first_day: str, last_day: str) -> dict[str, int]:
    """Complaint mentions per category on the UTC days first_day..last_day (inclusive)."""
    return dict(db.execute(
        "SELECT category, sum(count) FROM problem_daily WHERE day >= ? AND day <= ? GROUP BY category "
        "HAVING sum(count) > 0", [first_day, last_day]
    ).fetchall())


def problem_examples(db: Database, category: str, start: str, end: str, limit: int) -> list[tuple[int | None, int | None]]:
    """The latest (ticket_id, interaction_id) mentioning ``category`` in the period."""
    return db.execute(
        "SELECT ticket_id, interaction_id FROM problem_mentions INDEXED BY idx_problem_mentions_category "
        "WHERE category = ? AND at >= ? AND at < ? ORDER BY at DESC LIMIT ?",
        [category, start, end, limit],
    ).fetchall()


def problem_items(db: Database, category: str | None, start: str, end: str, limit: int) -> list[tuple]:
    """(at, category, channel, ticket_id, interaction_id, customer_id, author, text, url) for the export."""
    where = "m.at >= ? AND m.at < ?" + (" AND m.category = ?" if category else "")
    params = [start, end] + ([category] if category else [])
    return db.execute(
        "SELECT m.at, m.category, m.channel, m.ticket_id, m.interaction_id, m.customer_id, "
        "coalesce(t.author_name, c.display_name), coalesce(i.text, t.text), coalesce(t.url, t.page_url) "
        "FROM problem_mentions m LEFT JOIN tickets t ON t.id = m.ticket_id "
        "LEFT JOIN interactions i ON i.id = m.interaction_id LEFT JOIN customers c ON c.id = m.customer_id "
        f"WHERE {where} ORDER BY m.at DESC LIMIT ?",
        [*params, limit],
    ).fetchall()


# ---- the queue and ticket rows --------------------------------------------------------------------

TICKET_ROW_COLUMNS = ("id", "platform", "author_name", "rating", "text", "url", "assignee", "status",
                      "clock_start_at", "first_reply_at", "first_reply_agent", "customer_id", "categories",
                      "posted_text", "recommends", "sentiment", "posted_at")
_TICKET_ROW_SELECT = (
    "SELECT t.id, t.platform, t.author_name, t.rating, t.text, coalesce(t.url, t.page_url), t.assignee, t.status, "
    "t.clock_start_at, t.first_reply_at, a.name, t.customer_id, t.categories, t.posted_text, t.recommends, "
    "t.sentiment, t.posted_at FROM tickets t LEFT JOIN agents a ON a.id = t.first_reply_agent_id"
)


def queue(db: Database, since: str | None, future: str, *, platform: str | None, rating: int | None,
          assignee: str | None, limit: int) -> list[tuple]:
    """Unanswered items for the desk's queue (columns: TICKET_ROW_COLUMNS): in each target band the
    ``limit`` posted earliest after tracking began (within a band an earlier post is due earlier, as
    in tickets.ticket_queue), then up to ``limit`` whose posted date could not be read."""
    where, params = [UNANSWERED], []
    if platform:
        where.append("platform = ?")
        params.append(platform)
    if rating is not None:
        # Stars as shown: 2 means 2 and 2.5, the way a lead reads a filter.
        where.append("rating >= ? AND rating < ?")
        params += [rating, rating + 1]
    if assignee == "-":
        where.append("assignee IS NULL")
    elif assignee:
        where.append("assignee = ?")
        params.append(assignee)
    base = " AND ".join(where)
    dated = "posted_at IS NOT NULL AND posted_at <= ?" + (" AND posted_at >= ?" if since else "")
    dated_params = [future, since] if since else [future]
    rows: list[tuple] = []
    for band in BANDS:
        rows += db.execute(
            f"{_TICKET_ROW_SELECT} WHERE {base} AND {dated} AND {BAND_SQL} = ? ORDER BY posted_at, t.id LIMIT ?",
            [*params, *dated_params, band, limit],
        ).fetchall()
    rows += db.execute(
        f"{_TICKET_ROW_SELECT} WHERE {base} AND NOT ({dated.replace(' AND posted_at >= ?', '')}) "
        "ORDER BY first_seen_at, t.id LIMIT ?",
        [*params, future, limit],
    ).fetchall()
    return rows


def assignees(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT assignee FROM tickets WHERE assignee IS NOT NULL ORDER BY 1")]


def ticket_rows(db: Database, ticket_ids: list[int]) -> list[tuple]:
    """Ticket rows for an export, in the order given (columns: TICKET_ROW_COLUMNS)."""
    found: dict[int, tuple] = {}
    for chunk in range(0, len(ticket_ids), 500):
        part = ticket_ids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        found.update({r[0]: r for r in db.execute(f"{_TICKET_ROW_SELECT} WHERE t.id IN ({marks})", part)})
    return [found[i] for i in ticket_ids if i in found]


# ---- customers -----------------------------------------------------------------------------------


def contacts_in_period(db: Database, start: str, end: str) -> list[tuple[int, str, str, int | None, str]]:
    """Every contact of the period by customer group: (group_id, at, channel, ticket_id, status);
    calls and e-mails have status ''."""
    return db.execute(
        "SELECT c.group_id, t.clock_start_at, t.platform, t.id, t.status FROM tickets t INDEXED BY idx_tickets_clock "
        "JOIN customers c ON c.id = t.customer_id WHERE t.clock_start_at >= ? AND t.clock_start_at < ? "
        "UNION ALL "
        "SELECT c.group_id, i.at, i.channel, i.ticket_id, '' FROM interactions i JOIN customers c ON c.id = i.customer_id "
        f"WHERE i.{_CONTACTS} AND i.at >= ? AND i.at < ?",
        [start, end, start, end],
    ).fetchall()


def customer_names(db: Database, customer_ids: list[int]) -> dict[int, str | None]:
    found: dict[int, str | None] = {}
    for chunk in range(0, len(customer_ids), 500):
        part = customer_ids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        found.update(dict(db.execute(f"SELECT id, display_name FROM customers WHERE id IN ({marks})", part).fetchall()))
    return found


def same_name_candidates(db: Database, group_ids: list[int], limit: int) -> list[tuple[int, int, str, str, str]]:
    """Pairs of records in different groups whose identities carry the same name, for groups active
    in the period, minus pairs a lead already kept apart: (group a, group b, name, platform a, platform b)."""
    if not group_ids:
        return []
    found: list[tuple[int, int, str, str, str]] = []
    for chunk in range(0, len(group_ids), 500):
        part = group_ids[chunk:chunk + 500]
        marks = ",".join("?" * len(part))
        found += db.execute(
            "SELECT DISTINCT ca.group_id, cb.group_id, ia.display_name, ia.platform, ib.platform "
            "FROM customers ca JOIN identities ia ON ia.customer_id = ca.id "
            "JOIN identities ib ON lower(ib.display_name) = lower(ia.display_name) AND ib.id != ia.id "
            "JOIN customers cb ON cb.id = ib.customer_id "
            f"WHERE ca.group_id IN ({marks}) AND ca.group_id < cb.group_id AND length(ia.display_name) >= 3 "
            "AND NOT EXISTS (SELECT 1 FROM customer_distinct d WHERE d.low_id = ca.group_id AND d.high_id = cb.group_id) "
            "LIMIT ?",
            [*part, limit],
        ).fetchall()
        if len(found) >= limit:
            break
    return found[:limit]


def keep_apart(db: Database, a: int, b: int, agent_id: int, at: str) -> None:
    low, high = sorted((a, b))
    with db.atomic():
        db.execute(
            "INSERT INTO customer_distinct (low_id, high_id, agent_id, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            [low, high, agent_id, at],
        )


# ---- reminders -------------------------------------------------------------------------------------


def promises_due(db: Database, agent_id: int, before: str, limit: int) -> list[tuple]:
    """The agent's open promises due before ``before`` (columns: PROMISE_COLUMNS)."""
    return db.execute(
        "SELECT p.id, p.ticket_id, p.customer_id, coalesce(c.display_name, t.author_name), a.name, p.text, p.due_at, "
        "p.status, p.created_at, p.closed_at, coalesce(t.url, t.page_url) FROM promises p "
        "LEFT JOIN agents a ON a.id = p.agent_id LEFT JOIN customers c ON c.id = p.customer_id "
        "LEFT JOIN tickets t ON t.id = p.ticket_id "
        "WHERE p.status = 'open' AND p.due_at < ? AND p.agent_id = ? ORDER BY p.due_at LIMIT ?",
        [before, agent_id, limit],
    ).fetchall()


def complaints_awaiting_update(db: Database, quiet_since: str, horizon: str, assignee: str, limit: int) -> list[tuple]:
    """Open complaints already answered once (the case is in hand) whose last reply, call or e-mail
    fell between ``horizon`` and ``quiet_since``, assigned to ``assignee`` or to nobody:
    (ticket_id, platform, author, url, last contact). A partial index holds exactly these tickets."""
    return db.execute(
        "SELECT id, platform, author_name, coalesce(url, page_url), last_contact_at FROM tickets "
        "INDEXED BY idx_tickets_update_due "
        "WHERE status IN ('open', 'waiting') AND sentiment IN ('negative', 'mixed') AND last_contact_at IS NOT NULL "
        "AND last_contact_at < ? AND last_contact_at >= ? AND (assignee = ? OR assignee IS NULL) "
        "ORDER BY last_contact_at LIMIT ?",
        [quiet_since, horizon, assignee, limit],
    ).fetchall()


def backlog_ids(db: Database, since: str, limit: int) -> list[int]:
    return [r[0] for r in db.execute(
        f"SELECT id FROM tickets WHERE posted_at < ? AND {UNANSWERED} ORDER BY posted_at LIMIT ?", [since, limit])]
