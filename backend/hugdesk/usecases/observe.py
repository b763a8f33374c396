"""What the extension sends for every page it sees, answered in one round trip and three phases:

1. write the batch: upsert each item as a ticket and log that the agent saw it;
2. read everything the cards need (status, history, promises, viewers) for the whole batch, in a
   number of queries that does not grow with the batch;
3. draft replies within a time budget; then answer."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from typing import Annotated, Literal

import msgspec
from sqlite_utils import Database

from ..engine import sla as clocks
from ..engine.dates import read_posted
from ..errors import Invalid
from ..store import customers, interactions, promises, tickets
from ..store.customers import HistorySummary
from ..store.db import iso, now, readable_time
from ..store.log import append
from ..store.promises import Promise
from ..store.tickets import Platform, clock_fields, is_answered
from ..store import model_drafts as stored_model_drafts
from .drafts import (OBSERVE_BUDGET_S, Advisor, ReviewAnalysis, SuggestionOut, analyse_item, draft_context, batch_context,
                     model_suggestions, store_analysis)
from .model_drafts import ModelDrafter, plan as plan_model, view as model_view

ShortText = Annotated[str, msgspec.Meta(max_length=500)]
Url = Annotated[str, msgspec.Meta(max_length=2000)]
# A page re-rendering the same items should not flood the log with "seen".
SEEN_EVERY = dt.timedelta(minutes=10)
# Reading a review costs time in proportion to its length; observe answers on the server's
# event loop, so longer reviews are read when the card asks (POST /suggestions, off the loop).
INLINE_TEXT = 3000
# Someone else's activity this recent on an item shows as a collision on the card.
COLLISION_WINDOW = dt.timedelta(minutes=5)


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
    # Where each item stood in the batch the client sent (items it could not take are left out).
    positions: list[int] | None = None


class ItemError(msgspec.Struct, kw_only=True):
    """One item of a batch that was not taken, and why; the rest of the batch went through."""

    index: int
    external_id: str | None
    detail: str


def read_batch(page_url: str | None, raw_items: list) -> tuple[ObserveRequest, list[ItemError]]:
    """Each item checked on its own (strict types: "5" is no rating), so one bad item is
    reported alone and never sinks the batch."""
    items, positions, errors = [], [], []
    for index, raw in enumerate(raw_items):
        try:
            items.append(msgspec.convert(raw, ObservedItem, strict=True))
            positions.append(index)
        except msgspec.ValidationError as exc:
            external_id = raw.get("external_id") if isinstance(raw, dict) else None
            errors.append(ItemError(index=index, external_id=external_id if isinstance(external_id, str) else None,
                                    detail=f"items[{index}]: {exc}".replace("`$.", "`items[%d]." % index)))
    return ObserveRequest(page_url=page_url, items=items, positions=positions), errors


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
    # Who the item is assigned to (an agent's name), or null.
    assignee: str | None = None
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
    # A language model is writing one more draft in the background: ask POST /suggestions later.
    model_pending: bool = False
    # The response clock beside sla / waiting_minutes (business minutes) / target_minutes (this
    # item's own target): when the reply is due and turns amber (null unless ok, warn or breach),
    # wall-clock minutes since posting, the target's band, how finely the page dated it.
    due_at: str | None = None
    warn_at: str | None = None
    wall_minutes: int | None = None
    band: str = "other"
    posted_precision: str | None = None


class ObserveResponse(msgspec.Struct):
    now: str
    # The complaint target (settings.targets.negative); each item carries its own.
    target_minutes: int
    items: list[ObservedResult]
    # Items posted before this instant are backlog, never a breach.
    tracking_since: str | None = None
    errors: list[ItemError] = msgspec.field(default_factory=list)


def _identity_key(item: ObservedItem) -> str | None:
    """The author's platform identity: user id when the page gives one, else the profile URL."""
    if item.author_id:
        return item.author_id.strip()
    if item.author_url:
        return item.author_url.split("#")[0].rstrip("/")
    return None


class _Written(msgspec.Struct):
    item: ObservedItem
    ticket_id: int
    customer_id: int | None
    is_new: bool


