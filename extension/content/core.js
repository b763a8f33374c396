// Shared plumbing for the content script: never-throwing calls, a tiny event bus, the
// feature registry and messaging to the background. Nothing here may throw into the page.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const lifetime = new AbortController();

  H.signal = lifetime.signal;

  H.safe = function safe(fn, fallback = null) {
    try {
      return fn();
    } catch (err) {
      H.debug(err);
      return fallback;
    }
  };

  H.debug = function debug(...args) {
    if (H.verbose) console.debug("Hugdesk:", ...args);
  };

  const listeners = new Map();
  H.on = function on(name, fn) {
    if (!listeners.has(name)) listeners.set(name, []);
    listeners.get(name).push(fn);
  };
  H.emit = function emit(name, detail) {
    for (const fn of listeners.get(name) || []) H.safe(() => fn(detail));
  };

  // One feature per file; each registers {name, init(signal)} and is started once an adapter
  // matched the page, so nothing at all runs on pages we do not recognise.
  const features = [];
  H.features = {
    add(feature) {
      features.push(feature);
    },
    names: () => features.map((f) => f.name),
    start() {
      for (const f of features) H.safe(() => f.init(lifetime.signal));
    },
  };

  // After the extension is reloaded or updated this copy of the content script is orphaned:
  // every call fails with "Extension context invalidated". Then everything of ours goes away.
  function orphaned(err) {
    return /context invalidated/i.test(String(err && err.message));
  }
  H.shutdown = function shutdown() {
    if (lifetime.signal.aborted) return;
    lifetime.abort();
    H.emit("shutdown");
  };

  H.send = async function send(type, body = {}) {
    if (lifetime.signal.aborted) return { ok: false, error: { code: "stopped" } };
    try {
      const answer = await chrome.runtime.sendMessage({ type, body });
      return answer && typeof answer === "object" ? answer : { ok: false, error: { code: "no_answer" } };
    } catch (err) {
      if (!orphaned(err)) return { ok: false, error: { code: "internal" } };
      H.shutdown();
      return { ok: false, error: { code: "stopped" } };
    }
  };

  // Long work is cut into slices of about SLICE_MS with a task boundary between them, so the
  // page's own input and frames are never held up by more than that.
  H.SLICE_MS = 8;
  H.nextTask = function nextTask(fn, priority = "user-visible") {
    const run = () => H.safe(fn);
    const s = globalThis.scheduler;
    if (s && typeof s.postTask === "function") {
      s.postTask(run, { priority }).catch(() => {});
    } else {
      setTimeout(run, 0);
    }
  };

  // For logs nobody waits on.
  H.post = function post(type, body = {}) {
    void H.send(type, body);
  };
})();
