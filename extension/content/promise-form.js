// Opening the "Log promise" form on a card, prefilled with what the agent selected on the page
// or else their draft. The promises section draws and submits the form; the tone guard and
// the keyboard shortcut open it too, so the opening is plumbing they all share.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const snapshots = new WeakMap(); // record -> page selection taken just before a click on its card

  function pageSelection() {
    const sel = H.safe(() => window.getSelection());
    const text = sel && !sel.isCollapsed ? sel.toString().trim() : "";
    return text.slice(0, 2000);
  }

  // Prefill: what the agent selected, else their draft in the reply box.
  function prefill(rec) {
    const selected = snapshots.get(rec) || pageSelection();
    snapshots.delete(rec);
    if (selected) return selected;
    const editor = H.safe(() => H.adapter.replyTarget(rec.el));
    return H.editorText(editor).slice(0, 2000);
  }

  function dateValue(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    const pad = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }

  // preset: {text, due_at} when the tone guard recognised a promise in the draft. The form is
  // drawn in the open card's frame (content/frame.js), which reads it from the record.
  function openPromiseForm(rec, focus = true, preset = null) {
    if (!rec.ui.expanded) {
      rec.ui.expanded = true;
      H.emit("card-opened", rec);
    }
    // `opened` tells the frame this is a new request, even with the same words as the last.
    const opened = Date.now();
    rec.ui.promiseForm = preset
      ? { text: String(preset.text || "").slice(0, 2000), date: preset.due_at ? dateValue(preset.due_at) : "", focus, opened }
      : { text: prefill(rec), date: "", focus, opened };
    rec.ui.notice = null;
    H.renderCard(rec);
  }

  H.on("records-added", (recs) => {
    for (const rec of recs) {
      // Clicking into the card would clear the page selection before we could read it.
      rec.host.addEventListener("pointerdown", () => {
        const text = pageSelection();
        if (text) snapshots.set(rec, text);
      }, { capture: true, signal: H.signal });
    }
  });

  Object.assign(H, {
    openPromiseForm,
  });
})();
