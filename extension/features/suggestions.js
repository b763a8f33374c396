// Reply suggestions from the backend, each with "Insert". No suggestions: nothing at all.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  H.suggestionsOf = (rec) => (rec.result && Array.isArray(rec.result.suggestions) ? rec.result.suggestions : []);

  // Approaches the backend names; anything else is shown without a label.
  const APPROACHES = new Set([
    "thank_you", "thank_you_short", "thank_you_personal", "thank_you_invite", "offer_help", "explain_and_guide",
    "public_apology_private_channel", "help_and_clarify", "concrete_fix", "concrete_fix_compensation",
    "personal_follow_up",
  ]);
  const asked = new WeakSet();

  // observe writes drafts within a small time budget; the rest come one card at a time.
  async function fetchPending(rec) {
    if (!rec.result || !rec.result.suggestions_pending || asked.has(rec)) return;
    asked.add(rec);
    const answer = await H.send("suggest", { ticket_id: rec.result.ticket_id });
    if (!answer.ok || !rec.result) return;
    rec.result = { ...rec.result, suggestions: answer.data.suggestions, suggestions_pending: false };
    H.refresh(rec);
  }

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
            APPROACHES.has(s.approach) ? h("span", { class: "muted" }, t(`approach_${s.approach}`)) : null,
            h("button", {
              type: "button",
              dataset: { focus: `insert-${i}` },
              title: t("insert_title"),
              onclick: () => H.insertSuggestion(rec, i),
            }, t("insert"))))));
  }

  function init() {
    H.cardSection({ name: "suggestions", slot: "body", order: 10, render });
    H.on("record-updated", (rec) => H.safe(() => void fetchPending(rec)));
  }

  H.features.add({ name: "suggestions", init });
})();
