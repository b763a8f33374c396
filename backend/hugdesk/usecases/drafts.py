"""Between the suggestion engine (pure functions) and the store: what a review is about, the
drafts for it with the customer's history, and the tone guard on an agent's draft."""

from __future__ import annotations

import hashlib
import time
from collections import OrderedDict
from typing import Annotated, Any, Literal

import msgspec
from sqlite_utils import Database

from ..engine.analysis import analyse
from ..store.settings import get_settings
from ..store.customers import group_ids, history_summary
from ..store.db import Id, iso, now
from ..errors import Invalid, NotFound
from ..store.promises import open_promises_for
from ..engine.suggestions import suggest
from ..store.interactions import recent_replies
from ..store.tickets import Platform, owner_replies, owner_replies_by_customer, save_analysis, ticket_for_tone
from ..engine.tone import review_tone
from ..store import model_drafts as stored_model_drafts
from .model_drafts import ModelDrafter, ModelView, plan as plan_model, view as model_view

UiLang = Literal["en", "pl", "uk"]
# Reading a review and writing its drafts cost a millisecond or more each; observe spends at
# most this much on them and leaves the rest to POST /suggestions, which the card calls, so a
# page of new reviews never waits on the writer.
OBSERVE_BUDGET_S = 0.002
# The business's own recent replies: new drafts must not read like them (canned replies).
RECENT_REPLIES = 50


class ReviewAnalysis(msgspec.Struct):
    language: str
    sentiment: str
    categories: list[str]


class SuggestionOut(msgspec.Struct, kw_only=True):
    text: str
    approach: str
    language: str
    language_fallback: bool = False
    mentions: list[str] = msgspec.field(default_factory=list)
    similarity: float = 0.0
    # "rules" (the engine's phrasebooks) or "model" (a language model, checked by the same guards).
    source: str = "rules"


class SuggestRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    platform: Platform | None = None
    author_name: Annotated[str, msgspec.Meta(max_length=500)] | None = None
    rating: Annotated[float, msgspec.Meta(ge=0.5, le=5)] | None = None
    text: Annotated[str, msgspec.Meta(max_length=20000)] | None = None
    ticket_id: Id | None = None


class SuggestResponse(msgspec.Struct, kw_only=True):
    language: str
    reply_language: str
    language_fallback: bool
    sentiment: str
    categories: list[str]
    side: str
    specifics: list[str]
    is_complaint: bool
    repeat: bool
    suggestions: list[SuggestionOut]
    # A language model is writing one more draft: ask again in a few seconds.
    model_pending: bool = False


class ToneRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    draft: Annotated[str, msgspec.Meta(max_length=20000)]
    review_text: Annotated[str, msgspec.Meta(max_length=20000)] | None = None
    rating: Annotated[float, msgspec.Meta(ge=0.5, le=5)] | None = None
    ticket_id: Id | None = None
    # The platform whose reply rules apply; taken from the ticket when one is given.
    platform: Platform | None = None
    ui_lang: UiLang = "en"


class ToneWarning(msgspec.Struct, kw_only=True):
    code: str
    severity: str
    start: int
    end: int
    excerpt: str
    message: str
    messages: dict[str, str]
    fix: str
    fixes: dict[str, str]
    fix_action: str | None = None
    replacement: str | None = None
    # For a platform rule: the rule in the agent's language ("Tripadvisor's management response guidelines").
    guideline: str | None = None


class PromiseHint(msgspec.Struct, kw_only=True):
    text: str
    due_at: str | None
    start: int
    end: int
    vague: bool = False


class ToneResponse(msgspec.Struct, kw_only=True):
    warnings: list[ToneWarning]
    promise: PromiseHint | None


def analyse_item(text: str, rating: float | None, platform: str | None) -> ReviewAnalysis:
    found = analyse(text or "", rating, platform=platform)
    return ReviewAnalysis(language=found.language, sentiment=found.sentiment, categories=list(found.categories))


def store_analysis(db: Database, ticket_id: int, found: ReviewAnalysis) -> None:
    save_analysis(db, ticket_id, found.language, found.sentiment, msgspec.json.encode(found.categories).decode())


def _recent_replies(db: Database) -> list[str]:
    return recent_replies(db, RECENT_REPLIES)


def _previous_replies(db: Database, customer_ids: list[int], recent: list[str] | None = None,
                      owner: list[str] | None = None) -> list[str]:
    """Replies the business already posted: recently to anyone, and ever on this customer's items."""
    replies = list(recent if recent is not None else _recent_replies(db))
    return replies + (owner if owner is not None else owner_replies(db, customer_ids))


def batch_context(db: Database, member_ids: list[int]) -> dict[str, Any]:
    """For observe: what drafting a whole batch needs, in three queries."""
    return {"recent": _recent_replies(db), "settings": get_settings(db),
            "owner": owner_replies_by_customer(db, member_ids)}


