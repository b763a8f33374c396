// Shared plumbing for the content script: never-throwing calls, a tiny event bus, the
// feature registry and messaging to the background. Nothing here may throw into the page.
//
// How content scripts share code (every file under content/, sites/ and features/):
// they all run in one isolated world and meet on globalThis.Hugdesk, called H. A file that
// offers anything to others ends its IIFE with ONE `Object.assign(H, { ... })` listing every
// name it exports; everywhere else it only reads H.x, so each name has one home that a reader
// (and tests/browser/test_extension_layers.py) can find. Layers: content/ is plumbing any file
// may read; sites/ are adapters that read only sites/ and the namespace; features/ (card
// sections and user actions) export nothing and read only content/ and sites/. A file is
// listed in manifest.json after every file it reads from. (content/namespace.js itself stays
// one line, exporting `sites`: the adapter tests' harness recreates it.)
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const lifetime = new AbortController();

  function safe(fn, fallback = null) {
    try {
      return fn();
    } catch (err) {
      debug(err);
      return fallback;
    }
  }

  function debug(...args) {
    if (H.verbose) console.debug("Hugdesk:", ...args);
  }

  const listeners = new Map();
  function on(name, fn) {
    if (!listeners.has(name)) listeners.set(name, []);
    listeners.get(name).push(fn);
  }
  function emit(name, detail) {
    for (const fn of listeners.get(name) || []) safe(() => fn(detail));
  }

  // One feature per file; each registers {name, init(signal)} and is started once an adapter
  // matched the page, so nothing at all runs on pages we do not recognise.
  const registered = [];
  const features = {
    add(feature) {
      registered.push(feature);
    },
    names: () => registered.map((f) => f.name),
    start() {
      for (const f of registered) safe(() => f.init(lifetime.signal));
    },
  };

  // After the extension is reloaded or updated this copy of the content script is orphaned:
  // every call fails with "Extension context invalidated". Then everything of ours goes away.
  function orphaned(err) {
    return /context invalidated/i.test(String(err && err.message));
  }
  function shutdown() {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    emit("shutdown");
  }

  async function send(type, body = {}) {
    if (lifetime.signal.aborted) return { ok: false, error: { code: "stopped" } };
    try {
      const answer = await chrome.runtime.sendMessage({ type, body });
      return answer && typeof answer === "object" ? answer : { ok: false, error: { code: "no_answer" } };
    } catch (err) {
      if (!orphaned(err)) return { ok: false, error: { code: "internal" } };
      shutdown();
      return { ok: false, error: { code: "stopped" } };
    }
  }

  // Long work is cut into slices of about SLICE_MS with a task boundary between them, so the
  // page's own input and frames are never held up by more than that.
  const SLICE_MS = 8;
  function nextTask(fn, priority = "user-visible") {
    const run = () => safe(fn);
    const s = globalThis.scheduler;
    if (s && typeof s.postTask === "function") {
      s.postTask(run, { priority }).catch(() => {});
    } else {
      setTimeout(run, 0);
    }
  }

  // Start-up work nothing on screen needs at once waits for the page's first idle moment (or
  // at most IDLE_WAIT_MS), so it does not compete with the page's own loading.
  const IDLE_WAIT_MS = 2000;
  function whenIdle(fn) {
    const run = () => safe(fn);
    if (typeof requestIdleCallback === "function") requestIdleCallback(run, { timeout: IDLE_WAIT_MS });
    else setTimeout(run, 0);
  }

  // For logs nobody waits on.
  function post(type, body = {}) {
    void send(type, body);
  }

  Object.assign(H, {
    // Set to true from the devtools console (in the extension's world) to see swallowed errors.
    verbose: false,
    signal: lifetime.signal,
    safe,
    debug,
    on,
    emit,
    features,
    shutdown,
    send,
    SLICE_MS,
    nextTask,
    whenIdle,
    post,
  });
})();
