"""The team lead's figures, from what the interaction log left on tickets, promises and problem
mentions: response times against the target, what is still unanswered, promises, recurring
problems, repeat contacts, and the response time to expect right now.

Time is wall-clock minutes for now: `elapsed_minutes` here and `_MINUTES` in store/reports.py are
the two places business hours (issue 13) will change; `tracking_since` is read in one place so its
setting can take over."""

from __future__ import annotations

import bisect
import datetime as dt
import math
import statistics
from collections import defaultdict
from typing import Iterable, Literal

import msgspec
from sqlite_utils import Database

from ..engine import sla as clocks
from ..engine.draft_use import summarise as summarise_draft_use
from ..store import draft_uses, reports, tickets
from ..store.agents import Agent
from ..store.db import iso, now, parse_iso
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


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


class _Tally:
    __slots__ = ("minutes", "answered", "unanswered", "overdue")

    def __init__(self) -> None:
        self.minutes: list[float] = []
        self.answered = self.unanswered = self.overdue = 0

    def figures(self, target: int, cls=ResponseFigures, **extra):
        values = sorted(self.minutes)
        within = bisect.bisect_right(values, target)
        return cls(
            answered=self.answered, answered_timed=len(values), answered_within_target=within,
            answered_within_target_share=round(within / len(values), 4) if values else None,
            median_first_response_minutes=_round(statistics.median(values)) if values else None,
            p90_first_response_minutes=_round(nearest_rank(values, 0.9)),
            unanswered=self.unanswered, overdue=self.overdue, **extra,
        )


def _tallies(groups: list[tuple], bucket: Bucket):
    """The period's groups (store.reports.period_groups) summed into the team's, each platform's, day's
    (or week's) and answering agent's tallies."""
    total = _Tally()
    by_platform: dict[str, _Tally] = defaultdict(_Tally)
    by_agent: dict[int | None, _Tally] = defaultdict(_Tally)
    by_period: dict[str, _Tally] = defaultdict(_Tally)
    for platform, day, agent_id, answered, overdue, waiting, minutes_text in groups:
        if bucket == "week":
            day = _bucket_start(day, "week")
        minutes = [float(m) for m in minutes_text.split(",")] if minutes_text else []
        tallies = [total, by_platform[platform], by_period[day]]
        if answered:
            tallies.append(by_agent[agent_id])
        for tally in tallies:
            tally.answered += answered
            tally.minutes += minutes
        # Unanswered items have no replier: they count for the team, the platform and the day only.
        for tally in tallies[:3]:
            tally.unanswered += waiting
            tally.overdue += overdue
    return total, by_platform, by_agent, by_period


def classify(row: reports.WindowTicket) -> tuple[str, float | None]:
    """("answered", minutes to the first reply or None) or ("unanswered"/"overdue", None)."""
    if row.answered:
        return "answered", row.reply_minutes
    return ("overdue" if row.overdue else "unanswered"), None


def _bucket_start(day: str, bucket: Bucket) -> str:
    if bucket == "day":
        return day
    monday = dt.date.fromisoformat(day)
    return (monday - dt.timedelta(days=monday.weekday())).isoformat()


def _buckets(start: str, at: dt.datetime, bucket: Bucket) -> list[str]:
    """Every day or week of the period, empty ones too, so a chart's gaps are real gaps."""
    first = dt.date.fromisoformat(_bucket_start(start[:10], bucket))
    step = dt.timedelta(days=7 if bucket == "week" else 1)
    found, day = [], first
    while day <= at.date():
        found.append(day.isoformat())
        day += step
    return found


def _own(rows: list[reports.WindowTicket], agent: Agent) -> list[reports.WindowTicket]:
    """An agent's own items: those they answered first, and unanswered ones assigned to them."""
    return [r for r in rows if r.first_reply_agent_id == agent.id or (not r.answered and r.assignee == agent.name)]


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


def problem_period(days: int, at: dt.datetime) -> tuple[str, str, str, str]:
    """Recurring problems count whole UTC days: the last ``days`` days up to today, and the ``days``
    before them, as (previous first day, first day, last day, the instant the period starts)."""
    today = at.date()
    first = today - dt.timedelta(days=days - 1)
    return ((first - dt.timedelta(days=days)).isoformat(), first.isoformat(), today.isoformat(),
            f"{first.isoformat()}T00:00:00Z")