def _context(db: Database, customer_id: int | None, ticket_id: int | None, agent_name: str | None,
             recent: list[str] | None = None, *, settings=None, members: list[int] | None = None,
             history=None, promises=None, owner=None) -> dict[str, Any]:
    """What the writer needs to know besides the review; observe passes what it already read."""
    settings = settings or get_settings(db)
    if members is None:
        members = group_ids(db, customer_id) if customer_id else []
    if history is None and customer_id:
        history = history_summary(db, customer_id, exclude_ticket=ticket_id, ids=members)
    return {
        "business_name": settings.business_name,
        "signature": settings.signature,
        "compensations": settings.compensations,
        "business_kind": settings.business_kind,
        "follow_up": list(settings.follow_up),
        "draft_detail": settings.draft_detail,
        "agent_name": agent_name or "",
        "history": history if customer_id else None,
        "promises": promises if promises is not None else open_promises_for(db, members, iso(now())),
        "previous_replies": _previous_replies(db, members, recent, owner),
    }


# Observe builds the same context for a model's draft from what it already read.
draft_context = _context


def _drafts(result) -> list[SuggestionOut]:
    return [msgspec.convert(d, SuggestionOut) for d in result.to_dict()["suggestions"]]


def model_suggestions(found: ModelView) -> list[SuggestionOut]:
    return [SuggestionOut(text=r.text or "", approach="model", language=r.language or "", source="model")
            for r in found.drafts]


class Advisor:
    """Drafts per ticket, remembered until the review, the customer's history or the settings
    change, so a revisited page and the card's own request cost nothing the second time."""

    def __init__(self, size: int = 4096):
        self._cache: OrderedDict[tuple, list[SuggestionOut]] = OrderedDict()
        self._tickets: dict[int, int] = {}  # ticket id -> how many cached entries it has
        self._size = size

    def knows(self, ticket_id: int) -> bool:
        return ticket_id in self._tickets

    def write(self, ticket_id: int | None, review: dict[str, Any], context: dict[str, Any],
              deadline: float | None = None):
        """(result or None, drafts); drafts is None when the deadline passed before writing."""
        key, hit = self.lookup(ticket_id, review, context)
        if hit is not None:
            return None, hit
        if deadline is not None and time.perf_counter() > deadline:
            return None, None
        result = suggest(review, context)
        drafts = _drafts(result)
        self.remember(key, drafts)
        return result, drafts

    def lookup(self, ticket_id: int | None, review: dict[str, Any], context: dict[str, Any]):
        """(cache key, remembered drafts or None)."""
        key = (ticket_id, _digest(review, context))
        hit = self._cache.get(key) if ticket_id is not None else None
        if hit is not None:
            self._cache.move_to_end(key)
        return key, hit

    def remember(self, key: tuple, drafts: list[SuggestionOut]) -> None:
        ticket_id = key[0]
        if ticket_id is None or key in self._cache:
            return
        self._cache[key] = drafts
        self._tickets[ticket_id] = self._tickets.get(ticket_id, 0) + 1
        if len(self._cache) > self._size:
            (old_ticket, _), _ = self._cache.popitem(last=False)
            left = self._tickets.pop(old_ticket) - 1
            if left:
                self._tickets[old_ticket] = left

    def drafts(self, db: Database, item, ticket_id: int, customer_id: int | None, agent_name: str,
               deadline: float, shared: dict, **known) -> list[SuggestionOut] | None:
        """For observe: None when its time budget ran out (the card then asks /suggestions).
        ``known`` carries the members, history and promises observe already read."""
        if time.perf_counter() > deadline and not self.knows(ticket_id):
            return None  # nothing remembered and no time left: skip building the context at all
        context = _context(db, customer_id, ticket_id, agent_name, shared["recent"], settings=shared["settings"],
                           **known)
        review = {"platform": item.platform, "author_name": item.author_name, "rating": item.rating, "text": item.text}
        return self.write(ticket_id, review, context, deadline)[1]


def _digest(*parts) -> str:
    # Settings are read inside the context, so a changed signature or compensation list is a new key.
    return hashlib.blake2b(msgspec.json.encode(parts, enc_hook=_enc), digest_size=16).hexdigest()


def _enc(value):
    if isinstance(value, msgspec.Struct):
        return msgspec.to_builtins(value)
    return str(value)


class SuggestJob(msgspec.Struct):
    """What /suggestions read from the store: the rest is text work, done off the event loop."""

    data: SuggestRequest
    review: dict[str, Any]
    context: dict[str, Any]
    key: tuple
    cached: list[SuggestionOut] | None


class SuggestWork(msgspec.Struct):
    found: dict[str, Any]
    drafts: list[SuggestionOut]
    fresh: bool


