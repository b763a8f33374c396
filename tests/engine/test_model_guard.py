"""The prompt carries the engine's reading; the guard drops every model draft that breaks a rule."""

from __future__ import annotations

import datetime as dt

import pytest

from hugdesk.engine.model_guard import clean, vet
from hugdesk.engine.model_prompt import messages_for

NOW = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.timezone.utc)
HOTEL = {"platform": "yelp", "author_name": "Miles K.", "rating": 2,
         "text": "The room was dirty and the carpet stained. Staff were friendly though."}
CONTEXT = {"business_name": "Hotel Aurora", "business_kind": "hotel", "signature": "Kasia, Hotel Aurora"}
GOOD = ("Hello Miles,\n\nWe're sorry the room was not clean when you arrived – that is not the welcome we want "
        "to give. Thank you for your kind words about our staff. If you send us a private message, we can talk "
        "it through.\n\nKasia, Hotel Aurora")


def reading(review=HOTEL, **context):
    return messages_for(review, {**CONTEXT, **context})


def test_the_prompt_carries_the_reading_and_the_allowed_commitments():
    messages, _ = reading(follow_up=["manager_calls_back"], compensations=["a 10% discount on the next stay"])
    system, user = messages[0]["content"], messages[1]["content"]
    assert [m["role"] for m in messages] == ["system", "user"]
    assert "in English" in system and "a hotel" in system and "Hotel Aurora" in system
    assert "our manager will call you back" in system and "a 10% discount on the next stay" in system
    assert "Praised: staff" in user and "Criticised: room, dirty" in user
    assert "Main problem: cleanliness" in user and "the business's own" in user
    assert "Customer's first name: Miles" in user
    assert HOTEL["text"] in user and "Miles K." in user
    # The task comes last, with the greeting and the signature to use.
    assert user.endswith('Begin with "Hello Miles," and end with "Kasia, Hotel Aurora".')


def test_without_settings_the_prompt_allows_no_commitment_and_no_money():
    system = reading()[0][0]["content"]
    assert "set no follow-up steps: promise nothing" in system and "Offer no refund, discount, voucher" in system


def test_a_handle_is_not_offered_as_a_name_and_polish_is_asked_in_polish():
    review = {"platform": "facebook", "author_name": "pizzalover77", "rating": 1,
              "text": "Zamówiłam pizzę, przyjechała zimna po dwóch godzinach."}
    system, user = (m["content"] for m in messages_for(review, {})[0])
    assert "in Polish" in system and "a handle, not a first name" in user
    assert "pizzalover77" not in system


def test_a_good_draft_passes():
    text, reasons = vet(GOOD, reading()[1], NOW)
    assert reasons == [] and text == GOOD


def test_the_models_wrapping_is_taken_off():
    assert clean('Reply: "Thank you, Miles!"\n\n\n') == "Thank you, Miles!"


@pytest.mark.parametrize("insert, reason", [
    ("Call us on 555 123 4567 and we will help.", "tone:private_data:phone"),
    ("Write to help@aurora.example for a fix.", "tone:private_data:email"),
    ("Our manager is talking to the cleaning team today.", "commitment"),
    ("We will look into it and fix it.", "commitment"),
    ("It won't happen again.", "commitment"),
    ("We'd like to offer you a 20% discount on your next stay.", "compensation"),
    ("Best wishes, [Your Name]", "placeholder"),
    ("As an AI language model I hope this helps.", "meta"),
    ("That's your problem, not ours.", "tone:blame"),
    ("PLEASE CALM DOWN NOW.", "tone:shouting_caps"),
])
def test_a_draft_breaking_a_rule_is_dropped_with_the_reason(insert, reason):
    _, reasons = vet(GOOD.replace("If you send us", insert + " If you send us"), reading()[1], NOW)
    assert reason in reasons


def test_a_commitment_the_business_listed_is_allowed_and_others_still_are_not():
    allowed = GOOD.replace("If you send us", "Our manager will call you back if you leave your number privately. "
                                             "If you send us")
    assert "commitment" in vet(allowed, reading()[1], NOW)[1]
    assert vet(allowed, reading(follow_up=["manager_calls_back"])[1], NOW)[1] == []
    extra = allowed.replace("privately.", "privately. The room is being checked.")
    assert "commitment" in vet(extra, reading(follow_up=["manager_calls_back"])[1], NOW)[1]


def test_the_configured_compensation_may_be_offered_on_a_complaint():
    offer = GOOD.replace("If you send us", "We'd like to offer you a 10% discount on your next stay. If you send us")
    assert vet(offer, reading(compensations=["10% discount on the next stay"])[1], NOW)[1] == []


def test_no_apology_on_a_complaint_the_wrong_language_or_a_copy_is_dropped():
    _, found = reading()
    assert "tone:missing_apology" in vet(GOOD.replace("We're sorry", "We see"), found, NOW)[1]
    assert "same_as_rule_draft" in vet(found.rule_drafts[0], found, NOW)[1]
    polish = {"platform": "facebook", "author_name": "Anna Nowak", "rating": 1,
              "text": "Zamówiłam pizzę, przyjechała zimna po dwóch godzinach. Bardzo słaba obsługa."}
    english = "Hello Anna,\n\nWe're so sorry your pizza arrived cold and late. Please message us.\n\nRoma"
    assert "wrong_language" in vet(english, messages_for(polish, {})[1], NOW)[1]


def test_a_handle_as_a_name_a_loop_and_a_cut_off_answer_are_dropped():
    review = {**HOTEL, "author_name": "MicheleM"}
    _, found = messages_for(review, CONTEXT)
    if not found.personal:  # a names list that knows "MicheleM" as Michele greets her by name instead
        assert "handle_as_name" in vet(GOOD.replace("Hello Miles", "Hello MicheleM"), found, NOW)[1]
    looping = GOOD.replace("\n\nKasia", " We hope to see you again soon. We hope to see you again soon.\n\nKasia")
    assert "repetitive" in vet(looping, reading()[1], NOW)[1]
    assert "cut_off" in vet(GOOD, reading()[1], NOW, cut_off=True)[1]
    assert vet("Thanks!", reading()[1], NOW)[1] == ["too_short"]


def test_a_draft_about_the_review_or_without_greeting_or_signature_is_dropped():
    """What SmolLM2 really wrote for dev reviews: talk about the review instead of a reply."""
    _, found = reading()
    about = GOOD.replace("Thank you for your kind words", "The customer praises the staff. Thank you for your kind words")
    assert "not_a_reply" in vet(about, found, NOW)[1]
    assert "no_greeting" in vet(GOOD.replace("Hello Miles,\n\n", ""), found, NOW)[1]
    assert "no_greeting" in vet(GOOD.replace("Hello Miles,", "Hello there,"), found, NOW)[1]  # the name is missing
    assert vet(GOOD.replace("Hello Miles,", "Dear Miles,"), found, NOW)[1] == []  # another greeting is fine
    assert "no_signature" in vet(GOOD.replace("\n\nKasia, Hotel Aurora", ""), found, NOW)[1]
