"""Suggestions and the tone guard through the real server: drafts on observe, /suggestions, /tone."""

from __future__ import annotations

import uuid

from hugdesk.engine.similarity import similarity
from tests.support.server import rows as rows_of

POLISH_COMPLAINT = {
    "platform": "yelp", "external_id": "u:anna1:2026-11-20", "author_name": "Anna Kowalska", "author_id": "anna1",
    "rating": 1, "posted_text": "2 days ago",
    "text": "Zamówiłam pizzę, przyjechała zimna po półtorej godziny. Kurier był niemiły.",
}
UKRAINIAN_PRAISE = {
    "platform": "tripadvisor", "external_id": "900100", "author_name": "Олена", "author_url":
    "https://www.tripadvisor.com/Profile/olena", "rating": 5, "text": "Чудовий готель, привітний персонал і смачний сніданок!",
}


def test_observe_returns_analysis_and_drafts_in_the_reviews_language(backend):
    backend.patch("/settings", {"business_name": "Pizzeria Roma", "signature": "Ola"})
    items = backend.post("/observe", {"items": [POLISH_COMPLAINT, UKRAINIAN_PRAISE]}).json()["items"]
    # What observe had no time for (a loaded machine), the card fetches; the analysis is then stored.
    for result in items:
        if result["suggestions_pending"]:
            result["suggestions"] = backend.post("/suggestions", {"ticket_id": result["ticket_id"]}).json()["suggestions"]
    pl, uk = items
    again = backend.post("/observe", {"items": [POLISH_COMPLAINT, UKRAINIAN_PRAISE]}).json()["items"]
    assert again[0]["analysis"] == {"language": "pl", "sentiment": "negative",
                                    "categories": again[0]["analysis"]["categories"]}
    assert "delivery" in again[0]["analysis"]["categories"] or "food" in again[0]["analysis"]["categories"]
    assert again[1]["analysis"]["language"] == "uk" and again[1]["analysis"]["sentiment"] == "positive"
    assert rows_of(backend, "SELECT language, sentiment FROM tickets ORDER BY id") == [("pl", "negative"), ("uk", "positive")]
    assert pl["suggestions"] and uk["suggestions"]
    first = pl["suggestions"][0]["text"]
    assert "Pani Anno" in first and "Pizzeria Roma" in first and "Ola" in first
    assert any(word in first.lower() for word in ("przeprasza", "przykro"))
    assert "Олено" in uk["suggestions"][0]["text"] and "дякуємо" in uk["suggestions"][0]["text"].lower()
    approaches = [s["approach"] for s in pl["suggestions"]]
    assert len(set(approaches)) == len(approaches) >= 2
    # Answered items get no drafts: nothing to answer.
    answered = backend.post("/observe", {"items": [{**UKRAINIAN_PRAISE, "external_id": "900101",
                                                     "owner_replied": True}]}).json()["items"][0]
    assert answered["suggestions"] == [] and answered["suggestions_pending"] is False


def test_suggestions_endpoint_with_text_or_ticket(backend):
    r = backend.post("/suggestions", {"author_name": "A Traveler", "rating": 2,
                                      "text": "The room was dirty and the air conditioning was noisy all night."})
    assert r.status_code == 200
    body = r.json()
    assert body["language"] == "en" and body["sentiment"] == "negative" and body["is_complaint"]
    assert {"cleanliness", "noise"} <= set(body["categories"]) or "room" in body["categories"]
    assert all("Traveler" not in s["text"].split("\n")[0] for s in body["suggestions"])
    assert backend.post("/suggestions", {}).status_code == 422
    assert backend.post("/suggestions", {"ticket_id": 424242}).status_code == 404
    assert backend.post("/suggestions", {"text": "x", "rating": 7}).status_code == 400


def test_drafts_do_not_repeat_a_reply_already_posted(backend):
    first = backend.post("/observe", {"items": [POLISH_COMPLAINT]}).json()["items"][0]
    drafts = backend.post("/suggestions", {"ticket_id": first["ticket_id"]}).json()["suggestions"]
    posted = drafts[0]["text"]
    backend.post("/interactions", {"id": uuid.uuid4().hex, "kind": "reply_posted", "ticket_id": first["ticket_id"],
                                   "text": posted})
    other = {**POLISH_COMPLAINT, "external_id": "u:marek:2026-11-21", "author_name": "Marek", "author_id": "marek",
             "text": "Pizza przyjechała zimna, kurier spóźnił się godzinę."}
    ticket = backend.post("/observe", {"items": [other]}).json()["items"][0]["ticket_id"]
    again = backend.post("/suggestions", {"ticket_id": ticket}).json()["suggestions"]
    assert again and all(similarity(s["text"], posted) < 0.5 for s in again)


def test_tone_flags_blame_with_exact_span_and_translated_message(backend):
    draft = "Dzień dobry, to Pani problem, że nie przeczytała Pani instrukcji."
    r = backend.post("/tone", {"draft": draft, "review_text": POLISH_COMPLAINT["text"], "rating": 1, "ui_lang": "uk"})
    assert r.status_code == 200
    warnings = r.json()["warnings"]
    blame = [w for w in warnings if w["code"] == "blame"]
    assert blame, warnings
    assert draft[blame[0]["start"]:blame[0]["end"]].lower().startswith("to pani problem")
    assert blame[0]["message"] == blame[0]["messages"]["uk"] and set(blame[0]["messages"]) == {"en", "pl", "uk"}
    assert "missing_apology" in {w["code"] for w in warnings}


