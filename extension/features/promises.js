// Overdue promises surface on every card of the customer until kept or broken: the bar says how
// many, never what (the promises themselves are in the open card's frame, out of the page's reach).
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  function overdue(rec) {
    const list = (rec.result && rec.result.promises) || [];
    return list.filter((p) => p.status === "open" && (p.overdue || new Date(p.due_at).getTime() < Date.now())).length;
  }

  function render(rec) {
    const n = overdue(rec);
    if (!n) return null;
    return H.h("span", { class: "clock breach", dataset: { promisesOverdue: String(n) } }, `⚑ ${H.t("promises_overdue_bar", n)}`);
  }

  function init() {
    H.cardSection({ name: "promises", slot: "bar", order: 30, render, key: (rec) => overdue(rec) });
  }

  H.features.add({ name: "promises", init });
})();
