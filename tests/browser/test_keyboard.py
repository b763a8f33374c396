"""Keyboard use: cards are reachable, shortcuts act on the card in use, focus is never taken."""

from __future__ import annotations

import pytest

from tests.support import pages

from .conftest import pause, wait_until

ACTIVE_IN_CARD = "(k) => { const a = Hugdesk.records.get(k).root.activeElement; return a ? a.dataset.focus || a.tagName : null; }"

# chrome.commands cannot be pressed from a test; this is what the worker's onCommand does with one.
RELAY_COMMAND = """(command) => chrome.tabs.query({}).then(tabs => Promise.all(tabs.map(t =>
    chrome.tabs.sendMessage(t.id, {type: 'command', command}, {frameId: 0}).catch(() => null))))"""


@pytest.mark.browser
def test_card_toggle_is_a_keyboard_control(ext):
    page = ext.open(pages.PAGES["ta-hotel-2023"].url)
    keys = ext.wait_cards(page, 10)
    wait_until(lambda: ext.card_query(page, keys[0], "[data-focus=toggle]"), message="card drawn")
    assert ext.world(page, "(k) => Hugdesk.records.get(k).root.querySelector('[data-focus=toggle]').tabIndex", keys[0]) == 0
    ext.world(page, "(k) => Hugdesk.records.get(k).root.querySelector('[data-focus=toggle]').focus()", keys[0])
    page.keyboard.press("Enter")
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).ui.expanded", keys[0]), message="expanded by keyboard")
    # After re-rendering, the focus is still on the toggle.
    assert ext.world(page, ACTIVE_IN_CARD, keys[0]) == "toggle"


@pytest.mark.browser
def test_log_promise_shortcut_opens_the_form_on_the_card_in_use(ext):
    page = ext.open(pages.PAGES["ta-hotel-2023"].url)
    keys = ext.wait_cards(page, 10)
    ext.click_card(page, keys[3], '[data-focus="toggle"]')
    ext.worker.evaluate(RELAY_COMMAND, "log-promise")
    frame = ext.card_frame(page, keys[3])
    wait_until(lambda: frame.evaluate("() => document.activeElement && document.activeElement.dataset.focus") == "promise-text",
               message="promise form focused")
    assert ext.world(page, "(keys) => keys.filter(k => Hugdesk.records.get(k).ui.promiseForm).length", keys) == 1


@pytest.mark.browser
def test_card_updates_never_take_the_focus(ext):
    page = ext.open(pages.PAGES["ta-hotel-2023"].url)
    keys = ext.wait_cards(page, 10)
    wait_until(lambda: ext.world(page, "(k) => Hugdesk.records.get(k).backend === 'ok'", keys[0]), message="observe answered")

    # The agent types in a field of the page: every card is refreshed meanwhile.
    page.evaluate("""() => { const t = document.createElement('textarea'); t.id = 'agent-draft'; document.body.prepend(t); t.focus(); }""")
    page.keyboard.type("Dear Vikas")
    ext.world(page, "() => Hugdesk.observeAgain([...Hugdesk.records.values()])")
    pause(0.5)
    page.keyboard.type(", thank you")
    assert page.evaluate("document.activeElement.id") == "agent-draft"
    assert page.input_value("#agent-draft") == "Dear Vikas, thank you"

    # The agent types in the open card's promise field: the record is observed again meanwhile,
    # and the field keeps the focus and every letter.
    frame = ext.card_frame(page, keys[0])
    frame.locator("[data-focus=promise-open]").click()
    wait_until(lambda: frame.evaluate("() => document.activeElement && document.activeElement.dataset.focus") == "promise-text",
               message="promise field focused")
    page.keyboard.type("Call back")
    ext.world(page, "() => Hugdesk.observeAgain([...Hugdesk.records.values()])")
    pause(0.5)
    page.keyboard.type(" tomorrow")
    assert frame.evaluate("() => document.activeElement.dataset.focus") == "promise-text"
    assert frame.locator("[data-focus=promise-text]").input_value().endswith("Call back tomorrow")