def recurring(db: Database, days: int, at: dt.datetime, limit: int = 20) -> list[Recurring]:
    """Complaint categories across every channel, this period against the one before, busiest first."""
    previous_first, first, last, start = problem_period(days, at)
    now_counts = reports.problem_counts(db, first, last)
    before = reports.problem_counts(db, previous_first, (dt.date.fromisoformat(first) - dt.timedelta(days=1)).isoformat())
    end = f"{(at.date() + dt.timedelta(days=1)).isoformat()}T00:00:00Z"
    found = []
    for category, count in sorted(now_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]:
        examples = reports.problem_examples(db, category, start, end, RECURRING_EXAMPLES * 2)
        tickets_ = list(dict.fromkeys(t for t, _ in examples if t is not None))[:RECURRING_EXAMPLES]
        contacts = [i for t, i in examples if t is None and i is not None][:RECURRING_EXAMPLES]
        found.append(Recurring(category=category, count=count, previous_count=before.get(category, 0),
                               examples=tickets_, contact_examples=contacts))
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
    groups = reports.period_groups(db, start, end, since, iso(at - dt.timedelta(minutes=target)),
                                   agent_id=agent.id if agent else None, agent_name=agent.name if agent else None)
    total, by_platform, by_agent, by_period = _tallies(groups, bucket)
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
        recurring=recurring(db, days, at) if agent is None else [],
        by_platform=[by_platform[p].figures(target, PlatformFigures, platform=p) for p in sorted(by_platform)],
        by_agent=by_agent_list,
        bucket=bucket,
        by_period=[by_period.get(b, _Tally()).figures(target, PeriodFigures, start=b) for b in _buckets(start, at, bucket)],
        expected_now=expected_now(db, at, since),
    )


# ---- the items behind a figure ---------------------------------------------------------------------

Figure = Literal[
    "answered", "within_target", "over_target", "unanswered", "overdue", "backlog", "promises_open",
    "promises_overdue", "promises_due_soon", "promises_kept", "promises_broken", "recurring", "repeat",
]
FIGURES: tuple[str, ...] = Figure.__args__  # type: ignore[attr-defined]
EXPORT_LIMIT = 50_000
TICKET_HEADER = ["ticket_id", "platform", "author", "rating", "clock_started_at", "first_reply_at",
                 "first_response_minutes", "waited_minutes", "replied_by", "assignee", "status", "url", "text"]
PROMISE_HEADER = ["promise_id", "ticket_id", "customer_id", "customer", "agent", "promise", "due_at", "status",
                  "created_at", "closed_at", "url"]
PROBLEM_HEADER = ["at", "category", "channel", "ticket_id", "interaction_id", "customer_id", "author", "text", "url"]
REPEAT_HEADER = ["customer_id", "customer", "contacts", "channels", "unresolved", "first_at", "last_at"]


class Export(msgspec.Struct):
    header: list[str]
    rows: list[list]


def _ticket_figure(db: Database, figure: str, days: int, at: dt.datetime, agent: Agent | None,
                   platform: str | None, agent_name: str | None) -> Export:
    target = get_settings(db).target_minutes
    since = tracking_since(db)
    _, start, end = period(days, at)
    rows = reports.window_tickets(db, start, end, since, iso(at - dt.timedelta(minutes=target)))
    if agent is not None:
        rows = _own(rows, agent)
    names = reports.agent_names(db)
    chosen: dict[int, tuple[str, float | None]] = {}
    for row in rows:
        if platform and row.platform != platform:
            continue
        if agent_name is not None and names.get(row.first_reply_agent_id) != agent_name:
            continue
        state, minutes = classify(row)
        keep = {
            "answered": state == "answered",
            "within_target": state == "answered" and minutes is not None and minutes <= target,
            "over_target": state == "answered" and minutes is not None and minutes > target,
            "unanswered": state != "answered",
            "overdue": state == "overdue",
        }[figure]
        if keep:
            chosen[row.id] = (state, minutes)
    out = []
    for r in reports.ticket_rows(db, list(chosen)[:EXPORT_LIMIT]):
        state, minutes = chosen[r[0]]
        answered = state == "answered"
        waited = None if answered else _round(elapsed_minutes(parse_iso(r[8]), at))
        out.append([r[0], r[1], r[2], r[3], r[8], r[9], _round(minutes) if answered else None, waited, r[10], r[6],
                    r[7], r[5], r[4]])
    return Export(TICKET_HEADER, out)


