"""A language model's drafts through the real server: off by default, never waited for, always
guarded, and a failing model never costs the rule drafts (nor a 500)."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import httpx
import pytest

from tests.support.model_server import LlamaServer, llama_skip_reason
from tests.support.server import ROOT, free_port, item, new_agent_token, rows

REVIEW = item(1, author_name="Miles Kerr", rating=2,
              text="The room was dirty and the carpet stained. Staff were friendly though.")
GOOD = ("Hello Miles,\n\nWe're sorry the room was not clean when you arrived – that is not the welcome we want "
        "to give. Thank you for your kind words about our staff. If you send us a private message, we can talk "
        "it through.\n\nHotel Aurora")


def use_model(backend, url: str, timeout: int = 10, **extra) -> None:
    r = backend.patch("/settings", {"business_name": "Hotel Aurora", "business_kind": "hotel", "model_enabled": True,
                                    "model_endpoint": url, "model_name": "tiny", "model_timeout_seconds": timeout,
                                    **extra})
    assert r.status_code == 200, r.text


def settled(backend, ticket_id: int, wait: float = 30) -> dict:
    """POST /suggestions until the model's attempt is over (the card asks the same way)."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        body = backend.post("/suggestions", {"ticket_id": ticket_id}).json()
        if not body["model_pending"]:
            return body
        time.sleep(0.2)
    raise AssertionError("the model's draft never settled")


def first_observe(backend) -> dict:
    result = backend.post("/observe", {"items": [REVIEW]}).json()["items"][0]
    if result["suggestions_pending"]:  # observe's budget ran out on a loaded machine: the card asks
        body = backend.post("/suggestions", {"ticket_id": result["ticket_id"]}).json()
        result = {**result, "suggestions": body["suggestions"], "model_pending": body["model_pending"]}
    return result


def test_off_by_default_and_only_a_lead_may_point_reviews_at_a_model(backend, fake):
    settings = backend.get("/settings").json()
    assert settings["model_enabled"] is False and settings["model_endpoint"] == "" and not settings["model_api_key_set"]
    result = first_observe(backend)
    assert result["model_pending"] is False and {s["source"] for s in result["suggestions"]} == {"rules"}
    assert backend.patch("/settings", {"model_enabled": True}).status_code == 422  # no endpoint yet
    for bad in ("ftp://x", "localhost:11434", "http://user:pw@host/v1", "http://exa mple/v1"):
        r = backend.patch("/settings", {"model_endpoint": bad})
        assert r.status_code == 422 and "model_endpoint" in r.json()["detail"]
    assert backend.patch("/settings", {"model_timeout_seconds": 0}).status_code == 422
    agent = new_agent_token(backend, "ola")
    r = httpx.patch(backend.api + "/settings", json={"model_endpoint": "https://llm.example/v1"},
                    headers={"Authorization": f"Bearer {agent}"}, timeout=10)
    assert r.status_code == 403 and "lead" in r.json()["detail"]
    assert httpx.patch(backend.api + "/settings", json={"signature": "Ola"},
                       headers={"Authorization": f"Bearer {agent}"}, timeout=10).status_code == 200
    assert httpx.get(backend.api + "/model/status", headers={"Authorization": f"Bearer {agent}"}).status_code == 403
    assert rows(backend, "SELECT count(*) FROM settings WHERE key LIKE 'model%'") == [(0,)]


def test_observe_answers_at_once_and_the_models_draft_arrives_later(backend, fake):
    model = fake(mode="stall", delay=2, text=GOOD)
    use_model(backend, model.url, model_api_key="sk-secret-42")
    settings = backend.get("/settings").json()
    assert settings["model_api_key_set"] is True and "sk-secret-42" not in str(settings)
    assert "sk-secret-42" not in str(backend.get("/me").json())
    started = time.monotonic()
    result = first_observe(backend)
    assert time.monotonic() - started < 1.5  # the model takes 2 s: observe did not wait for it
    assert result["model_pending"] is True
    assert result["suggestions"] and {s["source"] for s in result["suggestions"]} == {"rules"}
    body = settled(backend, result["ticket_id"])
    model_drafts = [s for s in body["suggestions"] if s["source"] == "model"]
    assert [s["text"] for s in model_drafts] == [GOOD] and model_drafts[0]["approach"] == "model"
    assert body["suggestions"][0]["source"] == "rules"  # the rule drafts stay first
    # What was sent: the review and the reading, with the key as a bearer token.
    sent = model.requests[0]
    assert sent["headers"]["Authorization"] == "Bearer sk-secret-42"
    assert REVIEW["text"] in sent["body"]["messages"][1]["content"]
    assert "Praised: staff" in sent["body"]["messages"][1]["content"]
    # observe shows it too, and the model is not asked again for the same review.
    again = backend.post("/observe", {"items": [REVIEW]}).json()["items"][0]
    assert [s["text"] for s in again["suggestions"] if s["source"] == "model"] == [GOOD]
    assert again["model_pending"] is False and len(model.requests) == 1
    status = backend.get("/model/status").json()
    assert (status["shown"], status["refused"], status["failed"]) == (1, 0, 0) and status["remote"] is False


