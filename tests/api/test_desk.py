"""The desk over HTTP against a real server: sign-in, the session cookie, CSRF, the origin gate,
languages, escaping, and the vendored chart library with its licence."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import httpx
import pytest

from hugdesk.api.desk import routes as desk_routes
from hugdesk.api.desk.text import LANGUAGES, TEXT, pick_language
import datetime as dt

from tests.support.desk import NOW, observe_one, seed_team, set_tracking_since
from tests.support.server import new_agent_token

DESK = Path(desk_routes.__file__).parent


def sign_in(backend, token: str, client: httpx.Client | None = None) -> httpx.Client:
    client = client or httpx.Client(base_url=backend.url, timeout=10)
    form = client.get("/desk/sign-in")
    presign = re.search(r'name="presign" value="([^"]+)"', form.text).group(1)
    r = client.post("/desk/sign-in", data={"token": token, "presign": presign}, headers={"Origin": backend.url})
    assert r.status_code == 303, r.text
    return client


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def test_root_redirects_to_the_desk_and_the_desk_asks_to_sign_in(backend):
    assert httpx.get(backend.url + "/").headers["location"] == "/desk"
    assert httpx.get(backend.url + "/desk").headers["location"] == "/desk/sign-in"
    assert httpx.get(backend.url + "/desk/queue").headers["location"] == "/desk/sign-in"
    assert httpx.get(backend.url + "/desk/export.csv?figure=overdue").headers["location"] == "/desk/sign-in"


def test_sign_in_gives_a_strict_httponly_cookie_and_refuses_bad_tokens_and_forged_forms(backend):
    client = httpx.Client(base_url=backend.url, timeout=10)
    form = client.get("/desk/sign-in")
    presign = re.search(r'name="presign" value="([^"]+)"', form.text).group(1)
    forged = httpx.post(backend.url + "/desk/sign-in", data={"token": backend.token, "presign": "guess"})
    assert forged.status_code == 403 and "hugdesk_session" not in forged.headers.get("set-cookie", "")
    wrong = client.post("/desk/sign-in", data={"token": "hd_wrong", "presign": presign})
    assert wrong.status_code == 401 and "not valid" in wrong.text
    form = client.get("/desk/sign-in")
    presign = re.search(r'name="presign" value="([^"]+)"', form.text).group(1)
    ok = client.post("/desk/sign-in", data={"token": backend.token, "presign": presign})
    assert ok.status_code == 303 and ok.headers["location"] == "/desk/queue"
    cookie = next(c for c in ok.headers.get_list("set-cookie") if c.startswith("hugdesk_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict") and "Path=/desk" in cookie
    # Only the hash of the session id is stored.
    session_id = cookie.split(";")[0].split("=", 1)[1]
    import sqlite3
    with sqlite3.connect(backend.db_path) as conn:
        stored = [r[0] for r in conn.execute("SELECT id_hash FROM desk_sessions")]
    assert stored == [hashlib.sha256(session_id.encode()).hexdigest()]
    assert client.get("/desk/queue").status_code == 200


def test_the_gate_lets_only_the_desks_own_origin_in_and_only_to_the_desk(backend):
    client = sign_in(backend, backend.token)
    page = client.get("/desk/customers").text
    for origin in ("https://evil.example", "chrome-extension://abcdefghijklmnopabcdefghijklmnop", "null"):
        r = client.post("/desk/sign-out", data={"csrf": csrf_of(page)}, headers={"Origin": origin})
        assert r.status_code == 403, origin
    # JSON is not a desk form.
    r = client.post("/desk/sign-out", json={"csrf": csrf_of(page)}, headers={"Origin": backend.url})
    assert r.status_code == 415
    # The desk's origin does not open the API, and the session cookie is no token.
    assert client.get("/api/v1/me", headers={"Origin": backend.url}).status_code == 403
    assert client.get("/api/v1/me").status_code == 401
    assert client.get("/desk/queue").status_code == 200


def test_writes_need_the_sessions_csrf_token_and_sign_out_ends_the_session(backend):
    client = sign_in(backend, backend.token)
    page = client.get("/desk/queue").text
    assert client.post("/desk/sign-out", data={"csrf": "not-it"}).status_code == 403
    assert client.post("/desk/sign-out", data={}).status_code == 403
    assert client.get("/desk/queue").status_code == 200  # still signed in
    cookie = client.cookies.get("hugdesk_session")
    out = client.post("/desk/sign-out", data={"csrf": csrf_of(page)}, headers={"Origin": backend.url})
    assert out.status_code == 303 and out.headers["location"] == "/desk/sign-in?out=1"
    # The old cookie, replayed, is worth nothing.
    replay = httpx.get(backend.url + "/desk/queue", cookies={"hugdesk_session": cookie})
    assert replay.status_code == 303 and replay.headers["location"] == "/desk/sign-in"


def test_an_agent_is_refused_team_pages_but_sees_their_own(backend):
    token = new_agent_token(backend, "ola")
    client = sign_in(backend, token)
    for page in ("queue", "performance", "promises", "problems", "customers"):
        r = client.get(f"/desk/{page}")
        assert r.status_code == 403 and "For team leads only" in r.text, page
    assert client.get("/desk/mine").status_code == 200
    assert client.get("/desk").headers["location"] == "/desk/mine"
    page = client.get("/desk/mine").text
    r = client.post("/desk/customers/merge", data={"csrf": csrf_of(page), "a": "1", "b": "2"})
    assert r.status_code == 403


def test_merge_and_keep_apart_from_the_customers_page(backend):
    seed_team(backend)
    client = sign_in(backend, backend.token)
    page = client.get("/desk/customers").text
    pairs = re.findall(r'data-pair="(\d+)-(\d+)"', page)
    assert len(pairs) >= 2, "Maria Kowalska has records on Tripadvisor (two) and Facebook"
    a, b = pairs[0]
    r = client.post("/desk/customers/keep-apart", data={"csrf": csrf_of(page), "a": a, "b": b})
    assert r.status_code == 303
    page = client.get(r.headers["location"]).text
    assert "will not be suggested again" in page and f'data-pair="{a}-{b}"' not in page
    a, b = re.findall(r'data-pair="(\d+)-(\d+)"', page)[0]
    r = client.post("/desk/customers/merge", data={"csrf": csrf_of(page), "a": a, "b": b})
    assert r.status_code == 303
    first = httpx.get(f"{backend.api}/customers/{a}", headers=backend.headers).json()
    second = httpx.get(f"{backend.api}/customers/{b}", headers=backend.headers).json()
    assert first["group_id"] == second["group_id"]
    assert "Merged into one customer." in client.get(r.headers["location"]).text


def test_page_text_is_escaped_and_links_are_only_web_addresses(backend):
    set_tracking_since(backend, NOW() - dt.timedelta(days=1))
    client = sign_in(backend, backend.token)
    observe_one(backend, platform="yelp", external_id="x1", author_name="<img src=x onerror=alert(1)>",
                author_id="x1", text="<script>alert('hi')</script>", posted_text="2 hours ago",
                url="javascript:alert(1)")
    page = client.get("/desk/queue").text
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page
    assert "<img src=x" not in page
    assert "javascript:" not in page
    assert client.get("/desk/queue").headers["content-security-policy"].startswith("default-src 'none'")


def test_language_follows_the_browser_and_the_switcher(backend):
    client = sign_in(backend, backend.token)
    assert "Kolejka" in client.get("/desk/queue", headers={"Accept-Language": "pl-PL,pl;q=0.9,en;q=0.8"}).text
    assert "Черга" in client.get("/desk/queue", headers={"Accept-Language": "uk,en;q=0.5"}).text
    assert "Queue" in client.get("/desk/queue", headers={"Accept-Language": "de-DE"}).text
    switched = client.get("/desk/queue?lang=uk", headers={"Accept-Language": "pl"})
    assert "Черга" in switched.text
    assert "Черга" in client.get("/desk/queue", headers={"Accept-Language": "pl"}).text  # remembered
    assert pick_language(None, "en;q=0.1, pl;q=0.8") == "pl"


def test_every_desk_text_exists_in_all_three_languages_and_is_used():
    used = set()
    sources = [p.read_text() for p in (DESK / "templates").glob("*.html")] + [(DESK / "routes.py").read_text()]
    for source in sources:
        used |= set(re.findall(r"""\bt\(\s*'([a-z0-9_]+)'""", source))
        used |= set(re.findall(r"""['"]([a-z0-9_]+)['"]""", source)) & set(TEXT)
    prefixed = {k for k in TEXT if k.split("_")[0] in ("cat", "ch", "nav", "role", "section", "state", "by", "lang",
                                                       "approach")}
    for key, entry in TEXT.items():
        assert set(entry) == set(LANGUAGES), key
        assert all(entry[lang].strip() for lang in LANGUAGES), key
        assert key in used or key in prefixed, f"desk text {key} is never used"
    missing = {k for s in sources for k in re.findall(r"""\bt\(\s*'([a-z0-9_]+)'""", s) if not k.endswith('_')} - set(TEXT)
    assert missing == set()


def test_the_chart_library_is_vendored_pinned_and_licensed():
    library = DESK / "static" / "chart.umd.min.js"
    notes = (DESK / "static" / "VENDORED.md").read_text()
    assert hashlib.sha256(library.read_bytes()).hexdigest() in notes
    assert "Chart.js v4.6.1" in library.read_text()[:200] and "| 4.6.1 |" in notes
    assert "MIT License" in (DESK / "static" / "chart.js.LICENSE.md").read_text()
    for template in (DESK / "templates").glob("*.html"):
        assert not re.search(r"""(src|href)=["']https?:""", template.read_text()), f"{template.name} loads from elsewhere"


def test_the_static_files_are_served_from_the_package(backend):
    r = httpx.get(backend.url + "/desk/static/chart.umd.min.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert httpx.get(backend.url + "/desk/static/../routes.py").status_code in (400, 404)


def test_serve_tells_where_the_desk_is(backend):
    """The README's quick start promises the desk's address among what the server prints."""
    assert f"Team desk: http://127.0.0.1:{backend.port}/desk" in backend.log_path.read_text()
