// The reply suggestions (drafts) the backend wrote for a record. observe writes drafts within
// a small time budget; the rest are asked for when someone needs them: the agent opens the
// card, or inserts from it (button or keyboard shortcut). One request per answer.
// A team's language model writes one more draft in the background (model_pending): while the
// card is open it asks again every few seconds until the draft is in or the model gave up.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const asking = new WeakMap(); // result awaiting its drafts -> the request for them
  const MODEL_POLL_MS = 3000;
  const MODEL_POLL_TRIES = 40; // two minutes; the backend's own timeout ends the wait sooner
  const modelTimers = new WeakMap(); // record -> timer of its next question

  const suggestionsOf = (rec) => (rec.result && Array.isArray(rec.result.suggestions) ? rec.result.suggestions : []);

  function loadSuggestions(rec) {
    const result = rec.result;
    if (!result || !result.suggestions_pending) return Promise.resolve(suggestionsOf(rec));
    if (!asking.has(result)) {
      asking.set(result, H.send("suggest", { ticket_id: result.ticket_id }).then((answer) => {
        if (answer.ok && rec.result === result) {
          rec.result = {
            ...result, suggestions: answer.data.suggestions, suggestions_pending: false,
            model_pending: answer.data.model_pending === true,
          };
          if (rec.ui.expanded) H.refresh(rec);
        }
        return suggestionsOf(rec);
      }));
    }
    return asking.get(result);
  }

  function waitForModel(rec) {
    if (!rec.result || !rec.result.model_pending || modelTimers.has(rec)) return;
    let tries = 0;
    const ask = () => {
      modelTimers.delete(rec);
      const result = rec.result;
      if (!result || !result.model_pending || !rec.ui.expanded || ++tries > MODEL_POLL_TRIES) return;
      const again = () => {
        if (rec.result && rec.result.model_pending && !modelTimers.has(rec)) modelTimers.set(rec, setTimeout(ask, MODEL_POLL_MS));
      };
      H.send("suggest", { ticket_id: result.ticket_id }).then((answer) => {
        if (answer.ok && rec.result && rec.result.ticket_id === result.ticket_id) {
          const pending = answer.data.model_pending === true;
          rec.result = { ...rec.result, suggestions: answer.data.suggestions, suggestions_pending: false, model_pending: pending };
          if (!pending && rec.ui.expanded) H.refresh(rec);
        }
        again();
      }, (err) => {
        H.debug(err);
        again();
      });
    };
    // The first question at once: it also tells the backend a card is waiting for this review.
    modelTimers.set(rec, setTimeout(ask, 0));
  }

  Object.assign(H, {
    suggestionsOf,
    loadSuggestions,
    waitForModel,
  });
})();