def export_items(db: Database, figure: str, days: int, *, agent: Agent | None = None, category: str | None = None,
                 platform: str | None = None, agent_name: str | None = None, at: dt.datetime | None = None) -> Export:
    """The items behind one figure of the summary, as rows for a CSV file."""
    at = at or now()
    previous, start, end = period(days, at)
    mine = agent.name if agent is not None else None
    if figure in ("answered", "within_target", "over_target", "unanswered", "overdue"):
        return _ticket_figure(db, figure, days, at, agent, platform, agent_name)
    if figure == "backlog":
        ids = reports.backlog_ids(db, tracking_since(db), EXPORT_LIMIT)
        return Export(TICKET_HEADER, [[r[0], r[1], r[2], r[3], r[8], r[9], None, None, r[10], r[6], r[7], r[5], r[4]]
                                      for r in reports.ticket_rows(db, ids)])
    if figure.startswith("promises_"):
        which = figure.removeprefix("promises_")
        if which in ("kept", "broken"):
            rows = reports.promises_list(db, open_only=False, status=which, start=start, end=end, limit=EXPORT_LIMIT)
        else:
            due_before = iso(at) if which == "overdue" else iso(at + DUE_SOON) if which == "due_soon" else None
            rows = reports.promises_list(db, due_before=due_before, limit=EXPORT_LIMIT)
            if which == "due_soon":
                rows = [r for r in rows if r[6] >= iso(at)]
        if mine is not None or agent_name is not None:
            rows = [r for r in rows if r[4] == (mine if mine is not None else agent_name)]
        return Export(PROMISE_HEADER, [list(r) for r in rows])
    if figure == "recurring":
        _, _, _, first = problem_period(days, at)
        end_of_today = f"{(at.date() + dt.timedelta(days=1)).isoformat()}T00:00:00Z"
        rows = reports.problem_items(db, category, first, end_of_today, EXPORT_LIMIT)
        return Export(PROBLEM_HEADER, [list(r) for r in rows])
    if figure == "repeat":
        return Export(REPEAT_HEADER, [[c.customer_id, c.name, c.contacts, ", ".join(c.channels), c.unresolved,
                                       c.first_at, c.last_at] for c in repeat_contacts(db, days, at=at)])
    raise ValueError(f"unknown figure {figure}")


def csv_safe(value) -> str:
    """A cell as text that a spreadsheet shows and never runs: page text is hostile, and a review
    starting with '=' must not become a formula (CSV injection)."""
    if value is None:
        return ""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


# ---- the desk's pages ----------------------------------------------------------------------------------


class QueueItem(msgspec.Struct, kw_only=True):
    id: int
    platform: str
    author: str | None
    rating: float | None
    text: str
    url: str | None
    assignee: str | None
    status: str
    # The item's own clock, as its card shows it (engine/sla.py: business hours, a target per band).
    sla: str
    waiting_minutes: int | None  # None: the page's date could not be read
    target_minutes: int
    due_at: str | None
    section: Literal["overdue", "due_soon", "rest"]
    categories: list[str]


class Queue(msgspec.Struct, kw_only=True):
    target_minutes: int
    items: list[QueueItem]
    assignees: list[str]


_SECTION = {"breach": "overdue", "warn": "due_soon"}


def queue(db: Database, *, platform: str | None = None, rating: int | None = None, assignee: str | None = None,
          limit: int = 200, at: dt.datetime | None = None) -> Queue:
    """Unanswered items: overdue first (most overdue first), then due soon, then the rest, each
    against its own target in business minutes, exactly as the cards on the pages say."""
    at = at or now()
    settings = get_settings(db)
    policy = clocks.policy_of(settings)
    since = iso(policy.tracking_since) if policy.tracking_since else None
    items = []
    for r in reports.queue(db, since, iso(at + dt.timedelta(days=1)), platform=platform, rating=rating,
                           assignee=assignee, limit=limit):
        clock = tickets.clock_fields(policy, rating=r[3], recommends=r[14], sentiment=r[15], posted_at=r[16],
                                     posted_text=r[13], answered=False, at=at)
        items.append(QueueItem(
            id=r[0], platform=r[1], author=r[2], rating=r[3], text=r[4], url=safe_link(r[5]), assignee=r[6],
            status=r[7], sla=clock.sla, waiting_minutes=clock.waiting_minutes, target_minutes=clock.target_minutes,
            due_at=clock.due_at, section=_SECTION.get(clock.sla, "rest"),
            categories=msgspec.json.decode(r[12]) if r[12] else [],
        ))
    order = {"overdue": 0, "due_soon": 1, "rest": 2}
    items.sort(key=lambda i: (order[i.section], i.due_at is None, i.due_at or "", i.id))
    return Queue(target_minutes=settings.target_minutes, items=items[:limit], assignees=reports.assignees(db))


