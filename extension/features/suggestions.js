// Reply suggestions from the backend, each with "Insert". No suggestions: nothing at all.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  // Approaches the backend names, each with its label; anything else is shown without one.
  const APPROACH_LABELS = {
    thank_you: () => H.t("approach_thank_you"),
    thank_you_short: () => H.t("approach_thank_you_short"),
    thank_you_personal: () => H.t("approach_thank_you_personal"),
    thank_you_invite: () => H.t("approach_thank_you_invite"),
    offer_help: () => H.t("approach_offer_help"),
    explain_and_guide: () => H.t("approach_explain_and_guide"),
    public_apology_private_channel: () => H.t("approach_public_apology_private_channel"),
    help_and_clarify: () => H.t("approach_help_and_clarify"),
    concrete_fix: () => H.t("approach_concrete_fix"),
    concrete_fix_compensation: () => H.t("approach_concrete_fix_compensation"),
    personal_follow_up: () => H.t("approach_personal_follow_up"),
  };

  // The drafts not written yet are fetched once the agent can see them.
  function whenOpen(rec) {
    if (rec.ui.expanded) void H.loadSuggestions(rec).catch((err) => H.debug(err));
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
            Object.hasOwn(APPROACH_LABELS, s.approach) ? h("span", { class: "muted" }, APPROACH_LABELS[s.approach]()) : null,
            h("button", {
              type: "button",
              dataset: { focus: `insert-${i}` },
              title: t("insert_title"),
              onclick: () => H.insertSuggestion(rec, i),
            }, t("insert"))))));
  }

  function init() {
    H.cardSection({ name: "suggestions", slot: "body", order: 10, render });
    H.on("card-opened", whenOpen);
    H.on("record-updated", whenOpen);
  }

  H.features.add({ name: "suggestions", init });
})();
