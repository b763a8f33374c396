"""Customers, their identities on every channel, merging and splitting, one history across
channels, and erasure of a person's data."""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

import msgspec
from sqlite_utils import Database

from .db import iso, now
from ..errors import Conflict, Invalid, NotFound

# What counts as a contact with the customer in their history (seen/card_opened do not).
CONTACT_KINDS = ("reply_posted", "phone_call", "email", "chat", "visit", "note")
# Contacts the customer started themselves: any of these before a review makes it a repeat.
INBOUND_KINDS = ("phone_call", "email", "chat", "visit")


class Identity(msgspec.Struct):
    id: int
    kind: str
    platform: str
    value: str
    display_name: str | None
    profile_url: str | None


class Customer(msgspec.Struct):
    id: int
    name: str | None
    group_id: int
    identities: list[Identity]
    # Only in a merge's answer: undo exactly that merge with POST /customers/merges/{merge_id}/undo.
    merge_id: int | None = None


class SamePerson(msgspec.Struct):
    """Another record that is likely the same person (the card's "Same person?")."""

    customer_id: int  # the other record; merging it brings its whole group along
    name: str | None
    reason: str  # "name": the same first name and surname (or its initial), seen on another channel
    channels: list[str]  # where that record was in touch: platforms, phone, e-mail
    last_contact_at: str | None


