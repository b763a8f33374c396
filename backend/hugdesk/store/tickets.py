"""Tickets: one per review, comment or conversation, unique per (platform, external_id)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Annotated, Literal

import msgspec
from sqlite_utils import Database

from .db import iso, missing, now, parse_iso, readable_time
from ..engine.problems import review_problems
from .log import append  # a status change is itself an interaction
from .problems import replace_ticket_problems
from ..engine import sla as clocks
from ..engine.dates import posted_precision
from ..errors import NotFound

Platform = Literal["facebook", "yelp", "tripadvisor"]
Status = Literal["new", "open", "waiting", "resolved"]
Sla = clocks.Sla  # ok, warn, breach, answered, backlog, unknown


class Ticket(msgspec.Struct):
    id: int
    platform: str
    external_id: str
    kind: str
    url: str | None
    author_name: str | None
    customer_id: int | None
    rating: float | None
    recommends: bool | None
    text: str
    language: str | None
    status: str
    assignee: str | None
    owner_replied: bool
    posted_at: str | None
    first_seen_at: str
    first_response_at: str | None
    waiting_minutes: int | None
    sla: str
    # The response clock (engine/sla.py): this item's own target in business minutes, when a reply
    # is due and turns amber (null unless ok, warn or breach), wall-clock minutes since it was
    # posted, its band, and how finely the page dated it (null: the date could not be read).
    target_minutes: int
    due_at: str | None
    warn_at: str | None
    wall_minutes: int | None
    band: str
    posted_precision: str | None
    # The page the item was seen on: the link when the item has no address of its own.
    page_url: str | None = None
    # Earlier texts of this review, oldest first: an edit never silently replaces what was read.
    versions: list[TicketVersion] = msgspec.field(default_factory=list)


class TicketVersion(msgspec.Struct):
    """What a review said before the page showed it differently, and until when."""

    author_name: str | None
    text: str
    replaced_at: str


class TicketUpdate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    status: Status | msgspec.UnsetType = msgspec.UNSET
    assignee: Annotated[str, msgspec.Meta(max_length=100)] | None | msgspec.UnsetType = msgspec.UNSET


class TicketList(msgspec.Struct):
    items: list[Ticket]
    # How many tickets match the filters (for paging with offset and limit).
    total: int = 0
    # Items posted before this instant are backlog (settings.tracking_since).
    tracking_since: str | None = None
    # order=due only: how many unanswered items run a clock, have no readable date, or are
    # backlog, and how many are answered (the popup's totals).
    counts: dict[str, int] | None = None


TICKET_COLUMNS = (
    "id, platform, external_id, kind, url, author_name, customer_id, rating, recommends, text, language, "
    "status, assignee, owner_replied, posted_at, first_seen_at, first_response_at, posted_text, sentiment, page_url"
)


# The response clock starts when the customer posted only if the page said so to the hour or better
# ("2 hours ago", "30 min"); "3 days ago" or a bare date could be off by a day, so the clock starts
# when Hugdesk first saw the item instead.
PRECISE_POSTED_S = 3600


# Minutes from the clock's start to a reply at ``{reply}`` (an SQL expression), wall clock, kept on the
# ticket as first_reply_minutes. This is where business hours (issue 13) will change the arithmetic.
REPLY_MINUTES = "round(max(0.0, (julianday({reply}) - julianday(clock_start_at)) * 1440.0), 3)"


def clock_start(posted_at: str | None, precision_s: int | None, first_seen_at: str) -> str:
    if posted_at and precision_s is not None and precision_s <= PRECISE_POSTED_S:
        return min(posted_at, first_seen_at)
    return first_seen_at


class ClockFields(msgspec.Struct):
    """The response clock as the wire carries it: the same fields on tickets and observe's items."""

    sla: str
    waiting_minutes: int | None
    target_minutes: int
    due_at: str | None
    warn_at: str | None
    wall_minutes: int | None
    band: str
    posted_precision: str | None


