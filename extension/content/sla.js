// A ticket's state as the card shows it: the word for its status, how long the customer has
// waited, and the response-target verdict kept current while the page stays open (green below
// 75 % of the target, amber from 75 %, red once it is passed). Plumbing, because the card frame
// colours its border by the verdict and more than one section shows the status.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  // Keys spelled out in full so a test can check every one exists in every language.
  const STATUS = {
    new: () => H.t("status_new"),
    open: () => H.t("status_open"),
    waiting: () => H.t("status_waiting"),
    resolved: () => H.t("status_resolved"),
  };

  const statusLabel = (status) => (STATUS[status] ? STATUS[status]() : String(status));

  function answered(result) {
    return result.sla === "answered" || Boolean(result.first_response_at) || result.owner_replied || result.status === "resolved";
  }

  function waitingMinutes(rec) {
    const r = rec.result;
    if (!r || r.waiting_minutes === null || r.waiting_minutes === undefined) return null;
    return r.waiting_minutes + (Date.now() - rec.receivedAt) / 60000;
  }

  // The backend's verdict, kept current while the page stays open.
  function liveSla(rec) {
    const r = rec.result;
    if (!r) return null;
    if (answered(r)) return "answered";
    const minutes = waitingMinutes(rec);
    const target = r.target_minutes;
    if (minutes === null || !target) return r.sla || null;
    if (minutes >= target) return "breach";
    if (minutes >= 0.75 * target) return "warn";
    return "ok";
  }

  Object.assign(H, {
    statusLabel,
    waitingMinutes,
    liveSla,
  });
})();