class CustomerRef(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """How an agent names a customer when logging a call or e-mail."""

    name: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    email: Annotated[str, msgspec.Meta(max_length=254)] | None = None  # RFC 5321's limit
    phone: Annotated[str, msgspec.Meta(max_length=40)] | None = None  # E.164 is 15 digits; room for spaces


class HistoryEntry(msgspec.Struct):
    at: str
    channel: str
    kind: str
    summary: str
    ticket_id: int | None


class HistorySummary(msgspec.Struct):
    tickets: int = 0
    contacts: int = 0
    channels: dict[str, int] = msgspec.field(default_factory=dict)
    last_contact_at: str | None = None
    repeat: bool = False
    recent: list[HistoryEntry] = msgspec.field(default_factory=list)


class TimelineEntry(msgspec.Struct):
    at: str
    channel: str
    kind: str
    summary: str
    text: str | None
    ticket_id: int | None
    agent: str | None


class History(msgspec.Struct):
    customer: Customer
    items: list[TimelineEntry]


def _normalise_phone(phone: str) -> str:
    digits = "".join(c for c in phone if c.isdigit() or c == "+")
    if len(digits.lstrip("+")) < 6:
        raise Invalid("customer.phone: a phone number needs at least 6 digits")
    return digits


def _normalise_email(email: str) -> str:
    email = email.strip().lower()
    if "@" not in email or len(email) > 254:
        raise Invalid("customer.email: not an e-mail address")
    return email


def new_customer(db: Database, name: str | None, at: str) -> int:
    cid = db.execute("INSERT INTO customers (display_name, created_at) VALUES (?, ?)", [name, at]).lastrowid
    db.execute("UPDATE customers SET group_id = id WHERE id = ?", [cid])
    return cid


def find_or_create_identity(
    db: Database, kind: str, platform: str, value: str, *, name: str | None, profile_url: str | None, at: str
) -> tuple[int, int]:
    """Returns (identity_id, customer_id). Call inside a transaction."""
    row = db.execute(
        "SELECT id, customer_id FROM identities WHERE kind = ? AND platform = ? AND value = ?", [kind, platform, value]
    ).fetchone()
    if row:
        return row[0], row[1]
    return add_identity(db, kind, platform, value, name=name, profile_url=profile_url, at=at)


def platform_identities(db: Database, keys: list[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, int]]:
    """(platform, value) -> (identity id, customer id) for a whole batch, in one query."""
    if not keys:
        return {}
    values = ",".join("(?, ?)" for _ in keys)
    # Joined from the wanted pairs so each is one index search (see tickets.find_by_refs).
    rows = db.execute(
        f"WITH keys(p, v) AS (VALUES {values}) SELECT i.platform, i.value, i.id, i.customer_id "
        f"FROM keys CROSS JOIN identities i ON i.kind = 'platform' AND i.platform = keys.p AND i.value = keys.v",
        [v for key in keys for v in key],
    )
    return {(r[0], r[1]): (r[2], r[3]) for r in rows}


def add_identity(db: Database, kind: str, platform: str, value: str, *, name: str | None,
                 profile_url: str | None, at: str) -> tuple[int, int]:
    """A new person with one identity: (identity_id, customer_id). Call inside a transaction."""
    cid = new_customer(db, name, at)
    iid = db.execute(
        "INSERT INTO identities (customer_id, kind, platform, value, display_name, profile_url, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [cid, kind, platform, value, name, profile_url, at],
    ).lastrowid
    return iid, cid


def resolve_customer_ref(db: Database, ref: CustomerRef, at: str) -> int:
    """Find a customer by e-mail or phone (creating one if new), or make a named one."""
    keys = []
    if ref.email:
        keys.append(("email", _normalise_email(ref.email)))
    if ref.phone:
        keys.append(("phone", _normalise_phone(ref.phone)))
    if not keys and not (ref.name and ref.name.strip()):
        raise Invalid("customer: give at least a name, an e-mail or a phone number")
    found = None
    for kind, value in keys:
        row = db.execute(
            "SELECT customer_id FROM identities WHERE kind = ? AND platform = '' AND value = ?", [kind, value]
        ).fetchone()
        if row:
            found = row[0]
            break
    cid = found or new_customer(db, ref.name, at)
    for kind, value in keys:
        db.execute(
            "INSERT OR IGNORE INTO identities (customer_id, kind, platform, value, display_name, created_at) "
            "VALUES (?, ?, '', ?, ?, ?)",
            [cid, kind, value, ref.name, at],
        )
    return cid


def group_ids(db: Database, customer_id: int) -> list[int]:
    rows = db.execute(
        "SELECT id FROM customers WHERE group_id = (SELECT group_id FROM customers WHERE id = ?)", [customer_id]
    ).fetchall()
    return [r[0] for r in rows]


def groups_of(db: Database, customer_ids: list[int]) -> dict[int, list[int]]:
    """Each customer's merged group (its own id included), for a whole batch in one query."""
    if not customer_ids:
        return {}
    marks = ",".join("?" * len(customer_ids))
    groups: dict[int, list[int]] = {}
    for asked, member in db.execute(
        f"SELECT c.id, m.id FROM customers c JOIN customers m ON m.group_id = c.group_id WHERE c.id IN ({marks}) "
        f"ORDER BY m.id",
        customer_ids,
    ):
        groups.setdefault(asked, []).append(member)
    return groups


def get_customer(db: Database, customer_id: int) -> Customer:
    row = db.execute(
        "SELECT id, display_name, group_id FROM customers WHERE id = ? AND erased_at IS NULL", [customer_id]
    ).fetchone()
    if not row:
        raise NotFound(f"customer {customer_id} does not exist")
    ids = group_ids(db, customer_id)
    marks = ",".join("?" * len(ids))
    identities = [
        Identity(*r)
        for r in db.execute(
            f"SELECT id, kind, platform, value, display_name, profile_url FROM identities "
            f"WHERE customer_id IN ({marks}) ORDER BY id",
            ids,
        )
    ]
    return Customer(id=row[0], name=row[1], group_id=row[2], identities=identities)


def _summary(kind: str, text: str | None, rating: float | None = None) -> str:
    snippet = " ".join((text or "").split())
    if len(snippet) > 90:
        snippet = snippet[:89] + "…"
    if rating is not None:
        return f"{rating:g}★ {snippet}".strip()
    return snippet


def history_summary(
    db: Database, customer_id: int | None, *, exclude_ticket: int | None = None, ids: list[int] | None = None
) -> HistorySummary:
    """What the card shows: earlier tickets and contacts on every channel, newest first.
    ``ids`` is the customer's merged group when the caller already has it."""
    if customer_id is None:
        return HistorySummary()
    ids = ids or group_ids(db, customer_id)
    return history_summaries(db, [(customer_id, exclude_ticket)], {customer_id: ids})[(customer_id, exclude_ticket)]


# Per customer, the card needs the newest few entries and counts: 200 of each kind is plenty.
HISTORY_ROWS = 200


def history_summaries(
    db: Database, wanted: list[tuple[int, int | None]], groups: dict[int, list[int]]
) -> dict[tuple[int, int | None], HistorySummary]:
    """History summaries for a whole batch of (customer, the ticket the card is for) in three queries.

    Only what came before that ticket counts as an earlier contact, and the person's other items in
    the same thread (the same page) are one conversation with it, not repeat contacts."""
    members = sorted({m for cid, _ in wanted for m in groups.get(cid, [cid])})
    if not members:
        return {}
    marks = ",".join("?" * len(members))
    tickets_by: dict[int, list[tuple]] = {}
    for row in db.execute(
        f"SELECT customer_id, id, platform, kind, at, text, rating, page_url FROM ("
        f"SELECT customer_id, id, platform, kind, coalesce(posted_at, first_seen_at) AS at, text, rating, page_url, "
        f"row_number() OVER (PARTITION BY customer_id ORDER BY coalesce(posted_at, first_seen_at) DESC) AS n "
        f"FROM tickets WHERE customer_id IN ({marks})) WHERE n <= ?",
        [*members, HISTORY_ROWS],
    ):
        tickets_by.setdefault(row[0], []).append(row[1:])
    kinds = ",".join("?" * len(CONTACT_KINDS))
    contacts_by: dict[int, list[tuple]] = {}
    for row in db.execute(
        f"SELECT customer_id, at, channel, kind, text, ticket_id FROM ("
        f"SELECT customer_id, at, coalesce(channel, 'other') AS channel, kind, text, ticket_id, "
        f"row_number() OVER (PARTITION BY customer_id ORDER BY at DESC, id DESC) AS n "
        f"FROM interactions WHERE customer_id IN ({marks}) AND kind IN ({kinds})) WHERE n <= ?",
        [*members, *CONTACT_KINDS, HISTORY_ROWS],
    ):
        contacts_by.setdefault(row[0], []).append(row[1:])
    anchors = _anchors(db, sorted({t for _, t in wanted if t is not None}))
    found = {}
    for customer_id, exclude in wanted:
        group = groups.get(customer_id, [customer_id])
        tickets = [t for m in group for t in tickets_by.get(m, [])]
        contacts = [c for m in group for c in contacts_by.get(m, [])]
        found[(customer_id, exclude)] = _summarise(tickets, contacts, exclude, anchors.get(exclude))
    return found


# Comments and replies under one post are a conversation. Reviews are not: a second review of the
# same business (or an updated one) is the customer coming back.
THREAD_KINDS = ("comment", "reply")


def _thread(platform: str, kind: str, page_url: str | None) -> tuple[str, str] | None:
    """Comments seen on the same page of the same platform belong to one thread (a post's comments)."""
    if kind not in THREAD_KINDS or not page_url:
        return None
    return (platform, page_url.split("#")[0].rstrip("/"))


def _anchors(db: Database, ticket_ids: list[int]) -> dict[int, tuple[str, tuple[str, str] | None]]:
    """Each card's own ticket: when it was posted (or first seen) and its thread."""
    if not ticket_ids:
        return {}
    marks = ",".join("?" * len(ticket_ids))
    return {
        tid: (at, _thread(platform, kind, page_url))
        for tid, at, platform, kind, page_url in db.execute(
            f"SELECT id, coalesce(posted_at, first_seen_at), platform, kind, page_url FROM tickets WHERE id IN ({marks})",
            ticket_ids,
        )
    }


def _summarise(tickets: list[tuple], contacts: list[tuple], exclude_ticket: int | None,
               anchor: tuple[str, tuple[str, str] | None] | None = None) -> HistorySummary:
    before, thread = anchor if anchor else (None, None)
    channels: dict[str, int] = {}
    entries: list[HistoryEntry] = []
    earlier_tickets = 0
    for tid, platform, kind, at, text, rating, page_url in tickets:
        if tid == exclude_ticket:
            continue
        # A later item is never an earlier contact (posted at the same time: the one stored first
        # came first); the same thread is the same conversation.
        if before is not None and (at, tid) >= (before, exclude_ticket):
            continue
        if thread is not None and _thread(platform, kind, page_url) == thread:
            continue
        earlier_tickets += 1
        channels[platform] = channels.get(platform, 0) + 1
        entries.append(HistoryEntry(at, platform, kind, _summary(kind, text, rating), tid))
    inbound = 0
    for at, channel, kind, text, tid in contacts:
        # Calls and e-mails count whenever they happened: one made after the post is the customer
        # chasing us about it.
        channels[channel] = channels.get(channel, 0) + 1
        inbound += kind in INBOUND_KINDS
        entries.append(HistoryEntry(at, channel, kind, _summary(kind, text), tid))
    entries.sort(key=lambda e: e.at, reverse=True)
    return HistorySummary(
        tickets=earlier_tickets,
        contacts=len(contacts),
        channels=channels,
        last_contact_at=entries[0].at if entries else None,
        repeat=earlier_tickets > 0 or inbound > 0,
        recent=entries[:5],
    )


def history(db: Database, customer_id: int, limit: int = 200) -> History:
    """The full timeline across channels: their posts, our replies, calls, e-mails, promises."""
    customer = get_customer(db, customer_id)
    ids = group_ids(db, customer_id)
    marks = ",".join("?" * len(ids))
    items: list[TimelineEntry] = []
    for tid, platform, kind, at, text, rating in db.execute(
        f"SELECT id, platform, kind, coalesce(posted_at, first_seen_at), text, rating FROM tickets "
        f"WHERE customer_id IN ({marks}) ORDER BY 4 DESC LIMIT ?",
        [*ids, limit],
    ):
        items.append(TimelineEntry(at, platform, kind, _summary(kind, text, rating), text, tid, None))
    for at, channel, kind, text, tid, agent in db.execute(
        f"SELECT i.at, coalesce(i.channel, 'other'), i.kind, i.text, i.ticket_id, a.name FROM interactions i "
        f"LEFT JOIN agents a ON a.id = i.agent_id WHERE i.customer_id IN ({marks}) AND i.kind NOT IN "
        f"('seen', 'card_opened', 'suggestion_shown', 'typing') ORDER BY i.at DESC, i.id DESC LIMIT ?",
        [*ids, limit],
    ):
        items.append(TimelineEntry(at, channel, kind, _summary(kind, text), text, tid, agent))
    items.sort(key=lambda e: e.at, reverse=True)
    return History(customer=customer, items=items[:limit])


def merge(db: Database, into_id: int, other_ids: list[int], agent_id: int | None) -> Customer:
    """Put others (and everyone already merged with them) in into_id's group; rows stay untouched.
    The answer's merge_id undoes exactly this merge (undo_merge)."""
    with db.atomic():
        target = get_customer(db, into_id)
        moved: dict[str, int] = {}
        for other in other_ids:
            get_customer(db, other)
            for member, group in db.execute(
                "SELECT id, group_id FROM customers WHERE group_id = (SELECT group_id FROM customers WHERE id = ?)",
                [other],
            ).fetchall():
                if group != target.group_id:
                    moved.setdefault(str(member), group)
            db.execute(
                "UPDATE customers SET group_id = ? WHERE group_id = (SELECT group_id FROM customers WHERE id = ?)",
                [target.group_id, other],
            )
        link = db.execute(
            "INSERT INTO customer_links (action, customer_ids, group_id, agent_id, at, moved) "
            "VALUES ('merge', ?, ?, ?, ?, ?)",
            [msgspec.json.encode([into_id, *other_ids]).decode(), target.group_id, agent_id, iso(now()),
             msgspec.json.encode(moved).decode()],
        ).lastrowid
    customer = get_customer(db, into_id)
    customer.merge_id = link
    return customer


def undo_merge(db: Database, merge_id: int, agent_id: int | None) -> Customer:
    """Put back exactly the records one merge moved, each into the group it came from. Records that
    were in the group before, or joined it later, stay where they are: an undo is never wider than
    the merge. Refused when the group was regrouped since (a split or another undo came first)."""
    with db.atomic():
        row = db.execute(
            "SELECT action, customer_ids, group_id, moved, undone_at FROM customer_links WHERE id = ?", [merge_id]
        ).fetchone()
        if not row or row[0] != "merge":
            raise NotFound(f"merge {merge_id} does not exist")
        action, ids, group, moved_json, undone_at = row
        if undone_at:
            raise Conflict(f"merge {merge_id} was already undone")
        if moved_json is None:
            raise Conflict(f"merge {merge_id} was made before merges could be undone: split the records instead")
        moved = {int(k): v for k, v in msgspec.json.decode(moved_json).items()}
        if moved:
            marks = ",".join("?" * len(moved))
            now_in = dict(db.execute(f"SELECT id, group_id FROM customers WHERE id IN ({marks})", list(moved)).fetchall())
            if any(now_in.get(member) != group for member in moved):
                raise Conflict(f"the records of merge {merge_id} were regrouped since: split them instead")
            db.conn.executemany("UPDATE customers SET group_id = ? WHERE id = ?", [(g, m) for m, g in moved.items()])
        stamp = iso(now())
        db.execute("UPDATE customer_links SET undone_at = ? WHERE id = ?", [stamp, merge_id])
        db.execute(
            "INSERT INTO customer_links (action, customer_ids, group_id, agent_id, at) VALUES ('split', ?, ?, ?, ?)",
            [msgspec.json.encode(sorted(moved)).decode(), group, agent_id, stamp],
        )
    return get_customer(db, msgspec.json.decode(ids)[0])


# ---- "same person?" --------------------------------------------------------------------------------

# What makes a good candidate, conservatively, since a wrong merge shows one person's history on
# another's card:
# - A full name: a first name of two letters or more and a surname, or its initial, as Yelp and
#   Facebook abbreviate ("Priya N."). A first name alone ("Priya", "John") matches far too many
#   people, and an initial alone ("J. Smith") says too little; both are never suggested.
# - The first names equal, and the surnames equal or one the other's initial ("Priya N." and
#   "Priya Nair"); "Priya N." and "Priya K." are two people.
# - On another channel: two accounts on the same platform are two people (one person rarely keeps
#   two Yelp accounts, while two "John S." on Yelp are common), so a record that shares a platform
#   with ours is left out. A call or e-mail logged under a name has no platform, so it always can be.
# - Not already merged with ours, and never a pair an agent or lead said to keep apart.
# E-mail and phone need no suggestion: a contact logged with the e-mail or phone of a known record
# joins that record when it is logged (resolve_customer_ref).
SAME_PERSON_LIMIT = 3
_WORD = re.compile(r"[^\W\d_]+")


def name_key(name: str | None) -> tuple[str, str] | None:
    """(first name, surname or its initial), case and accents folded, or None when the name is not
    a full name."""
    if not name:
        return None
    folded = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if not unicodedata.combining(c))
    words = _WORD.findall(folded)
    if len(words) < 2 or len(words[0]) < 2:
        return None
    return words[0], words[-1]


