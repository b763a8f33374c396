// Reply drafts: the open card's frame shows them (card/card.js); this asks the backend for the
// drafts observe left for later as soon as the agent opens the card, and logs that they were shown.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  async function whenOpen(rec) {
    if (!rec.ui.expanded) return;
    const list = await H.loadSuggestions(rec);
    if (list.length && rec.ui.expanded) H.logOnce(rec, "suggestion_shown", { payload: { count: list.length } });
  }

  function init() {
    H.on("card-opened", (rec) => void whenOpen(rec).catch((err) => H.debug(err)));
    H.on("record-updated", (rec) => void whenOpen(rec).catch((err) => H.debug(err)));
  }

  H.features.add({ name: "suggestions", init });
})();
