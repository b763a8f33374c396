// Tells the backend what is on the page (one observe message per batch of new items, carded or
// read ahead) and fills the cards with its answer. While the page stays open and visible the cards are
// refreshed every minute, which also brings them back after a backend outage. Plumbing: every
// card section draws from the answer this puts on the record.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const REFRESH_MS = 60000;
  const PER_MESSAGE = 1000;

  function apply(recs, answer) {
    const results = new Map();
    for (const r of (answer.data && answer.data.items) || []) results.set(`${r.platform}:${r.external_id}`, r);
    for (const rec of recs) {
      const result = results.get(rec.key);
      if (result) {
        rec.result = result;
        rec.receivedAt = Date.now();
        rec.backend = "ok";
      } else if (!answer.ok) {
        rec.backend = answer.error.code;
      }
      H.emit("record-updated", rec);
    }
  }

  // Items read ahead (no card yet): sent in the loader's batches; their answers are kept until
  // the item comes near and its card is mounted from them, without a second observe.
  const answers = new Map(); // key -> {result, receivedAt}
  const inFlight = new Map(); // key -> the pending answer to the observe that carries it

  async function observeAhead(items) {
    const fresh = items.filter((i) => {
      const key = H.keyOf(i);
      return !answers.has(key) && !inFlight.has(key) && !H.records.has(key);
    });
    for (let i = 0; i < fresh.length; i += PER_MESSAGE) {
      const part = fresh.slice(i, i + PER_MESSAGE);
      const sent = H.send("observe", { items: part });
      for (const item of part) inFlight.set(H.keyOf(item), sent);
      const answer = await sent;
      for (const item of part) inFlight.delete(H.keyOf(item));
      if (answer.error && answer.error.code === "stopped") return;
      const receivedAt = Date.now();
      for (const r of (answer.data && answer.data.items) || []) {
        answers.set(`${r.platform}:${r.external_id}`, { result: r, receivedAt });
      }
    }
  }

  function onAdded(recs) {
    const fresh = [];
    const waiting = new Map(); // pending answer -> the records it will answer
    for (const rec of recs) {
      const known = answers.get(rec.key);
      if (known) {
        answers.delete(rec.key);
        Object.assign(rec, { result: known.result, receivedAt: known.receivedAt, backend: "ok" });
        H.emit("record-updated", rec);
      } else if (inFlight.has(rec.key)) {
        const sent = inFlight.get(rec.key);
        if (!waiting.has(sent)) waiting.set(sent, []);
        waiting.get(sent).push(rec);
      } else {
        fresh.push(rec);
      }
    }
    for (const [sent, group] of waiting) {
      void sent.then((answer) => {
        if (answer.error && answer.error.code === "stopped") return;
        for (const rec of group) answers.delete(rec.key);
        apply(group, answer);
      });
    }
    if (fresh.length) void observe(fresh);
  }

  async function observe(recs) {
    for (let i = 0; i < recs.length; i += PER_MESSAGE) {
      const part = recs.slice(i, i + PER_MESSAGE);
      const answer = await H.send("observe", { items: part.map((r) => r.item) });
      if (answer.error && answer.error.code === "stopped") return;
      apply(part, answer);
    }
  }

  function observeAgain(recs) {
    const live = recs.filter((r) => r.host && r.host.isConnected);
    for (const rec of live) H.rereadItem(rec);
    return live.length ? observe(live) : Promise.resolve();
  }

  function refreshAll() {
    if (document.visibilityState !== "visible") return;
    void observeAgain([...H.records.values()]);
  }

  function init(signal) {
    H.on("records-added", onAdded);
    H.on("items-read", (items) => void observeAhead(items));
    const timer = setInterval(() => H.safe(refreshAll), REFRESH_MS);
    signal.addEventListener("abort", () => clearInterval(timer));
  }

  // Started with the features, once an adapter matched: nothing is sent from other pages.
  H.features.add({ name: "sync", init });

  Object.assign(H, {
    observeAgain,
  });
})();
