"""The background drafter: a card's review goes before a page's, a full queue refuses quietly,
and every outcome comes back, whatever the model did."""

from __future__ import annotations

import threading

import pytest

from hugdesk.llm.client import Endpoint
from hugdesk.usecases.model_drafts import ModelDrafter, ModelJob
from tests.support.model_server import FakeModel

GOOD = "Hello Anna,\n\nThank you for the kind words about our breakfast. We hope to welcome you back.\n\nAurora"


@pytest.fixture
def model():
    server = FakeModel(text=GOOD)
    yield server
    server.stop()


def job(n: int, url: str) -> ModelJob:
    review = {"platform": "yelp", "author_name": "Anna Lee", "rating": 5, "text": f"Lovely breakfast number {n}."}
    return ModelJob(ticket_id=n, digest=f"d{n}", review=review, context={"business_name": "Aurora"},
                    endpoint=Endpoint(url, "tiny", timeout=5))


def run(drafter: ModelDrafter, count: int) -> list:
    outcomes, done = [], threading.Event()

    def deliver(outcome):
        outcomes.append(outcome)
        if len(outcomes) == count:
            done.set()

    drafter.start(deliver)
    assert done.wait(20)
    drafter.stop()
    return outcomes


def test_a_cards_review_goes_first_then_the_newest_seen(model):
    drafter = ModelDrafter()
    for n in (1, 2, 3):
        assert drafter.ask(job(n, model.url))
    assert not drafter.ask(job(2, model.url))  # already queued
    assert not drafter.ask(job(1, model.url), urgent=True)  # already queued: moved to the front
    assert drafter.pending() == 3 and drafter.waiting(1, "d1")
    outcomes = run(drafter, 3)
    assert [o.ticket_id for o in outcomes] == [1, 3, 2]
    assert [o.status for o in outcomes] == ["shown"] * 3 and outcomes[0].text == GOOD
    assert [f"number {n}." in r["body"]["messages"][1]["content"] for r, n in zip(model.requests, (1, 3, 2))] \
        == [True] * 3
    assert drafter.pending() == 0


def test_a_full_queue_refuses_a_seen_review_but_makes_room_for_a_card(model):
    drafter = ModelDrafter(size=2)
    assert drafter.ask(job(1, model.url)) and drafter.ask(job(2, model.url))
    assert not drafter.ask(job(3, model.url)) and drafter.busy == 1
    assert drafter.ask(job(4, model.url), urgent=True)
    assert not drafter.waiting(1, "d1")  # the oldest seen review made room
    assert [o.ticket_id for o in run(drafter, 2)] == [4, 2]


def test_a_broken_endpoint_still_delivers_an_outcome():
    drafter = ModelDrafter()
    broken = job(1, "http://127.0.0.1:9/v1")
    drafter.ask(broken)
    (outcome,) = run(drafter, 1)
    assert outcome.status == "failed" and outcome.reasons == ["unreachable"] and outcome.text is None
