"""The background checks every message and its sender; the token never reaches a content script."""

from __future__ import annotations

import pytest

from tests.support import pages

from .conftest import wait_until

SEND = "(message) => chrome.runtime.sendMessage(message)"


@pytest.fixture
def site(ext):
    page = ext.open(pages.PAGES["yelp-react-2022"].url)
    ext.wait_cards(page, 10)
    return page


@pytest.mark.browser
def test_content_script_cannot_read_the_token(ext, site):
    outcome = ext.world(site, "() => chrome.storage.local.get('token').then(v => 'read: ' + JSON.stringify(v), e => 'refused: ' + e.message)")
    assert outcome.startswith("refused"), outcome


@pytest.mark.browser
@pytest.mark.parametrize(
    ("message", "code"),
    [
        ({"type": "settings_set", "body": {"apiBase": "http://127.0.0.1:1", "token": "x"}}, "forbidden_sender"),
        ({"type": "dashboard", "body": {"due_before": "2030-01-01T00:00:00Z"}}, "forbidden_sender"),
        ({"type": "log_contact", "body": {"kind": "email", "customer": {"name": "A"}, "text": "t"}}, "forbidden_sender"),
        ({"type": "no_such_message"}, "unknown_type"),
        ({"type": "__proto__"}, "unknown_type"),
        ({"kind": "seen"}, "unknown_type"),
        ({"type": "interaction", "body": {"kind": "phone_call", "ticket_ref": {"platform": "yelp", "external_id": "x"}}}, "invalid"),
        ({"type": "interaction", "body": {"kind": "card_opened", "ticket_ref": {"platform": "myspace", "external_id": "x"}}}, "invalid"),
        ({"type": "observe", "body": {"items": [{"platform": "yelp", "external_id": "x", "rating": 9}]}}, "invalid"),
        ({"type": "observe", "body": {"items": "all of them"}}, "invalid"),
        ({"type": "promise_create", "body": {"ticket_ref": {"platform": "yelp", "external_id": "x"}, "text": "", "due_at": "tomorrow"}}, "invalid"),
        ({"type": "ticket_status", "body": {"ticket_id": 1, "status": "deleted"}}, "invalid"),
    ],
)
def test_forged_or_malformed_messages_are_refused(ext, site, message, code):
    answer = ext.world(site, SEND, message)
    assert answer["ok"] is False
    assert answer["error"]["code"] == code
    assert ext.outbox() == []


@pytest.mark.browser
def test_unknown_fields_are_dropped_not_forwarded(ext, site):
    item = {"platform": "yelp", "external_id": "extra-field-test", "text": "fine", "owner_replied": False,
            "is_admin": True, "__proto__x": 1}
    answer = ext.world(site, SEND, {"type": "observe", "body": {"items": [item]}})
    assert answer["ok"] is True, answer
    stored = wait_until(lambda: [t for t in ext.backend.get("/tickets?limit=50").json()["items"]
                                 if t["external_id"] == "extra-field-test"], message="stored")
    assert stored[0]["text"] == "fine"
