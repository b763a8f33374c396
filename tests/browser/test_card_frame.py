"""What the card shows from our records is out of the page's reach (issue 8: "Reading a closed Shadow DOM").

Page script used to find text in an open card with window.find() and read it line by line with
getSelection().modify('extend', ...). The open card's body is now an extension page in a frame of
another origin; the attack, run from the page's own world, finds nothing and selects nothing."""

from __future__ import annotations

import uuid

import pytest

from tests.support import pages

from .conftest import pause, wait_until

NOTE = "Card ending 4242, lives at 5 Elm St"

# The attack as it was reported: window.find() as an oracle, then the selection extended line
# by line from the hit. Runs in the page's main world, like any script the platform loads.
ATTACK = """(needle) => {
  getSelection().removeAllRanges();
  const hit = window.find(needle, false, false, true);
  let read = getSelection().toString();
  if (hit) {
    for (let i = 0; i < 5; i++) getSelection().modify('extend', 'forward', 'line');
    read = getSelection().toString();
  }
  // Everything selectable in the document, as a page could read it.
  getSelection().selectAllChildren(document.body);
  const all = getSelection().toString();
  getSelection().removeAllRanges();
  return { hit, read, all, frames: document.querySelectorAll('iframe').length };
}"""


@pytest.mark.browser
def test_page_script_cannot_find_or_select_what_the_open_card_shows(ext):
    page = ext.open(pages.PAGES["yelp-biz-reply"].url)
    keys = ext.wait_cards(page, 4)
    key = keys[0]
    customer = wait_until(lambda: ext.world(page, "(k) => { const r = Hugdesk.records.get(k).result; return r && r.customer_id; }", key),
                          message="observe answered")
    # A phone call with private details, logged for this customer (as the popup or card would).
    answer = ext.backend.post("/interactions", json={
        "id": str(uuid.uuid4()), "kind": "phone_call", "customer_id": customer, "channel": "phone", "text": NOTE,
    })
    assert answer.status_code == 201, answer.text
    ext.world(page, "() => Hugdesk.observeAgain([...Hugdesk.records.values()])")

    frame = ext.card_frame(page, key)
    # The agent sees the note in the open card...
    wait_until(lambda: "5 Elm St" in frame.inner_text("#card"), message="the call note in the open card")

    # ...and the page finds none of it, whatever it searches for.
    for needle in ("Elm St", "4242", "phone call"):
        got = page.evaluate(ATTACK, needle)
        assert got["hit"] is False, (needle, got["read"])
        assert "4242" not in got["read"] and "Elm" not in got["read"]
        assert "4242" not in got["all"] and "Elm" not in got["all"]
    # Its frame is not even in the page's document tree.
    assert page.evaluate(ATTACK, "Elm")["frames"] == 0
    # Nor through window.frames: a frame in a shadow root is not listed there, and one of
    # another origin could not be read anyway.
    readable = page.evaluate("""() => {
      const out = [];
      for (let i = 0; i < window.frames.length; i++) {
        try { out.push(window.frames[i].document.body.innerText); } catch (e) { out.push(null); }
      }
      return out;
    }""")
    assert not any(text and "Elm" in text for text in readable)
    assert page.errors == []


@pytest.mark.browser
def test_the_bar_shows_only_what_the_page_shows_and_esc_closes(ext):
    page = ext.open(pages.PAGES["yelp-biz-reply"].url)
    keys = ext.wait_cards(page, 4)
    key = keys[0]
    wait_until(lambda: ext.card_query(page, key, "[data-status]"), message="status pill")
    name = ext.card_query(page, key, '[data-who="name"]')
    platform = ext.card_query(page, key, '[data-who="platform"]')
    rating = ext.card_query(page, key, '[data-who="rating"]')
    stored = ext.backend.get("/tickets?platform=yelp&limit=10").json()["items"]
    first = next(t for t in stored if f"yelp:{t['external_id']}" == key)
    assert name == [first["author_name"]] and platform == ["Yelp"] and rating == [f"★ {first['rating']:g}"]
    # One line, about 24 px, with every control at least 24 px tall.
    box = ext.world(page, """(k) => { const r = Hugdesk.records.get(k); const b = r.root.querySelector('.bar').getBoundingClientRect();
      const t = r.root.querySelector('[data-focus=toggle]').getBoundingClientRect(); return [b.height, t.height]; }""", key)
    assert 24 <= box[0] <= 32 and box[1] >= 24, box

    frame = ext.card_frame(page, key)
    # Through the locator, so a key whose acknowledgement never comes fails in time, not hangs.
    # The frame's sections render after the backend answers, which took over 15 s once on a
    # busy two-core CI host (stop 19); 30 s still fails a card that never renders.
    # The key is dispatched inside the frame, where the card listens for it. A real key press
    # (the locator's, or the page keyboard's aimed at the focused frame) waits for the key-up to
    # be acknowledged by a frame that Esc is tearing down: it hung 30 s and then indefinitely under
    # load (stops 19 and 21). Esc from the bar, below, is a real key press.
    frame.locator("[data-section=status] button").first.focus(timeout=30000)
    frame.evaluate("document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape', bubbles: true}))")
    wait_until(lambda: not ext.world(page, "(k) => Hugdesk.records.get(k).ui.expanded", key), message="Esc closed the card")
    assert ext.world(page, "(k) => Hugdesk.records.get(k).root.querySelector('iframe') === null", key)
    # Esc from the bar itself closes it too.
    ext.expand(page, key)
    ext.world(page, "(k) => Hugdesk.records.get(k).root.querySelector('[data-focus=toggle]').focus()", key)
    page.keyboard.press("Escape")
    wait_until(lambda: not ext.world(page, "(k) => Hugdesk.records.get(k).ui.expanded", key), message="Esc from the bar")
    pause(0.2)
    assert page.errors == []


@pytest.mark.browser
@pytest.mark.parametrize("name,count", [("fb-www-loggedin", 8), ("fb-m-2021", 30)])
def test_facebook_card_sits_right_before_its_own_comment(ext, name, count):
    """Below its comment, the card read as the header of the next one; now it leads its own."""
    page = ext.open(pages.PAGES[name].url)
    ext.wait_cards(page, count)
    placed = ext.world(page, """() => [...Hugdesk.records.values()].map((r) => [r.key,
        r.host.nextElementSibling === r.el || (r.el.matches('[role=article]') && r.el.contains(r.host))])""")
    assert placed and all(ok for _, ok in placed), [k for k, ok in placed if not ok]
