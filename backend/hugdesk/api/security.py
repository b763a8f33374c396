"""The gate in front of the API: only the extension, with a token, from this machine.

Checks run as a thin ASGI layer before routing, so a refused request costs next to nothing
and no handler ever sees it. See FACTS.md on local services (Zoom 2019, DNS rebinding).

The desk (/desk) is the one part meant for a browser tab. Its routes take only this server's own
origin, form bodies and a session cookie; the API keeps refusing every web page, the desk's too.

The gate also reads the whole body before anything parses it: a body nested thousands deep
makes a recursive parser or validator overflow its stack, so nesting is measured first with a
scan that never recurses."""

from __future__ import annotations

import json
import re

from ..store.agents import agent_for_token
from ..store.sessions import session_agent
from .desk import is_desk_path
from .desk.routes import SESSION_COOKIE

OPEN_PATHS = {"/api/v1/health"}
EXTENSION_ORIGIN = "chrome-extension://"
FORM = "application/x-www-form-urlencoded"


def _cookie(header: str, name: str) -> str | None:
    for part in header.split(";"):
        key, _, value = part.strip().partition("=")
        if key == name:
            return value
    return None


# Our deepest body is {"items": [{"...": ...}]} with a small payload object: 3 to 4 levels.
MAX_DEPTH = 16
# Unrolled ("normal* (special normal*)*") so the C loop runs over plain characters.
_JSON_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def too_deep(body: bytes) -> bool:
    """Whether a JSON text nests deeper than MAX_DEPTH, brackets inside strings left out.

    Each pass removes every innermost pair, so it takes one pass per level, each a C-speed
    replace over the brackets alone; nothing here recurses. Brackets that never pair up are
    malformed JSON, which the parser reports in its own words."""
    brackets = _JSON_STRING.sub(b"", body).translate(None, _NOT_BRACKET)
    for _ in range(MAX_DEPTH):
        if not brackets:
            return False
        shorter = brackets.replace(b"[]", b"").replace(b"{}", b"")
        if shorter == brackets:
            return False
        brackets = shorter
    return bool(brackets)


async def _refuse(send, status: int, detail: str, extra_headers: list | None = None) -> None:
    body = json.dumps({"status_code": status, "detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers + (extra_headers or [])})
    await send({"type": "http.response.body", "body": body})


def _extension_ids(value: str | None) -> frozenset[str]:
    return frozenset(i.strip().lower() for i in (value or "").split(",") if i.strip())


class SecurityGate:
    def __init__(self, app, db, allowed_hosts: set[str], max_body: int, extension_ids: frozenset[str] = frozenset()):
        self.app = app
        self.db = db
        self.allowed_hosts = allowed_hosts
        self.max_body = max_body
        # Empty: any extension origin passes and the token alone decides (see README, Security).
        self.extension_origins = frozenset(EXTENSION_ORIGIN + i for i in extension_ids)

    def _origin_refused(self, origin: str | None) -> str | None:
        if origin is None:
            return None
        if not origin.startswith(EXTENSION_ORIGIN):
            return "Requests from web pages are refused; only the Hugdesk extension may call"
        if self.extension_origins and origin.rstrip("/").lower() not in self.extension_origins:
            return "This extension is not in HUGDESK_EXTENSION_IDS"
        return None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("host", "") not in self.allowed_hosts:
            return await _refuse(send, 421, "Host not allowed: Hugdesk answers only on its own address")
        origin = headers.get("origin")
        if is_desk_path(scope["path"]):
            return await self._desk(scope, receive, send, headers, origin)
        refused = self._origin_refused(origin)
        if refused:
            return await _refuse(send, 403, refused)
        length = headers.get("content-length")
        if length and (not length.isdigit() or int(length) > self.max_body):
            return await _refuse(send, 413, f"Request body too large (limit {self.max_body} bytes)")
        has_body = (length not in (None, "0")) or "transfer-encoding" in headers
        if has_body and not headers.get("content-type", "").startswith("application/json"):
            return await _refuse(send, 415, "Send the body as JSON with Content-Type: application/json")
        if scope["path"] not in OPEN_PATHS:
            auth = headers.get("authorization", "")
            token = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
            # No cache: an indexed lookup costs microseconds, and a token revoked from the CLI
            # must stop working at once.
            agent = agent_for_token(self.db, token) if token else None
            if agent is None:
                detail = "Missing token: send Authorization: Bearer <token>" if not token else "Invalid or revoked token"
                return await _refuse(send, 401, detail, [(b"www-authenticate", b"Bearer")])
            scope.setdefault("state", {})["agent"] = agent
        if has_body:
            body, more = b"", True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return  # the client went away
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > self.max_body:
                    return await _refuse(send, 413, f"Request body too large (limit {self.max_body} bytes)")
            if too_deep(body):
                return await _refuse(send, 400, f"JSON nested deeper than {MAX_DEPTH} levels; Hugdesk never sends that")
            receive = _replay(body, receive)
        return await self.app(scope, receive, send)

    async def _desk(self, scope, receive, send, headers, origin):
        # The Host was checked above, so this is exactly the address the desk's pages come from.
        if origin is not None and origin != f"http://{headers['host']}":
            return await _refuse(send, 403, "Only the desk's own pages may call the desk")
        length = headers.get("content-length")
        if length and (not length.isdigit() or int(length) > self.max_body):
            return await _refuse(send, 413, f"Request body too large (limit {self.max_body} bytes)")
        has_body = (length not in (None, "0")) or "transfer-encoding" in headers
        if has_body and not headers.get("content-type", "").startswith(FORM):
            return await _refuse(send, 415, "The desk takes its own forms only")
        # Pages decide what a missing session means (the sign-in form); a valid one names the person.
        state = scope.setdefault("state", {})
        session_id = _cookie(headers.get("cookie", ""), SESSION_COOKIE)
        found = session_agent(self.db, session_id) if session_id else None
        if found is not None:
            state["desk_agent"], state["desk_csrf"] = found
        return await self.app(scope, receive, send)


def _replay(body: bytes, receive):
    """The body once, as the server gave it, then whatever the server says next (a disconnect)."""
    sent = False

    async def replay():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