def _write(db: Database, request: ObserveRequest, agent_id: int, at: dt.datetime,
           errors: list[ItemError]) -> list[_Written]:
    """Phase 1: upsert every item and log `seen`, reading what is stored in two queries a batch.
    Each item is written under its own savepoint: one that the database refuses is reported
    in ``errors`` and the others stay."""
    stamp = iso(at)
    stored = tickets.find_by_refs(db, list(dict.fromkeys((i.platform, i.external_id) for i in request.items)))
    keys = {(i.platform, k) for i in request.items if (k := _identity_key(i))}
    known = customers.platform_identities(db, sorted(keys))
    positions = request.positions or list(range(len(request.items)))
    written: list[_Written] = []
    for position, item in zip(positions, request.items):
        try:
            with db.atomic():
                done, new_known, new_stored = _write_one(db, request, item, agent_id, stamp, at, stored, known)
        except (sqlite3.Error, Invalid) as exc:
            errors.append(ItemError(index=position, external_id=item.external_id, detail=f"items[{position}]: {exc}"))
            continue
        known.update(new_known)
        stored.update(new_stored)
        written.append(done)
    seen = interactions.seen_lately(db, [w.ticket_id for w in written], agent_id, iso(at - SEEN_EVERY))
    payload = {"page_url": request.page_url} if request.page_url else None
    for w in written:
        if w.ticket_id not in seen:
            seen.add(w.ticket_id)
            append(db, kind="seen", ticket_id=w.ticket_id, customer_id=w.customer_id, channel=w.item.platform,
                   agent_id=agent_id, at=stamp, payload=payload)
    return written


def _write_one(db: Database, request: ObserveRequest, item: ObservedItem, agent_id: int, stamp: str,
               at: dt.datetime, stored: dict, known: dict) -> tuple[_Written, dict, dict]:
    """One item: (what was written, identities and tickets it added to the batch's lookups)."""
    new_known: dict = {}
    row = stored.get((item.platform, item.external_id))
    customer_id = row[1] if row else None
    identity_id = None
    key = _identity_key(item)
    if key and customer_id is None:
        found = known.get((item.platform, key))
        if found is None:
            found = customers.add_identity(db, "platform", item.platform, key, name=item.author_name,
                                           profile_url=item.author_url, at=stamp)
            new_known[(item.platform, key)] = found
        identity_id, customer_id = found
    if row:
        ticket_id = row[0]
        # Pages are revisited far more often than they change: write only when something did,
        # so a revisit is a read and the WAL does not grow with every scroll.
        recommends = None if item.recommends is None else int(item.recommends)
        text_changed = item.text != "" and item.text != row[5]
        learned_at, learned_precision = (None, None) if row[9] else read_posted(item.posted_text, at)
        author_changed = item.author_name is not None and item.author_name != row[2]
        changed = (
            identity_id is not None
            or author_changed
            or (item.rating is not None and item.rating != row[3])
            or (recommends is not None and recommends != row[4])
            or text_changed
            or (item.url is not None and item.url != row[6])
            or (item.owner_replied and not row[7])
            or (item.owner_reply_text is not None and item.owner_reply_text != row[8])
            or learned_at is not None
        )
        if text_changed or author_changed:
            # What the page showed before is kept, never silently replaced (an edited review,
            # or a page forging one).
            tickets.keep_version(db, ticket_id, row[2], row[5], agent_id, stamp)
        if not changed:
            return _Written(item, ticket_id, customer_id, False), new_known, {}
        tickets.update_observed(db, ticket_id, item, recommends, customer_id, identity_id, stamp, text_changed)
        if learned_at is not None:
            tickets.learn_posted(db, ticket_id, item.posted_text, iso(learned_at), learned_precision)
        # What is stored now, for the same item later in this batch (empty values erase nothing).
        now_stored = (ticket_id, row[1] or customer_id, item.author_name or row[2], item.rating or row[3],
                      row[4] if recommends is None else recommends, item.text or row[5], item.url or row[6],
                      row[7] or item.owner_replied, item.owner_reply_text or row[8],
                      row[9] or iso(learned_at))
        return _Written(item, ticket_id, customer_id, False), new_known, {(item.platform, item.external_id): now_stored}
    posted_at, precision = read_posted(item.posted_text, at)
    ticket_id = tickets.insert_observed(db, {
        "platform": item.platform, "external_id": item.external_id, "kind": item.kind, "url": item.url,
        "page_url": request.page_url, "customer_id": customer_id, "identity_id": identity_id,
        "author_name": item.author_name, "author_id": item.author_id, "author_url": item.author_url,
        "rating": item.rating, "recommends": item.recommends, "text": item.text, "posted_text": item.posted_text,
        "posted_at": iso(posted_at), "first_seen_at": stamp, "posted_precision_s": precision,
        "clock_start_at": tickets.clock_start(iso(posted_at), precision, stamp),
        "owner_replied": item.owner_replied, "owner_reply_text": item.owner_reply_text, "updated_at": stamp,
    })
    # The same item twice in one batch is one ticket.
    new_stored = {(item.platform, item.external_id): (ticket_id, customer_id, item.author_name, item.rating,
                                                      item.recommends, item.text, item.url, item.owner_replied,
                                                      item.owner_reply_text, iso(posted_at))}
    return _Written(item, ticket_id, customer_id, True), new_known, new_stored