def safe_link(url: str | None) -> str | None:
    """Only web addresses become links: a stored URL came from a page and could say javascript:."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


class PromiseRow(msgspec.Struct, kw_only=True):
    id: int
    ticket_id: int | None
    customer_id: int | None
    customer: str | None
    agent: str | None
    text: str
    due_at: str
    url: str | None
    state: Literal["overdue", "due_soon", "later"]


class PromisesPage(msgspec.Struct, kw_only=True):
    open: list[PromiseRow]
    by_agent: list[AgentFigures]


def promises_page(db: Database, days: int, at: dt.datetime | None = None) -> PromisesPage:
    at = at or now()
    stamp, soon = iso(at), iso(at + DUE_SOON)
    rows = []
    for r in reports.promises_list(db, limit=500):
        state = "overdue" if r[6] < stamp else "due_soon" if r[6] < soon else "later"
        rows.append(PromiseRow(id=r[0], ticket_id=r[1], customer_id=r[2], customer=r[3], agent=r[4], text=r[5],
                               due_at=r[6], url=safe_link(r[10]), state=state))
    return PromisesPage(open=rows, by_agent=summary(db, days, at=at).by_agent)


class ProblemsPage(msgspec.Struct, kw_only=True):
    recurring: list[Recurring]
    links: dict[int, str | None]  # example ticket id -> its address on the platform


def problems_page(db: Database, days: int, at: dt.datetime | None = None) -> ProblemsPage:
    found = recurring(db, days, at or now())
    rows = reports.ticket_rows(db, sorted({t for f in found for t in f.examples}))
    return ProblemsPage(recurring=found, links={r[0]: safe_link(r[5]) for r in rows})


class RepeatCustomer(msgspec.Struct, kw_only=True):
    customer_id: int
    name: str | None
    contacts: int
    channels: list[str]
    unresolved: bool
    first_at: str
    last_at: str


class SamePerson(msgspec.Struct, kw_only=True):
    a: int
    b: int
    name: str
    a_platform: str
    b_platform: str


class CustomersPage(msgspec.Struct, kw_only=True):
    repeat: list[RepeatCustomer]
    unresolved: int
    candidates: list[SamePerson]


def _contacts_by_group(db: Database, days: int, at: dt.datetime) -> dict[int, list[tuple]]:
    _, start, end = period(days, at)
    by_group: dict[int, list[tuple]] = defaultdict(list)
    for group, when, channel, ticket_id, status in reports.contacts_in_period(db, start, end):
        by_group[group].append((when, channel, ticket_id, status))
    return by_group


def repeat_contacts(db: Database, days: int, at: dt.datetime | None = None,
                    by_group: dict[int, list[tuple]] | None = None) -> list[RepeatCustomer]:
    """People who got in touch more than once in the period, on any channel, most contacts first."""
    by_group = by_group if by_group is not None else _contacts_by_group(db, days, at or now())
    repeat = {g: c for g, c in by_group.items() if len(c) >= 2}
    names = reports.customer_names(db, list(repeat))
    found = [
        RepeatCustomer(customer_id=g, name=names.get(g), contacts=len(c),
                       channels=sorted({ch for _, ch, _, _ in c if ch}),
                       unresolved=any(s not in ("", "resolved") for _, _, _, s in c),
                       first_at=min(w for w, *_ in c), last_at=max(w for w, *_ in c))
        for g, c in repeat.items()
    ]
    found.sort(key=lambda r: (-r.contacts, r.last_at))
    return found


def customers_page(db: Database, days: int, at: dt.datetime | None = None, limit: int = 200) -> CustomersPage:
    """Repeat contacts of the period, and "same person?" pairs among everyone who got in touch in it."""
    by_group = _contacts_by_group(db, days, at or now())
    repeat = repeat_contacts(db, days, by_group=by_group)
    # The most recently active first, so a long period still suggests the pairs that matter now.
    active = sorted(by_group, key=lambda g: max(w for w, *_ in by_group[g]), reverse=True)[:2000]
    candidates = [SamePerson(a=a, b=b, name=name, a_platform=pa, b_platform=pb)
                  for a, b, name, pa, pb in reports.same_name_candidates(db, active, 50)]
    return CustomersPage(repeat=repeat[:limit], unresolved=sum(r.unresolved for r in repeat), candidates=candidates)


def keep_apart(db: Database, a: int, b: int, agent: Agent) -> None:
    reports.keep_apart(db, a, b, agent.id, iso(now()))


# ---- reminders for the extension ---------------------------------------------------------------------

PROMISE_WARNING = dt.timedelta(hours=2)
# A complaint that went quiet longer ago than this was reminded of already (or predates the reminders);
# keeping the window bounded keeps the check an index range, however old the backlog.
REMINDER_HORIZON = dt.timedelta(days=7)


class Reminder(msgspec.Struct, kw_only=True):
    # Stable for one occasion: the extension shows each key once.
    key: str
    kind: Literal["promise_due", "promise_overdue", "update_due"]
    ticket_id: int | None
    customer: str | None
    text: str | None
    due_at: str | None
    url: str | None


class Reminders(msgspec.Struct, kw_only=True):
    now: str
    update_after_hours: int
    overdue_count: int
    updates_due: int  # complaints owed an update (the badge adds them to overdue replies and promises)
    # Outside business hours (settings: timezone, business_hours, closed_dates) nothing is shown:
    # items is empty and the badge keeps the count for the morning.
    open_now: bool
    items: list[Reminder]


def reminders(db: Database, agent: Agent, at: dt.datetime | None = None, limit: int = 50) -> Reminders:
    """The agent's promises coming due (within two hours) or overdue, and open complaints in their hands
    that have gone `update_after_hours` without a reply, call or e-mail."""
    at = at or now()
    settings = get_settings(db)
    hours = settings.update_after_hours
    stamp = iso(at)
    items = []
    for r in reports.promises_due(db, agent.id, iso(at + PROMISE_WARNING), limit):
        overdue = r[6] < stamp
        items.append(Reminder(key=f"promise:{r[0]}:{r[6]}:{'overdue' if overdue else 'due'}",
                              kind="promise_overdue" if overdue else "promise_due", ticket_id=r[1], customer=r[3],
                              text=r[5], due_at=r[6], url=safe_link(r[10])))
    quiet_since = at - dt.timedelta(hours=hours)
    for ticket_id, _platform, author, url, last in reports.complaints_awaiting_update(
            db, iso(quiet_since), iso(quiet_since - REMINDER_HORIZON), agent.name, limit):
        due = iso(parse_iso(last) + dt.timedelta(hours=hours)) if last else None
        items.append(Reminder(key=f"update:{ticket_id}:{last}", kind="update_due", ticket_id=ticket_id,
                              customer=author, text=None, due_at=due, url=safe_link(url)))
    overdue = sum(1 for i in items if i.kind != "promise_due")
    open_now = clocks.is_open(settings, at)
    updates = sum(1 for i in items if i.kind == "update_due")
    return Reminders(now=stamp, update_after_hours=hours, overdue_count=overdue, updates_due=updates,
                     open_now=open_now, items=items if open_now else [])


# ---- drafts measured in use ------------------------------------------------------------------------


class DraftUseGroup(msgspec.Struct, kw_only=True):
    key: str | None = None
    replies: int
    from_draft: int
    from_draft_share: float | None
    nearly_unchanged: int
    nearly_unchanged_share: float | None
    median_edit: float | None


class DraftUse(msgspec.Struct, kw_only=True):
    """Of the replies posted in the period: how many started from an inserted draft, how many were
    sent nearly unchanged (under 10 % of the draft's words changed), and the median edit; overall
    and per language, approach and source (rules or a model)."""

    days: int
    since: str
    overall: DraftUseGroup
    by_language: list[DraftUseGroup]
    by_approach: list[DraftUseGroup]
    by_source: list[DraftUseGroup]


def drafts_in_use(db: Database, days: int, *, at: dt.datetime | None = None) -> DraftUse:
    at = at or now()
    since = iso(at - dt.timedelta(days=days))
    found = summarise_draft_use(draft_uses.rows_since(db, since))
    groups = {key: [msgspec.convert(g, DraftUseGroup) for g in found.pop(key)]
              for key in ("by_language", "by_approach", "by_source")}
    return DraftUse(days=days, since=since, overall=msgspec.convert(found, DraftUseGroup), **groups)
