"""The team lead's figures, from what the interaction log left on tickets, promises and problem
mentions: response times against the target, what is still unanswered, promises, recurring
problems, repeat contacts, and the response time to expect right now.

Time is wall-clock minutes for now; business hours (issue 13) will replace `elapsed_minutes`,
and `tracking_since` is read in one place so its setting can take over."""

from __future__ import annotations

import datetime as dt
import math
import statistics
from collections import defaultdict
from typing import Iterable, Literal

import msgspec
from sqlite_utils import Database

from ..engine.problems import contact_problems
from ..store import problems, reports
from ..store.agents import Agent
from ..store.db import iso, now, parse_iso
from ..store.interactions import Interaction, InteractionCreate, record
from ..store.settings import get_settings

Bucket = Literal["day", "week"]
# "Due soon": a promise due within this, or an item past this share of the target.
DUE_SOON = dt.timedelta(hours=24)
DUE_SOON_SHARE = 0.75
# "Expected response time now" reads the last hours' first replies; with too few it looks further back.
EXPECTED_WINDOWS_H = (4, 24)
EXPECTED_MIN_REPLIES = 3
RECURRING_EXAMPLES = 3
# An open complaint in hand needs an intermediate update after this long without contact (setting
# `update_after_hours` changes it).
UPDATE_AFTER_HOURS = 24


# ---- types ---------------------------------------------------------------------------------------


class ResponseFigures(msgspec.Struct, kw_only=True):
    answered: int = 0
    # Answered items whose reply time is known (a reply already on the page when first seen is not).
    answered_timed: int = 0
    answered_within_target: int = 0
    answered_within_target_share: float | None = None
    median_first_response_minutes: float | None = None
    p90_first_response_minutes: float | None = None
    unanswered: int = 0
    overdue: int = 0


class PlatformFigures(ResponseFigures, kw_only=True):
    platform: str


class PeriodFigures(ResponseFigures, kw_only=True):
    start: str


class PromiseFigures(msgspec.Struct, kw_only=True):
    open: int = 0
    due_soon: int = 0
    overdue: int = 0
    kept: int = 0
    broken: int = 0
    kept_rate: float | None = None
    broken_rate: float | None = None


class AgentFigures(ResponseFigures, kw_only=True):
    agent: str | None  # None: replies seen on the page that nobody logged
    promises: PromiseFigures


class Recurring(msgspec.Struct, kw_only=True):
    category: str
    count: int
    previous_count: int
    examples: list[int]  # ticket ids
    contact_examples: list[int]  # logged calls/e-mails without a ticket (interaction ids)


class ExpectedNow(msgspec.Struct, kw_only=True):
    minutes: float | None  # None: no replies lately to say anything true
    replies: int
    hours: int


class Summary(msgspec.Struct, kw_only=True):
    days: int
    since: str
    until: str
    tracking_since: str
    target_minutes: int
    scope: str  # "team", or the agent's name when an agent asks for their own
    answered: int
    answered_timed: int
    answered_within_target: int
    answered_within_target_share: float | None
    median_first_response_minutes: float | None
    p90_first_response_minutes: float | None
    unanswered: int
    overdue: int
    backlog: int
    promises: PromiseFigures
    recurring: list[Recurring]
    by_platform: list[PlatformFigures]
    by_agent: list[AgentFigures]
    bucket: Bucket
    by_period: list[PeriodFigures]
    expected_now: ExpectedNow


# ---- the period and tracking -----------------------------------------------------------------------


def tracking_since(db: Database) -> str:
    """When Hugdesk began watching: the `tracking_since` setting, else the first agent's creation.
    Items posted before it are backlog, outside every figure."""
    return reports.stored_tracking_since(db) or reports.first_agent_created_at(db) or iso(now())


def elapsed_minutes(start: dt.datetime, end: dt.datetime) -> float:
    """Minutes between two moments (wall clock; business hours come with issue 13)."""
    return max(0.0, (end - start).total_seconds() / 60)


def period(days: int, at: dt.datetime) -> tuple[str, str, str]:
    """(previous start, start, end) of the last ``days`` days."""
    start = at - dt.timedelta(days=days)
    return iso(start - dt.timedelta(days=days)), iso(start), iso(at + dt.timedelta(seconds=1))


# ---- response figures ------------------------------------------------------------------------------


def nearest_rank(sorted_values: list[float], share: float) -> float | None:
    """The p-th percentile as a value that occurred (nearest rank), so p90 of 3 replies is the slowest."""
    if not sorted_values:
        return None
    return sorted_values[max(0, math.ceil(share * len(sorted_values)) - 1)]


