"""The team lead's desk: server-rendered pages at /desk, signed in with the person's own token.

The token is exchanged once for an HttpOnly, SameSite=Strict session cookie; every form that
writes carries the session's CSRF token; the security gate lets only this origin's pages reach
these routes, and the API stays closed to them. Pages are Jinja templates (autoescaped, so page
text is always text) with charts drawn by a vendored Chart.js; nothing loads from elsewhere."""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from typing import Annotated, Any

from litestar import Request, Response, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, Parameter
from litestar.response import Redirect, Template

from ...errors import Invalid
from ...store import customers
from ...store.agents import Agent, agent_for_token
from ...store.sessions import SESSION_HOURS, close_session, open_session
from ...usecases import reports
from ...usecases.model_drafts import status as model_status
from ..deps import db_of
from ..reports import csv_response
from .text import LANGUAGE_NAMES, LANGUAGES, pick_language, translator

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
SESSION_COOKIE = "hugdesk_session"
PRESIGN_COOKIE = "hugdesk_presign"
LANG_COOKIE = "hugdesk_lang"
PERIODS = (7, 30, 90)
PLATFORMS = ("facebook", "yelp", "tripadvisor")
# Scripts and styles only from this server; no frames, no other origins, forms post only here.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                               "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    # Links open customers' posts on the platforms: they need not learn the desk's addresses. Not
    # "no-referrer": with it Chrome sends `Origin: null` on the desk's own forms, which the gate refuses.
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}
Days = Annotated[int, Parameter(ge=1, le=366)]
Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]
Short = Annotated[str | None, Parameter(max_length=100)]


class NotSignedIn(Exception):
    """No valid session: the page answers with the sign-in form."""


class LeadsOnly(Exception):
    """An agent asked for a team page (403)."""


class FormExpired(Exception):
    """A write without the session's CSRF token (403)."""


# ---- who is asking, in which language ------------------------------------------------------------


def viewer(request: Request) -> Agent | None:
    return request.scope.get("state", {}).get("desk_agent")


def _require(request: Request, *, lead: bool) -> Agent:
    agent = viewer(request)
    if agent is None:
        raise NotSignedIn()
    if lead and not agent.is_lead:
        raise LeadsOnly()
    return agent


def _check_csrf(request: Request, form: dict[str, str]) -> None:
    expected = request.scope.get("state", {}).get("desk_csrf") or ""
    if not expected or not hmac.compare_digest(expected, form.get("csrf", "")):
        raise FormExpired()


def _language(request: Request) -> str:
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES:
        return chosen
    return pick_language(request.cookies.get(LANG_COOKIE), request.headers.get("accept-language"))


def _with_headers(response: Response, request: Request) -> Response:
    for key, value in SECURITY_HEADERS.items():
        response.headers[key] = value
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES:
        response.set_cookie(LANG_COOKIE, chosen, path="/desk", max_age=365 * 86400, httponly=True, samesite="strict")
    return response


def render(request: Request, template: str, page: str, status: int = 200, **context: Any) -> Response:
    language = _language(request)
    t, label = translator(language)
    agent = viewer(request)
    response = Template(
        template_name=template, status_code=status,
        context={
            "t": t, "label": label, "lang": language, "languages": LANGUAGE_NAMES, "agent": agent, "page": page,
            "csrf": request.scope.get("state", {}).get("desk_csrf", ""), "periods": PERIODS,
            "query": dict(request.query_params), **context,
        },
    )
    return _with_headers(response, request)


def _redirect(request: Request, to: str) -> Response:
    return _with_headers(Redirect(path=to, status_code=303), request)


# ---- errors as pages -------------------------------------------------------------------------------


def _not_signed_in(request: Request, _: NotSignedIn) -> Response:
    return _redirect(request, "/desk/sign-in")


def _leads_only(request: Request, _: LeadsOnly) -> Response:
    return render(request, "refused.html", "refused", status=403, title="refused_title", text="refused_text")


def _form_expired(request: Request, _: FormExpired) -> Response:
    return render(request, "refused.html", "refused", status=403, title="form_expired", text=None)


EXCEPTION_HANDLERS = {NotSignedIn: _not_signed_in, LeadsOnly: _leads_only, FormExpired: _form_expired}


