// Ticket status and how long the customer has waited, against the response target:
// green below 75 % of the target, amber from 75 %, red once it is passed. The arithmetic is
// content/sla.js (the card frame colours its border by it); this is the bar section.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  // Keys spelled out in full so a test can check every one exists in every language.
  const SLA = {
    ok: () => H.t("sla_ok"),
    warn: () => H.t("sla_warn"),
    breach: () => H.t("sla_breach"),
    answered: () => H.t("sla_answered"),
  };

  function render(rec) {
    const { h, t } = H;
    if (!rec.result) return null;
    const r = rec.result;
    const status = h("span", { class: "badge", dataset: { status: r.status } }, H.statusLabel(r.status));
    const sla = H.liveSla(rec);
    if (sla === "answered") return [status, h("span", { class: "answered" }, t("sla_answered"))];
    const minutes = H.waitingMinutes(rec);
    if (minutes === null) return status;
    const text = t("waiting", H.duration(minutes), H.duration(r.target_minutes));
    return [status, h("span", { class: sla || "ok", dataset: { sla: sla || "" }, title: SLA[sla] ? SLA[sla]() : "" }, text)];
  }

  // The waiting time as shown: it changes when the displayed minute, hour or day does.
  function key(rec) {
    const r = rec.result;
    if (!r) return null;
    const minutes = H.waitingMinutes(rec);
    return [r.status, H.liveSla(rec), minutes === null ? null : H.durationKey(minutes), r.target_minutes];
  }

  function init() {
    H.cardSection({ name: "timer", slot: "bar", order: 10, render, key });
  }

  H.features.add({ name: "timer", init });
})();
