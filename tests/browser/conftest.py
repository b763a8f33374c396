"""Real Chromium with the unpacked extension, the real backend, platform pages served at their URLs.

The browser starts once per test module; each test gets a fresh backend (its own port and
SQLite file) and points the extension at it through chrome.storage.local, as the options page
would. Cards live in closed shadow roots, so assertions about a card's contents run inside
the content script's isolated world through CDP (``ExtensionBrowser.world``), where the page
itself cannot reach.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from tests.support import pages

ROOT = Path(__file__).resolve().parent.parent.parent
EXTENSION = ROOT / "extension"
LEXICAL = ROOT / "tests" / "lexical"
LEXICAL_BUNDLE = LEXICAL / "dist" / "lexical-editor.js"
DEBIAN_CHROMIUM = Path("/usr/bin/chromium")
LEXICAL_SCRIPT_URL = "https://www.facebook.com/__hugdesk_test__/lexical-editor.js"


# Playwright routes the service worker's requests to the backend through context.route too, and
# the sync API only answers routes while Python is inside a Playwright call. So waiting must
# keep Playwright's event loop turning (a page's wait_for_timeout), never sleep.
_pump = [lambda seconds: time.sleep(seconds)]


def wait_until(check, timeout: float = 10.0, interval: float = 0.1, message: str = "condition"):
    """Poll ``check`` until it returns something truthy; fail with ``message`` otherwise."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        _pump[0](interval)
    raise AssertionError(f"timed out waiting for {message}; last value: {last!r}")


def pause(seconds: float) -> None:
    """Let the browser (and the backend calls routed through Playwright) run for a while."""
    _pump[0](seconds)


def chromium_args() -> list[str]:
    ext = str(EXTENSION)
    return [
        f"--disable-extensions-except={ext}",
        f"--load-extension={ext}",
        "--no-sandbox",
        "--disable-background-networking",
    ]


def executable() -> str | None:
    return str(DEBIAN_CHROMIUM) if DEBIAN_CHROMIUM.exists() else None


