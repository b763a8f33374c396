// Tone guidance where the agent is looking: a small panel right under the reply box. 400 ms
// after they stop typing the backend's tone guard reads the draft; every warning it finds is
// shown (no cap: an error is never hidden behind hints), errors (private data, blame) apart
// from hints, each quoting the exact words with a "Replace with…" where the guard has a fix.
// While the draft holds an error, posting it asks for a confirmation first. The panel shows
// only the agent's own draft and the guard's advice, nothing from our records.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const QUIET_MS = 400;
  const RANK = { error: 0, warning: 1, info: 2 };
  const STYLE = `
:host { all: initial; display: block; margin: 4px 0; }
.panel { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #d0d7de; border-radius: 6px; padding: 4px 8px; max-width: 640px; display: grid; gap: 4px; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 4px; }
li { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; padding: 2px 4px; border-radius: 4px; }
li.error { background: #ffebe9; border-left: 3px solid #cf222e; }
li.warning { background: #fff8c5; border-left: 3px solid #bf8700; }
li.info { background: #f6f8fa; border-left: 3px solid #8c959f; }
.label { font-weight: 700; }
li.error .label { color: #a40e26; }
li.warning .label { color: #7d4e00; }
li.info .label { color: #57606a; }
q { font-weight: 600; }
.muted { color: #57606a; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
.confirm { background: #ffebe9; border-radius: 4px; padding: 4px 6px; font-weight: 600; color: #a40e26; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid #d0d7de; background: #f6f8fa; border-radius: 4px;
  min-height: 24px; padding: 1px 8px; }
button:hover { background: #eef1f4; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
`;
  const panels = new WeakMap(); // record -> {editor, host, root, draft, warnings, promise, confirming, confirmed}
  const timers = new WeakMap();

  const LABEL = {
    error: () => `✖ ${H.t("tone_error")}`,
    warning: () => `⚠ ${H.t("tone_warning")}`,
    info: () => `ℹ ${H.t("tone_hint")}`,
  };

  function stateOf(rec, editor) {
    let state = panels.get(rec);
    if (!state) {
      state = { editor, host: null, root: null, draft: "", asked: null, warnings: [], promise: null, confirming: false, confirmed: null };
      panels.set(rec, state);
    }
    state.editor = editor;
    return state;
  }

  // Right under the reply box: after the field itself, or after a rich editor's own wrapper.
  function place(state) {
    const editor = state.editor;
    const anchor = H.isTextField(editor) ? editor : editor.parentElement || editor;
    if (!state.host) {
      state.host = document.createElement("hugdesk-tone");
      state.host.setAttribute("data-hugdesk-tone", "");
      state.root = state.host.attachShadow({ mode: "closed" });
      const style = document.createElement("style");
      style.textContent = STYLE;
      state.root.append(style);
    }
    if (state.host.previousSibling !== anchor || !state.host.isConnected) anchor.after(state.host);
  }

  const hasError = (state) => state.warnings.some((w) => w.severity === "error");

  async function check(rec, state) {
    const draft = H.editorText(state.editor).trim().slice(0, 5000);
    if (state.asked === draft) return;
    state.asked = draft;
    if (!draft) {
      Object.assign(state, { draft, warnings: [], promise: null, confirming: false });
      return draw(rec, state);
    }
    const answer = await H.send("tone", {
      draft,
      review_text: rec.item.text || null,
      rating: rec.item.rating,
      ticket_id: rec.result ? rec.result.ticket_id : null,
      ui_lang: H.uiLang,
    });
    if (state.asked !== draft) return; // the agent typed on; a newer answer is coming
    const warnings = answer.ok && Array.isArray(answer.data.warnings) ? answer.data.warnings : [];
    // Errors first, then in the order the words appear; every one of them.
    warnings.sort((a, b) => (RANK[a.severity] ?? 1) - (RANK[b.severity] ?? 1) || (a.start || 0) - (b.start || 0));
    state.draft = draft;
    state.warnings = warnings;
    state.promise = answer.ok && answer.data.promise && answer.data.promise.text ? answer.data.promise : null;
    if (!hasError(state)) state.confirming = false;
    draw(rec, state);
  }

  async function replace(rec, state, w) {
    const ok = await H.replaceText(state.editor, String(w.excerpt || ""), String(w.replacement));
    if (ok) await check(rec, state);
  }

  function warningRow(rec, state, w) {
    const { h, t } = H;
    const severity = Object.hasOwn(LABEL, w.severity) ? w.severity : "warning";
    return h("li", { class: severity, dataset: { tone: String(w.code || ""), severity } },
      h("span", { class: "label" }, LABEL[severity]()),
      w.excerpt ? h("q", null, String(w.excerpt)) : null,
      h("span", null, String(w.message || w.code || "")),
      w.replacement !== null && w.replacement !== undefined && w.excerpt
        ? h("button", { type: "button", dataset: { replace: String(w.code || "") }, onclick: () => replace(rec, state, w) },
          t("tone_replace", String(w.replacement)))
        : w.fix ? h("span", { class: "muted" }, String(w.fix)) : null);
  }

  function draw(rec, state) {
    const { h, t } = H;
    const shown = state.warnings.length || state.promise || state.confirming;
    if (!shown) {
      if (state.host) state.host.remove();
      return;
    }
    place(state);
    // lang: quotation marks and hyphenation as the agent's language writes them.
    const panel = h("div", { class: "panel", role: "region", lang: H.uiLang, "aria-label": t("tone_title") },
      state.confirming
        ? h("div", { class: "confirm row", role: "alert", dataset: { confirm: "" } },
          h("span", null, t("tone_confirm")),
          h("button", { type: "button", dataset: { confirmPost: "" }, onclick: () => confirmPost(rec, state) }, t("tone_post_anyway")),
          h("button", { type: "button", onclick: () => { state.confirming = false; draw(rec, state); state.editor.focus(); } }, t("tone_fix_first")))
        : null,
      state.confirmed && state.confirmed === H.editorText(state.editor).trim() && hasError(state)
        ? h("div", { class: "muted", role: "status" }, t("tone_confirmed"))
        : null,
      state.warnings.length ? h("ul", null, state.warnings.map((w) => warningRow(rec, state, w))) : null,
      state.promise
        ? h("div", { class: "row" }, h("button", {
          type: "button",
          dataset: { tonePromise: "" },
          onclick: () => H.openPromiseForm(rec, true, state.promise),
        }, t("tone_log_promise")))
        : null);
    const old = state.root.querySelector(".panel");
    if (old) old.replaceWith(panel);
    else state.root.append(panel);
  }

  function confirmPost(rec, state) {
    state.confirmed = H.editorText(state.editor).trim();
    state.confirming = false;
    draw(rec, state);
    state.editor.focus();
  }

  function onInput({ editor, rec }) {
    const state = stateOf(rec, editor);
    clearTimeout(timers.get(rec));
    timers.set(rec, setTimeout(() => H.safe(() => void check(rec, state)), QUIET_MS));
  }

  // Posting a draft that holds an error: stop it once and ask. Runs on window in the capture
  // phase, before the page's own handlers and before reply-posted.js logs anything.
  function guard(event, editor, rec) {
    const state = panels.get(rec);
    if (!state || !hasError(state)) return;
    const text = H.editorText(editor).trim();
    if (!text || state.confirmed === text) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    state.confirming = true;
    draw(rec, state);
  }

  function onKeyDown(event) {
    if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (H.adapter.platform !== "facebook") return; // elsewhere Enter is a new line in a textarea
    const editor = H.editorRoot(event.target);
    if (!editor || H.isTextField(editor)) return;
    const rec = H.knownRecordForEditor(editor);
    if (rec) guard(event, editor, rec);
  }

  function onClick(event) {
    if (!(event.target instanceof Element)) return;
    for (const { editor, rec } of H.boundEditors()) {
      const button = H.safe(() => H.adapter.submitButton(editor));
      if (button && (button === event.target || button.contains(event.target))) guard(event, editor, rec);
    }
  }

  function onSubmit(event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    for (const { editor, rec } of H.boundEditors()) if (form.contains(editor)) guard(event, editor, rec);
  }

  function init(signal) {
    H.on("editor-input", onInput);
    const capture = { capture: true, signal };
    window.addEventListener("keydown", (e) => H.safe(() => onKeyDown(e)), capture);
    window.addEventListener("click", (e) => H.safe(() => onClick(e)), capture);
    window.addEventListener("submit", (e) => H.safe(() => onSubmit(e)), capture);
    H.on("shutdown", () => {
      for (const { rec } of H.boundEditors()) {
        const state = panels.get(rec);
        if (state && state.host) state.host.remove();
      }
    });
  }

  H.features.add({ name: "tone", init });
})();