def _categories(stored: str | None) -> list[str]:
    """The stored reading of a review; one written by hand or by an older version may not parse."""
    try:
        found = msgspec.json.decode(stored or "[]")
    except msgspec.DecodeError:
        return []
    return [c for c in found if isinstance(c, str)] if isinstance(found, list) else []


class _CardData(msgspec.Struct):
    rows: dict[int, tuple]
    groups: dict[int, list[int]]
    histories: dict[tuple[int, int | None], HistorySummary]
    promises: dict[int, list[Promise]]
    viewers: dict[int, list[Viewer]]


def _read(db: Database, written: list[_Written], agent_id: int, at: dt.datetime) -> _CardData:
    """Phase 2: everything the cards show, for the whole batch, in a fixed number of queries."""
    ticket_ids = list(dict.fromkeys(w.ticket_id for w in written))
    customer_ids = sorted({w.customer_id for w in written if w.customer_id})
    groups = customers.groups_of(db, customer_ids)
    members = sorted({m for g in groups.values() for m in g})
    histories = customers.history_summaries(
        db, [(w.customer_id, w.ticket_id) for w in written if w.customer_id], groups
    )
    by_member = promises.open_promises_by_customer(db, members, iso(at))
    open_by_customer = {
        cid: sorted((p for m in group for p in by_member.get(m, [])), key=lambda p: p.due_at)
        for cid, group in groups.items()
    }
    viewers = {
        tid: [Viewer(agent=name, activity="replying" if replying else "viewing", at=when) for name, replying, when in found]
        for tid, found in interactions.active_agents(db, ticket_ids, agent_id, iso(at - COLLISION_WINDOW)).items()
    }
    return _CardData(tickets.card_rows(db, ticket_ids), groups, histories, open_by_customer, viewers)


def observe(
    db: Database, request: ObserveRequest, agent_id: int, agent_name: str, policy: clocks.Policy | int,
    advisor: Advisor | None = None, *, at: dt.datetime | None = None, errors: list[ItemError] | None = None,
    drafter: ModelDrafter | None = None,
) -> ObserveResponse:
    """`policy` is the clock's (settings: business hours, targets, tracking start); a bare number
    is a wall-clock target for every item that alarms (scripts, tests). `at` fixes the clock.
    One transaction holds all three phases: a request that fails leaves nothing behind.
    ``errors``: items the caller could not take, answered beside the others."""
    if isinstance(policy, int):
        policy = clocks.Policy.wall_clock(policy)
    with db.atomic():
        return _observe(db, request, agent_id, agent_name, policy, advisor, at or now(), list(errors or []), drafter)


