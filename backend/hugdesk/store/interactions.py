"""The append-only log of everything agents did or saw. Each entry from a client carries the
client's own id, so a retried request is answered with the stored entry, never recorded twice."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Annotated, Any, Literal

import msgspec
from sqlite_utils import Database

from .customers import CustomerRef, resolve_customer_ref
from .db import Id, iso, missing, now, parse_iso
from .log import append
from ..errors import Conflict, Invalid, NotFound
from .tickets import REPLY_MINUTES, Platform, ticket_id_for_ref

Kind = Literal[
    "seen", "card_opened", "suggestion_shown", "suggestion_inserted", "reply_posted", "status_changed",
    "promise_logged", "promise_kept", "promise_broken", "note", "phone_call", "email", "chat", "visit", "typing",
]
Channel = Literal["facebook", "yelp", "tripadvisor", "phone", "email", "chat", "visit", "other"]
ClientId = Annotated[str, msgspec.Meta(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")]
# An ISO-8601 time as a client sends it; its range is checked by normalise_time.
Time = Annotated[str, msgspec.Meta(max_length=40)]
# What the extension attaches to an entry: a few short scalars (background/handlers.js checks the same).
Payload = Annotated[
    dict[Annotated[str, msgspec.Meta(max_length=40)], Annotated[str, msgspec.Meta(max_length=2000)] | int | float | bool | None],
    msgspec.Meta(max_length=20),
]
# Kinds whose channel is implied, so an agent logging a call need not say "phone" twice.
_IMPLIED_CHANNEL = {"phone_call": "phone", "email": "email", "chat": "chat", "visit": "visit"}


class TicketRef(msgspec.Struct, forbid_unknown_fields=True):
    platform: Platform
    external_id: Annotated[str, msgspec.Meta(min_length=1, max_length=300)]


class InteractionCreate(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    id: ClientId
    kind: Kind
    ticket_id: Id | None = None
    ticket_ref: TicketRef | None = None
    customer_id: Id | None = None
    customer: CustomerRef | None = None
    channel: Channel | None = None
    at: Time | None = None
    text: Annotated[str, msgspec.Meta(max_length=20000)] | None = None
    payload: Payload | None = None


class Interaction(msgspec.Struct):
    id: str
    kind: str
    ticket_id: int | None
    customer_id: int | None
    channel: str | None
    agent: str | None
    at: str
    text: str | None
    payload: dict[str, Any] | None
    duplicate: bool = False


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")


# Times from a client must be ones a helpdesk can mean: nothing before the platforms existed,
# nothing after this century. Anything else is a typo or an attack, and SQLite would keep it
# as text no reader can parse back.
EARLIEST = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
LATEST = dt.datetime(2100, 1, 1, tzinfo=dt.timezone.utc)
# Something that happened (an interaction's `at`) cannot be later than now, give or take a clock.
CLOCK_SLACK = dt.timedelta(days=1)


def normalise_time(value: str | None, field: str, *, past: bool = False) -> str:
    """An ISO time from a client, checked and in UTC; now when absent. ``past``: it happened."""
    if value is None:
        return iso(now())
    if not _ISO.match(value):
        raise Invalid(f"{field}: expected an ISO-8601 time with a timezone, like 2026-11-22T18:40:00Z")
    try:
        parsed = parse_iso(value).astimezone(dt.timezone.utc)
    except (ValueError, OverflowError) as exc:
        raise Invalid(f"{field}: {exc}") from None
    latest = min(LATEST, now() + CLOCK_SLACK) if past else LATEST
    if not EARLIEST <= parsed < latest:
        raise Invalid(f"{field}: {value} is out of range (between {iso(EARLIEST)} and {iso(latest)})")
    return iso(parsed)


def body_hash(data: msgspec.Struct) -> str:
    """A digest of a request as the client sent it: its retry has the same one."""
    return hashlib.sha256(msgspec.json.encode(data, order="sorted")).hexdigest()


def _stored(db: Database, client_id: str) -> tuple[Interaction, int | None, str | None] | None:
    """(the stored entry, the agent who wrote it, the digest of the request) for a client id."""
    row = db.execute(
        "SELECT i.client_id, i.kind, i.ticket_id, i.customer_id, i.channel, a.name, i.at, i.text, i.payload, "
        "i.agent_id, i.body_hash FROM interactions i LEFT JOIN agents a ON a.id = i.agent_id WHERE i.client_id = ?",
        [client_id],
    ).fetchone()
    if not row:
        return None
    return Interaction(*row[:8], payload=msgspec.json.decode(row[8]) if row[8] else None), row[9], row[10]


def same_request(agent_id: int, digest: str, stored_agent: int | None, stored_digest: str | None,
                 legacy_same: bool) -> bool:
    """Whether a client id seen before comes back from the same agent with the same body.
    Rows from before digests were kept compare what they stored (``legacy_same``)."""
    if stored_agent != agent_id:
        return False
    return stored_digest == digest if stored_digest is not None else legacy_same


def record(db: Database, data: InteractionCreate, agent_id: int) -> Interaction:
    """Log one interaction; returns the stored entry (duplicate=True when the id was seen before).

    A client id is the client's promise that this is the same entry: the same id from another
    agent, or with another body, is refused (409) and nothing stored under it is shown."""
    digest = body_hash(data)
    found = _stored(db, data.id)
    if found:
        existing, stored_agent, stored_digest = found
        legacy = existing.kind == data.kind and existing.text == data.text
        if not same_request(agent_id, digest, stored_agent, stored_digest, legacy):
            raise Conflict("id: already used for another entry; a new entry needs a new id")
        existing.duplicate = True
        return existing
    at = normalise_time(data.at, "at", past=True)
    with db.atomic():
        ticket_id, customer_id, channel = _resolve_targets(db, data, at)
        append(db, kind=data.kind, ticket_id=ticket_id, customer_id=customer_id, channel=channel,
               agent_id=agent_id, at=at, text=data.text, payload=data.payload, client_id=data.id, body_hash=digest)
        if data.kind == "reply_posted" and ticket_id is not None:
            # Answering stops the clock; the customer now waits on us no more.
            # The first reply (logged, or seen on the page earlier) is what the response figures measure,
            # with the agent who wrote it when it was logged.
            db.execute(
                "UPDATE tickets SET first_response_at = coalesce(first_response_at, ?), "
                "first_reply_agent_id = CASE WHEN first_reply_at IS NULL OR ? < first_reply_at THEN ? "
                "ELSE first_reply_agent_id END, "
                "first_reply_at = CASE WHEN first_reply_at IS NULL OR ? < first_reply_at THEN ? ELSE first_reply_at END, "
                f"first_reply_minutes = CASE WHEN first_reply_at IS NULL OR ? < first_reply_at "
                f"THEN {REPLY_MINUTES.format(reply='?')} ELSE first_reply_minutes END, "
                "status = CASE WHEN status IN ('new', 'open') THEN 'waiting' ELSE status END, updated_at = ? "
                "WHERE id = ?",
                [at, at, agent_id, at, at, at, at, iso(now()), ticket_id],
            )
        if data.kind in CONTACT_KINDS:
            touch_last_contact(db, ticket_id, customer_id, at)
    stored = _stored(db, data.id)
    assert stored is not None
    return stored[0]


# A reply or a contact outside the page: the customer heard from us.
CONTACT_KINDS = ("reply_posted", "phone_call", "email", "chat", "visit")


def touch_last_contact(db: Database, ticket_id: int | None, customer_id: int | None, at: str) -> None:
    """Move the last contact of the ticket, and of the customer's open tickets, forward to ``at``."""
    if ticket_id is not None:
        db.execute("UPDATE tickets SET last_contact_at = ? WHERE id = ? AND (last_contact_at IS NULL OR last_contact_at < ?)",
                   [at, ticket_id, at])
    if customer_id is not None:
        # A call is about the person, so it counts for every open item of theirs (merged records too).
        db.execute(
            "UPDATE tickets SET last_contact_at = ? WHERE customer_id IN (SELECT id FROM customers WHERE group_id = "
            "(SELECT group_id FROM customers WHERE id = ?)) AND status != 'resolved' "
            "AND (last_contact_at IS NULL OR last_contact_at < ?)",
            [at, customer_id, at],
        )