def clock_fields(
    policy: clocks.Policy, *, rating: float | None, recommends, sentiment: str | None, posted_at: str | None,
    posted_text: str | None, answered: bool, at: dt.datetime,
) -> ClockFields:
    """Where an item stands against its own target. A posted date the page gave but we could not
    read is "unknown": the clock never starts at first sight, which would say "0 min"."""
    posted_at = readable_time(posted_at)  # an unreadable stored date is unknown, never a 500
    found = clocks.item_clock(
        policy, rating=rating, recommends=None if recommends is None else bool(recommends), sentiment=sentiment,
        posted_at=parse_iso(posted_at), answered=answered, at=at,
    )
    return ClockFields(
        found.sla, found.waiting_minutes, found.target_minutes, _iso(found.due_at), _iso(found.warn_at),
        found.wall_minutes, found.band, posted_precision(posted_text) if posted_at else None,
    )


@lru_cache(maxsize=8192)
def _iso(instant: dt.datetime | None) -> str | None:
    # Due times repeat on every visit of a page; formatting them was a third of the clock's cost.
    return iso(instant)


def is_answered(owner_replied, first_response_at: str | None, status: str) -> bool:
    return bool(owner_replied) or first_response_at is not None or status == "resolved"


def ticket_from_row(row, policy: clocks.Policy, at: dt.datetime) -> Ticket:
    (tid, platform, ext, kind, url, author, cid, rating, rec, text, lang, status, assignee, replied, posted,
     seen, first_resp, posted_text, sentiment, page_url) = row
    posted = readable_time(posted)
    c = clock_fields(policy, rating=rating, recommends=rec, sentiment=sentiment, posted_at=posted,
                     posted_text=posted_text, answered=is_answered(replied, first_resp, status), at=at)
    return Ticket(
        tid, platform, ext, kind, url, author, cid, rating, None if rec is None else bool(rec), text, lang, status,
        assignee, bool(replied), posted, seen, first_resp, c.waiting_minutes, c.sla, c.target_minutes, c.due_at,
        c.warn_at, c.wall_minutes, c.band, c.posted_precision, page_url,
    )


def get_ticket(db: Database, ticket_id: int, policy: clocks.Policy) -> Ticket:
    row = db.execute(f"SELECT {TICKET_COLUMNS} FROM tickets WHERE id = ?", [ticket_id]).fetchone()
    if not row:
        raise NotFound(f"ticket {ticket_id} does not exist")
    ticket = ticket_from_row(row, policy, now())
    ticket.versions = versions(db, ticket_id)
    return ticket


def ticket_id_for_ref(db: Database, platform: str, external_id: str) -> int:
    row = db.execute("SELECT id FROM tickets WHERE platform = ? AND external_id = ?", [platform, external_id]).fetchone()
    if not row:
        raise NotFound(f"no ticket for {platform}:{external_id} (the page must be observed first)")
    return row[0]


def _filters(platform: str | None, status: str | None, q: str | None, customer_id: int | None) -> tuple[list[str], list]:
    where, params = [], []
    if platform:
        where.append("platform = ?")
        params.append(platform)
    if status:
        where.append("status = ?")
        params.append(status)
    if customer_id is not None:
        where.append("customer_id = ?")
        params.append(customer_id)
    if q:
        where.append("(text LIKE ? ESCAPE '\\' OR author_name LIKE ? ESCAPE '\\')")
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [like, like]
    return where, params


def _where(parts: list[str]) -> str:
    return " WHERE " + " AND ".join(parts) if parts else ""


def list_tickets(
    db: Database, policy: clocks.Policy, *, platform: str | None = None, status: str | None = None, q: str | None = None,
    customer_id: int | None = None, limit: int = 50, offset: int = 0,
) -> list[Ticket]:
    """Most recently seen first."""
    where, params = _filters(platform, status, q, customer_id)
    sql = f"SELECT {TICKET_COLUMNS} FROM tickets{_where(where)} ORDER BY first_seen_at DESC, id DESC LIMIT ? OFFSET ?"
    at = now()
    return [ticket_from_row(r, policy, at) for r in db.execute(sql, [*params, limit, offset])]


