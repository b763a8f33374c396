"""The team lead's figures as JSON and CSV, an agent's own figures, and the extension's reminders."""

from __future__ import annotations

import csv
import io
from typing import Annotated

from litestar import Request, Response, get
from litestar.connection import ASGIConnection
from litestar.exceptions import PermissionDeniedException
from litestar.handlers.base import BaseRouteHandler
from litestar.params import Parameter

from ..usecases import reports
from .deps import agent_of, db_of

Days = Annotated[int, Parameter(ge=1, le=366, description="the period: the last N days")]
Category = Annotated[str | None, Parameter(max_length=100)]
Name = Annotated[str | None, Parameter(max_length=100)]


def lead_only(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Team figures are for leads; an agent asks for their own at /reports/mine."""
    agent = connection.scope.get("state", {}).get("agent")
    if agent is None or not agent.is_lead:
        raise PermissionDeniedException("Team figures are for team leads; your own are at /api/v1/reports/mine")


@get("/reports/summary", sync_to_thread=False, guards=[lead_only])
def team_summary(request: Request, days: Days = 30, bucket: reports.Bucket | None = None) -> reports.Summary:
    return reports.summary(db_of(request), days, bucket=bucket)


@get("/reports/drafts", sync_to_thread=False, guards=[lead_only])
def drafts_in_use(request: Request, days: Days = 30) -> reports.DraftUse:
    """How the suggestions fare in use: replies sent from a draft, nearly unchanged, median edit."""
    return reports.drafts_in_use(db_of(request), days)


@get("/reports/mine", sync_to_thread=False)
def own_summary(request: Request, days: Days = 30, bucket: reports.Bucket | None = None) -> reports.Summary:
    return reports.summary(db_of(request), days, agent=agent_of(request), bucket=bucket)


def csv_response(export: reports.Export, filename: str) -> Response:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(export.header)
    writer.writerows([reports.csv_safe(v) for v in row] for row in export.rows)
    return Response(out.getvalue(), media_type="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@get("/reports/items", sync_to_thread=False)
def figure_items(request: Request, figure: reports.Figure, days: Days = 30, category: Category = None,
                 platform: Name = None, agent: Name = None) -> Response:
    """The items behind one figure as CSV: the team's for a lead, the caller's own for an agent."""
    caller = agent_of(request)
    export = reports.export_items(db_of(request), figure, days, agent=None if caller.is_lead else caller,
                                  category=category, platform=platform, agent_name=agent)
    return csv_response(export, f"hugdesk-{figure}-{days}d.csv")


@get("/reminders", sync_to_thread=False)
def agent_reminders(request: Request) -> reports.Reminders:
    return reports.reminders(db_of(request), agent_of(request))


ROUTES = [team_summary, drafts_in_use, own_summary, figure_items, agent_reminders]
