"""What the extension costs a platform page: real Chromium, the unpacked extension, the real backend.

On a Yelp business page with 200 reviews (the classic 2016 fixture's 20 reviews ten times over,
each copy under other user and review ids) it prints:

1. latency from a review entering the DOM to its card, p50/p95/max over the 200 reviews: the
   page's own next frame, "mounted" (a MutationObserver in the page sees the card host), the
   backend's answer reaching the content script and "filled" (the card rendered with it; the
   shadow root is closed, so both come from listeners on the content script's event bus, added
   through DevTools in its isolated world). The page loads with an empty review list and the
   reviews are inserted from the page like infinite scroll: 20 every 100 ms, then 20 every
   second (only the reviews near the viewport, the top of the list, get a card). Also the page's main-thread busy time with and without the extension
   (CDP Performance.getMetrics), and how often cards were rendered;
2. from Chromium traces of that insertion run and of a page load with the 200 reviews in the
   HTML, with and without the extension: JavaScript run with a chrome-extension:// frame on the
   stack (V8 samples; promise callbacks included), the main thread's time by kind (script,
   style, layout, paint, ...), rendering frames, long tasks (> 50 ms) and those with extension
   JavaScript inside, and the extension functions that take the time; also a page load traced
   until 10 s after load (the extension's idle-time reading ahead included) and the longest task
   with extension JavaScript in each trace;
3. page load with and without the extension, the 200 reviews in the HTML, N loads each
   alternating after a first visit: DOMContentLoaded, load, "idle" (end of the last main-thread
   stall over 20 ms before a quiet second, from a timer chain in the page) and main-thread busy
   time until then (wall clock, and the CPU time the thread got, steadier on a loaded machine),
   medians and ratios; the first visit (reviews new to the backend) apart;
4. the size of the extension's JavaScript, raw and gzip;
5. opening a card (its record-bearing body is an extension page in a frame of another origin,
   out of page script's reach): ms from the click to the body drawn and sized, and the page's own
   main-thread time per opening (the frame's work runs in the extension's process, not the page's);
6. scrolling the loaded page a screen at a time: ms from a review entering the viewport to its
   card drawn with its answer (cards are mounted, observed and drawn only near the viewport).

Run: .venv/bin/python scripts/bench_extension.py [--loads 15] [--skip-load] [--keep-traces DIR]
Takes about 3 minutes on 2 cores. A benchmark, not a test: it prints figures and only checks that
the setup worked (every card appeared and was filled).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.conftest import EXTENSION, ExtensionBrowser, chromium_args, executable  # noqa: E402
from tests.support.long_page import COPIES, PAGE_URL, TEMPLATE_ID, build_page  # noqa: E402
from tests.support.server import Backend  # noqa: E402

from bench_trace import KINDS, LONG_TASK_US, analyse  # noqa: E402

# Everything on the web is answered from here or refused; the backend (127.0.0.1) is left out
# of the pattern, so its requests never wait for this Python process.
OUTSIDE = re.compile(r"^https?://(?!(?:127\.0\.0\.1|localhost)[:/])")

# -- the page: tests/support/long_page.py ---------------------------------------------------


class Site:
    """Answers PAGE_URL in one browser with whatever page is current; refuses the rest of the web."""

    def __init__(self, context):
        self.body = b""
        context.route(OUTSIDE, self._handle)

    def _handle(self, route):
        if route.request.url.split("#")[0] == PAGE_URL:
            return route.fulfill(status=200, body=self.body, headers={"content-type": "text/html; charset=utf-8"})
        return route.abort()


# -- in the page ------------------------------------------------------------------------------

# Main world: insert the reviews like infinite scroll; note when each batch went in, when the
# next frame after it was rendered, and when each card host appeared.
INSERT_REVIEWS = """async ([templateId, batch, interval, expectCards]) => {
  const items = [...document.getElementById(templateId).content.children];
  const list = document.querySelector('ul.reviews');
  const batchOf = new Map();
  const out = window.__hdBench = {hosts: {}, batches: []};
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeType !== 1 || !n.hasAttribute('data-hugdesk-review')) continue;
      out.hosts[n.getAttribute('data-hugdesk-review')] = {batch: batchOf.get(n.closest('li')), mounted: now};
    }
  }).observe(list, {childList: true, subtree: true});
  for (let i = 0; i < items.length; i += batch) {
    const lis = items.slice(i, i + batch).map((el) => document.importNode(el, true));
    const b = {inserted: performance.now(), frame: null, count: lis.length};
    out.batches.push(b);
    for (const li of lis) batchOf.set(li, out.batches.length - 1);
    list.append(...lis);
    // A task queued from requestAnimationFrame runs once that frame's rendering is done.
    requestAnimationFrame(() => setTimeout(() => { b.frame = performance.now(); }, 0));
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  if (expectCards) {
    // The content script world says when every card is filled and rendering stopped: no polling
    // through DevTools, which would cost the page main-thread time during the measurement.
    const quiet = new Promise((resolve) => addEventListener('hugdesk-bench-quiet', resolve, {once: true}));
    dispatchEvent(new Event('hugdesk-bench-inserted'));
    const late = new Promise((resolve) => setTimeout(() => resolve('timeout'), 60000));
    if (await Promise.race([quiet, late]) === 'timeout') throw new Error('cards were not all filled within 60 s');
  }
  return {count: items.length, timeOrigin: performance.timeOrigin};
}"""

# Content script world: when the backend's answer for each card arrived, when the card was
# first rendered with it, and how often cards were rendered. Once the reviews are all inserted,
# every card there is (only items near the viewport get one) is filled and no card was rendered
# for a second, the page hears "hugdesk-bench-quiet".
HOOK = """() => {
  if (!globalThis.Hugdesk || !Hugdesk.adapter) return null;
  if (!globalThis.__hdTimes) {
    const T = globalThis.__hdTimes = {answered: new Map(), filled: new Map(), renders: 0, lastRender: 0};
    Hugdesk.on('record-updated', (rec) => {
      if (rec.result && !T.answered.has(rec.key)) T.answered.set(rec.key, performance.now());
    });
    Hugdesk.on('card-rendered', (rec) => {
      T.renders++;
      T.lastRender = performance.now();
      if (!rec.result || T.filled.has(rec.key)) return;
      T.filled.set(rec.key, T.lastRender);
    });
    addEventListener('hugdesk-bench-inserted', () => {
      const check = setInterval(() => {
        const recs = [...Hugdesk.records.values()];
        if (!recs.length || recs.some((r) => !r.result) || performance.now() - T.lastRender < 1000) return;
        clearInterval(check);
        dispatchEvent(new Event('hugdesk-bench-quiet'));
      }, 100);
    }, {once: true});
  }
  return performance.timeOrigin;
}"""
TIMES = "() => ({answered: Object.fromEntries(__hdTimes.answered), filled: Object.fromEntries(__hdTimes.filled), renders: __hdTimes.renders})"
# Content script world, for a page whose cards were made before we could listen: "hugdesk-bench-quiet"
# once every card (those near the viewport) has the backend's answer and none was rendered for a second.
WATCH_RENDERS = """() => {
  if (!globalThis.Hugdesk || !Hugdesk.adapter) return false;
  let last = performance.now();
  Hugdesk.on('card-rendered', () => { last = performance.now(); });
  const check = setInterval(() => {
    const recs = [...Hugdesk.records.values()];
    if (!recs.length || recs.some((r) => !r.result) || performance.now() - last < 1000) return;
    clearInterval(check);
    dispatchEvent(new Event('hugdesk-bench-quiet'));
  }, 100);
  return true;
}"""
LISTEN_QUIET = "() => { window.__hdQuiet = new Promise((r) => addEventListener('hugdesk-bench-quiet', r, {once: true})); }"
# Content script world: how many cards there are once every one of them has the backend's answer, else 0.
ALL_FILLED = "() => { const r = globalThis.Hugdesk ? [...Hugdesk.records.values()] : []; return r.every((x) => x.result) ? r.length : 0; }"

# Main world, from the first moment: a 0 ms timer chain that notices when the main thread stalls
# (> 20 ms between ticks). The page is idle at the end of the last stall before a quiet second.
IDLE_PROBE = """(() => {
  const QUIET_MS = 1000, STALL_MS = 20, GIVE_UP_MS = %d;
  let last = performance.now(), lastStallEnd = 0, stalls = 0;
  window.__hdIdle = new Promise((resolve) => {
    const tick = () => {
      const now = performance.now();
      if (now - last > STALL_MS) { lastStallEnd = now; stalls++; }
      last = now;
      const nav = performance.getEntriesByType('navigation')[0];
      const loaded = nav ? nav.loadEventEnd : 0;
      if (loaded > 0 && now - Math.max(lastStallEnd, loaded) >= QUIET_MS) {
        return resolve({idle: Math.max(lastStallEnd, loaded), stalls, dcl: nav.domContentLoadedEventEnd, load: loaded});
      }
      if (now > GIVE_UP_MS) return resolve({idle: null, stalls, dcl: nav ? nav.domContentLoadedEventEnd : null, load: loaded || null});
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
})();"""
GIVE_UP_S = 30
WINDOW_S = 10  # part 2's window after load
FIRST_VISIT_GIVE_UP_S = 90

# busy: wall-clock time of the main thread's tasks; cpu: the CPU time the main thread got. On a
# machine shared with other work a task waits for the CPU and its wall-clock time grows with
# the load; the CPU time stays close to the work done, so it shows the cost with less noise.
METRICS = {"busy": ("TaskDuration",), "script": ("ScriptDuration",), "style_layout": ("RecalcStyleDuration", "LayoutDuration"),
           "cpu": ("ThreadTime",)}


def main_thread(cdp) -> dict:
    """The renderer main thread's cumulative busy times (ms) from CDP Performance metrics."""
    m = {x["name"]: x["value"] for x in cdp.send("Performance.getMetrics")["metrics"]}
    return {k: sum(m.get(n, 0.0) for n in names) * 1000 for k, names in METRICS.items()}


def wait_for(page, check, timeout: float, what: str, interval_ms: int = 100):
    """Poll ``check`` while keeping Playwright's event loop turning (never time.sleep)."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        last = check()
        if last:
            return last
        page.wait_for_timeout(interval_ms)
    raise RuntimeError(f"timed out waiting for {what}; last: {last!r}")


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# -- 1. card latency (and the traced runs of 2.) ------------------------------------------------

TRACE_CATEGORIES = [
    "__metadata", "toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline",
    "v8.execute", "disabled-by-default-v8.cpu_profiler",
]


def start_trace(cdp) -> None:
    cdp.send("Tracing.start", {
        "transferMode": "ReturnAsStream",
        "traceConfig": {"includedCategories": TRACE_CATEGORIES, "recordMode": "recordAsMuchAsPossible"},
    })


def read_trace(cdp, page) -> list[dict]:
    done: list[dict] = []
    cdp.on("Tracing.tracingComplete", lambda e: done.append(e))
    cdp.send("Tracing.end")
    wait_for(page, lambda: done, 60, "the trace")
    handle = done[0]["stream"]
    parts = []
    while True:
        chunk = cdp.send("IO.read", {"handle": handle, "size": 4 << 20})
        parts.append(chunk["data"])
        if chunk.get("eof"):
            break
    cdp.send("IO.close", {"handle": handle})
    data = json.loads("".join(parts))
    return data["traceEvents"] if isinstance(data, dict) else data


def insertion_run(context, site: Site, ext: ExtensionBrowser | None, salt: int, batch: int, interval: int,
                  total: int, trace: bool = False) -> dict:
    """Load the page with an empty review list, insert the reviews, wait until every card is filled."""
    site.body = build_page(True, salt)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    try:
        cdp.send("Performance.enable")
        if trace:
            start_trace(cdp)
        page.goto(PAGE_URL, wait_until="load")
        world_origin = None
        if ext is not None:
            world_origin = wait_for(page, lambda: ext.world(page, HOOK), 20, "the content script")
        before = main_thread(cdp)
        info = page.evaluate(INSERT_REVIEWS, [TEMPLATE_ID, batch, interval, ext is not None])
        assert info["count"] == total, info
        if ext is None:
            page.wait_for_timeout(1000)  # as long as the quiet second the extension run waits
        after = main_thread(cdp)
        out = page.evaluate("() => window.__hdBench")
        out["busy"] = {k: after[k] - before[k] for k in after}
        if ext is not None:
            assert abs(world_origin - info["timeOrigin"]) < 1, "both worlds must share one clock"
            out.update(ext.world(page, TIMES))
            # Only reviews near the viewport get a card: the first few of the list.
            assert out["hosts"] and set(out["answered"]) == set(out["hosts"]), (len(out["hosts"]), len(out["answered"]))
        if trace:
            out["trace"] = read_trace(cdp, page)
        return out
    finally:
        cdp.detach()
        page.close()


def latencies(run: dict) -> dict[str, list[float]]:
    """Per review, ms from its insertion to each milestone."""
    batches = run["batches"]
    out = {"frame": [b["frame"] - b["inserted"] for b in batches for _ in range(b["count"])]}
    if run["hosts"]:
        ins = {k: batches[h["batch"]]["inserted"] for k, h in run["hosts"].items()}
        out["mounted"] = [h["mounted"] - ins[k] for k, h in run["hosts"].items()]
        # What the extension adds after the page's own rendering of the new reviews.
        out["own"] = [h["mounted"] - batches[h["batch"]]["frame"] for h in run["hosts"].values()]
        out["answered"] = [run["answered"][k] - ins[k] for k in ins]
        # Only cards near the viewport are drawn: the others wait until the agent scrolls to them (6.).
        out["filled"] = [run["filled"][k] - ins[k] for k in ins if k in run["filled"]] or [float("nan")]
    return out


# -- 2. page load traced ----------------------------------------------------------------------


def traced_load(context, site: Site, ext: ExtensionBrowser | None, total: int) -> list[dict]:
    """The page with its 200 reviews in the HTML, traced from navigation until it is idle."""
    site.body = build_page(False, 30)  # the reviews of the traced insertion run: a second visit
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    try:
        start_trace(cdp)
        page.add_init_script(IDLE_PROBE % (GIVE_UP_S * 1000))
        page.goto(PAGE_URL, wait_until="load")
        if page.evaluate("() => window.__hdIdle") is None:
            raise RuntimeError("the page never became idle")
        if ext is not None:
            # The idle probe misses short renders that trickle in later (suggestions): wait for them.
            page.evaluate(LISTEN_QUIET)
            wait_for(page, lambda: ext.world(page, WATCH_RENDERS), 10, "the content script")
            page.evaluate("() => window.__hdQuiet")
        return read_trace(cdp, page)
    finally:
        cdp.detach()
        page.close()


def traced_window(context, site: Site, ext: ExtensionBrowser | None, seconds: float = WINDOW_S) -> list[dict]:
    """The page with its 200 reviews in the HTML, traced from navigation until ``seconds`` after load:
    whatever the extension does once the page is idle (reading far items ahead) is counted too."""
    site.body = build_page(False, 31)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    try:
        start_trace(cdp)
        page.goto(PAGE_URL, wait_until="load")
        page.wait_for_timeout(seconds * 1000)
        return read_trace(cdp, page)
    finally:
        cdp.detach()
        page.close()


# -- 3. page load with and without ------------------------------------------------------------


def one_load(context, ext: ExtensionBrowser | None, total: int, give_up_s: int = GIVE_UP_S) -> dict:
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    try:
        cdp.send("Performance.enable")
        page.add_init_script(IDLE_PROBE % (give_up_s * 1000))
        page.goto(PAGE_URL, wait_until="load")
        result = page.evaluate("() => window.__hdIdle")  # idle is null when it never came
        result.update(main_thread(cdp))
        if ext is not None:
            # Sanity only, after the figures were taken: the extension did its whole job.
            result["filled"] = wait_for(page, lambda: ext.world(page, ALL_FILLED), 30, "filled cards")
        return result
    finally:
        cdp.detach()
        page.close()


def bench_load(ext: ExtensionBrowser, ext_site: Site, plain, plain_site: Site, loads: int, total: int) -> dict:
    ext_site.body = plain_site.body = build_page(False, 99)
    # First visits, not counted in the medians: everything is new to the backend (and to both browsers).
    runs: dict[str, list[dict]] = {
        "first without": [one_load(plain, None, total)],
        "first with": [one_load(ext.context, ext, total, FIRST_VISIT_GIVE_UP_S)],
        "with": [], "without": [],
    }
    for i in range(loads):
        for name in (("with", "without") if i % 2 else ("without", "with")):
            runs[name].append(one_load(ext.context, ext, total) if name == "with" else one_load(plain, None, total))
    return runs


# -- 5. opening a card --------------------------------------------------------------------------

# Content script world: open one card as a click on its toggle would, and wait until its body is
# drawn: the frame has said how tall it is (or, for a card drawn in its own shadow root, at once).
SCROLL_THROUGH = """async () => {
  while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 5) {
    window.scrollBy(0, innerHeight);
    await new Promise((r) => setTimeout(r, 100));
  }
  window.scrollTo(0, 0);
}"""
SCROLL_TO = """(key) => { Hugdesk.records.get(key).el.scrollIntoView({block: 'center'}); }"""
OPEN_CARD = """async (key) => {
  const rec = Hugdesk.records.get(key);
  const t0 = performance.now();
  rec.root.querySelector('[data-focus=toggle]').click();
  const frame = rec.root.querySelector('iframe');
  if (!frame) return {drawn: performance.now() - t0, frame: false};
  const initial = frame.style.height;
  const ok = await new Promise((resolve) => {
    const mo = new MutationObserver(() => { if (frame.style.height !== initial) { mo.disconnect(); resolve(true); } });
    mo.observe(frame, {attributes: true, attributeFilter: ['style']});
    setTimeout(() => { mo.disconnect(); resolve(false); }, 5000);
  });
  return {drawn: ok ? performance.now() - t0 : null, frame: true};
}"""
CLOSE_CARD = """(key) => { const rec = Hugdesk.records.get(key); if (rec.ui.expanded) rec.root.querySelector('[data-focus=toggle]').click(); }"""
OPENS = 12


def bench_open(ext: ExtensionBrowser, site: Site, total: int) -> dict:
    """Open cards one after another on the loaded 200-review page; the first opening apart."""
    site.body = build_page(False, 99)
    page = ext.context.new_page()
    cdp = ext.context.new_cdp_session(page)
    try:
        cdp.send("Performance.enable")
        page.goto(PAGE_URL, wait_until="load")
        # Cards exist near the viewport only: scroll through the page as an agent would, so each
        # of the cards opened below is mounted and answered.
        page.evaluate(SCROLL_THROUGH)
        wait_for(page, lambda: (n := ext.world(page, ALL_FILLED)) >= total and n, 30, "filled cards")
        keys = ext.world(page, "() => [...Hugdesk.records.keys()]")
        drawn, busy, frame = [], [], None
        for key in keys[5:5 + OPENS]:
            ext.world(page, SCROLL_TO, key)  # the page's own work for scrolling is not the card's
            page.wait_for_timeout(400)
            before = main_thread(cdp)
            got = ext.world(page, OPEN_CARD, key)
            page.wait_for_timeout(200)
            after = main_thread(cdp)
            ext.world(page, CLOSE_CARD, key)
            page.wait_for_timeout(200)
            frame = got["frame"]
            drawn.append(got["drawn"])
            busy.append(after["busy"] - before["busy"])
        return {"drawn": drawn, "busy": busy, "frame": frame}
    finally:
        cdp.detach()
        page.close()


# -- 6. scrolling: a card visible once its review is ---------------------------------------------

# Main world: scroll down the loaded page a screen at a time; note when each review enters the
# viewport (cards are mounted only near it, so the reviews are watched, not the cards). The
# content script world notes when each card was first drawn with its answer.
SCROLL = """async ([step, pause]) => {
  const seen = {};
  const io = new IntersectionObserver((entries) => {
    const now = performance.now();
    for (const e of entries) if (e.isIntersecting) {
      const k = e.target.getAttribute('data-review-id');
      if (!(k in seen)) seen[k] = now;
    }
  });
  for (const review of document.querySelectorAll('ul.reviews [data-review-id]')) {
    if (!review.parentElement.closest('[data-review-id]')) io.observe(review);
  }
  await new Promise((r) => setTimeout(r, 300));
  const start = performance.now();
  const initially = new Set(Object.keys(seen));
  while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 5) {
    window.scrollBy(0, step);
    await new Promise((r) => setTimeout(r, pause));
  }
  await new Promise((r) => setTimeout(r, 500));
  io.disconnect();
  return {seen: Object.fromEntries(Object.entries(seen).filter(([k]) => !initially.has(k))), start};
}"""
DRAWN_TIMES = """() => Object.fromEntries([...Hugdesk.records.values()].filter((r) => r.drawnAt)
  .map((r) => [r.el.getAttribute('data-review-id'), r.drawnAt]))"""
# Cards drawn with their answer before this hook count as drawn now, before the scrolling starts.
MARK_DRAWN = """() => {
  for (const rec of Hugdesk.records.values()) if (rec.result && rec.card && !rec.drawnAt) rec.drawnAt = performance.now();
  Hugdesk.on('card-rendered', (rec) => { if (rec.result && !rec.drawnAt) rec.drawnAt = performance.now(); });
  return true;
}"""


def bench_scroll(ext: ExtensionBrowser, site: Site, total: int) -> dict:
    site.body = build_page(False, 99)
    page = ext.context.new_page()
    try:
        page.goto(PAGE_URL, wait_until="load")
        wait_for(page, lambda: ext.world(page, "() => globalThis.Hugdesk && Hugdesk.adapter ? true : false"), 20, "content script")
        ext.world(page, MARK_DRAWN)
        wait_for(page, lambda: ext.world(page, ALL_FILLED), 30, "answers")
        page.wait_for_timeout(1000)
        got = page.evaluate(SCROLL, [600, 250])
        # An answer still on its way when the scrolling ended counts with its real delay.
        wait_for(page, lambda: ext.world(page, ALL_FILLED), 30, "answers after scrolling")
        page.wait_for_timeout(300)
        drawn = ext.world(page, DRAWN_TIMES)
        # Drawn before it came into view (it was already near): 0.
        late = [max(0.0, drawn[k] - t) if k in drawn else float("inf") for k, t in got["seen"].items()]
        return {"late": late, "cards": len(got["seen"])}
    finally:
        page.close()


def print_scroll(scrolled: dict) -> None:
    late = scrolled["late"]
    never = sum(1 for v in late if v == float("inf"))
    finite = [v for v in late if v != float("inf")] or [float("nan")]
    print(f"6. scrolling down the loaded page a screen (600 px) every 250 ms: {scrolled['cards']} reviews came into view")
    print(f"   {'ms from entering the viewport to drawn':44}{'p50':>8}{'p95':>8}{'max':>8}")
    print(stats_row("(0 = drawn before it was visible)", finite))
    print(f"   target p95 <= 100 ms: {'ok' if pct(finite, .95) <= 100 and not never else 'OVER'}; never drawn: {never}")


# -- 4. sizes ---------------------------------------------------------------------------------


def js_sizes() -> dict:
    manifest = json.loads((EXTENSION / "manifest.json").read_text())
    # One block per platform; the bench page is Yelp's.
    (yelp,) = [b for b in manifest["content_scripts"] if "sites/yelp.js" in b["js"]]
    content = [EXTENSION / p for p in yelp["js"]]
    every = sorted(EXTENSION.rglob("*.js"))

    def measure(files):
        raw = b"".join(f.read_bytes() for f in files)
        return {
            "files": len(files),
            "raw": len(raw),
            "gzip_concat": len(gzip.compress(raw, 9)),
            "gzip_each": sum(len(gzip.compress(f.read_bytes(), 9)) for f in files),
        }

    return {"all": measure(every), "content": measure(content)}


# -- output -----------------------------------------------------------------------------------


def stats_row(label: str, values: list[float]) -> str:
    return f"   {label:44}{pct(values, .5):8.1f}{pct(values, .95):8.1f}{max(values):8.1f}"


def print_insertions(n: int, scenario: str, without: dict, with_: dict, total: int) -> None:
    a, b = latencies(without), latencies(with_)
    print(f"1.{n} review enters the DOM -> its card: {scenario}, {total} reviews new to the backend")
    print(f"   {'ms after the review was inserted':44}{'p50':>8}{'p95':>8}{'max':>8}")
    print(stats_row("next frame rendered, without extension", a["frame"]))
    print(stats_row("next frame rendered, with extension", b["frame"]))
    print(stats_row("card host mounted (+ first render)", b["mounted"]))
    print(stats_row("  of which after that next frame", b["own"]))
    print(stats_row("backend answer reached the page", b["answered"]))
    print(stats_row("card filled with the answer (near ones)", b["filled"]))
    verdict = lambda v: "ok" if pct(v, .95) < 100 else "OVER"  # noqa: E731
    print(f"   target p95 < 100 ms: mounted {verdict(b['mounted'])}, filled {verdict(b['filled'])} "
          f"(drawn: {len(with_['filled'])} near the viewport of {total}); card renders: {with_['renders']}")
    wo, w = without["busy"], with_["busy"]
    print(f"   main thread busy (CDP Performance.getMetrics): without {wo['busy']:.0f} ms, with {w['busy']:.0f} ms "
          f"({w['busy'] - wo['busy']:+.0f} ms = {(w['busy'] - wo['busy']) / total:.1f} ms per review; "
          f"script {w['script'] - wo['script']:+.0f}, style+layout {w['style_layout'] - wo['style_layout']:+.0f})")


def print_traces(traces: dict, total: int) -> None:
    print("2. the page's main thread in Chromium traces: 'inserting' = empty list + 200 insertions, 20 every 100 ms,")
    print("   until every card is filled and quiet; 'loading' = 200 reviews in the HTML (second visit), until idle;")
    print(f"   'window' = 200 reviews in the HTML (first visit), from navigation to {WINDOW_S} s after load, idle-time work included.")
    print("   Tracing slows everything down: compare the columns with each other, not with 1. and 3.")
    cols = list(traces)
    print(f"   {'':34}" + "".join(f"{c.split()[0]:>14}" for c in cols))
    print(f"   {'ms':34}" + "".join(f"{' '.join(c.split()[1:]):>14}" for c in cols))
    row = lambda label, f: print(f"   {label:34}" + "".join(f"{f(traces[c]):14.1f}" for c in cols))  # noqa: E731
    row("JS with an extension frame", lambda t: t["ext_us"] / 1000)
    row("  per review", lambda t: t["ext_us"] / 1000 / total)
    for kind in KINDS:
        row(f"{kind} (self time)", lambda t, k=kind: t["by_kind"][k] / 1000)
    row("total", lambda t: sum(t["by_kind"].values()) / 1000)
    row("longest task with extension JS", lambda t: t["ext_task_max_us"] / 1000)
    row("  most extension JS in one task", lambda t: t["ext_in_task_max_us"] / 1000)
    print(f"   {'rendering frames':34}" + "".join(f"{t['frames']:14d}" for t in traces.values()))
    print(f"   {'long tasks > 50 ms':34}" + "".join(f"{len(t['long_tasks']):14d}" for t in traces.values()))
    print(f"   {'  with extension JS inside':34}" + "".join(
        f"{sum(1 for d, e in t['long_tasks'] if e > 0):14d}" for t in traces.values()))
    print(f"   {'  only long because of it':34}" + "".join(
        f"{sum(1 for d, e in t['long_tasks'] if e > 0 and d - e <= LONG_TASK_US):14d}" for t in traces.values()))
    for name, t in traces.items():
        ours = sorted(((d, e) for d, e in t["long_tasks"] if e > 0), reverse=True)
        if ours:
            print(f"   {name}: long tasks with extension JS (task ms / extension ms): "
                  + ", ".join(f"{d / 1000:.0f}/{e / 1000:.0f}" for d, e in ours[:12]) + (" ..." if len(ours) > 12 else ""))
    for name, t in traces.items():
        if t["hot"]:
            print(f"   {name}: where the extension's JS time goes (innermost extension frame, ms):")
            for where, us in t["hot"].most_common(8):
                print(f"     {us / 1000:7.1f}  {where}")


def print_load(load: dict) -> None:
    n = len(load["with"])
    print(f"3. page load, 200 reviews in the HTML, {n} loads each after a first visit, alternating (medians, ms from navigation start)")
    print(f"   {'':34}{'without':>10}{'with':>10}{'ratio':>8}")

    def med(key: str, which: str) -> float:
        values = [r[key] for r in load[which] if r[key] is not None]
        return statistics.median(values) if values else float("nan")

    rows = (("dcl", "DOMContentLoaded end"), ("load", "load event end"), ("idle", "idle (then quiet for 1 s)"),
            ("busy", "main-thread busy until idle"), ("script", "  of which script"), ("style_layout", "  of which style+layout"),
            ("cpu", "main-thread CPU time until idle"))
    for key, label in rows:
        a, b = med(key, "without"), med(key, "with")
        print(f"   {label:34}{a:10.1f}{b:10.1f}{b / a if a else float('nan'):8.3f}")

    def spread(key: str, which: str) -> str:
        values = [r[key] for r in load[which] if r[key] is not None]
        return f"{min(values):.0f}-{max(values):.0f}" if values else "-"

    never = {w: sum(1 for r in load[w] if r["idle"] is None) for w in ("with", "without")}
    print(f"   min-max  load: without {spread('load', 'without')}, with {spread('load', 'with')};  "
          f"idle: without {spread('idle', 'without')}, with {spread('idle', 'with')}")
    if any(never.values()):
        print(f"   never idle within 30 s (left out of 'idle'; 'busy' then counts 30 s): "
              f"without {never['without']}, with {never['with']} of {n}")
    first = {w: load[f"first {w}"][0] for w in ("without", "with")}
    idle = lambda r: f"{r['idle']:.0f}" if r["idle"] is not None else f"> {FIRST_VISIT_GIVE_UP_S * 1000}"  # noqa: E731
    print(f"   first visit, all reviews new to the backend (not in the medians): load without {first['without']['load']:.0f}, "
          f"with {first['with']['load']:.0f}; idle without {idle(first['without'])}, with {idle(first['with'])}; "
          f"busy without {first['without']['busy']:.0f}, with {first['with']['busy']:.0f}")
    added = med("busy", "with") - med("busy", "without")
    added_cpu = med("cpu", "with") - med("cpu", "without")
    print(f"   targets: added main-thread time until idle {added:.0f} ms (<= 100: {'ok' if added <= 100 else 'OVER'}), "
          f"load x{med('load', 'with') / med('load', 'without'):.3f} (<= 1.05: {'ok' if med('load', 'with') <= 1.05 * med('load', 'without') else 'OVER'}), "
          f"idle x{med('idle', 'with') / med('idle', 'without'):.3f} (<= 1.10: {'ok' if med('idle', 'with') <= 1.10 * med('idle', 'without') else 'OVER'}); "
          f"added main-thread CPU time {added_cpu:.0f} ms; "
          f"cards filled per load: {sorted(set(r['filled'] for r in load['with'] + load['first with']))}")


def print_open(opened: dict) -> None:
    drawn = [d for d in opened["drawn"] if d is not None]
    where = "an extension page in a frame" if opened["frame"] else "the card's shadow root"
    print(f"5. opening a card on the loaded page, {len(opened['drawn'])} cards one after another; body drawn in {where}")
    print(f"   {'ms':44}{'p50':>8}{'p95':>8}{'max':>8}")
    print(stats_row("click -> body drawn and sized (first apart)", drawn[1:] or drawn))
    print(f"   {'  the first opening':44}{drawn[0] if drawn else float('nan'):8.1f}")
    print(stats_row("page main thread busy per opening (200 ms)", opened["busy"]))
    if len(drawn) < len(opened["drawn"]):
        print(f"   not drawn within 5 s: {len(opened['drawn']) - len(drawn)}")


def print_sizes(sizes: dict) -> None:
    print("4. extension JavaScript (bytes)")
    print(f"   {'':40}{'files':>6}{'raw':>9}{'gzip':>8}{'gzip per file, summed':>23}")
    for key, label in (("content", "content scripts (a Yelp page)"), ("all", "all extension/**/*.js")):
        s = sizes[key]
        print(f"   {label:40}{s['files']:6d}{s['raw']:9d}{s['gzip_concat']:8d}{s['gzip_each']:23d}")


SCENARIOS = {"scroll": (20, 100, "20 reviews every 100 ms"), "calm": (20, 1000, "20 reviews every second")}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--loads", type=int, default=15, help="page loads per browser in part 3 (default 15)")
    ap.add_argument("--skip-load", action="store_true", help="skip part 3")
    ap.add_argument("--keep-traces", type=Path, help="directory to write part 2's traces to (chrome://tracing)")
    args = ap.parse_args()
    total = 20 * COPIES

    tmp = Path(tempfile.mkdtemp(prefix="hugdesk-bench-"))
    backend = Backend(tmp / "hugdesk.db").start()
    started = time.monotonic()
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                str(tmp / "with"), executable_path=executable(), headless=True, args=chromium_args())
            worker = context.service_workers[0] if context.service_workers else context.wait_for_event("serviceworker")
            ext = ExtensionBrowser(context, worker)
            ext.configure(backend)
            ext_site = Site(context)
            ext_prefix = f"chrome-extension://{ext.extension_id}/"
            # The same browser and flags, without the extension.
            plain = p.chromium.launch_persistent_context(
                str(tmp / "without"), executable_path=executable(), headless=True,
                args=[a for a in chromium_args() if "extension" not in a])
            plain_site = Site(plain)
            version = ext.idle_page.evaluate("() => navigator.userAgent.match(/Chrome\\/([\\d.]+)/)[1]")

            insertions = []
            for n, (batch, interval, label) in enumerate(SCENARIOS.values(), 1):
                print(f"1.{n} insertions, {label} ... ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
                without = insertion_run(plain, plain_site, None, 10 + n, batch, interval, total)
                with_ = insertion_run(context, ext_site, ext, 10 + n, batch, interval, total)
                insertions.append((label, without, with_))

            print(f"2. traced runs ... ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
            batch, interval, _ = SCENARIOS["scroll"]
            raw = {
                "inserting without": insertion_run(plain, plain_site, None, 30, batch, interval, total, trace=True)["trace"],
                "inserting with": insertion_run(context, ext_site, ext, 30, batch, interval, total, trace=True)["trace"],
                "loading without": traced_load(plain, plain_site, None, total),
                "loading with": traced_load(context, ext_site, ext, total),
                "window without": traced_window(plain, plain_site, None),
                "window with": traced_window(context, ext_site, ext),
            }
            traces = {}
            for name in list(raw):
                events = raw.pop(name)
                if args.keep_traces:
                    args.keep_traces.mkdir(parents=True, exist_ok=True)
                    (args.keep_traces / (re.sub(r"\W+", "_", name) + ".json")).write_text(json.dumps({"traceEvents": events}))
                traces[name] = analyse(events, PAGE_URL, ext_prefix)

            print(f"5. opening cards ... ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
            opened = bench_open(ext, ext_site, total)
            print(f"6. scrolling ... ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
            scrolled = bench_scroll(ext, ext_site, total)

            load = None
            if not args.skip_load:
                print(f"3. {args.loads} loads each ... ({time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
                load = bench_load(ext, ext_site, plain, plain_site, args.loads, total)
            plain.close()
            context.close()
    finally:
        backend.stop()
        shutil.rmtree(tmp, ignore_errors=True)

    print()
    print(f"Hugdesk extension benchmark: {total} Yelp reviews at {PAGE_URL}; Chromium {version}, headless; "
          f"{time.monotonic() - started:.0f} s")
    print("=" * 100)
    for n, (label, without, with_) in enumerate(insertions, 1):
        print_insertions(n, label, without, with_, total)
        print()
    print_traces(traces, total)
    print()
    if load:
        print_load(load)
        print()
    print_sizes(js_sizes())
    print()
    print_open(opened)
    print()
    print_scroll(scrolled)


if __name__ == "__main__":
    main()
