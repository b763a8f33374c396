"""What the extension sends for every page it sees: upsert each item as a ticket, log that the
agent saw it, and answer with everything the card shows, in one round trip."""

from __future__ import annotations

import datetime as dt
import time
from typing import Annotated, Literal

import msgspec
from sqlite_utils import Database

from .advice import OBSERVE_BUDGET_S, Advisor, ReviewAnalysis, SuggestionOut, analyse_item, store_analysis
from .customers import HistorySummary, find_or_create_identity, group_ids, history_summary
from .dates import parse_posted
from .db import iso, now
from .interactions import append
from .promises import Promise, open_promises_for
from .tickets import Platform, waiting

ShortText = Annotated[str, msgspec.Meta(max_length=500)]
Url = Annotated[str, msgspec.Meta(max_length=2000)]
# A page re-rendering the same items should not flood the log with "seen".
SEEN_EVERY = dt.timedelta(minutes=10)
# Someone else's activity this recent on an item shows as a collision on the card.
COLLISION_WINDOW = dt.timedelta(minutes=5)
_REPLYING = ("typing", "suggestion_inserted")
_VIEWING = ("seen", "card_opened", "typing", "suggestion_inserted", "suggestion_shown")


class ObservedItem(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    platform: Platform
    external_id: Annotated[str, msgspec.Meta(min_length=1, max_length=300)]
    kind: Literal["review", "comment", "reply", "recommendation"] = "review"
    url: Url | None = None
    author_name: ShortText | None = None
    author_id: ShortText | None = None
    author_url: Url | None = None
    rating: Annotated[float, msgspec.Meta(ge=0.5, le=5)] | None = None
    recommends: bool | None = None
    text: Annotated[str, msgspec.Meta(max_length=20000)] = ""
    posted_text: ShortText | None = None
    owner_replied: bool = False
    owner_reply_text: Annotated[str, msgspec.Meta(max_length=20000)] | None = None


class ObserveRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    page_url: Url | None = None
    items: Annotated[list[ObservedItem], msgspec.Meta(max_length=200)]


class Viewer(msgspec.Struct):
    agent: str
    activity: str
    at: str


class ObservedResult(msgspec.Struct, kw_only=True):
    platform: str
    external_id: str
    ticket_id: int
    customer_id: int | None
    is_new: bool
    status: str
    owner_replied: bool
    posted_at: str | None
    first_seen_at: str
    first_response_at: str | None
    waiting_minutes: int | None
    target_minutes: int
    sla: str
    history: HistorySummary
    promises: list[Promise]
    viewers: list[Viewer]
    analysis: ReviewAnalysis | None = None
    suggestions: list[SuggestionOut] = msgspec.field(default_factory=list)
    # True when drafts were not written within observe's time budget: ask POST /suggestions.
    suggestions_pending: bool = False


class ObserveResponse(msgspec.Struct):
    now: str
    target_minutes: int
    items: list[ObservedResult]


def _identity_key(item: ObservedItem) -> str | None:
    """The author's platform identity: user id when the page gives one, else the profile URL."""
    if item.author_id:
        return item.author_id.strip()
    if item.author_url:
        return item.author_url.split("#")[0].rstrip("/")
    return None


def _upsert(db: Database, item: ObservedItem, page_url: str | None, stamp: str, at: dt.datetime) -> tuple[int, int | None, bool]:
    row = db.execute(
        "SELECT id, customer_id, author_name, rating, recommends, text, url, owner_replied, owner_reply_text "
        "FROM tickets WHERE platform = ? AND external_id = ?",
        [item.platform, item.external_id],
    ).fetchone()
    customer_id = row[1] if row else None
    identity_id = None
    key = _identity_key(item)
    if key and customer_id is None:
        identity_id, customer_id = find_or_create_identity(
            db, "platform", item.platform, key, name=item.author_name, profile_url=item.author_url, at=stamp
        )
    if row:
        # Pages are revisited far more often than they change: write only when something did,
        # so a revisit is a read and the WAL does not grow with every scroll.
        recommends = None if item.recommends is None else int(item.recommends)
        changed = (
            identity_id is not None
            or (item.author_name is not None and item.author_name != row[2])
            or (item.rating is not None and item.rating != row[3])
            or (recommends is not None and recommends != row[4])
            or (item.text != "" and item.text != row[5])
            or (item.url is not None and item.url != row[6])
            or (item.owner_replied and not row[7])
            or (item.owner_reply_text is not None and item.owner_reply_text != row[8])
        )
        if item.text != "" and item.text != row[5]:
            db.execute("UPDATE tickets SET language = NULL, sentiment = NULL, categories = NULL WHERE id = ?", [row[0]])
        if changed:
            db.execute(
                "UPDATE tickets SET author_name = coalesce(?, author_name), rating = coalesce(?, rating), "
                "recommends = coalesce(?, recommends), text = CASE WHEN ? != '' THEN ? ELSE text END, "
                "url = coalesce(?, url), owner_replied = max(owner_replied, ?), "
                "owner_reply_text = coalesce(?, owner_reply_text), customer_id = coalesce(customer_id, ?), "
                "identity_id = coalesce(identity_id, ?), updated_at = ? WHERE id = ?",
                [item.author_name, item.rating, recommends, item.text, item.text, item.url, item.owner_replied,
                 item.owner_reply_text, customer_id, identity_id, stamp, row[0]],
            )
        return row[0], customer_id, False
    posted = parse_posted(item.posted_text, at)
    ticket_id = db.execute(
        "INSERT INTO tickets (platform, external_id, kind, url, page_url, customer_id, identity_id, author_name, "
        "author_id, author_url, rating, recommends, text, posted_text, posted_at, first_seen_at, owner_replied, "
        "owner_reply_text, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [item.platform, item.external_id, item.kind, item.url, page_url, customer_id, identity_id, item.author_name,
         item.author_id, item.author_url, item.rating, item.recommends, item.text, item.posted_text, iso(posted),
         stamp, item.owner_replied, item.owner_reply_text, stamp],
    ).lastrowid
    return ticket_id, customer_id, True


