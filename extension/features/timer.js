// The bar's status pill and the reply clock: "Reply due in 12 min", "Overdue 2 h",
// "Backlog · 3 wk", "Posted date unknown" or "Answered", each with an icon as well as a colour.
// The verdict is content/sla.js; the card frame colours its edge by it.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  function pill(rec) {
    const { h, t } = H;
    const r = rec.result;
    if (H.liveSla(rec) === "answered" && r.status !== "resolved") {
      return h("span", { class: "pill answered", dataset: { status: "answered" } }, `✓ ${t("sla_answered")}`);
    }
    return h("span", { class: "pill", dataset: { status: r.status } }, H.statusLabel(r.status));
  }

  function clock(rec) {
    const { h, t } = H;
    const sla = H.liveSla(rec);
    if (sla === "answered") return null;
    if (sla === "backlog") {
      const age = H.ageMinutes(rec);
      return h("span", { class: "clock backlog", dataset: { sla }, title: t("sla_backlog_title") },
        `▤ ${age === null ? t("sla_backlog_plain") : t("sla_backlog", H.age(age))}`);
    }
    const left = H.minutesLeft(rec);
    if (sla === "unknown" || left === null) {
      return h("span", { class: "clock unknown", dataset: { sla: "unknown" }, title: t("sla_unknown_title") }, `? ${t("sla_unknown")}`);
    }
    const praise = H.isPraise(rec);
    const target = H.duration(rec.result.target_minutes || 0);
    if (left <= 0) {
      return h("span", { class: `clock ${praise ? "backlog" : "breach"}`, dataset: { sla }, title: t("sla_target", target) },
        `${praise ? "◷" : "⚠"} ${t("sla_overdue", H.clock(-left))}`);
    }
    return h("span", { class: `clock ${sla}`, dataset: { sla }, title: t("sla_target", target) },
      `${sla === "warn" ? "⏳" : "◷"} ${t("sla_due_in", H.clock(Math.ceil(left)))}`);
  }

  function render(rec) {
    if (!rec.result) return null;
    return [pill(rec), clock(rec)];
  }

  // What the bar shows changes when the displayed minute, hour or day does.
  function key(rec) {
    const r = rec.result;
    if (!r) return null;
    const left = H.minutesLeft(rec);
    const age = H.ageMinutes(rec);
    return [r.status, H.liveSla(rec), left === null ? null : H.durationKey(Math.abs(Math.ceil(left))), r.target_minutes,
      age === null ? null : H.age(age)];
  }

  function init() {
    H.cardSection({ name: "timer", slot: "bar", order: 10, render, key });
  }

  H.features.add({ name: "timer", init });
})();
