// Logging what the agent does on a card. The background gives every entry its own id and
// keeps it in the outbox until the backend has it, so nothing here waits or retries.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  function log(rec, kind, { text = null, payload = null } = {}) {
    H.post("interaction", {
      kind,
      ticket_ref: H.ticketRef(rec),
      ticket_id: rec.result ? rec.result.ticket_id : null,
      text,
      payload,
      at: new Date().toISOString(),
    });
  }

  // Some things count once per page view: the card opened, the suggestions shown.
  function logOnce(rec, kind, extra) {
    if (rec.once.has(kind)) return null;
    rec.once.add(kind);
    return log(rec, kind, extra);
  }

  Object.assign(H, {
    log,
    logOnce,
  });
})();
