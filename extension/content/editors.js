// Which of the platform's reply boxes belongs to which card. A box is bound to a record when
// Hugdesk inserted into it, or when the agent focuses it and exactly one item's adapter
// replyTarget() is that box (a shared composer goes to the card the agent works with).
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const bound = new WeakMap(); // editor -> record
  const known = new Set(); // the same editors, iterable (pruned when they leave the page)

  H.editorRoot = function editorRoot(node) {
    if (!(node instanceof Element)) return null;
    if (node instanceof HTMLTextAreaElement) return node;
    if (node instanceof HTMLInputElement) return node.type === "text" || node.type === "search" ? node : null;
    return node.closest('[contenteditable]:not([contenteditable="false"])');
  };

  H.isTextField = (el) => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

  // What the agent has typed, as plain text.
  H.editorText = function editorText(el) {
    if (!el) return "";
    if (H.isTextField(el)) return el.value;
    return (el.innerText || el.textContent || "").replace(/\u200b/g, "").replace(/\n{2,}/g, "\n").trim();
  };

  H.bindEditor = function bindEditor(editor, rec) {
    if (!editor || !rec) return;
    bound.set(editor, rec);
    known.add(editor);
  };

  H.boundEditors = function boundEditors() {
    for (const editor of known) if (!editor.isConnected) known.delete(editor);
    return [...known].map((editor) => ({ editor, rec: bound.get(editor) })).filter((x) => x.rec);
  };

  function resolve(editor) {
    const targets = [];
    for (const rec of H.records.values()) {
      if (!rec.el.isConnected) continue;
      const target = H.safe(() => H.adapter.replyTarget(rec.el));
      if (target && (target === editor || target.contains(editor))) targets.push(rec);
    }
    if (targets.length === 1) return targets[0];
    const active = H.activeRecord && H.activeRecord();
    if (active && targets.includes(active)) return active;
    return null;
  }

  H.recordForEditor = function recordForEditor(editor) {
    if (!editor) return null;
    const rec = bound.get(editor);
    if (rec && H.records.get(rec.key) === rec) return rec;
    const found = resolve(editor);
    if (found) H.bindEditor(editor, found);
    return found;
  };

  H.knownRecordForEditor = (editor) => (editor ? bound.get(editor) || null : null);

  function onFocusIn(event) {
    const editor = H.editorRoot(event.target);
    if (!editor || H.isOurs(editor)) return;
    const rec = H.recordForEditor(editor);
    if (rec) H.emit("editor-focus", { editor, rec });
  }

  function onInput(event) {
    const editor = H.editorRoot(event.target);
    const rec = H.knownRecordForEditor(editor);
    if (rec) H.emit("editor-input", { editor, rec });
  }

  H.on("records-added", () => {
    if (H.editorsListening) return;
    H.editorsListening = true;
    document.addEventListener("focusin", (e) => H.safe(() => onFocusIn(e)), { capture: true, signal: H.signal });
    document.addEventListener("input", (e) => H.safe(() => onInput(e)), { capture: true, passive: true, signal: H.signal });
  });
})();
