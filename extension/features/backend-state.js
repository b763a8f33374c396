// Says when the card cannot know anything because the backend is away or refuses us: a small
// icon on the bar, the plain sentence on hover (and for screen readers).
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  function message(code) {
    switch (code) {
      case "unreachable":
      case "timeout":
      case "server":
      case "busy":
        return H.t("backend_unreachable");
      case "unauthorized":
      case "forbidden":
      case "no_token":
        return H.t("backend_token");
      default:
        return H.t("backend_error");
    }
  }

  function render(rec) {
    const { h, t } = H;
    if (rec.backend === "ok") return null;
    if (rec.backend === "loading") return rec.result ? null : h("span", { class: "muted", title: t("loading") }, "…");
    // A small icon on every card, the sentence on hover and for screen readers.
    const detail = message(rec.backend);
    return h("span", { class: "problem", role: "img", "aria-label": detail, title: detail, dataset: { backend: rec.backend } }, "⚠");
  }

  function init() {
    H.cardSection({ name: "backend-state", slot: "bar", order: 5, render, key: (rec) => [rec.backend, Boolean(rec.result)] });
  }

  H.features.add({ name: "backend-state", init });
})();
