"""The team lead's desk in real Chromium against a real server on a seeded database: sign in,
the figures, the charts, filters, export, languages, sign-out, and an agent refused the team pages.
Screenshots land in tests/artifacts/desk/ (git-ignored) for a person to look at."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.support.desk import seed_team

from .conftest import executable

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "desk"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    from tests.support.server import Backend

    server = Backend(tmp_path_factory.mktemp("desk") / "hugdesk.db").start()
    seeded = seed_team(server)
    yield server, seeded
    server.stop()


@pytest.fixture(scope="module")
def chromium(playwright):
    browser = playwright.chromium.launch(executable_path=executable(), headless=True, args=["--no-sandbox"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    yield browser
    browser.close()


def new_page(chromium, locale: str = "en-GB"):
    context = chromium.new_context(locale=locale, accept_downloads=True, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    # CSP violations and script errors show up here: the charts must draw without either.
    page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    return page


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def sign_in(page, server, token: str) -> None:
    page.goto(server.url + "/")
    assert page.url.endswith("/desk/sign-in")
    page.fill("#token", token)
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert "/desk/sign-in" not in page.url, page.inner_text("main")


def test_a_lead_signs_in_and_sees_the_queue_in_order_with_links_to_the_platforms(team, chromium):
    server, seeded = team
    page = new_page(chromium)
    sign_in(page, server, server.token)
    assert page.url.endswith("/desk/queue")
    cookies = {c["name"]: c for c in page.context.cookies()}
    assert cookies["hugdesk_session"]["httpOnly"] and cookies["hugdesk_session"]["sameSite"] == "Strict"
    assert page.evaluate("document.cookie") == "", "scripts cannot read the session"
    order = page.eval_on_selector_all("tr.item", "rows => rows.map(r => [r.className, Number(r.dataset.ticket)])")
    assert order == [["item overdue", seeded["overdue"][0]], ["item overdue", seeded["overdue"][1]],
                     ["item due_soon", seeded["due_soon"]], ["item rest", seeded["rest"]]]
    link = page.locator(f'tr[data-ticket="{seeded["overdue"][0]}"] a')
    assert link.get_attribute("href").startswith("https://www.tripadvisor.com/ShowUserReviews")
    assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")
    shot(page, "01-queue")
    assert page.problems == []


def test_queue_filters_by_platform_rating_and_assignee(team, chromium):
    server, seeded = team
    page = new_page(chromium)
    sign_in(page, server, server.token)

    def shown():
        return sorted(int(t) for t in page.eval_on_selector_all("tr.item", "rows => rows.map(r => r.dataset.ticket)"))

    page.select_option("#filter-platform", "tripadvisor")
    with page.expect_navigation():
        page.click("#apply-filters")
    assert shown() == sorted(seeded["overdue"])
    page.select_option("#filter-rating", "2")
    with page.expect_navigation():
        page.click("#apply-filters")
    assert shown() == [seeded["overdue"][1]]
    page.select_option("#filter-platform", "")
    page.select_option("#filter-rating", "")
    page.select_option("#filter-assignee", "ola")
    with page.expect_navigation():
        page.click("#apply-filters")
    assert shown() == [seeded["overdue"][1]]
    page.select_option("#filter-assignee", "-")
    with page.expect_navigation():
        page.click("#apply-filters")
    assert seeded["overdue"][1] not in shown() and len(shown()) == 3
    shot(page, "02-queue-filtered")


def test_response_figures_and_real_charts(team, chromium):
    server, _ = team
    page = new_page(chromium)
    sign_in(page, server, server.token)
    with page.expect_navigation():
        page.click("nav >> text=Response times")
    assert page.inner_text("#fig-answered") == "3"
    assert page.inner_text("#fig-median") == "30.0 min"
    assert page.inner_text("#fig-p90") == "120.0 min"
    assert page.inner_text("#fig-share") == "66.7%"
    assert (page.inner_text("#fig-unanswered"), page.inner_text("#fig-overdue")) == ("4", "2")
    assert page.inner_text("#fig-promises-overdue") == "1"
    assert page.get_attribute("body", "data-charts-drawn") == "3"
    # The charts hold the figures (not a picture of nothing): the last day's median is 30, p90 120.
    series = page.evaluate("""() => {
        const c = document.getElementById('chart-times').chart;
        return c.data.datasets.map(d => d.data.filter(v => v !== null));
    }""")
    assert series[0][-1] == 30 or 30 in series[0]
    assert max(series[1]) == 120 and set(series[2]) == {60}
    painted = page.evaluate("""() => {
        const canvas = document.getElementById('chart-share');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) inked++;
        return inked;
    }""")
    assert painted > 1000, "the share chart drew bars"
    shot(page, "03-performance")
    assert page.problems == []


def test_promises_problems_and_customers_pages(team, chromium):
    server, seeded = team
    page = new_page(chromium)
    sign_in(page, server, server.token)
    page.goto(server.url + "/desk/promises")
    row = page.locator("#open-promises tr.promise")
    assert row.count() == 1 and "overdue" in row.get_attribute("class")
    assert "Refund by yesterday" in row.inner_text() and "Maria Kowalska" in row.inner_text()
    shot(page, "04-promises")
    page.goto(server.url + "/desk/problems")
    delivery = page.locator('tr[data-category="delivery"]')
    assert "×4" in delivery.inner_text() and "up from 0" in delivery.inner_text()
    assert page.get_attribute("body", "data-charts-drawn") == "1"
    shot(page, "05-problems")
    page.goto(server.url + "/desk/customers")
    assert page.locator("#repeat tr").count() >= 1 and "Kevin K." in page.inner_text("#repeat")
    assert page.locator("#candidates tr").count() >= 1
    shot(page, "06-customers")
    assert page.problems == []


def test_export_downloads_the_items_behind_a_figure(team, chromium, tmp_path):
    server, seeded = team
    page = new_page(chromium)
    sign_in(page, server, server.token)
    page.goto(server.url + "/desk/performance")
    with page.expect_download() as download:
        page.click("#export-overdue")
    path = tmp_path / "overdue.csv"
    download.value.save_as(path)
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert sorted(int(r["ticket_id"]) for r in rows) == sorted(seeded["overdue"])
    assert download.value.suggested_filename == "hugdesk-overdue-30d.csv"


def test_polish_from_the_browser_and_ukrainian_from_the_switcher(team, chromium):
    server, _ = team
    page = new_page(chromium, locale="pl-PL")
    sign_in(page, server, server.token)
    assert page.inner_text("h1").startswith("Kolejka")
    assert page.locator("#section-overdue h2").inner_text().startswith("Po terminie")
    with page.expect_navigation():
        page.click("a[hreflang=uk]")
    assert page.inner_text("h1").startswith("Черга")
    page.goto(server.url + "/desk/performance")
    assert "Медіана часу першої відповіді" in page.inner_text(".figures")
    shot(page, "07-performance-uk")


def test_sign_out_ends_the_session(team, chromium):
    server, _ = team
    page = new_page(chromium)
    sign_in(page, server, server.token)
    with page.expect_navigation():
        page.click("#sign-out")
    assert page.url.endswith("/desk/sign-in?out=1")
    assert "You are signed out." in page.inner_text("main")
    page.goto(server.url + "/desk/queue")
    assert page.url.endswith("/desk/sign-in")
    shot(page, "08-signed-out")


def test_an_agent_is_refused_the_team_pages(team, chromium):
    server, seeded = team
    page = new_page(chromium)
    sign_in(page, server, seeded["agent_token"])
    assert page.url.endswith("/desk/mine")
    assert page.locator("nav a").all_inner_texts() == ["My figures"]
    assert page.inner_text("#fig-overdue") == "1"  # the overdue item assigned to her
    shot(page, "09-agent-own-figures")
    for team_page in ("queue", "performance", "promises", "problems", "customers"):
        response = page.goto(f"{server.url}/desk/{team_page}")
        assert response.status == 403, team_page
        assert page.inner_text("h1") == "For team leads only"
    shot(page, "10-agent-refused")
    with page.expect_download() as download:
        page.goto(server.url + "/desk/mine")
        page.click("#export-overdue")
    path = Path(download.value.path())
    assert [int(r["ticket_id"]) for r in csv.DictReader(path.open(encoding="utf-8"))] == [seeded["overdue"][1]]
