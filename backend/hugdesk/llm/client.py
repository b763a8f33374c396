"""A small client for OpenAI-compatible chat completions: Ollama, llama.cpp's server, vLLM or a
cloud service. Standard library only; blocking, so callers run it in a worker thread.

    chat(endpoint, messages) -> Reply        raises ModelError

The answer is streamed (server-sent events), so one deadline covers the whole answer: a
server that accepts the connection and then trickles tokens, or stalls, is cut off at
`endpoint.timeout` seconds just like one that never answers. A server that ignores
`stream` and answers with one JSON body is read as well.
"""

from __future__ import annotations

import http.client
import json
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

# An answer longer than this is no reply draft: stop reading.
MAX_ANSWER_CHARS = 6000
_MAX_ERROR_BODY = 300


@dataclass(frozen=True, slots=True)
class Endpoint:
    base_url: str          # e.g. http://127.0.0.1:11434/v1 (or the full …/chat/completions address)
    model: str
    api_key: str = ""
    timeout: float = 60.0


@dataclass(frozen=True, slots=True)
class Reply:
    text: str
    model: str
    ms: int
    finish_reason: str | None
    streamed: bool


class ModelError(Exception):
    """The model gave no usable answer. `code`: unreachable | timeout | http_<status> | bad_response | empty."""

    def __init__(self, code: str, detail: str):
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def _target(base_url: str) -> tuple[str, str, int, str]:
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ModelError("bad_endpoint", f"not an http(s) address: {base_url!r}")
    path = parts.path.rstrip("/")
    if not path.endswith("/chat/completions"):
        path += "/chat/completions"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return parts.scheme, parts.hostname, port, path


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ModelError("timeout", "no complete answer in time")
    return left


def chat(endpoint: Endpoint, messages: list[dict], *, max_tokens: int = 300, temperature: float = 0.4,
         stream: bool = True, frequency_penalty: float = 0.3) -> Reply:
    started = time.monotonic()
    deadline = started + endpoint.timeout
    scheme, host, port, path = _target(endpoint.base_url)
    body = json.dumps({"model": endpoint.model, "messages": messages, "max_tokens": max_tokens,
                       "temperature": temperature, "frequency_penalty": frequency_penalty,
                       "stream": stream}).encode("utf-8")
    headers = {"Content-Type": "application/json", "Accept": "text/event-stream, application/json"}
    if endpoint.api_key:
        headers["Authorization"] = f"Bearer {endpoint.api_key}"
    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=_left(deadline), context=ssl.create_default_context())
    else:
        conn = http.client.HTTPConnection(host, port, timeout=_left(deadline))
    try:
        try:
            conn.request("POST", path, body=body, headers=headers)
            if conn.sock is not None:
                conn.sock.settimeout(_left(deadline))
            response = conn.getresponse()
            if response.status != 200:
                detail = response.read(_MAX_ERROR_BODY).decode("utf-8", "replace").strip()
                raise ModelError(f"http_{response.status}", detail or response.reason)
            if "text/event-stream" in (response.getheader("Content-Type") or ""):
                text, model, finish = _read_stream(conn, response, deadline)
                streamed = True
            else:
                text, model, finish = _read_whole(conn, response, deadline)
                streamed = False
        except (socket.timeout, TimeoutError):
            raise ModelError("timeout", f"no complete answer within {endpoint.timeout:g} s") from None
        except (OSError, http.client.HTTPException) as exc:
            raise ModelError("unreachable", f"{host}:{port}: {exc.__class__.__name__}: {exc}") from None
    finally:
        conn.close()
    if not text.strip():
        raise ModelError("empty", "the model answered with no text")
    return Reply(text=text, model=model or endpoint.model, ms=int((time.monotonic() - started) * 1000),
                 finish_reason=finish, streamed=streamed)


def _content(choice: dict, key: str) -> str:
    part = choice.get(key)
    value = part.get("content") if isinstance(part, dict) else None
    return value if isinstance(value, str) else ""


def _choice(payload) -> dict:
    if not isinstance(payload, dict) or not isinstance(payload.get("choices"), list) or not payload["choices"]:
        raise ModelError("bad_response", "no choices in the answer")
    choice = payload["choices"][0]
    if not isinstance(choice, dict):
        raise ModelError("bad_response", "a choice that is not an object")
    return choice


def _read_whole(conn, response, deadline: float) -> tuple[str, str, str | None]:
    raw = b""
    while chunk := response.read1(65536) if hasattr(response, "read1") else response.read():
        raw += chunk
        if len(raw) > MAX_ANSWER_CHARS * 8:
            raise ModelError("bad_response", "the answer is too long")
        if conn.sock is not None:
            conn.sock.settimeout(_left(deadline))
    try:
        payload = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ModelError("bad_response", f"not JSON: {raw[:80]!r}") from None
    choice = _choice(payload)
    return _content(choice, "message"), str(payload.get("model") or ""), choice.get("finish_reason")


def _read_stream(conn, response, deadline: float) -> tuple[str, str, str | None]:
    parts: list[str] = []
    size = 0
    model, finish = "", None
    while True:
        if conn.sock is not None:
            conn.sock.settimeout(_left(deadline))
        line = response.readline(65536)
        if not line:
            break  # the server closed the stream without [DONE]: keep what came
        line = line.strip()
        if not line.startswith(b"data:"):
            continue  # comments, event names, keep-alive blank lines
        data = line[5:].strip()
        if data == b"[DONE]":
            break
        try:
            payload = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise ModelError("bad_response", f"an event that is not JSON: {data[:80]!r}") from None
        if isinstance(payload, dict) and payload.get("error"):
            raise ModelError("bad_response", f"the server reported an error: {str(payload['error'])[:200]}")
        choice = _choice(payload)
        piece = _content(choice, "delta")
        parts.append(piece)
        size += len(piece)
        model = model or str(payload.get("model") or "")
        finish = choice.get("finish_reason") or finish
        if size > MAX_ANSWER_CHARS:
            raise ModelError("bad_response", "the answer is too long")
        _left(deadline)
    return "".join(parts), model, finish
