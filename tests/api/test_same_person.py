"""Same person?, merge, undo and keep apart over HTTP, as the card uses them."""

from __future__ import annotations

from tests.support.server import cid, item


def test_suggest_merge_undo_and_keep_apart(backend):
    card = backend.post("/observe", {"items": [item(1, author_name="Priya N.")]}).json()["items"][0]
    priya = card["customer_id"]
    call = backend.post("/interactions", {"id": cid(), "kind": "phone_call", "customer": {"name": "Priya N."},
                                          "text": "Asked about the booking"}).json()["customer_id"]
    got = backend.get(f"/customers/{priya}/same-person").json()["items"]
    assert [(s["customer_id"], s["name"], s["channels"], s["reason"]) for s in got] == [(call, "Priya N.", ["phone"], "name")]
    assert got[0]["last_contact_at"]

    merged = backend.post(f"/customers/{priya}/merge", {"customer_ids": [call]})
    assert merged.status_code == 200
    merge_id = merged.json()["merge_id"]
    assert backend.get(f"/customers/{priya}/same-person").json()["items"] == []
    assert backend.post("/observe", {"items": [item(1, author_name="Priya N.")]}).json()["items"][0]["history"]["contacts"] == 1

    undone = backend.post(f"/customers/merges/{merge_id}/undo")
    assert undone.status_code == 200
    assert backend.get(f"/customers/{call}").json()["group_id"] == call
    assert backend.post(f"/customers/merges/{merge_id}/undo").status_code == 409
    assert backend.post("/customers/merges/999/undo").status_code == 404

    assert backend.post(f"/customers/{priya}/keep-apart", {"customer_id": call}).status_code == 204
    assert backend.get(f"/customers/{priya}/same-person").json()["items"] == []
    assert backend.post(f"/customers/{priya}/keep-apart", {"customer_id": priya}).status_code == 422
    assert backend.post(f"/customers/{priya}/keep-apart", {"customer_id": 9999}).status_code == 404
    assert backend.post(f"/customers/{priya}/keep-apart", {"customer_id": "x"}).status_code == 400
    assert backend.get("/customers/9999/same-person").status_code == 404