class ExtensionBrowser:
    def __init__(self, context, worker):
        self.context = context
        self._worker = worker
        self.extension_id = worker.url.split("/")[2]
        self.backend = None
        # A page that stays open for the whole module: waiting happens on it.
        self.idle_page = context.pages[0] if context.pages else context.new_page()

    @property
    def worker(self):
        """The live service worker; Chrome may have stopped and restarted it since."""
        live = [w for w in self.context.service_workers if w.url.startswith(f"chrome-extension://{self.extension_id}/")]
        if live:
            self._worker = live[-1]
            return self._worker
        # Wake it up: an extension page asking for something starts the worker again.
        with self.context.expect_event("serviceworker") as event:
            page = self.context.new_page()
            page.goto(f"chrome-extension://{self.extension_id}/options/options.html")
        self._worker = event.value
        page.close()
        return self._worker

    # -- settings and background -------------------------------------------------------------
    def configure(self, backend) -> None:
        """Point the extension at ``backend`` with an empty outbox, as a fresh install would be."""
        self.backend = backend
        self.worker.evaluate(
            """([apiBase, token]) => chrome.storage.local.clear().then(
                   () => chrome.storage.local.set({apiBase, token}))""",
            [backend.url, backend.token],
        )

    def storage(self, *keys: str) -> dict:
        return self.worker.evaluate("(keys) => chrome.storage.local.get(keys)", list(keys))

    def outbox(self) -> list[dict]:
        return self.storage("outbox").get("outbox") or []

    # -- pages ---------------------------------------------------------------------------------
    def open(self, url: str, *, expect_cards: int | None = None, timeout: float = 15.0):
        page = self.context.new_page()
        page.errors = []  # uncaught exceptions in the page
        page.on("pageerror", lambda e: page.errors.append(str(e)))
        page.goto(url, wait_until="load")
        if expect_cards is not None:
            self.wait_cards(page, expect_cards, timeout=timeout)
        return page

    def wait_cards(self, page, count: int, timeout: float = 15.0) -> list[str]:
        """Exactly ``count`` cards on the page once the agent has scrolled through all of it (cards
        are mounted only near the viewport); the page is left scrolled back to the top."""
        def settled():
            keys = self.card_keys(page)
            if len(keys) == count:
                return (keys,)
            self.scroll_through(page)
            return None

        self.scroll_through(page)
        return wait_until(settled, timeout, message=f"{count} cards")[0]

    # A screen at a time with a rendered frame between steps, as an agent reading the page would;
    # then back to the top.
    _SCROLL_THROUGH = """async () => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
        for (let i = 0; i < 500; i++) {
            const before = scrollY;
            scrollBy(0, innerHeight);
            await frame();
            if (scrollY === before) break;
        }
        scrollTo(0, 0);
        await frame();
    }"""

    def scroll_through(self, page) -> None:
        page.evaluate(self._SCROLL_THROUGH)

    @staticmethod
    def card_keys(page) -> list[str]:
        return page.eval_on_selector_all("[data-hugdesk-review]", "els => els.map(e => e.getAttribute('data-hugdesk-review'))")

    # -- the content script's isolated world -------------------------------------------------------
    def world(self, page, expression: str, arg=None):
        """Evaluate ``expression`` (a function source taking one argument) in the content script."""
        cdp = self.context.new_cdp_session(page)
        try:
            contexts: list[dict] = []
            cdp.on("Runtime.executionContextCreated", lambda e: contexts.append(e["context"]))
            cdp.send("Runtime.enable")
            frame = cdp.send("Page.getFrameTree")["frameTree"]["frame"]["id"]

            def content_worlds():
                return [
                    c for c in contexts
                    if c["auxData"].get("type") == "isolated" and c["auxData"].get("frameId") == frame
                    and not c["name"].startswith("__playwright")
                ]

            # The contexts arrive as events after Runtime.enable; on a busy machine some come late.
            ours = content_worlds()
            deadline = time.monotonic() + 5
            while not ours and time.monotonic() < deadline:
                page.wait_for_timeout(50)
                ours = content_worlds()
            if not ours:
                raise AssertionError(f"no content script world in this page: {[c['name'] for c in contexts]}")
            source = f"({expression})({json.dumps(arg)})"
            result = cdp.send("Runtime.evaluate", {
                "expression": source, "contextId": ours[-1]["id"], "returnByValue": True, "awaitPromise": True,
            })
            if "exceptionDetails" in result:
                raise AssertionError(f"content script world: {result['exceptionDetails']}")
            return result["result"].get("value")
        finally:
            cdp.detach()

    # A card is drawn only near the viewport (content/card.js), and redrawn with what changed only
    # there: one not drawn yet, or far away now, is scrolled to, as the agent would, and reads as
    # nothing until it is drawn (callers wait with wait_until).
    _DRAWN = """const r = Hugdesk.records.get(key);
        if (r && r.root && (!r.near || !r.root.querySelector('.card'))) { r.host.scrollIntoView({block: 'center'}); return null; }"""

    def _drawn(self, page, key: str) -> None:
        """Scroll to the card of ``key`` until it is drawn (a few seconds at most; a card the
        backend has not answered for yet still draws its bar)."""
        try:
            wait_until(lambda: self.world(page, "(key) => { " + self._DRAWN + " return true; }", key), 5, message="card drawn")
        except AssertionError:
            pass  # the caller's own wait says what is missing

    def card_text(self, page, key: str) -> str | None:
        self._drawn(page, key)
        return self.world(page, "(key) => { " + self._DRAWN + " const c = r && r.root && r.root.querySelector('.card'); return c ? c.textContent : null; }", key)

    def card_query(self, page, key: str, selector: str) -> list[str]:
        """textContent of elements matching ``selector`` inside the card of ``key``."""
        self._drawn(page, key)
        return self.world(
            page,
            "([key, sel]) => { " + self._DRAWN + " return r && r.root ? [...r.root.querySelectorAll(sel)].map(e => e.textContent) : null; }",
            [key, selector],
        )

    def click_card(self, page, key: str, selector: str) -> None:
        """A real mouse click on an element inside the card's closed shadow root."""
        box = wait_until(lambda: self.world(
            page,
            """([key, sel]) => {
                const r = Hugdesk.records.get(key);
                if (r && r.host) r.host.scrollIntoView({block: 'center'});
                const el = r && r.root && r.root.querySelector(sel);
                if (!el) return null;
                el.scrollIntoView({block: 'center'});
                const b = el.getBoundingClientRect();
                return {x: b.x + b.width / 2, y: b.y + b.height / 2};
            }""",
            [key, selector],
        ), 5, message=f"{selector} in the card {key}")
        assert box, f"nothing matches {selector} in the card {key}"
        page.mouse.click(box["x"], box["y"])

    def expand(self, page, key: str) -> None:
        # An open card above may still be growing to its content; a click that met a moving
        # target is tried again.
        for _ in range(3):
            if self.world(page, "(key) => Hugdesk.records.get(key).ui.expanded", key):
                break
            self.click_card(page, key, '[data-focus="toggle"]')
            pause(0.3)
        wait_until(lambda: self.world(page, "(key) => Hugdesk.records.get(key).ui.expanded", key), 5, message="card expanded")

    def scroll_to_frame(self, page, key: str) -> None:
        """Chrome does not draw a frame of another origin while it is off screen, and Playwright waits
        for a drawn frame before it clicks: bring the card's frame into view first."""
        self.world(page, """(key) => { const f = Hugdesk.records.get(key).root.querySelector('iframe.frame');
            if (f) f.scrollIntoView({block: 'center'}); }""", key)

    def card_frame(self, page, key: str, timeout: float = 10.0):
        """The open card's frame (card/card.html, another origin): Playwright reads it as the agent sees it."""
        self.expand(page, key)
        self.scroll_to_frame(page, key)
        token = wait_until(
            lambda: self.world(page, """(key) => {
                const r = Hugdesk.records.get(key);
                const f = r && r.root && r.root.querySelector('iframe.frame');
                return f ? f.src.split('#')[1] : null;
            }""", key), timeout, message="card frame")

        def loaded():
            for frame in page.frames:
                if frame.url.endswith(f"/card/card.html#{token}"):
                    try:
                        return frame if frame.evaluate("document.querySelector('#card section, #card .muted') !== null") else None
                    except Exception:  # the frame is still loading
                        return None
            return None

        return wait_until(loaded, timeout, message="card frame drawn")

    def serve(self, url: str, body: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        """Answer ``url`` with ``body`` (routes added later win over route_pages)."""
        self.context.route(url, lambda route: route.fulfill(status=200, body=body, headers={"content-type": content_type}))

    def close_pages(self) -> None:
        for page in list(self.context.pages):
            if page is not self.idle_page:
                page.close()


def ensure_lexical_bundle() -> bytes:
    if not LEXICAL_BUNDLE.exists():
        if not shutil.which("npm"):
            pytest.skip("npm is needed to build the Lexical test editor")
        subprocess.run(["sh", str(LEXICAL / "build.sh")], check=True)
    return LEXICAL_BUNDLE.read_bytes()


@pytest.fixture(scope="session")
def playwright():
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def lexical_bundle() -> bytes:
    return ensure_lexical_bundle()


@pytest.fixture(scope="module")
def extension_browser(playwright, tmp_path_factory):
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = playwright.chromium.launch_persistent_context(
        str(profile), executable_path=executable(), headless=True, args=chromium_args(),
    )
    worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
    browser = ExtensionBrowser(context, worker)
    _pump[0] = lambda seconds: browser.idle_page.wait_for_timeout(seconds * 1000)
    # Hand-made pages appear while the adapter work goes on; serve those that exist.
    pages.route_pages(context, [p for p in pages.PAGES.values() if p.path.exists()])
    yield browser
    _pump[0] = lambda seconds: time.sleep(seconds)
    context.close()


@pytest.fixture
def ext(extension_browser, backend):
    """The extension talking to a fresh backend; pages opened by the test are closed after it."""
    extension_browser.configure(backend)
    yield extension_browser
    extension_browser.close_pages()