# ---- signing in and out ----------------------------------------------------------------------------


def _new_presign() -> str:
    return secrets.token_urlsafe(24)


@get("/", sync_to_thread=False, include_in_schema=False)
def root(request: Request) -> Response:
    return _redirect(request, "/desk")


@get("/desk", sync_to_thread=False, include_in_schema=False)
def desk_home(request: Request) -> Response:
    agent = viewer(request)
    if agent is None:
        return _redirect(request, "/desk/sign-in")
    return _redirect(request, "/desk/queue" if agent.is_lead else "/desk/mine")


def _sign_in_page(request: Request, status: int = 200, error: str | None = None, note: str | None = None) -> Response:
    presign = _new_presign()
    response = render(request, "sign_in.html", "sign_in", status=status, error=error, note=note, presign=presign)
    # Login CSRF: the form must come from a page this server just gave out (double submit).
    response.set_cookie(PRESIGN_COOKIE, presign, path="/desk", httponly=True, samesite="strict", max_age=3600)
    return response


@get("/desk/sign-in", sync_to_thread=False, include_in_schema=False)
def sign_in_form(request: Request) -> Response:
    if viewer(request) is not None:
        return desk_home(request)
    return _sign_in_page(request, note="signed_out" if request.query_params.get("out") else None)


@post("/desk/sign-in", sync_to_thread=False, include_in_schema=False)
def sign_in(request: Request, data: Form) -> Response:
    presign = request.cookies.get(PRESIGN_COOKIE, "")
    if not presign or not hmac.compare_digest(presign, data.get("presign", "")):
        return _sign_in_page(request, status=403, error="form_expired")
    token = (data.get("token") or "").strip()
    agent = agent_for_token(db_of(request), token) if 0 < len(token) <= 200 else None
    if agent is None:
        return _sign_in_page(request, status=401, error="sign_in_failed")
    session_id, _ = open_session(db_of(request), agent.id)
    response = _redirect(request, "/desk/queue" if agent.is_lead else "/desk/mine")
    response.set_cookie(SESSION_COOKIE, session_id, path="/desk", httponly=True, samesite="strict",
                        max_age=SESSION_HOURS * 3600)
    response.delete_cookie(PRESIGN_COOKIE, path="/desk")
    return response


@post("/desk/sign-out", sync_to_thread=False, include_in_schema=False)
def sign_out(request: Request, data: Form) -> Response:
    _require(request, lead=False)
    _check_csrf(request, data)
    close_session(db_of(request), request.cookies.get(SESSION_COOKIE, ""))
    response = _redirect(request, "/desk/sign-in?out=1")
    response.delete_cookie(SESSION_COOKIE, path="/desk")
    return response


# ---- pages -----------------------------------------------------------------------------------------


@get("/desk/queue", sync_to_thread=False, include_in_schema=False)
def queue_page(request: Request, platform: Short = None, rating: Short = None, assignee: Short = None) -> Response:
    _require(request, lead=True)
    if platform not in (None, "", *PLATFORMS):
        raise Invalid(f"platform must be one of {', '.join(PLATFORMS)}")
    # The filter form sends every field, empty ones as "": empty means "all".
    if rating not in (None, "", "1", "2", "3", "4", "5"):
        raise Invalid("rating must be a whole number of stars from 1 to 5")
    rating = int(rating) if rating else None
    found = reports.queue(db_of(request), platform=platform or None, rating=rating, assignee=assignee or None)
    sections = {s: [i for i in found.items if i.section == s] for s in ("overdue", "due_soon", "rest")}
    return render(request, "queue.html", "queue", queue=found, sections=sections, platforms=PLATFORMS,
                  platform=platform or "", rating=rating, assignee=assignee or "")


@get("/desk/performance", sync_to_thread=False, include_in_schema=False)
def performance_page(request: Request, days: Days = 30) -> Response:
    _require(request, lead=True)
    summary = reports.summary(db_of(request), days)
    drafts = reports.drafts_in_use(db_of(request), days)
    draft_rows = [("", drafts.overall), *(("lang", g) for g in drafts.by_language),
                  *(("approach", g) for g in drafts.by_approach)]
    model = model_status(db_of(request), request.app.state.drafter, days)
    return render(request, "performance.html", "performance", days=days, s=summary, chart=_performance_chart(summary),
                  draft_rows=draft_rows, model=model)


