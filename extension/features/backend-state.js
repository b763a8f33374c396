// Says plainly when the card cannot know anything because the backend is away or refuses us.
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
    if (rec.backend === "loading") return rec.result ? null : h("span", { class: "muted" }, t("loading"));
    return h("span", { class: "problem", role: "status", dataset: { backend: rec.backend } }, message(rec.backend));
  }

  function init() {
    H.cardSection({ name: "backend-state", slot: "bar", order: 5, render, key: (rec) => [rec.backend, Boolean(rec.result)] });
  }

  H.features.add({ name: "backend-state", init });
})();