def count_tickets(
    db: Database, *, platform: str | None = None, status: str | None = None, q: str | None = None,
    customer_id: int | None = None,
) -> int:
    where, params = _filters(platform, status, q, customer_id)
    return db.execute(f"SELECT count(*) FROM tickets{_where(where)}", params).fetchone()[0]


# The queue's segments, in the engine's terms (engine/sla.py: clock): what is not answered and
# was posted after tracking started runs a clock; a date in the future is as unreadable as none.
# UNANSWERED is written exactly as idx_tickets_unanswered's condition, so SQLite uses that index.
_UNANSWERED = "owner_replied = 0 AND first_response_at IS NULL AND status != 'resolved'"
_DATED = "posted_at IS NOT NULL AND posted_at <= :future"
_SEGMENTS = {
    "tracked": f"{_DATED} AND (:since IS NULL OR posted_at >= :since)",
    "unknown": f"NOT ({_DATED})",
    "backlog": f"{_DATED} AND posted_at < :since",
}
# The same bands as engine/sla.py band_of (tests/store/test_ticket_queue.py keeps them equal), so
# the database can rank each band by posting time: within a band, earlier posted is due earlier.
BAND_SQL = (
    "CASE WHEN rating IS NOT NULL THEN (CASE WHEN rating < 3 THEN 'negative' WHEN rating < 4 THEN 'neutral' "
    "ELSE 'positive' END) WHEN recommends IS NOT NULL THEN (CASE WHEN recommends THEN 'positive' ELSE 'negative' END) "
    "WHEN sentiment IN ('negative', 'mixed') THEN 'negative' WHEN sentiment = 'positive' THEN 'positive' "
    "ELSE 'other' END"
)
# Within the other segments: the newest unreadable and backlog items first, answered last.
_SEGMENT_ORDER = {
    "unknown": "first_seen_at DESC, id DESC",
    "backlog": "posted_at DESC, id DESC",
    "answered": "first_seen_at DESC, id DESC",
}


def _segments_at(policy: clocks.Policy, at: dt.datetime):
    """The queue's segment conditions with this moment's bounds filled in. Both instants are our
    own formatting (iso), never request text, so they are written into the SQL."""
    bounds = {":future": f"'{iso(at + dt.timedelta(days=1))}'",
              ":since": f"'{iso(policy.tracking_since)}'" if policy.tracking_since else "NULL"}

    def bounded(name: str) -> str:
        sql = _SEGMENTS[name]
        for key, value in bounds.items():
            sql = sql.replace(key, value)
        return sql

    return bounded


def ticket_queue(
    db: Database, policy: clocks.Policy, *, platform: str | None = None, status: str | None = None,
    q: str | None = None, customer_id: int | None = None, limit: int = 50, offset: int = 0,
    at: dt.datetime | None = None,
) -> tuple[list[Ticket], int]:
    """Work in the order it is due, and how many items match: items running a clock (red first,
    then by due time, each against its own target), then those whose date could not be read, then
    the backlog, then what is answered. Reads at most offset + limit rows a band: within a band
    both "red" and the due time only grow with the posting time."""
    at = at or now()
    where, params = _filters(platform, status, q, customer_id)
    bounded = _segments_at(policy, at)

    def condition(name: str) -> str:
        if name == "answered":
            return " AND ".join([*where, f"NOT ({_UNANSWERED})"])
        return " AND ".join([*where, _UNANSWERED, f"({bounded(name)})"])

    names = ("tracked", "unknown", "backlog")
    counted = ", ".join(f"coalesce(sum(CASE WHEN {bounded(n)} THEN 1 ELSE 0 END), 0)" for n in names)
    counts = dict(zip(names, db.execute(
        f"SELECT {counted} FROM tickets WHERE {' AND '.join([*where, _UNANSWERED])}", params).fetchone()))
    total = count_tickets(db, platform=platform, status=status, q=q, customer_id=customer_id)
    counts["answered"] = total - sum(counts.values())
    found: list[Ticket] = []
    if offset < counts["tracked"]:
        # Within a band an item posted earlier is due earlier, so the first offset + limit of each
        # band by posting time hold the first offset + limit of all, in due order.
        rows = []
        for band in clocks.BANDS:
            rows += db.execute(
                f"SELECT {TICKET_COLUMNS} FROM tickets WHERE {condition('tracked')} AND {BAND_SQL} = ? "
                f"ORDER BY posted_at, id LIMIT ?", [*params, band, offset + limit],
            ).fetchall()
        # Red first, most overdue first; then by due time. Praise is never red, so past its target
        # it ranks by its due time among the amber and green: ahead of what is not yet due.
        ranked = sorted((ticket_from_row(r, policy, at) for r in rows),
                        key=lambda t: (t.sla != "breach", t.due_at is None, t.due_at or "", t.posted_at or "", t.id))
        found = ranked[offset:offset + limit]
    skip = max(0, offset - counts["tracked"])
    for name in ("unknown", "backlog", "answered"):
        if len(found) >= limit:
            break
        if skip >= counts[name]:
            skip -= counts[name]
            continue
        rows = db.execute(
            f"SELECT {TICKET_COLUMNS} FROM tickets WHERE {condition(name)} ORDER BY {_SEGMENT_ORDER[name]} LIMIT ? OFFSET ?",
            [*params, limit - len(found), skip],
        ).fetchall()
        found += [ticket_from_row(r, policy, at) for r in rows]
        skip = 0
    return found, total