class _Tally:
    __slots__ = ("minutes", "answered", "unanswered", "overdue")

    def __init__(self) -> None:
        self.minutes: list[float] = []
        self.answered = self.unanswered = self.overdue = 0

    def figures(self, target: int, cls=ResponseFigures, **extra):
        values = sorted(self.minutes)
        within = sum(1 for m in values if m <= target)
        return cls(
            answered=self.answered, answered_timed=len(values), answered_within_target=within,
            answered_within_target_share=round(within / len(values), 4) if values else None,
            median_first_response_minutes=round(statistics.median(values), 1) if values else None,
            p90_first_response_minutes=_round(nearest_rank(values, 0.9)),
            unanswered=self.unanswered, overdue=self.overdue, **extra,
        )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def classify(row: reports.WindowTicket, at: dt.datetime, target: int) -> tuple[str, float | None]:
    """("answered", minutes or None) or ("unanswered"/"overdue", minutes waited)."""
    start = parse_iso(row.clock_start_at)
    if row.first_reply_at:
        return "answered", elapsed_minutes(start, parse_iso(row.first_reply_at))
    if row.owner_replied or row.status == "resolved":
        return "answered", None
    waited = elapsed_minutes(start, at)
    return ("overdue" if waited >= target else "unanswered"), waited


def _bucket_start(stamp: str, bucket: Bucket) -> str:
    day = dt.date.fromisoformat(stamp[:10])
    if bucket == "week":
        day -= dt.timedelta(days=day.weekday())
    return day.isoformat()


def _response_tallies(rows: Iterable[reports.WindowTicket], at: dt.datetime, target: int, bucket: Bucket):
    total, by_platform, by_agent, by_period = _Tally(), defaultdict(_Tally), defaultdict(_Tally), defaultdict(_Tally)
    for row in rows:
        state, minutes = classify(row, at, target)
        tallies = (total, by_platform[row.platform], by_period[_bucket_start(row.clock_start_at, bucket)])
        if state == "answered":
            tallies += (by_agent[row.first_reply_agent_id],)
        for tally in tallies:
            if state == "answered":
                tally.answered += 1
                if minutes is not None:
                    tally.minutes.append(minutes)
            else:
                tally.unanswered += 1
                tally.overdue += state == "overdue"
    return total, by_platform, by_agent, by_period


def _buckets(start: str, at: dt.datetime, bucket: Bucket) -> list[str]:
    """Every day or week of the period, empty ones too, so a chart's gaps are real gaps."""
    first = dt.date.fromisoformat(_bucket_start(start, bucket))
    step = dt.timedelta(days=7 if bucket == "week" else 1)
    found, day = [], first
    while day <= at.date():
        found.append(day.isoformat())
        day += step
    return found


def _own(rows: list[reports.WindowTicket], agent: Agent) -> list[reports.WindowTicket]:
    """An agent's own items: those they answered first, and unanswered ones assigned to them."""
    return [r for r in rows if r.first_reply_agent_id == agent.id
            or (r.first_reply_at is None and not r.owner_replied and r.assignee == agent.name)]


# ---- promises ------------------------------------------------------------------------------------


def _promise_figures(db: Database, at: dt.datetime, start: str, end: str) -> dict[int | None, PromiseFigures]:
    found: dict[int | None, PromiseFigures] = defaultdict(PromiseFigures)
    for agent_id, total, overdue, soon in reports.open_promise_counts(db, iso(at), iso(at + DUE_SOON)):
        figures = found[agent_id]
        figures.open, figures.overdue, figures.due_soon = total, overdue or 0, soon or 0
    for agent_id, status, count in reports.promise_outcomes(db, start, end):
        setattr(found[agent_id], status, count)
    for figures in found.values():
        _rates(figures)
    return found


def _rates(figures: PromiseFigures) -> PromiseFigures:
    closed = figures.kept + figures.broken
    figures.kept_rate = round(figures.kept / closed, 4) if closed else None
    figures.broken_rate = round(figures.broken / closed, 4) if closed else None
    return figures


def _sum_promises(parts: Iterable[PromiseFigures]) -> PromiseFigures:
    total = PromiseFigures()
    for p in parts:
        total.open += p.open
        total.overdue += p.overdue
        total.due_soon += p.due_soon
        total.kept += p.kept
        total.broken += p.broken
    return _rates(total)


# ---- recurring problems ----------------------------------------------------------------------------


