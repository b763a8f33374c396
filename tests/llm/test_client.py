"""The model client against real servers on loopback: llama.cpp's with a real model, and a fake
one that misbehaves on demand (errors, garbage, stalls). Plumbing only, never the prose."""

from __future__ import annotations

import time

import pytest

from hugdesk.llm.client import Endpoint, ModelError, chat
from tests.support.model_server import LlamaServer, llama_skip_reason
from tests.support.server import free_port

MESSAGES = [{"role": "system", "content": "You reply to customer reviews."},
            {"role": "user", "content": "Review by Kerry: Lovely breakfast, friendly staff."}]


def test_a_streamed_answer_is_joined_and_the_request_is_openai_shaped(fake):
    server = fake(text="Dear Kerry, thank you for the kind words about breakfast.")
    reply = chat(Endpoint(server.url, "tiny", api_key="sk-test-1", timeout=5), MESSAGES, max_tokens=50)
    assert reply.text.strip() == "Dear Kerry, thank you for the kind words about breakfast."
    assert reply.streamed and reply.model == "fake"
    sent = server.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["headers"]["Authorization"] == "Bearer sk-test-1"
    assert sent["body"]["model"] == "tiny" and sent["body"]["stream"] is True
    assert sent["body"]["messages"] == MESSAGES and sent["body"]["max_tokens"] == 50


def test_a_server_that_ignores_stream_is_read_too_and_no_key_sends_no_header(fake):
    server = fake(mode="json", text="Thank you, Kerry.")
    reply = chat(Endpoint(server.url + "/chat/completions", "tiny", timeout=5), MESSAGES)
    assert reply.text == "Thank you, Kerry." and not reply.streamed
    assert server.requests[0]["path"] == "/v1/chat/completions"
    assert "Authorization" not in server.requests[0]["headers"]


@pytest.mark.parametrize("kw, code", [
    ({"mode": "status", "status": 500}, "http_500"),
    ({"mode": "status", "status": 401}, "http_401"),
    ({"mode": "garbage"}, "bad_response"),
    ({"mode": "drop"}, "unreachable"),
    ({"mode": "reply", "text": ""}, "empty"),
])
def test_errors_are_named_never_raised_raw(fake, kw, code):
    server = fake(**kw)
    with pytest.raises(ModelError) as caught:
        chat(Endpoint(server.url, "tiny", timeout=5), MESSAGES)
    assert caught.value.code == code


def test_a_server_that_is_down_is_unreachable_at_once():
    started = time.monotonic()
    with pytest.raises(ModelError) as caught:
        chat(Endpoint(f"http://127.0.0.1:{free_port()}/v1", "tiny", timeout=5), MESSAGES)
    assert caught.value.code == "unreachable" and time.monotonic() - started < 2


@pytest.mark.parametrize("kw", [{"mode": "stall", "delay": 3, "text": "late"},
                                {"mode": "trickle", "delay": 0.3, "text": "one word at a time " * 5}])
def test_one_deadline_covers_the_whole_answer(fake, kw):
    """A stall before the first byte and a trickle that never ends are both cut off at the timeout."""
    server = fake(**kw)
    started = time.monotonic()
    with pytest.raises(ModelError) as caught:
        chat(Endpoint(server.url, "tiny", timeout=1), MESSAGES)
    assert caught.value.code == "timeout"
    assert 0.9 < time.monotonic() - started < 2


# --- a real model behind llama.cpp's own server -----------------------------------------------

@pytest.fixture(scope="module")
def llama(tmp_path_factory):
    reason = llama_skip_reason()
    if reason:
        pytest.skip(reason)
    server = LlamaServer(tmp_path_factory.mktemp("llama") / "llama.log").start()
    yield server
    server.stop()


def test_a_real_model_streams_an_answer(llama):
    reply = chat(Endpoint(llama.url, "smollm2", timeout=120), MESSAGES, max_tokens=40)
    assert reply.streamed and reply.text.strip()
    assert reply.finish_reason in ("stop", "length") and reply.ms > 0


def test_a_real_model_that_is_too_slow_times_out(llama):
    with pytest.raises(ModelError) as caught:
        chat(Endpoint(llama.url, "smollm2", timeout=0.05), MESSAGES, max_tokens=200)
    assert caught.value.code == "timeout"