def queue_counts(db: Database, policy: clocks.Policy, *, platform: str | None = None, status: str | None = None,
                 q: str | None = None, customer_id: int | None = None, at: dt.datetime | None = None,
                 **_page) -> dict[str, int]:
    """How many matching items are in each of the queue's segments, in one query."""
    at = at or now()
    where, params = _filters(platform, status, q, customer_id)
    bounded = _segments_at(policy, at)

    names = ("tracked", "unknown", "backlog")
    counted = [f"coalesce(sum(CASE WHEN ({_UNANSWERED}) AND ({bounded(n)}) THEN 1 ELSE 0 END), 0)" for n in names]
    counted.append(f"coalesce(sum(CASE WHEN {_UNANSWERED} THEN 0 ELSE 1 END), 0)")
    row = db.execute(f"SELECT {', '.join(counted)} FROM tickets WHERE {' AND '.join(where) or '1'}", params).fetchone()
    return dict(zip((*names, "answered"), row))


def ticket_list(db: Database, policy: clocks.Policy, *, order: str = "recent", **filters) -> TicketList:
    """GET /tickets: a page in either order, the number of matching items, and the tracking start."""
    if order == "due":
        items, total = ticket_queue(db, policy, **filters)
        return TicketList(items=items, total=total, tracking_since=iso(policy.tracking_since),
                          counts=queue_counts(db, policy, **filters))
    else:
        items = list_tickets(db, policy, **filters)
        total = count_tickets(db, **{k: v for k, v in filters.items() if k not in ("limit", "offset")})
    return TicketList(items=items, total=total, tracking_since=iso(policy.tracking_since))


def update_ticket(db: Database, ticket_id: int, update: TicketUpdate, agent_id: int, policy: clocks.Policy) -> Ticket:
    with db.atomic():
        row = db.execute("SELECT status, assignee, customer_id, platform FROM tickets WHERE id = ?", [ticket_id]).fetchone()
        if not row:
            raise missing(db, "tickets", ticket_id, "ticket")
        status, assignee, customer_id, platform = row
        stamp = iso(now())
        if update.status is not msgspec.UNSET and update.status != status:
            db.execute("UPDATE tickets SET status = ?, updated_at = ? WHERE id = ?", [update.status, stamp, ticket_id])
            append(db, kind="status_changed", ticket_id=ticket_id, customer_id=customer_id, channel=platform,
                   agent_id=agent_id, at=stamp, payload={"from": status, "to": update.status})
        if update.assignee is not msgspec.UNSET and update.assignee != assignee:
            db.execute("UPDATE tickets SET assignee = ?, updated_at = ? WHERE id = ?", [update.assignee, stamp, ticket_id])
            append(db, kind="assigned", ticket_id=ticket_id, customer_id=customer_id, channel=platform,
                   agent_id=agent_id, at=stamp, payload={"from": assignee, "to": update.assignee})
    return get_ticket(db, ticket_id, policy)