def test_tone_finds_promise_and_private_data(backend):
    r = backend.post("/tone", {"draft": "Sorry! We will refund you within 24 hours, call us at +48 600 100 200.",
                               "review_text": "Late delivery", "rating": 2}).json()
    assert r["promise"] and r["promise"]["due_at"].endswith("Z") and "refund" in r["promise"]["text"]
    assert "private_data" in {w["code"] for w in r["warnings"]} or any("phone" in w["code"] for w in r["warnings"])
    assert backend.post("/tone", {"review_text": "x"}).status_code == 400
    assert backend.post("/tone", {"draft": "x", "ui_lang": "de"}).status_code == 400


def test_a_large_new_page_is_answered_within_budget_and_the_rest_comes_on_request(backend):
    text = ("The room was dirty, the shower was broken and nobody at reception answered the phone. "
            "We waited an hour for a technician and the breakfast was cold. ") * 3
    batch = [{"platform": "tripadvisor", "external_id": f"r{n}", "author_name": f"Guest {n}", "rating": 1,
              "text": f"{text} Room {n}."} for n in range(60)]
    items = backend.post("/observe", {"items": batch}).json()["items"]
    pending = [r for r in items if r["suggestions_pending"]]
    assert pending, "sixty long reviews cannot all be written within observe's budget"
    assert all(r["suggestions"] == [] for r in pending)
    first = pending[-1]
    drafts = backend.post("/suggestions", {"ticket_id": first["ticket_id"]}).json()["suggestions"]
    assert drafts and drafts[0]["language"] == "en"
    stored = rows_of(backend, "SELECT language, sentiment FROM tickets WHERE id = ?", (first["ticket_id"],))
    assert stored == [("en", "negative")]
    # Remembered: the next observe of that review brings the same drafts at once.
    again = backend.post("/observe", {"items": [batch[items.index(first)]]}).json()["items"][0]
    assert [d["text"] for d in again["suggestions"]] == [d["text"] for d in drafts]


def test_tone_applies_the_tickets_platform_rules(backend):
    """POST /tone with a ticket: its platform's rules, and a second reply on one Tripadvisor review."""
    item = {"platform": "tripadvisor", "external_id": "r900100", "author_name": "Anna K", "rating": 2,
            "text": "Dirty room and an unhelpful desk.", "owner_replied": True,
            "owner_reply_text": "Dear Anna, thank you for your feedback."}
    ticket = backend.post("/observe", json={"items": [item]}).json()["items"][0]["ticket_id"]
    answer = backend.post("/tone", json={"draft": "We're sorry, Anna. Details: https://example.com/x", "ticket_id": ticket})
    assert answer.status_code == 200, answer.text
    codes = {w["code"] for w in answer.json()["warnings"]}
    assert {"platform_link", "platform_second_reply"} <= codes
    plain = backend.post("/tone", json={"draft": "We're sorry, Anna. Details: https://example.com/x", "platform": "facebook"})
    assert not {w["code"] for w in plain.json()["warnings"]} & {"platform_link", "platform_second_reply"}
    bad = backend.post("/tone", json={"draft": "x", "platform": "myspace"})
    assert bad.status_code == 400 and "platform" in bad.json()["detail"]


def test_follow_up_steps_and_business_kind_are_settings_the_drafts_obey(backend):
    complaint = {"author_name": "Kerry", "rating": 1, "platform": "yelp",
                 "text": "Waited an hour for cold coffee and the barista ignored us."}
    plain = backend.post("/suggestions", complaint).json()["suggestions"]
    assert plain and not any("24 hours" in s["text"] or "call you back" in s["text"] for s in plain)
    r = backend.patch("/settings", {"business_kind": "restaurant_cafe",
                                    "follow_up": ["reply_within_24h", "manager_calls_back", "reply_within_24h"]})
    assert r.status_code == 200
    assert r.json()["business_kind"] == "restaurant_cafe"
    assert r.json()["follow_up"] == ["reply_within_24h", "manager_calls_back"]  # a step listed twice is one step
    configured = backend.post("/suggestions", complaint).json()["suggestions"]
    assert any("within 24 hours" in s["text"] for s in configured)
    # Bad values are refused whole, with a 4xx naming the field; nothing is written.
    for bad in ({"business_kind": "spaceship"}, {"follow_up": ["we_send_flowers"]}, {"follow_up": "reply_within_24h"}):
        r = backend.patch("/settings", bad)
        assert 400 <= r.status_code < 500, bad
        assert r.json()["detail"]
    assert backend.get("/settings").json()["business_kind"] == "restaurant_cafe"


def test_draft_detail_is_a_setting_general_by_default(backend):
    complaint = {"author_name": "Kerry", "rating": 2, "platform": "yelp",
                 "text": "Lovely staff, but the breakfast was cold and the coffee tasted burnt."}
    assert backend.get("/settings").json()["draft_detail"] == "general"
    general = backend.post("/suggestions", complaint).json()["suggestions"]
    assert general and not any("breakfast" in s["text"] or "coffee" in s["text"] for s in general)
    r = backend.patch("/settings", {"draft_detail": "specific"})
    assert r.status_code == 200 and r.json()["draft_detail"] == "specific"
    specific = backend.post("/suggestions", complaint).json()["suggestions"]
    assert any("breakfast" in s["text"] or "coffee" in s["text"] for s in specific)
    r = backend.patch("/settings", {"draft_detail": "chatty"})
    assert 400 <= r.status_code < 500 and "draft_detail" in r.json()["detail"]
    assert backend.get("/settings").json()["draft_detail"] == "specific"