def _resolve_targets(db: Database, data: InteractionCreate, at: str) -> tuple[int | None, int | None, str | None]:
    ticket_id = data.ticket_id
    if ticket_id is None and data.ticket_ref is not None:
        ticket_id = ticket_id_for_ref(db, data.ticket_ref.platform, data.ticket_ref.external_id)
    customer_id = data.customer_id
    channel = data.channel or _IMPLIED_CHANNEL.get(data.kind)
    if ticket_id is not None:
        row = db.execute("SELECT customer_id, platform FROM tickets WHERE id = ?", [ticket_id]).fetchone()
        if not row:
            raise missing(db, "tickets", ticket_id, "ticket")
        customer_id = customer_id or row[0]
        channel = channel or row[1]
    if customer_id is not None:
        if not db.execute("SELECT 1 FROM customers WHERE id = ?", [customer_id]).fetchone():
            raise missing(db, "customers", customer_id, "customer")
    elif data.customer is not None:
        customer_id = resolve_customer_ref(db, data.customer, at)
    if ticket_id is None and customer_id is None and data.kind in ("phone_call", "email", "chat", "visit", "note"):
        raise Invalid(f"a {data.kind} needs a ticket_id, ticket_ref, customer_id or customer to belong to")
    return ticket_id, customer_id, channel


