// Changing the ticket's status from the card (the backend logs status_changed).
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const STATUSES = ["new", "open", "waiting", "resolved"];

  async function change(rec, status) {
    const before = rec.result.status;
    rec.result.status = status;
    const answer = await H.send("ticket_status", { ticket_id: rec.result.ticket_id, status });
    if (!answer.ok) {
      rec.result.status = before;
      rec.ui.notice = H.t("status_failed");
    } else {
      if (answer.data.ticket) Object.assign(rec.result, { status: answer.data.ticket.status, sla: answer.data.ticket.sla });
      rec.ui.notice = answer.data.delivered ? null : H.t("saved_later");
    }
    H.renderCard(rec);
  }

  function render(rec) {
    const { h, t } = H;
    if (!rec.result) return null;
    return h("label", { class: "row" },
      h("span", { class: "muted" }, t("status_label")),
      h("select", {
        dataset: { focus: "status" },
        onchange: (e) => change(rec, e.target.value),
      }, STATUSES.map((s) => h("option", { value: s, selected: s === rec.result.status ? "selected" : null }, H.statusLabel(s)))));
  }

  function init() {
    H.cardSection({ name: "status", slot: "body", order: 50, render });
  }

  H.features.add({ name: "status", init });
})();
