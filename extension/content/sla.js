// A ticket's state as the card shows it, kept honest (the backend decides, see observe's `sla`):
// - "ok" / "warn" / "breach": inside the tracking window, with the instant the reply is due
//   (`due_at`); the card counts down to it ("Reply due in 12 min") or up from it ("Overdue 2 h"),
//   amber from the last quarter of the item's own target;
// - "backlog": posted before tracking started: its age, grey, never a breach;
// - "unknown": the posted date could not be read: said so, never "0 min";
// - "answered".
// Praise has a day's target and is never shown as alarming, even past it. Plumbing, because the
// card frame colours its edge by the verdict and the bar shows it.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const MINUTE = 60000;

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

  // Praise has its own, longer target and never raises an alarm. The backend names the band
  // (engine/sla.py band_of); an older backend did not, so the stars say it then.
  function isPraise(rec) {
    const r = rec.result || {};
    if (typeof r.band === "string" && r.band !== "other") return r.band === "positive";
    const sentiment = r.analysis && r.analysis.sentiment;
    if (sentiment === "negative") return false;
    return sentiment === "positive" || (rec.item.rating !== null && rec.item.rating >= 4) || rec.item.recommends === true;
  }

  // When the reply is due, as epoch ms: the backend's due_at; from an older backend that sent
  // only the minutes waited, the same instant worked out from when its answer arrived.
  function dueAt(rec) {
    const r = rec.result;
    if (!r) return null;
    if (typeof r.due_at === "string") {
      const at = Date.parse(r.due_at);
      return Number.isNaN(at) ? null : at;
    }
    if (r.due_at === undefined && typeof r.waiting_minutes === "number" && r.target_minutes) {
      return rec.receivedAt + (r.target_minutes - r.waiting_minutes) * MINUTE;
    }
    return null;
  }

  // Minutes until the reply is due (negative once overdue), or null when no clock runs.
  function minutesLeft(rec) {
    const due = dueAt(rec);
    return due === null ? null : (due - Date.now()) / MINUTE;
  }

  const instant = (iso) => {
    const at = typeof iso === "string" ? Date.parse(iso) : NaN;
    return Number.isNaN(at) ? null : at;
  };

  // The verdict now: the backend's, carried forward while the page stays open (red at due_at,
  // amber from warn_at, or from the last quarter of the target for a backend that sends no warn_at).
  function liveSla(rec) {
    const r = rec.result;
    if (!r) return null;
    if (answered(r)) return "answered";
    if (r.sla === "backlog" || r.sla === "unknown") return r.sla;
    const left = minutesLeft(rec);
    if (left === null) return r.sla === "ok" || r.sla === "warn" || r.sla === "breach" ? r.sla : "unknown";
    if (isPraise(rec)) return "ok";
    if (left <= 0) return "breach";
    const warnAt = instant(r.warn_at);
    if (warnAt !== null ? Date.now() >= warnAt : r.target_minutes && left <= 0.25 * r.target_minutes) return "warn";
    return "ok";
  }

  // Minutes since the item was posted, for the backlog's age.
  function ageMinutes(rec) {
    const at = rec.result && rec.result.posted_at ? Date.parse(rec.result.posted_at) : NaN;
    return Number.isNaN(at) ? null : Math.max(0, (Date.now() - at) / MINUTE);
  }

  Object.assign(H, {
    statusLabel,
    isPraise,
    minutesLeft,
    ageMinutes,
    liveSla,
  });
})();