@pytest.mark.parametrize("text, reason", [
    (GOOD.replace("If you send us", "Call us on 555 123 4567. If you send us"), "tone:private_data:phone"),
    (GOOD.replace("If you send us", "Our manager is talking to the cleaners today. If you send us"), "commitment"),
    (GOOD.replace("If you send us", "Here is a 50% discount for you. If you send us"), "compensation"),
])
def test_a_model_draft_that_breaks_a_rule_is_never_shown(backend, fake, text, reason):
    model = fake(text=text)
    use_model(backend, model.url)
    result = first_observe(backend)
    body = settled(backend, result["ticket_id"])
    assert {s["source"] for s in body["suggestions"]} == {"rules"} and body["suggestions"]
    status = backend.get("/model/status").json()
    assert status["refused"] == 1 and status["shown"] == 0 and reason in status["reasons"]
    problem = status["last_problems"][0]
    assert problem["status"] == "refused" and reason in problem["reasons"] and problem["text"]
    # The lead's desk says the same, in the lead's language.
    from tests.api.test_desk import sign_in

    desk = sign_in(backend, backend.token)
    for lang, words in (("en", "Refused by the checks"), ("pl", "Odrzucone przez kontrole"),
                        ("uk", "Відхилені перевірками")):
        page = desk.get(f"/desk/performance?lang={lang}").text
        section = page[page.index('id="model-status"'):]
        assert words in section and f"<code>{reason}</code> ×1" in section
        assert re.search(r'<table id="model-counts">.*?<td>0</td><td>1</td><td>0</td>', section, re.S)


@pytest.mark.parametrize("kw, reason", [
    ({"mode": "status", "status": 500}, "http_500"),
    ({"mode": "garbage"}, "bad_response"),
    ({"mode": "stall", "delay": 4}, "timeout"),
    (None, "unreachable"),
])
def test_a_failing_model_leaves_the_rule_drafts_and_tells_the_lead(backend, fake, kw, reason):
    url = fake(**kw).url if kw else f"http://127.0.0.1:{free_port()}/v1"
    use_model(backend, url, timeout=2)
    result = first_observe(backend)
    body = settled(backend, result["ticket_id"])
    assert body["suggestions"] and {s["source"] for s in body["suggestions"]} == {"rules"}
    status = backend.get("/model/status")
    assert status.status_code == 200
    assert status.json()["failed"] == 1 and status.json()["reasons"] == {reason: 1}
    # Asked again soon, a failed review is not sent to the model again (no storm on a broken server).
    assert backend.post("/suggestions", {"ticket_id": result["ticket_id"]}).json()["model_pending"] is False
    assert "Traceback" not in backend.log_path.read_text()


def test_erasing_a_customer_erases_their_model_drafts(backend, fake):
    use_model(backend, fake(text=GOOD).url)
    result = first_observe(backend)
    settled(backend, result["ticket_id"])
    assert rows(backend, "SELECT count(*) FROM model_drafts") == [(1,)]
    erased = subprocess.run([sys.executable, "-m", "hugdesk", "erase-customer", str(result["customer_id"]), "--db",
                             str(backend.db_path)], capture_output=True, text=True, cwd=ROOT)
    assert erased.returncode == 0, erased.stderr
    assert rows(backend, "SELECT count(*) FROM model_drafts") == [(0,)]


# --- a real model -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    reason = llama_skip_reason()
    if reason:
        pytest.skip(reason)
    server = LlamaServer(tmp_path_factory.mktemp("llama") / "llama.log").start()
    yield server
    server.stop()


def test_a_real_model_writes_in_the_background_and_its_answer_is_judged(backend, llama):
    use_model(backend, llama.url, timeout=120)
    started = time.monotonic()
    result = first_observe(backend)
    assert result["model_pending"] is True and time.monotonic() - started < 1.5
    body = settled(backend, result["ticket_id"], wait=150)
    status = backend.get("/model/status").json()
    # A 135M model rarely writes a reply the guard lets through; either way it was read and judged.
    assert status["failed"] == 0 and status["shown"] + status["refused"] == 1
    (stored,) = rows(backend, "SELECT status, text, ms FROM model_drafts")
    assert stored[1] and stored[2] > 0
    shown = [s for s in body["suggestions"] if s["source"] == "model"]
    assert (stored[0] == "shown") == bool(shown)
