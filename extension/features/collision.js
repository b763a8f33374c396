// Who else is looking at or answering this item right now, and telling the others when we
// are typing a reply here, so two agents do not answer the same customer twice.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const TYPING_EVERY_MS = 120000; // the backend counts activity of the last 5 minutes

  const lastTyping = new WeakMap();

  function render(rec) {
    const { h, t } = H;
    const viewers = (rec.result && rec.result.viewers) || [];
    if (!viewers.length) return null;
    return viewers.slice(0, 3).map((v) =>
      h("span", { class: "collision", dataset: { viewer: v.agent } },
        t(v.activity === "replying" ? "collision_replying" : "collision_viewing", v.agent)));
  }

  function onTyping({ rec }) {
    const last = lastTyping.get(rec) || 0;
    if (Date.now() - last < TYPING_EVERY_MS) return;
    lastTyping.set(rec, Date.now());
    H.log(rec, "typing");
  }

  function init() {
    H.cardSection({
      name: "collision",
      slot: "bar",
      order: 40,
      render,
      key: (rec) => ((rec.result && rec.result.viewers) || []).slice(0, 3).map((v) => [v.agent, v.activity]),
    });
    H.on("editor-input", onTyping);
  }

  H.features.add({ name: "collision", init });
})();
