"""A posted reply is measured against the draft inserted before it, through the real server."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from tests.support.server import cid, item


def uses(backend):
    with closing(sqlite3.connect(f"file:{backend.db_path}?mode=ro", uri=True)) as db:
        return db.execute("SELECT from_draft, edit_ratio, approach, language, source FROM draft_uses ORDER BY id").fetchall()


def test_replies_from_drafts_are_measured_and_others_are_not(backend):
    tickets = [r["ticket_id"] for r in backend.post("/observe", json={"items": [item(1), item(2), item(3)]}).json()["items"]]
    draft = "Hi Ann, we're sorry the soup was cold. Please message us so we can put it right."
    payload = {"suggestion": 0, "approach": "apology_fix", "language": "en", "source": "rules"}
    assert backend.post("/interactions", json={"id": cid(), "kind": "suggestion_inserted", "ticket_id": tickets[0],
                                               "text": draft, "payload": payload}).status_code == 201
    assert backend.post("/interactions", json={"id": cid(), "kind": "reply_posted", "ticket_id": tickets[0],
                                               "text": draft}).status_code == 201
    # Inserted, then rewritten from scratch: posted, but not from the draft.
    backend.post("/interactions", json={"id": cid(), "kind": "suggestion_inserted", "ticket_id": tickets[1],
                                        "text": draft, "payload": payload})
    backend.post("/interactions", json={"id": cid(), "kind": "reply_posted", "ticket_id": tickets[1],
                                        "text": "Thank you, we will check with the kitchen team and get back to you."})
    # No draft at all.
    retry = cid()
    for _ in range(2):  # a retried request is measured once
        backend.post("/interactions", json={"id": retry, "kind": "reply_posted", "ticket_id": tickets[2], "text": "Thanks!"})
    assert uses(backend) == [(1, 0.0, "apology_fix", "en", "rules"), (0, None, None, None, None), (0, None, None, None, None)]


def test_the_lead_sees_drafts_in_use_as_json_and_on_the_desk(backend):
    tickets = [r["ticket_id"] for r in backend.post("/observe", json={"items": [item(n) for n in range(1, 5)]}).json()["items"]]
    draft = "Hi Ann, we're sorry the soup was cold. Please message us so we can put it right today."
    sent = [draft, draft.replace("Hi Ann", "Hello Ann"), draft + " We will also call you tomorrow morning at nine.", None]
    for ticket, (language, approach), posted in zip(tickets, [("en", "concrete_fix"), ("pl", "concrete_fix"),
                                                              ("en", "thank_you"), ("en", "thank_you")], sent):
        payload = {"suggestion": 0, "approach": approach, "language": language, "source": "rules"}
        backend.post("/interactions", json={"id": cid(), "kind": "suggestion_inserted", "ticket_id": ticket,
                                            "text": draft, "payload": payload})
        backend.post("/interactions", json={"id": cid(), "kind": "reply_posted", "ticket_id": ticket,
                                            "text": posted or "Thanks, noted."})
    found = backend.get("/reports/drafts?days=7").json()
    overall = found["overall"]
    assert (overall["replies"], overall["from_draft"], overall["nearly_unchanged"]) == (4, 3, 2)
    assert overall["from_draft_share"] == 0.75 and overall["nearly_unchanged_share"] == 0.5
    assert 0 < overall["median_edit"] < 0.1  # the middle one: one word of the greeting changed
    by_language = {g["key"]: g["replies"] for g in found["by_language"]}
    assert by_language == {"en": 2, "pl": 1}
    # The desk's response page shows the same figures.
    from tests.api.test_desk import sign_in  # noqa: PLC0415  (the desk's own sign-in helper)

    page = sign_in(backend, backend.token).get("/desk/performance?days=7").text
    assert "Drafts in use" in page and "75.0%" in page and "50.0%" in page