def recurring(db: Database, previous: str, start: str, end: str, limit: int = 20) -> list[Recurring]:
    """Complaint categories across every channel, this period against the one before, busiest first."""
    now_counts = reports.problem_counts(db, start, end)
    before = reports.problem_counts(db, previous, start)
    found = []
    for category, count in sorted(now_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
        examples = reports.problem_examples(db, category, start, end, RECURRING_EXAMPLES * 2)
        tickets = list(dict.fromkeys(t for t, _ in examples if t is not None))[:RECURRING_EXAMPLES]
        contacts = [i for t, i in examples if t is None and i is not None][:RECURRING_EXAMPLES]
        found.append(Recurring(category=category, count=count, previous_count=before.get(category, 0),
                               examples=tickets, contact_examples=contacts))
    return found


# ---- expected response time now ----------------------------------------------------------------------


def expected_now(db: Database, at: dt.datetime, since: str) -> ExpectedNow:
    """The median first response of the last hours: what a customer writing now can expect."""
    for hours in EXPECTED_WINDOWS_H:
        rows = reports.replies_since(db, iso(at - dt.timedelta(hours=hours)), since)
        if len(rows) >= EXPECTED_MIN_REPLIES or hours == EXPECTED_WINDOWS_H[-1]:
            minutes = [elapsed_minutes(parse_iso(s), parse_iso(r)) for s, r in rows]
            return ExpectedNow(minutes=round(statistics.median(minutes), 1) if minutes else None,
                               replies=len(minutes), hours=hours)
    raise AssertionError("unreachable")


# ---- the summary ------------------------------------------------------------------------------------


def summary(db: Database, days: int, *, agent: Agent | None = None, at: dt.datetime | None = None,
            bucket: Bucket | None = None) -> Summary:
    """The figures of the last ``days`` days: the team's, or ``agent``'s own."""
    at = at or now()
    target = get_settings(db).target_minutes
    since = tracking_since(db)
    previous, start, end = period(days, at)
    bucket = bucket or ("day" if days <= 31 else "week")
    rows = reports.window_tickets(db, start, end, since)
    if agent is not None:
        rows = _own(rows, agent)
    total, by_platform, by_agent, by_period = _response_tallies(rows, at, target, bucket)
    names = reports.agent_names(db)
    promises = _promise_figures(db, at, start, end)
    agent_ids = set(by_agent) | set(promises)
    if agent is not None:
        agent_ids = {agent.id}
        promises = {agent.id: promises.get(agent.id, PromiseFigures())}
    by_agent_list = [
        by_agent.get(agent_id, _Tally()).figures(target, AgentFigures, agent=names.get(agent_id) if agent_id else None,
                                                 promises=promises.get(agent_id, PromiseFigures()))
        for agent_id in sorted(agent_ids, key=lambda a: (a is None, names.get(a, "") if a else ""))
    ]
    figures = total.figures(target)
    return Summary(
        days=days, since=start, until=iso(at), tracking_since=since, target_minutes=target,
        scope="team" if agent is None else agent.name,
        answered=figures.answered, answered_timed=figures.answered_timed,
        answered_within_target=figures.answered_within_target,
        answered_within_target_share=figures.answered_within_target_share,
        median_first_response_minutes=figures.median_first_response_minutes,
        p90_first_response_minutes=figures.p90_first_response_minutes,
        unanswered=figures.unanswered, overdue=figures.overdue,
        backlog=reports.backlog_count(db, since) if agent is None else 0,
        promises=_sum_promises(promises.values()),
        recurring=recurring(db, previous, start, end) if agent is None else [],
        by_platform=[by_platform[p].figures(target, PlatformFigures, platform=p) for p in sorted(by_platform)],
        by_agent=by_agent_list,
        bucket=bucket,
        by_period=[by_period[b].figures(target, PeriodFigures, start=b) for b in _buckets(start, at, bucket)],
        expected_now=expected_now(db, at, since),
    )


# ---- logging a contact ---------------------------------------------------------------------------------

CONTACT_KINDS = ("phone_call", "email", "chat", "visit")


def log_interaction(db: Database, data: InteractionCreate, agent_id: int) -> Interaction:
    """Append to the log; a call or e-mail's note is read for complaint categories, so problems
    raised by phone count beside those posted in public."""
    stored = record(db, data, agent_id)
    if not stored.duplicate and data.kind in CONTACT_KINDS and data.text:
        categories = contact_problems(data.text)
        if categories:
            with db.atomic():
                row_id = problems.interaction_row_id(db, data.id)
                if row_id is not None:
                    problems.add_contact_problems(db, row_id, categories)
    return stored
