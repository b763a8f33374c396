"""Roles, the summary, exports and reminders through a real server on a real SQLite file."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import httpx
import pytest

from tests.support.desk import seed_team
from tests.support.server import ROOT


def as_agent(backend, token: str, path: str, **kw) -> httpx.Response:
    return httpx.get(backend.api + path, headers={"Authorization": f"Bearer {token}"}, timeout=10, **kw)


@pytest.fixture
def seeded(backend):
    return seed_team(backend)


def test_the_summary_gives_the_exact_figures(backend, seeded):
    r = backend.get("/reports/summary", params={"days": 30})
    assert r.status_code == 200, r.text
    s = r.json()
    assert (s["days"], s["target_minutes"]) == (30, 60)
    assert s["answered"] == 3
    assert s["median_first_response_minutes"] == 30
    assert s["p90_first_response_minutes"] == 120
    assert s["answered_within_target_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert (s["unanswered"], s["overdue"], s["backlog"]) == (4, 2, 0)
    assert (s["promises"]["open"], s["promises"]["overdue"], s["promises"]["kept"], s["promises"]["broken"]) == (1, 1, 0, 0)
    delivery = next(r for r in s["recurring"] if r["category"] == "delivery")
    assert (delivery["count"], delivery["previous_count"]) == (4, 0)
    assert sorted(delivery["examples"]) == sorted(seeded["answered"])
    assert {p["platform"]: p["overdue"] for p in s["by_platform"]} == {"facebook": 0, "tripadvisor": 2, "yelp": 0}
    assert [(a["agent"], a["answered"]) for a in s["by_agent"]] == [("default", 3)]
    assert len(s["by_period"]) == 31 and s["expected_now"]["replies"] == 3


def test_roles_agents_are_refused_team_figures_and_get_their_own(backend, seeded):
    token = seeded["agent_token"]
    me = as_agent(backend, token, "/me").json()
    assert me["role"] == "agent" and me["agent"]["role"] == "agent"
    assert backend.get("/me").json()["role"] == "lead"
    refused = as_agent(backend, token, "/reports/summary")
    assert refused.status_code == 403 and "team leads" in refused.json()["detail"]
    own = as_agent(backend, token, "/reports/mine", params={"days": 7}).json()
    # Ola answered nothing, but one of the overdue items is assigned to her.
    assert (own["scope"], own["answered"], own["unanswered"], own["overdue"]) == ("ola", 0, 1, 1)
    own_csv = as_agent(backend, token, "/reports/items", params={"figure": "overdue"})
    rows = list(csv.reader(io.StringIO(own_csv.text)))
    assert [int(r[0]) for r in rows[1:]] == [seeded["overdue"][1]]


def test_export_lists_the_items_behind_a_figure(backend, seeded):
    r = backend.get("/reports/items", params={"figure": "overdue", "days": 30})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert sorted(int(row["ticket_id"]) for row in rows) == sorted(seeded["overdue"])
    assert {row["platform"] for row in rows} == {"tripadvisor"}
    within = list(csv.DictReader(io.StringIO(backend.get("/reports/items", params={"figure": "within_target"}).text)))
    assert sorted(float(row["first_response_minutes"]) for row in within) == [10, 30]
    promises = list(csv.DictReader(io.StringIO(backend.get("/reports/items", params={"figure": "promises_overdue"}).text)))
    assert [(p["promise"], p["agent"], p["customer"]) for p in promises] == [("Refund by yesterday", "default", "Maria Kowalska")]
    bad = backend.get("/reports/items", params={"figure": "everything"})
    assert bad.status_code == 400 and "figure" in bad.json()["detail"]
    assert backend.get("/reports/summary", params={"days": 0}).status_code == 400


def test_reminders_name_the_callers_overdue_promise(backend, seeded):
    r = backend.get("/reminders")
    assert r.status_code == 200
    body = r.json()
    assert body["update_after_hours"] == 24 and body["overdue_count"] == 1 and body["updates_due"] == 0
    assert [(i["kind"], i["ticket_id"], i["text"]) for i in body["items"]] == [
        ("promise_overdue", seeded["overdue"][0], "Refund by yesterday")]
    assert body["items"][0]["url"].startswith("https://www.tripadvisor.com/")
    # The setting is validated like the others.
    assert backend.patch("/settings", {"update_after_hours": 0}).status_code == 422
    assert backend.patch("/settings", {"update_after_hours": 6}).json()["update_after_hours"] == 6


def test_token_create_takes_a_role_and_renewing_keeps_it(tmp_path):
    db = str(tmp_path / "cli.db")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "hugdesk", *args, "--db", db], capture_output=True, text=True,
                              cwd=ROOT)

    assert run("token", "create", "lena", "--role", "lead").returncode == 0
    assert run("token", "create", "piotr").returncode == 0
    assert run("token", "create", "lena").returncode == 0  # a new token, still a lead
    listing = run("token", "list").stdout
    assert "lena\tactive" in listing and listing.split("lena\tactive")[1].split("\n")[0].endswith("\tlead")
    assert listing.split("piotr\tactive")[1].split("\n")[0].endswith("\tagent")
    bad = run("token", "create", "x", "--role", "boss")
    assert bad.returncode != 0 and "invalid choice" in bad.stderr
