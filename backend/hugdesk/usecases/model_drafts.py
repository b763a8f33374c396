"""Drafts from a language model, written in the background so a card never waits for one.

When the settings turn a model on, observe and POST /suggestions answer with the rule drafts
at once and hand the review to the `ModelDrafter`: one worker thread that asks the model,
passes its answer through the guard (engine/model_guard.py) and hands the outcome back to the
server's event loop, which stores it (store/model_drafts.py) on the one database connection.
The next observe or /suggestions for that ticket shows the draft beside the rule ones, with
`source: "model"`; until then the item says `model_pending`. A timeout, an error or a refused
draft leaves the rule drafts as they are and is kept for a lead (GET /model/status).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import msgspec
from sqlite_utils import Database

from ..engine.model_guard import vet
from ..engine.model_prompt import messages_for
from ..llm.client import Endpoint, ModelError, chat
from ..store import model_drafts
from ..store.db import iso, now
from ..store.model_drafts import ModelDraftRow
from ..store.settings import Settings, get_settings, model_api_key

log = logging.getLogger("hugdesk.model")
# Bumped when the prompt or the guard changes, so drafts written under the old ones are asked again.
PROMPT_VERSION = "1"
# Reviews waiting for the model; beyond this a page of new reviews is not queued (the rule drafts stay).
QUEUE_SIZE = 200
# A failed attempt (server down, timeout) is tried again for the same review after this long.
RETRY_FAILED_AFTER = dt.timedelta(minutes=15)
# About 110 words, the longest draft the prompt asks for, with room to finish the signature.
MAX_TOKENS = 220


class ModelJob(msgspec.Struct, kw_only=True):
    ticket_id: int
    digest: str
    review: dict[str, Any]
    context: dict[str, Any]
    endpoint: Any  # llm.client.Endpoint


class ModelOutcome(msgspec.Struct, kw_only=True):
    ticket_id: int
    digest: str
    status: str          # shown | refused | failed
    text: str | None
    language: str | None
    reasons: list[str]
    model: str | None
    ms: int | None
    at: str


def endpoint_of(settings: Settings, api_key: str) -> Endpoint | None:
    if not (settings.model_enabled and settings.model_endpoint and settings.model_name):
        return None
    return Endpoint(settings.model_endpoint, settings.model_name, api_key, float(settings.model_timeout_seconds))


def digest_of(review: dict[str, Any], context: dict[str, Any], endpoint: Endpoint) -> str:
    """What a model draft was written from; a changed review or setting means a new draft."""
    parts = [PROMPT_VERSION, endpoint.base_url, endpoint.model,
             [review.get(k) for k in ("platform", "author_name", "rating", "text")],
             [context.get(k) for k in ("business_name", "signature", "business_kind")],
             sorted(context.get("follow_up") or []), list(context.get("compensations") or [])]
    return hashlib.blake2b(msgspec.json.encode(parts), digest_size=12).hexdigest()


def write(job: ModelJob, ask: Callable[..., Any] = chat) -> ModelOutcome:
    """Ask the model and judge its answer (blocking: run it in a worker thread)."""
    started = time.monotonic()
    messages, reading = messages_for(job.review, job.context)
    base = {"ticket_id": job.ticket_id, "digest": job.digest, "language": reading.reply_language}
    try:
        reply = ask(job.endpoint, messages, max_tokens=MAX_TOKENS)
    except ModelError as exc:
        return ModelOutcome(**base, status="failed", text=None, reasons=[exc.code], model=job.endpoint.model,
                            ms=int((time.monotonic() - started) * 1000), at=iso(now()))
    text, reasons = vet(reply.text, reading, now(), cut_off=reply.finish_reason == "length")
    # A refused text is kept too: a lead sees what the model wrote and why it was not shown.
    return ModelOutcome(**base, status="refused" if reasons else "shown", text=text, reasons=reasons,
                        model=reply.model, ms=reply.ms, at=iso(now()))


def record(db: Database, outcome: ModelOutcome) -> bool:
    """Store what the worker found (on the thread that owns the database connection)."""
    if outcome.status != "shown":
        log.info("model draft %s for ticket %s: %s", outcome.status, outcome.ticket_id, ", ".join(outcome.reasons))
    return model_drafts.add(db, **msgspec.to_builtins(outcome))


class ModelDrafter:
    """One worker thread, one model call at a time: a small machine shares its cores with the
    server. Reviews a card asked for (POST /suggestions) go first; those a page merely showed
    (observe) wait behind them, newest first. `deliver` receives each outcome on the worker
    thread and must hand it to the thread that owns the database (the app passes
    loop.call_soon_threadsafe)."""

    def __init__(self, deliver: Callable[[ModelOutcome], None] | None = None,
                 ask: Callable[..., Any] = chat, size: int = QUEUE_SIZE):
        self._deliver = deliver
        self._ask = ask
        self._size = size
        self._jobs: deque[ModelJob] = deque()   # the next one is on the left
        self._ready = threading.Condition()
        self._waiting: set[tuple[int, str]] = set()  # asked and not yet delivered
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.busy = 0  # reviews not queued because the queue was full

    def start(self, deliver: Callable[[ModelOutcome], None]) -> None:
        self._deliver = deliver
        if self._thread is None:
            self._stopping = False
            self._thread = threading.Thread(target=self._run, name="hugdesk-model", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        with self._ready:
            self._stopping = True
            self._ready.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def waiting(self, ticket_id: int, digest: str) -> bool:
        with self._ready:
            return (ticket_id, digest) in self._waiting

    def pending(self) -> int:
        with self._ready:
            return len(self._waiting)

    def ask(self, job: ModelJob, urgent: bool = False) -> bool:
        """Queue a review (never blocks). An urgent one that is already queued moves to the front.
        False when it was not queued: already there, or the queue is full."""
        key = (job.ticket_id, job.digest)
        with self._ready:
            queued = next((j for j in self._jobs if (j.ticket_id, j.digest) == key), None)
            if queued is not None:
                if urgent:
                    self._jobs.remove(queued)
                    self._jobs.appendleft(queued)
                return False
            if key in self._waiting:
                return False  # being written right now
            if len(self._jobs) >= self._size:
                if not urgent:
                    self.busy += 1
                    return False
                dropped = self._jobs.pop()  # the oldest page-seen review makes room for a card
                self._waiting.discard((dropped.ticket_id, dropped.digest))
                self.busy += 1
            self._jobs.appendleft(job)
            self._waiting.add(key)
            self._ready.notify()
        return True

    def _next(self) -> ModelJob | None:
        with self._ready:
            while not self._jobs and not self._stopping:
                self._ready.wait()
            return None if self._stopping else self._jobs.popleft()

    def _run(self) -> None:
        while (job := self._next()) is not None:
            try:
                outcome = write(job, self._ask)
            except Exception as exc:  # a bug in one review's text work must not end the worker
                log.exception("model drafting failed for ticket %s", job.ticket_id)
                outcome = ModelOutcome(ticket_id=job.ticket_id, digest=job.digest, status="failed", text=None,
                                       language=None, reasons=[f"internal: {exc.__class__.__name__}"],
                                       model=job.endpoint.model, ms=None, at=iso(now()))
            try:
                if self._deliver is not None:
                    self._deliver(outcome)
            except Exception:  # the loop is closing: the outcome is lost, the rule drafts stay
                log.exception("could not hand over a model draft")
            finally:
                with self._ready:
                    self._waiting.discard((job.ticket_id, job.digest))


class ModelView(msgspec.Struct, kw_only=True):
    """What one ticket shows from the model: drafts that passed the guard, and whether one is on its way."""

    drafts: list[ModelDraftRow]
    pending: bool


def plan(db: Database, drafter: ModelDrafter | None, settings: Settings, api_key: str | None = None
         ) -> Endpoint | None:
    """The endpoint to ask, or None when no model is configured (then nothing else is read)."""
    if drafter is None or not settings.model_enabled:
        return None
    return endpoint_of(settings, model_api_key(db) if api_key is None else api_key)


def view(drafter: ModelDrafter, endpoint: Endpoint, ticket_id: int, review: dict[str, Any],
         context: dict[str, Any], rows: list[ModelDraftRow], at: dt.datetime, urgent: bool = False) -> ModelView:
    """The model drafts to show for a ticket; asks the model when nothing current is stored.
    `urgent`: a card is waiting for this one."""
    digest = digest_of(review, context, endpoint)
    current = [r for r in rows if r.digest == digest]
    shown = [r for r in current if r.status == "shown" and r.text]
    if shown:
        return ModelView(drafts=shown[-1:], pending=False)
    if drafter.waiting(ticket_id, digest):
        if urgent:
            drafter.ask(ModelJob(ticket_id=ticket_id, digest=digest, review=dict(review), context=dict(context),
                                 endpoint=endpoint), urgent=True)
        return ModelView(drafts=[], pending=True)
    settled = [r for r in current if r.status == "refused"
               or (r.status == "failed" and at - dt.datetime.fromisoformat(r.at.replace("Z", "+00:00"))
                   < RETRY_FAILED_AFTER)]
    if settled:
        return ModelView(drafts=[], pending=False)
    asked = drafter.ask(ModelJob(ticket_id=ticket_id, digest=digest, review=dict(review), context=dict(context),
                                 endpoint=endpoint), urgent=urgent)
    return ModelView(drafts=[], pending=asked)


class StatusRead(msgspec.Struct, kw_only=True):
    enabled: bool
    endpoint: str
    model: str
    remote: bool
    days: int
    shown: int
    refused: int
    failed: int
    reasons: dict[str, int]
    waiting: int
    queue_full: int
    last_problems: list[ModelDraftRow]


_LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")


def status(db: Database, drafter: ModelDrafter | None, days: int) -> StatusRead:
    settings = get_settings(db)
    statuses, reasons, last = model_drafts.since(db, iso(now() - dt.timedelta(days=days)))
    host = (urlsplit(settings.model_endpoint).hostname or "") if settings.model_endpoint else ""
    return StatusRead(
        enabled=settings.model_enabled, endpoint=settings.model_endpoint, model=settings.model_name,
        remote=bool(host) and host not in _LOOPBACK and not host.startswith("127."), days=days,
        shown=statuses.get("shown", 0), refused=statuses.get("refused", 0), failed=statuses.get("failed", 0),
        reasons=dict(reasons.most_common()), waiting=drafter.pending() if drafter else 0,
        queue_full=drafter.busy if drafter else 0, last_problems=last,
    )
