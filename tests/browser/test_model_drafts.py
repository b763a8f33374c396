"""A language model's draft on the open card: it arrives after the card opened, is marked as
the model's, and goes into the reply box like any draft, logged with its source."""

from __future__ import annotations

import json

import pytest

from tests.support import pages
from tests.support.browser import FIND_EDITABLE_RECORD, db_rows
from tests.support.model_server import FakeModel, follows_the_prompt

from .conftest import wait_until

MODEL_BODY = ("Thank you for taking the time to write to us. We're sorry for anything that fell short of what you "
              "expected. If you send us a private message, we can talk it through.")


@pytest.fixture
def model():
    server = FakeModel(mode="stall", delay=2, text=follows_the_prompt(MODEL_BODY))
    yield server
    server.stop()


@pytest.mark.browser
def test_the_models_draft_arrives_on_the_open_card_and_is_marked(ext, model):
    page_def = pages.PAGES.get("yelp-biz-reply")
    if page_def is None or not page_def.path.exists():
        pytest.skip("hand-made Yelp business reply fixture not written yet")
    r = ext.backend.patch("/settings", {"model_enabled": True, "model_endpoint": model.url, "model_name": "tiny",
                                        "model_timeout_seconds": 10})
    assert r.status_code == 200, r.text
    page = ext.open(page_def.url)
    wait_until(lambda: ext.card_keys(page), message="cards")
    key = wait_until(lambda: ext.world(page, FIND_EDITABLE_RECORD, "textarea"), message="a textarea reply box")
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", key), message="observe answered")
    ext.expand(page, key)
    frame = ext.card_frame(page, key)
    # The rule drafts are there at once; the model is still writing (it takes 2 s).
    wait_until(lambda: frame.locator("[data-suggestion='0'] p").count(), message="rule drafts")
    assert frame.locator("[data-suggestion='0']").get_attribute("data-source") == "rules"
    assert frame.locator("[data-note='model']").count() == 1
    drafted = frame.locator("[data-source='model']")
    wait_until(lambda: drafted.count(), timeout=40, message="the model's draft on the card")
    model_text = drafted.locator("p").inner_text()
    assert MODEL_BODY in model_text
    assert "language model" in drafted.inner_text()
    assert frame.locator("[data-note='model']").count() == 0
    assert frame.locator("details[data-alternatives]").evaluate("d => d.open")
    drafted.locator("button").click()
    value = wait_until(lambda: ext.world(page, "(k) => Hugdesk.adapter.replyTarget(Hugdesk.records.get(k).el).value", key),
                       message="the model's draft in the reply box")
    assert value.count(model_text) == 1
    payloads = wait_until(lambda: [json.loads(p) for (p,) in db_rows(
        ext.backend, "SELECT payload FROM interactions WHERE kind = 'suggestion_inserted'")], message="insert logged")
    assert payloads[-1]["source"] == "model" and payloads[-1]["approach"] == "model"