def plan_suggestions(db: Database, data: SuggestRequest, agent_name: str, advisor: Advisor) -> SuggestJob:
    review: dict[str, Any] = {"platform": data.platform, "author_name": data.author_name, "rating": data.rating,
                              "text": data.text}
    customer_id = None
    if data.ticket_id is not None:
        row = db.execute(
            "SELECT platform, author_name, rating, text, customer_id FROM tickets WHERE id = ?", [data.ticket_id]
        ).fetchone()
        if not row:
            raise NotFound(f"ticket {data.ticket_id} does not exist")
        stored = dict(zip(("platform", "author_name", "rating", "text"), row[:4]))
        review = {k: (review[k] if review[k] is not None else stored[k]) for k in review}
        customer_id = row[4]
    if not (review["text"] or "").strip() and review["rating"] is None:
        raise Invalid("text: give the review's text (or a rating), or a ticket_id of a stored review")
    context = _context(db, customer_id, data.ticket_id, agent_name)
    key, cached = advisor.lookup(data.ticket_id, review, context)
    return SuggestJob(data, review, context, key, cached)


def write_suggestions(job: SuggestJob) -> SuggestWork:
    """Pure text work (safe in a worker thread): the drafts and what the review was read as."""
    review = job.review
    if job.cached is not None:
        found = analyse(review["text"] or "", review["rating"], platform=review["platform"]).to_dict()
        return SuggestWork(found, job.cached, False)
    result = suggest(review, job.context)
    # A fresh result already holds the reading of the review.
    return SuggestWork(result.to_dict(), _drafts(result), True)


def finish_suggestions(db: Database, job: SuggestJob, work: SuggestWork, advisor: Advisor,
                       drafter: ModelDrafter | None = None) -> SuggestResponse:
    data, found, drafts = job.data, work.found, work.drafts
    if work.fresh:
        advisor.remember(job.key, drafts)
    model_pending = False
    endpoint = plan_model(db, drafter, get_settings(db)) if drafter is not None and data.ticket_id else None
    if endpoint is not None and data.ticket_id is not None:
        rows = stored_model_drafts.for_tickets(db, [data.ticket_id]).get(data.ticket_id, [])
        seen = model_view(drafter, endpoint, data.ticket_id, job.review, job.context, rows, now(), urgent=True)
        drafts, model_pending = [*drafts, *model_suggestions(seen)], seen.pending
    if data.ticket_id is not None and data.text is None:
        # The card asked for drafts observe had no time for: keep what the review was read as.
        with db.atomic():
            if db.execute("SELECT 1 FROM tickets WHERE id = ?", [data.ticket_id]).fetchone():
                store_analysis(db, data.ticket_id, ReviewAnalysis(found["language"], found["sentiment"],
                                                                  list(found["categories"])))
    history = job.context["history"]
    return SuggestResponse(
        language=found["language"], reply_language=drafts[0].language if drafts else found["language"],
        language_fallback=any(d.language_fallback for d in drafts), sentiment=found["sentiment"],
        categories=list(found["categories"]), side=found["side"], specifics=list(found["specifics"]),
        is_complaint=found["is_complaint"], repeat=bool(history and history.repeat),
        suggestions=drafts, model_pending=model_pending,
    )


def suggest_for(db: Database, data: SuggestRequest, agent_name: str, advisor: Advisor) -> SuggestResponse:
    """All three steps in one thread (for callers without an event loop to protect)."""
    job = plan_suggestions(db, data, agent_name, advisor)
    return finish_suggestions(db, job, write_suggestions(job), advisor)


class ToneJob(msgspec.Struct):
    """What /tone read from the store; the check itself is text work, done off the event loop."""

    data: ToneRequest
    review_text: str | None
    rating: float | None
    previous: list[str]
    platform: str | None
    on_item: list


def plan_tone(db: Database, data: ToneRequest) -> ToneJob:
    review_text, rating, previous, platform, on_item = data.review_text, data.rating, [], data.platform, []
    if data.ticket_id is not None:
        found = ticket_for_tone(db, data.ticket_id)
        if not found:
            raise NotFound(f"ticket {data.ticket_id} does not exist")
        text, stored_rating, customer_id, platform, on_item = found
        review_text = review_text if review_text is not None else text
        rating = rating if rating is not None else stored_rating
        previous = _previous_replies(db, group_ids(db, customer_id) if customer_id else [])
    else:
        previous = _recent_replies(db)
    return ToneJob(data, review_text, rating, previous, platform, list(on_item))


def check_tone(job: ToneJob) -> ToneResponse:
    """Pure text work (safe in a worker thread)."""
    data = job.data
    found = review_tone(data.draft, job.review_text, job.rating, job.previous, data.ui_lang, now(), job.platform,
                        job.on_item)
    promise = found.get("promise")
    if promise:
        promise = {**promise, "due_at": iso(promise.get("due_at"))}
    return msgspec.convert({"warnings": found["warnings"], "promise": promise}, ToneResponse)


def tone_check(db: Database, data: ToneRequest) -> ToneResponse:
    return check_tone(plan_tone(db, data))
