"""Random sequences of backend outages, restarts, logging, page reloads and flushes always end
with every logged interaction stored exactly once (Hypothesis state machine, real browser and backend)."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from tests.support import pages

from .conftest import wait_until
from tests.support.browser import db_rows

LOG = """([ref, text]) => chrome.runtime.sendMessage({type: 'interaction', body: {kind: 'note', ticket_ref: ref, text}})"""
FLUSH = "() => chrome.runtime.sendMessage({type: 'outbox_retry', body: {}})"


@pytest.mark.browser
def test_outbox_delivers_exactly_once_whatever_happens(ext):
    backend = ext.backend
    site = ext.open(pages.PAGES["ta-hotel-2023"].url)
    keys = ext.wait_cards(site, 10)
    wait_until(lambda: len(backend.get("/tickets?limit=50").json()["items"]) == 10, message="tickets stored")
    refs = [{"platform": k.split(":", 1)[0], "external_id": k.split(":", 1)[1]} for k in keys]
    options = ext.context.new_page()
    options.goto(f"chrome-extension://{ext.extension_id}/options/options.html")

    class Outbox(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.logged: list[str] = []
            self.up = True

        @rule()
        def stop_backend(self):
            if self.up:
                backend.stop()
                self.up = False

        @rule()
        def start_backend(self):
            if not self.up:
                backend.start()
                self.up = True

        @rule(card=st.integers(0, 9))
        def log_a_note(self, card):
            marker = f"note-{uuid.uuid4().hex}"
            answer = ext.world(site, LOG, [refs[card], marker])
            assert answer["ok"] is True
            self.logged.append(marker)

        @rule()
        def flush(self):
            options.evaluate(FLUSH)

        @rule()
        def reload_the_page(self):
            site.reload()
            ext.wait_cards(site, 10)

        @invariant()
        def never_twice(self):
            if self.up and self.logged:
                rows = db_rows(backend, "SELECT text, count(*) FROM interactions WHERE kind = 'note' GROUP BY text HAVING count(*) > 1")
                assert rows == []

        def teardown(self):
            if not self.up:
                backend.start()
            wait_until(lambda: (options.evaluate(FLUSH), ext.outbox() == [])[1], timeout=30, message="outbox delivered")
            stored = dict(db_rows(backend, "SELECT text, count(*) FROM interactions WHERE kind = 'note' GROUP BY text"))
            assert {m: stored.get(m, 0) for m in self.logged} == {m: 1 for m in self.logged}

    run_state_machine_as_test(
        Outbox,
        settings=settings(max_examples=4, stateful_step_count=12, deadline=None,
                          suppress_health_check=list(HealthCheck)),
    )