def _viewers(db: Database, ticket_ids: list[int], agent_id: int, since: str) -> dict[int, list[Viewer]]:
    """Other agents active on these items lately, newest first, per ticket (one query a batch)."""
    tmarks = ",".join("?" * len(ticket_ids))
    vmarks = ",".join("?" * len(_VIEWING))
    rmarks = ",".join("?" * len(_REPLYING))
    rows = db.execute(
        f"SELECT i.ticket_id, a.name, max(CASE WHEN i.kind IN ({rmarks}) THEN 1 ELSE 0 END), max(i.at) "
        f"FROM interactions i JOIN agents a ON a.id = i.agent_id WHERE i.ticket_id IN ({tmarks}) AND i.at >= ? "
        f"AND i.agent_id != ? AND i.kind IN ({vmarks}) GROUP BY i.ticket_id, a.name ORDER BY 4 DESC",
        [*_REPLYING, *ticket_ids, since, agent_id, *_VIEWING],
    )
    found: dict[int, list[Viewer]] = {}
    for ticket_id, name, replying, at in rows:
        found.setdefault(ticket_id, []).append(Viewer(agent=name, activity="replying" if replying else "viewing", at=at))
    return found


def observe(
    db: Database, request: ObserveRequest, agent_id: int, agent_name: str, target: int, advisor: Advisor | None = None
) -> ObserveResponse:
    at = now()
    stamp = iso(at)
    seen_since = iso(at - SEEN_EVERY)
    ids: list[tuple[ObservedItem, int, int | None, bool]] = []
    with db.atomic():
        for item in request.items:
            ticket_id, customer_id, is_new = _upsert(db, item, request.page_url, stamp, at)
            ids.append((item, ticket_id, customer_id, is_new))
        ticket_ids = [t for _, t, _, _ in ids]
        marks = ",".join("?" * len(ticket_ids))
        seen = {r[0] for r in db.execute(
            f"SELECT DISTINCT ticket_id FROM interactions WHERE ticket_id IN ({marks}) AND at >= ? AND kind = 'seen' "
            f"AND agent_id = ?",
            [*ticket_ids, seen_since, agent_id],
        )}
        payload = {"page_url": request.page_url} if request.page_url else None
        for item, ticket_id, customer_id, _ in ids:
            if ticket_id not in seen:
                seen.add(ticket_id)
                append(db, kind="seen", ticket_id=ticket_id, customer_id=customer_id, channel=item.platform,
                       agent_id=agent_id, at=stamp, payload=payload)
    viewers = _viewers(db, ticket_ids, agent_id, iso(at - COLLISION_WINDOW)) if ticket_ids else {}
    deadline = time.perf_counter() + OBSERVE_BUDGET_S
    shared: dict = {}
    analysed: list[tuple[ReviewAnalysis, int]] = []
    results = []
    for item, ticket_id, customer_id, is_new in ids:
        status, posted, seen, first_resp, replied, language, sentiment, categories = db.execute(
            "SELECT status, posted_at, first_seen_at, first_response_at, owner_replied, language, sentiment, "
            "categories FROM tickets WHERE id = ?",
            [ticket_id],
        ).fetchone()
        answered = bool(replied) or first_resp is not None or status == "resolved"
        minutes, sla = waiting(posted, seen, answered, target, at)
        members = group_ids(db, customer_id) if customer_id else []
        analysis = None
        if language:
            analysis = ReviewAnalysis(language, sentiment or "neutral", msgspec.json.decode(categories or "[]"))
        elif time.perf_counter() < deadline:
            # Reading a review costs about a millisecond: within the budget now, else when the
            # card asks for its drafts.
            analysis = analyse_item(item.text, item.rating, item.platform)
            analysed.append((analysis, ticket_id))
        history = history_summary(db, customer_id, exclude_ticket=ticket_id, ids=members)
        promises = open_promises_for(db, members, stamp)
        drafts: list[SuggestionOut] | None = []
        if advisor is not None and not answered:
            drafts = advisor.drafts(db, item, ticket_id, customer_id, agent_name, deadline, shared,
                                    members=members, history=history, promises=promises)
        results.append(
            ObservedResult(
                platform=item.platform, external_id=item.external_id, ticket_id=ticket_id, customer_id=customer_id,
                is_new=is_new, status=status, owner_replied=bool(replied), posted_at=posted, first_seen_at=seen,
                first_response_at=first_resp, waiting_minutes=minutes, target_minutes=target, sla=sla,
                history=history, promises=promises,
                viewers=viewers.get(ticket_id, []),
                analysis=analysis, suggestions=drafts or [], suggestions_pending=drafts is None,
            )
        )
    if analysed:
        with db.atomic():
            for found, ticket_id in analysed:
                store_analysis(db, ticket_id, found)
    return ObserveResponse(now=stamp, target_minutes=target, items=results)
