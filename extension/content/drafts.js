// The reply suggestions (drafts) the backend wrote for a record. observe writes drafts within
// a small time budget; the rest are asked for when someone needs them: the agent opens the
// card, or inserts from it (button or keyboard shortcut). One request per answer.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const asking = new WeakMap(); // result awaiting its drafts -> the request for them

  const suggestionsOf = (rec) => (rec.result && Array.isArray(rec.result.suggestions) ? rec.result.suggestions : []);

  function loadSuggestions(rec) {
    const result = rec.result;
    if (!result || !result.suggestions_pending) return Promise.resolve(suggestionsOf(rec));
    if (!asking.has(result)) {
      asking.set(result, H.send("suggest", { ticket_id: result.ticket_id }).then((answer) => {
        if (answer.ok && rec.result === result) {
          rec.result = { ...result, suggestions: answer.data.suggestions, suggestions_pending: false };
          if (rec.ui.expanded) H.refresh(rec);
        }
        return suggestionsOf(rec);
      }));
    }
    return asking.get(result);
  }

  Object.assign(H, {
    suggestionsOf,
    loadSuggestions,
  });
})();