def names_match(a: tuple[str, str], b: tuple[str, str]) -> bool:
    if a[0] != b[0]:
        return False
    short, long_ = sorted((a[1], b[1]), key=len)
    return short == long_ or (len(short) == 1 and long_.startswith(short))


def _sql_lower(text: str) -> str:
    # SQLite's lower() folds ASCII letters only.
    return "".join(c.lower() if c.isascii() else c for c in text)


def same_person_candidates(db: Database, customer_id: int, limit: int = SAME_PERSON_LIMIT) -> list[SamePerson]:
    """Records that are likely the same person as this customer (see the rules above), most
    recently in touch first."""
    get_customer(db, customer_id)  # NotFound -> 404
    mine = group_ids(db, customer_id)
    marks = ",".join("?" * len(mine))
    my_names = {r[0] for r in db.execute(f"SELECT display_name FROM customers WHERE id IN ({marks})", mine)}
    my_names |= {r[0] for r in db.execute(f"SELECT display_name FROM identities WHERE customer_id IN ({marks})", mine)}
    keys = {k for k in map(name_key, my_names) if k}
    if not keys:
        return []
    # Found by the first word (an index range on the lowered name), then compared folded. SQLite's
    # lower() leaves "Ë" as it is, so the word is looked up as typed in lower, title and upper case.
    firsts = {_sql_lower(form(n.split()[0])) for n in my_names if n and name_key(n)
              for form in (str.lower, str.capitalize, str.upper)}
    found: dict[int, str] = {}
    for first in sorted(firsts):
        low, high = first + " ", first + "!"
        for cid, name in db.execute(
            "SELECT id, display_name FROM customers WHERE lower(display_name) >= ? AND lower(display_name) < ? "
            "AND erased_at IS NULL UNION SELECT customer_id, display_name FROM identities "
            "WHERE lower(display_name) >= ? AND lower(display_name) < ? LIMIT 500",
            [low, high, low, high],
        ):
            key = name_key(name)
            if cid not in mine and key and any(names_match(key, k) for k in keys):
                found.setdefault(cid, name)
    if not found:
        return []
    groups = groups_of(db, list(found))
    everyone = sorted({m for g in groups.values() for m in g} | set(mine))
    emarks = ",".join("?" * len(everyone))
    platforms: dict[int, set[str]] = {}
    for cid, platform in db.execute(
        # "+kind": searched by customer (idx_identities_customer), not by scanning every platform identity.
        f"SELECT customer_id, platform FROM identities WHERE +kind = 'platform' AND customer_id IN ({emarks})", everyone
    ):
        platforms.setdefault(cid, set()).add(platform)
    apart = set()
    for low_id, high_id in db.execute(
        f"SELECT low_id, high_id FROM customer_distinct WHERE low_id IN ({marks}) OR high_id IN ({marks})", mine + mine
    ):
        apart.add(high_id if low_id in mine else low_id)
    my_platforms = {p for m in mine for p in platforms.get(m, ())}
    # One suggestion per other group, named by its lowest record (the one a merge names).
    picked: dict[tuple[int, ...], int] = {}
    for cid in sorted(found):
        group = tuple(groups.get(cid, [cid]))
        if group in picked or apart.intersection(group):
            continue
        if my_platforms & {p for m in group for p in platforms.get(m, ())}:
            continue
        picked[group] = cid
    if not picked:
        return []
    wanted = [(cid, None) for cid in picked.values()]
    summaries = history_summaries(db, wanted, {cid: list(group) for group, cid in picked.items()})
    out = []
    for group, cid in picked.items():
        summary = summaries.get((cid, None), HistorySummary())
        out.append(SamePerson(customer_id=cid, name=found[cid], reason="name",
                              channels=sorted(summary.channels), last_contact_at=summary.last_contact_at))
    out.sort(key=lambda s: s.last_contact_at or "", reverse=True)
    return out[:limit]


