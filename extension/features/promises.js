// Promises made to this customer: open ones with their due dates (overdue ones stand out),
// marking them kept or broken, and one-click "Log promise" with quick due dates. Opening the
// form (prefilled) is content/promise-form.js, shared with the tone guard and the shortcut.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  function endOfDay(date) {
    return new Date(date.getFullYear(), date.getMonth(), date.getDate(), 23, 59, 0);
  }

  function inDays(n) {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return endOfDay(d);
  }

  function pickedDay(value) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
    return m ? endOfDay(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  }

  const isOverdue = (p) => p.status === "open" && (p.overdue || new Date(p.due_at).getTime() < Date.now());

  const same = (a, b) => (a.id && a.id === b.id) || (a.client_id && a.client_id === b.client_id);

  // The backend's list, plus promises made here that it has not listed yet (made while it was
  // away, or before this card had an answer).
  function promisesOf(rec) {
    const server = (rec.result && rec.result.promises) || [];
    rec.localPromises = (rec.localPromises || []).filter((p) => !server.some((s) => same(s, p)));
    return [...server, ...rec.localPromises].filter((p) => p.status === "open");
  }

  function everyCardOf(rec) {
    const others = H.recordsOfCustomer(rec.result && rec.result.customer_id);
    return others.includes(rec) ? others : [rec, ...others];
  }

  async function create(rec, due) {
    const form = rec.ui.promiseForm;
    const text = form ? form.text.trim() : "";
    if (!text || !due) {
      rec.ui.notice = H.t(text ? "promise_need_date" : "promise_need_text");
      return H.renderCard(rec);
    }
    const answer = await H.send("promise_create", {
      ticket_ref: H.ticketRef(rec),
      ticket_id: rec.result ? rec.result.ticket_id : null,
      customer_id: rec.result ? rec.result.customer_id : null,
      text,
      due_at: due.toISOString(),
    });
    if (!answer.ok) {
      rec.ui.notice = H.t("promise_failed");
      return H.renderCard(rec);
    }
    const promise = answer.data.promise;
    for (const r of everyCardOf(rec)) {
      r.localPromises = [...(r.localPromises || []), promise];
      if (r !== rec) H.refresh(r);
    }
    rec.ui.promiseForm = null;
    rec.ui.notice = H.t(answer.data.delivered ? "promise_saved" : "promise_queued");
    H.renderCard(rec);
  }

  async function close(rec, promise, status) {
    const answer = await H.send("promise_update", { promise_id: promise.id, status });
    if (!answer.ok) {
      rec.ui.notice = H.t("promise_failed");
      return H.renderCard(rec);
    }
    for (const r of H.records.values()) {
      if (r.result && r.result.promises) r.result.promises = r.result.promises.filter((p) => !same(p, promise));
      if (r.localPromises) r.localPromises = r.localPromises.filter((p) => !same(p, promise));
      if (r !== rec) H.refresh(r);
    }
    rec.ui.notice = !answer.data.delivered ? H.t("promise_queued") : status === "kept" ? H.t("promise_marked_kept") : H.t("promise_marked_broken");
    H.renderCard(rec);
  }

  function renderBar(rec) {
    const { h, t } = H;
    const open = promisesOf(rec);
    if (!open.length) return null;
    const overdue = open.filter(isOverdue).length;
    return h("span", { dataset: { promises: String(open.length) } },
      t("promises_open", open.length),
      overdue ? h("span", { class: "breach" }, ` ${t("promises_overdue", overdue)}`) : null);
  }

  function renderPromise(rec, p) {
    const { h, t } = H;
    const overdue = isOverdue(p);
    const pending = !p.id;
    return h("li", { class: overdue ? "overdue" : null, dataset: { promise: p.id ? String(p.id) : p.client_id } },
      h("span", null, p.text),
      h("span", { class: overdue ? "breach" : "muted" }, overdue ? t("promise_overdue_since", H.date(p.due_at)) : t("promise_due", H.date(p.due_at))),
      pending ? h("span", { class: "muted" }, t("promise_not_sent")) : null,
      h("button", { type: "button", disabled: pending, dataset: { focus: `kept-${p.id}` }, onclick: () => close(rec, p, "kept") }, t("promise_kept")),
      h("button", { type: "button", disabled: pending, dataset: { focus: `broken-${p.id}` }, onclick: () => close(rec, p, "broken") }, t("promise_broken")));
  }

  function renderForm(rec) {
    const { h, t } = H;
    const form = rec.ui.promiseForm;
    const pick = (days) => () => create(rec, inDays(days));
    return h("div", { class: "promise-form" },
      h("h3", { text: t("promise_log") }),
      h("textarea", {
        value: form.text,
        "aria-label": t("promise_text_label"),
        placeholder: t("promise_text_placeholder"),
        maxlength: "2000",
        dataset: { focus: "promise-text" },
        oninput: (e) => { form.text = e.target.value; },
      }),
      h("div", { class: "row" },
        h("span", { class: "muted" }, t("promise_due_label")),
        h("button", { type: "button", dataset: { focus: "due-today" }, onclick: pick(0) }, t("due_today")),
        h("button", { type: "button", dataset: { focus: "due-tomorrow" }, onclick: pick(1) }, t("due_tomorrow")),
        h("button", { type: "button", dataset: { focus: "due-3days" }, onclick: pick(3) }, t("due_in_3_days")),
        h("input", {
          type: "date",
          value: form.date,
          "aria-label": t("due_pick_date"),
          dataset: { focus: "due-date" },
          oninput: (e) => { form.date = e.target.value; },
        }),
        h("button", { type: "button", dataset: { focus: "due-save" }, onclick: () => create(rec, pickedDay(form.date)) }, t("promise_save")),
        h("button", { type: "button", dataset: { focus: "promise-cancel" }, onclick: () => { rec.ui.promiseForm = null; H.renderCard(rec); } }, t("cancel"))));
  }

  function renderBody(rec) {
    const { h, t } = H;
    const open = promisesOf(rec);
    return h("section", null,
      h("h3", { text: t("promises_title") }),
      open.length ? h("ul", null, open.map((p) => renderPromise(rec, p))) : h("div", { class: "muted" }, t("promises_none")),
      rec.ui.promiseForm
        ? renderForm(rec)
        : h("button", { type: "button", dataset: { focus: "promise-open" }, onclick: () => H.openPromiseForm(rec) }, t("promise_log")),
      rec.ui.notice ? h("div", { class: "notice", role: "status" }, rec.ui.notice) : null);
  }

  function init() {
    H.cardSection({
      name: "promises",
      slot: "bar",
      order: 30,
      render: renderBar,
      key: (rec) => {
        const open = promisesOf(rec);
        return open.length ? [open.length, open.filter(isOverdue).length] : null;
      },
    });
    H.cardSection({ name: "promises", slot: "body", order: 30, render: renderBody });
  }

  H.features.add({ name: "promises", init });
})();