def _performance_chart(summary: reports.Summary) -> dict:
    return {
        "target": summary.target_minutes,
        "labels": [p.start for p in summary.by_period],
        "median": [p.median_first_response_minutes for p in summary.by_period],
        "p90": [p.p90_first_response_minutes for p in summary.by_period],
        "share": [None if p.answered_within_target_share is None else round(p.answered_within_target_share * 100, 1)
                  for p in summary.by_period],
        "platforms": [p.platform for p in summary.by_platform],
        "platform_median": [p.median_first_response_minutes for p in summary.by_platform],
    }


@get("/desk/promises", sync_to_thread=False, include_in_schema=False)
def promises_page(request: Request, days: Days = 30) -> Response:
    _require(request, lead=True)
    page = reports.promises_page(db_of(request), days)
    return render(request, "promises.html", "promises", days=days, p=page)


@get("/desk/problems", sync_to_thread=False, include_in_schema=False)
def problems_page(request: Request, days: Days = 30) -> Response:
    _require(request, lead=True)
    page = reports.problems_page(db_of(request), days)
    return render(request, "problems.html", "problems", days=days, recurring=page.recurring, links=page.links,
                  chart={"categories": [f.category for f in page.recurring], "now": [f.count for f in page.recurring],
                         "before": [f.previous_count for f in page.recurring]})


@get("/desk/customers", sync_to_thread=False, include_in_schema=False)
def customers_page(request: Request, days: Days = 30) -> Response:
    _require(request, lead=True)
    page = reports.customers_page(db_of(request), days)
    return render(request, "customers.html", "customers", days=days, c=page, done=request.query_params.get("done"))


def _pair(data: dict[str, str]) -> tuple[int, int]:
    try:
        a, b = int(data.get("a", "")), int(data.get("b", ""))
    except ValueError:
        raise Invalid("a and b must be customer ids") from None
    if a == b or min(a, b) < 1:
        raise Invalid("a and b must be two different customer ids")
    return a, b


@post("/desk/customers/merge", sync_to_thread=False, include_in_schema=False)
def merge_pair(request: Request, data: Form) -> Response:
    agent = _require(request, lead=True)
    _check_csrf(request, data)
    a, b = _pair(data)
    customers.merge(db_of(request), a, [b], agent.id)
    return _redirect(request, "/desk/customers?done=merged")


@post("/desk/customers/keep-apart", sync_to_thread=False, include_in_schema=False)
def keep_pair_apart(request: Request, data: Form) -> Response:
    agent = _require(request, lead=True)
    _check_csrf(request, data)
    a, b = _pair(data)
    for customer_id in (a, b):
        customers.get_customer(db_of(request), customer_id)  # NotFound -> 404
    reports.keep_apart(db_of(request), a, b, agent)
    return _redirect(request, "/desk/customers?done=kept_apart")


@get("/desk/mine", sync_to_thread=False, include_in_schema=False)
def mine_page(request: Request, days: Days = 30) -> Response:
    agent = _require(request, lead=False)
    summary = reports.summary(db_of(request), days, agent=agent)
    return render(request, "mine.html", "mine", days=days, s=summary, chart=_performance_chart(summary))


@get("/desk/export.csv", sync_to_thread=False, include_in_schema=False)
def export_csv(request: Request, figure: reports.Figure, days: Days = 30, category: Short = None,
               platform: Short = None, agent: Short = None) -> Response:
    """The items behind a figure: the team's for a lead, the viewer's own for an agent."""
    caller = _require(request, lead=False)
    export = reports.export_items(db_of(request), figure, days, agent=None if caller.is_lead else caller,
                                  category=category, platform=platform, agent_name=agent)
    return _with_headers(csv_response(export, f"hugdesk-{figure}-{days}d.csv"), request)


ROUTES = [root, desk_home, sign_in_form, sign_in, sign_out, queue_page, performance_page, promises_page,
          problems_page, customers_page, merge_pair, keep_pair_apart, mine_page, export_csv]



def is_desk_path(path: str) -> bool:
    """Routes the security gate treats as the desk's (session cookie, own origin, form bodies)."""
    return path == "/" or path == "/desk" or path.startswith("/desk/")