# ---- what observe and the drafts read and keep about tickets -----------------------------------


def save_analysis(db: Database, ticket_id: int, language: str, sentiment: str, categories_json: str) -> None:
    """Keep how a review was read, so it is read once."""
    db.execute(
        "UPDATE tickets SET language = ?, sentiment = ?, categories = ? WHERE id = ?",
        [language, sentiment, categories_json, ticket_id],
    )
    # The recurring-problems report counts what this reading found.
    replace_ticket_problems(db, ticket_id, review_problems(sentiment, msgspec.json.decode(categories_json)))


def owner_replies(db: Database, customer_ids: list[int]) -> list[str]:
    """The business's replies seen on these customers' items."""
    if not customer_ids:
        return []
    marks = ",".join("?" * len(customer_ids))
    return [r[0] for r in db.execute(
        f"SELECT owner_reply_text FROM tickets WHERE customer_id IN ({marks}) AND owner_reply_text IS NOT NULL",
        customer_ids,
    )]


def owner_replies_by_customer(db: Database, customer_ids: list[int]) -> dict[int, list[str]]:
    """The same for a whole batch, in one query."""
    found: dict[int, list[str]] = {}
    if customer_ids:
        marks = ",".join("?" * len(customer_ids))
        for customer_id, text in db.execute(
            f"SELECT customer_id, owner_reply_text FROM tickets WHERE customer_id IN ({marks}) "
            f"AND owner_reply_text IS NOT NULL",
            customer_ids,
        ):
            found.setdefault(customer_id, []).append(text)
    return found


CARD_COLUMNS = (
    "id, status, posted_at, first_seen_at, first_response_at, owner_replied, language, sentiment, categories, "
    "rating, recommends, posted_text, assignee"
)


def card_rows(db: Database, ticket_ids: list[int]) -> dict[int, tuple]:
    """What a card needs of each ticket, for a whole batch in one query (columns: CARD_COLUMNS)."""
    if not ticket_ids:
        return {}
    marks = ",".join("?" * len(ticket_ids))
    return {r[0]: r for r in db.execute(f"SELECT {CARD_COLUMNS} FROM tickets WHERE id IN ({marks})", ticket_ids)}


# ---- observe's writes: one read for the whole batch, then a write only where something changed ----

OBSERVED_COLUMNS = (
    "id, customer_id, author_name, rating, recommends, text, url, owner_replied, owner_reply_text, posted_at"
)


def find_by_refs(db: Database, refs: list[tuple[str, str]]) -> dict[tuple[str, str], tuple]:
    """Stored tickets for (platform, external_id) pairs, in one query (columns: OBSERVED_COLUMNS)."""
    if not refs:
        return {}
    values = ",".join("(?, ?)" for _ in refs)
    columns = ", ".join(f"t.{c.strip()}" for c in OBSERVED_COLUMNS.split(","))
    # A join from the wanted pairs (CROSS JOIN keeps that order) searches the unique index once
    # per pair; `(platform, external_id) IN (VALUES …)` made SQLite scan every ticket.
    rows = db.execute(
        f"WITH refs(p, e) AS (VALUES {values}) SELECT t.platform, t.external_id, {columns} "
        f"FROM refs CROSS JOIN tickets t ON t.platform = refs.p AND t.external_id = refs.e",
        [v for ref in refs for v in ref],
    )
    return {(r[0], r[1]): r[2:] for r in rows}


def keep_version(db: Database, ticket_id: int, author_name: str | None, text: str, agent_id: int | None,
                 stamp: str) -> None:
    """Keep what a ticket said before the page showed something else (call inside a transaction)."""
    db.execute(
        "INSERT INTO ticket_versions (ticket_id, author_name, text, replaced_at, agent_id) VALUES (?, ?, ?, ?, ?)",
        [ticket_id, author_name, text, stamp, agent_id],
    )