def _observe(db: Database, request: ObserveRequest, agent_id: int, agent_name: str, policy: clocks.Policy,
             advisor: Advisor | None, at: dt.datetime, errors: list[ItemError],
             drafter: ModelDrafter | None = None) -> ObserveResponse:
    stamp = iso(at)
    written = _write(db, request, agent_id, at, errors)
    cards = _read(db, written, agent_id, at)

    # Phase 3: read reviews and write drafts within a time budget; what does not fit is asked
    # for by the card (POST /suggestions) when the agent opens it.
    deadline = time.perf_counter() + OBSERVE_BUDGET_S
    shared: dict = {}
    analysed: list[tuple[ReviewAnalysis, int]] = []
    results = []
    for w in written:
        (_, status, posted, seen, first_resp, replied, language, sentiment, categories, rating, recommends,
         posted_text, assignee) = cards.rows[w.ticket_id]
        posted = readable_time(posted)
        answered = is_answered(replied, first_resp, status)
        members = cards.groups.get(w.customer_id, []) if w.customer_id else []
        analysis = None
        if language:
            analysis = ReviewAnalysis(language, sentiment or "neutral", _categories(categories))
        elif time.perf_counter() < deadline and len(w.item.text) <= INLINE_TEXT:
            # Reading a review costs about a millisecond: within the budget now, else when the
            # card asks for its drafts.
            analysis = analyse_item(w.item.text, w.item.rating, w.item.platform)
            analysed.append((analysis, w.ticket_id))
        history = cards.histories.get((w.customer_id, w.ticket_id), HistorySummary()) if w.customer_id else HistorySummary()
        open_promises = cards.promises.get(w.customer_id, []) if w.customer_id else []
        drafts: list[SuggestionOut] | None = []
        model_pending = False
        if advisor is not None and not answered and len(w.item.text) > INLINE_TEXT:
            drafts = None  # a long review is read when the card asks, off the server's event loop
        elif advisor is not None and not answered:
            if not shared:
                # What every draft of the batch needs, read once and whatever the time budget, so
                # the number of reads never depends on how fast the drafting went.
                shared.update(batch_context(db, sorted({m for g in cards.groups.values() for m in g})))
                endpoint = plan_model(db, drafter, shared["settings"])
                shared["model"] = (endpoint, stored_model_drafts.for_tickets(db, [x.ticket_id for x in written])
                                   if endpoint else {})
            owner = [r for m in members for r in shared["owner"].get(m, [])]
            drafts = advisor.drafts(db, w.item, w.ticket_id, w.customer_id, agent_name, deadline, shared,
                                    members=members, history=history, promises=open_promises, owner=owner)
            endpoint, model_rows = shared["model"]
            if endpoint is not None:
                # A model's draft is never waited for: what it wrote earlier is shown, else it is asked.
                review = {"platform": w.item.platform, "author_name": w.item.author_name, "rating": w.item.rating,
                          "text": w.item.text}
                context = draft_context(db, w.customer_id, w.ticket_id, agent_name, shared["recent"],
                                        settings=shared["settings"], members=members, history=history,
                                        promises=open_promises, owner=owner)
                seen = model_view(drafter, endpoint, w.ticket_id, review, context, model_rows.get(w.ticket_id, []), at)
                model_pending = seen.pending
                if drafts is not None:  # else the card asks /suggestions, which shows them
                    drafts = [*drafts, *model_suggestions(seen)]
        # After reading the review: an unrated comment's target depends on whether it complains.
        clock = clock_fields(policy, rating=rating, recommends=recommends,
                             sentiment=analysis.sentiment if analysis else sentiment, posted_at=posted,
                             posted_text=posted_text, answered=answered, at=at)
        results.append(
            ObservedResult(
                platform=w.item.platform, external_id=w.item.external_id, ticket_id=w.ticket_id,
                customer_id=w.customer_id, is_new=w.is_new, status=status, assignee=assignee, owner_replied=bool(replied),
                posted_at=posted, first_seen_at=seen, first_response_at=first_resp,
                waiting_minutes=clock.waiting_minutes, target_minutes=clock.target_minutes, sla=clock.sla,
                due_at=clock.due_at, warn_at=clock.warn_at, wall_minutes=clock.wall_minutes, band=clock.band,
                posted_precision=clock.posted_precision, history=history, promises=open_promises,
                viewers=cards.viewers.get(w.ticket_id, []),
                analysis=analysis, suggestions=drafts or [], suggestions_pending=drafts is None,
                model_pending=model_pending,
            )
        )
    for found, ticket_id in analysed:
        store_analysis(db, ticket_id, found)
    return ObserveResponse(now=stamp, target_minutes=policy.target("negative"), items=results,
                           tracking_since=iso(policy.tracking_since), errors=sorted(errors, key=lambda e: e.index))
