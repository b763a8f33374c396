// Tells the backend what is on the page (one observe message per batch of new items) and
// fills the cards with its answer. While the page stays open and visible the cards are
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
    H.on("records-added", (recs) => void observe(recs));
    const timer = setInterval(() => H.safe(refreshAll), REFRESH_MS);
    signal.addEventListener("abort", () => clearInterval(timer));
  }

  // Started with the features, once an adapter matched: nothing is sent from other pages.
  H.features.add({ name: "sync", init });

  Object.assign(H, {
    observeAgain,
  });
})();