def versions(db: Database, ticket_id: int) -> list[TicketVersion]:
    return [TicketVersion(*r) for r in db.execute(
        "SELECT author_name, text, replaced_at FROM ticket_versions WHERE ticket_id = ? ORDER BY id", [ticket_id]
    )]


def insert_observed(db: Database, fields: dict) -> int:
    columns = ", ".join(fields)
    marks = ", ".join("?" * len(fields))
    return db.execute(f"INSERT INTO tickets ({columns}) VALUES ({marks})", list(fields.values())).lastrowid


def update_observed(db: Database, ticket_id: int, item, recommends: int | None, customer_id: int | None,
                    identity_id: int | None, stamp: str, text_changed: bool) -> None:
    """Fill in what the page now shows; empty values never erase what was seen before."""
    if text_changed:
        # The stored reading of the review no longer holds.
        db.execute("UPDATE tickets SET language = NULL, sentiment = NULL, categories = NULL WHERE id = ?", [ticket_id])
        replace_ticket_problems(db, ticket_id, [])
    db.execute(
        "UPDATE tickets SET author_name = coalesce(?, author_name), rating = coalesce(?, rating), "
        "recommends = coalesce(?, recommends), text = CASE WHEN ? != '' THEN ? ELSE text END, "
        "url = coalesce(?, url), owner_replied = max(owner_replied, ?), "
        "owner_reply_text = coalesce(?, owner_reply_text), customer_id = coalesce(customer_id, ?), "
        "identity_id = coalesce(identity_id, ?), updated_at = ?, "
        # The business's reply first appears on the page now: the latest it can have been posted.
        "first_reply_at = CASE WHEN ? AND owner_replied = 0 AND first_reply_at IS NULL THEN ? ELSE first_reply_at END, "
        f"first_reply_minutes = CASE WHEN ? AND owner_replied = 0 AND first_reply_at IS NULL "
        f"THEN {REPLY_MINUTES.format(reply='?')} ELSE first_reply_minutes END, "
        "last_contact_at = CASE WHEN ? AND owner_replied = 0 THEN max(coalesce(last_contact_at, ''), ?) "
        "ELSE last_contact_at END "
        "WHERE id = ?",
        [item.author_name, item.rating, recommends, item.text, item.text, item.url, item.owner_replied,
         item.owner_reply_text, customer_id, identity_id, stamp, item.owner_replied, stamp, item.owner_replied, stamp,
         item.owner_replied, stamp, ticket_id],
    )


def learn_posted(db: Database, ticket_id: int, posted_text: str, posted_at: str, precision_s: int | None) -> None:
    """A date read now for an item whose date was unknown until now (an earlier visit showed none,
    or an older version could not read it). A known date is never replaced: a relative "2 days
    ago" read again later would only drift."""
    db.execute(
        "UPDATE tickets SET posted_text = ?, posted_at = ?, posted_precision_s = ?, "
        "clock_start_at = CASE WHEN ? IS NOT NULL AND ? <= ? THEN min(?, first_seen_at) ELSE first_seen_at END "
        "WHERE id = ? AND posted_at IS NULL",
        [posted_text, posted_at, precision_s, precision_s, precision_s, PRECISE_POSTED_S, posted_at, ticket_id],
    )


def ticket_for_tone(db: Database, ticket_id: int) -> tuple[str, float | None, int | None, str, list[str]] | None:
    """(text, rating, customer id, platform, the business's replies already on this item) or None."""
    row = db.execute("SELECT text, rating, customer_id, platform, owner_reply_text FROM tickets WHERE id = ?",
                     [ticket_id]).fetchone()
    if not row:
        return None
    replies = [row[4]] if row[4] else []
    replies += [r[0] for r in db.execute(
        "SELECT text FROM interactions WHERE ticket_id = ? AND kind = 'reply_posted' AND text IS NOT NULL", [ticket_id]
    )]
    return row[0], row[1], row[2], row[3], replies