def recent_replies(db: Database, limit: int) -> list[str]:
    """The business's latest posted replies, to anyone: new drafts must not read like them."""
    return [r[0] for r in db.execute(
        "SELECT text FROM interactions WHERE kind = 'reply_posted' AND text IS NOT NULL ORDER BY id DESC LIMIT ?",
        [limit],
    )]


def seen_lately(db: Database, ticket_ids: list[int], agent_id: int, since: str) -> set[int]:
    """Tickets this agent already has a `seen` entry for since ``since`` (one query a batch)."""
    if not ticket_ids:
        return set()
    marks = ",".join("?" * len(ticket_ids))
    return {r[0] for r in db.execute(
        f"SELECT DISTINCT ticket_id FROM interactions WHERE ticket_id IN ({marks}) AND at >= ? AND kind = 'seen' "
        f"AND agent_id = ?",
        [*ticket_ids, since, agent_id],
    )}


# Kinds that show an agent is on an item right now, and those that show they are answering it.
VIEWING_KINDS = ("seen", "card_opened", "typing", "suggestion_inserted", "suggestion_shown")
REPLYING_KINDS = ("typing", "suggestion_inserted")


def active_agents(db: Database, ticket_ids: list[int], agent_id: int, since: str) -> dict[int, list[tuple[str, bool, str]]]:
    """Other agents active on these items since ``since``, newest first: (name, replying, at) per ticket."""
    if not ticket_ids:
        return {}
    tmarks = ",".join("?" * len(ticket_ids))
    vmarks = ",".join("?" * len(VIEWING_KINDS))
    rmarks = ",".join("?" * len(REPLYING_KINDS))
    rows = db.execute(
        f"SELECT i.ticket_id, a.name, max(CASE WHEN i.kind IN ({rmarks}) THEN 1 ELSE 0 END), max(i.at) "
        f"FROM interactions i JOIN agents a ON a.id = i.agent_id WHERE i.ticket_id IN ({tmarks}) AND i.at >= ? "
        f"AND i.agent_id != ? AND i.kind IN ({vmarks}) GROUP BY i.ticket_id, a.name ORDER BY 4 DESC",
        [*REPLYING_KINDS, *ticket_ids, since, agent_id, *VIEWING_KINDS],
    )
    found: dict[int, list[tuple[str, bool, str]]] = {}
    for ticket_id, name, replying, at in rows:
        found.setdefault(ticket_id, []).append((name, bool(replying), at))
    return found