def split(db: Database, customer_id: int, agent_id: int | None) -> Customer:
    """Take one customer record back out of its merged group, with exactly its own history."""
    with db.atomic():
        customer = get_customer(db, customer_id)
        if customer.group_id == customer_id:
            # It heads the group: the next member becomes the head of the rest.
            rest = [i for i in group_ids(db, customer_id) if i != customer_id]
            if not rest:
                raise Invalid(f"customer {customer_id} is not merged with anyone")
            db.execute(
                f"UPDATE customers SET group_id = ? WHERE id IN ({','.join('?' * len(rest))})", [rest[0], *rest]
            )
        db.execute("UPDATE customers SET group_id = id WHERE id = ?", [customer_id])
        db.execute(
            "INSERT INTO customer_links (action, customer_ids, group_id, agent_id, at) VALUES ('split', ?, ?, ?, ?)",
            [msgspec.json.encode([customer_id]).decode(), customer_id, agent_id, iso(now())],
        )
    return get_customer(db, customer_id)


def erase(db: Database, customer_id: int, agent: str | None) -> dict[str, int]:
    """Remove a person (the whole merged group) with everything of theirs; keep only the fact."""
    ids = group_ids(db, customer_id)
    if not ids:
        raise NotFound(f"customer {customer_id} does not exist")
    marks = ",".join("?" * len(ids))
    removed: dict[str, int] = {}
    with db.atomic():
        tickets = [r[0] for r in db.execute(f"SELECT id FROM tickets WHERE customer_id IN ({marks})", ids)]
        tmarks = ",".join("?" * len(tickets)) or "NULL"
        db.execute("INSERT INTO erase_gate (open) VALUES (1)")
        removed["interactions"] = db.execute(
            f"DELETE FROM interactions WHERE customer_id IN ({marks}) OR ticket_id IN ({tmarks})", [*ids, *tickets]
        ).rowcount
        db.execute("DELETE FROM erase_gate")
        removed["promises"] = db.execute(
            f"DELETE FROM promises WHERE customer_id IN ({marks}) OR ticket_id IN ({tmarks})", [*ids, *tickets]
        ).rowcount
        removed["ticket versions"] = db.execute(
            f"DELETE FROM ticket_versions WHERE ticket_id IN ({tmarks})", tickets).rowcount
        removed["tickets"] = db.execute(f"DELETE FROM tickets WHERE id IN ({tmarks})", tickets).rowcount
        removed["identities"] = db.execute(f"DELETE FROM identities WHERE customer_id IN ({marks})", ids).rowcount
        db.execute(f"UPDATE customers SET group_id = NULL WHERE id IN ({marks})", ids)
        removed["customers"] = db.execute(f"DELETE FROM customers WHERE id IN ({marks})", ids).rowcount
        db.execute(
            "INSERT INTO erasures (customer_id, agent, at, removed) VALUES (?, ?, ?, ?)",
            [customer_id, agent, iso(now()), msgspec.json.encode(removed).decode()],
        )
    # The rows are gone from the tables, but in WAL mode earlier versions of their pages sit in
    # the -wal file until a checkpoint, and survive even that until the file is truncated.
    # secure_delete (set on every connection) zeroed the freed pages in the main file.
    busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise Conflict("erased, but another connection kept the write-ahead log busy: run the command again "
                       "so the old pages are overwritten")
    return removed
