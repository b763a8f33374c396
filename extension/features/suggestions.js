// Reply suggestions from the backend, each with "Insert". No suggestions: nothing at all.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  H.suggestionsOf = (rec) => (rec.result && Array.isArray(rec.result.suggestions) ? rec.result.suggestions : []);

  function render(rec) {
    const { h, t } = H;
    const list = H.suggestionsOf(rec);
    if (!list.length) return null;
    H.logOnce(rec, "suggestion_shown", { payload: { count: list.length } });
    return h("section", null,
      h("h3", { text: t("suggestions_title") }),
      list.slice(0, 5).map((s, i) =>
        h("div", { class: "suggestion", dataset: { suggestion: String(i) } },
          h("p", null, s.text),
          h("div", { class: "row" },
            s.approach ? h("span", { class: "muted" }, s.approach) : null,
            h("button", {
              type: "button",
              dataset: { focus: `insert-${i}` },
              title: t("insert_title"),
              onclick: () => H.insertSuggestion(rec, i),
            }, t("insert"))))));
  }

  function init() {
    H.cardSection({ name: "suggestions", slot: "body", order: 10, render });
  }

  H.features.add({ name: "suggestions", init });
})();
