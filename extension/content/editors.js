// Which of the platform's reply boxes belongs to which card, and which card the agent is
// working with. A box is bound to a record when Hugdesk inserted into it, or when the agent
// focuses it and exactly one item's adapter replyTarget() is that box (a shared composer goes
// to the card the agent works with). Both answers live in one file because each needs the
// other: a shared box is resolved through the active card, and the active card is found
// through the focused box.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const bound = new WeakMap(); // editor -> record
  const known = new Set(); // the same editors, iterable (pruned when they leave the page)
  let listening = false;
  let active = null; // the card last focused or clicked, or whose reply box was focused

  function editorRoot(node) {
    if (!(node instanceof Element)) return null;
    if (node instanceof HTMLTextAreaElement) return node;
    if (node instanceof HTMLInputElement) return node.type === "text" || node.type === "search" ? node : null;
    return node.closest('[contenteditable]:not([contenteditable="false"])');
  }

  const isTextField = (el) => el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;

  // What the agent has typed, as plain text.
  function editorText(el) {
    if (!el) return "";
    if (isTextField(el)) return el.value;
    return (el.innerText || el.textContent || "").replace(/\u200b/g, "").replace(/\n{2,}/g, "\n").trim();
  }

  function bindEditor(editor, rec) {
    if (!editor || !rec) return;
    bound.set(editor, rec);
    known.add(editor);
  }

  function boundEditors() {
    for (const editor of known) if (!editor.isConnected) known.delete(editor);
    return [...known].map((editor) => ({ editor, rec: bound.get(editor) })).filter((x) => x.rec);
  }

  function targetsOf(editor) {
    const targets = [];
    for (const rec of H.records.values()) {
      if (!rec.el.isConnected) continue;
      const target = H.safe(() => H.adapter.replyTarget(rec.el));
      if (target && (target === editor || target.contains(editor))) targets.push(rec);
    }
    return targets;
  }

  function resolve(editor) {
    let targets = targetsOf(editor);
    if (!targets.length) {
      // Cards exist only near the viewport: the box's own item may not have been read yet.
      H.readForEditor(editor);
      targets = targetsOf(editor);
    }
    if (targets.length === 1) return targets[0];
    const current = activeRecord();
    if (current && targets.includes(current)) return current;
    return null;
  }

  function recordForEditor(editor) {
    if (!editor) return null;
    const rec = bound.get(editor);
    if (rec && H.records.get(rec.key) === rec) return rec;
    const found = resolve(editor);
    if (found) bindEditor(editor, found);
    return found;
  }

  const knownRecordForEditor = (editor) => (editor ? bound.get(editor) || null : null);

  // The card the keyboard shortcuts act on: the one whose reply box has the focus, else the
  // card that has it, else the one last focused or clicked. Cards never take focus themselves.
  function activeRecord() {
    const editor = editorRoot(document.activeElement);
    const fromEditor = editor ? recordForEditor(editor) : null;
    if (fromEditor) return fromEditor;
    if (document.activeElement && H.isOurs(document.activeElement)) {
      const rec = H.recordOfHost(document.activeElement);
      if (rec) return rec;
    }
    return active && H.records.get(active.key) === active ? active : null;
  }

  function onFocusIn(event) {
    const editor = editorRoot(event.target);
    if (!editor || H.isOurs(editor)) return;
    const rec = recordForEditor(editor);
    if (rec) {
      active = rec;
      H.emit("editor-focus", { editor, rec });
    }
  }

  function onInput(event) {
    const editor = editorRoot(event.target);
    const rec = knownRecordForEditor(editor);
    if (rec) H.emit("editor-input", { editor, rec });
  }

  H.on("records-added", (recs) => {
    for (const rec of recs) {
      const mark = () => { active = rec; };
      rec.host.addEventListener("focusin", mark, { signal: H.signal });
      rec.host.addEventListener("pointerdown", mark, { signal: H.signal });
    }
  });
  // From the start on a page we read, not from its first card: a reply box far from the
  // viewport belongs to an item that has no card until the box takes the focus.
  H.on("loader-started", () => {
    if (listening) return;
    listening = true;
    document.addEventListener("focusin", (e) => H.safe(() => onFocusIn(e)), { capture: true, signal: H.signal });
    document.addEventListener("input", (e) => H.safe(() => onInput(e)), { capture: true, passive: true, signal: H.signal });
  });

  Object.assign(H, {
    editorRoot,
    isTextField,
    editorText,
    bindEditor,
    boundEditors,
    recordForEditor,
    knownRecordForEditor,
    activeRecord,
  });
})();
