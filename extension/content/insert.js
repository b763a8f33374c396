// Puts a suggestion into the platform's own reply box as if the agent had typed it: once,
// with the cursor after it, in a way the site's editor takes into its own state.
//  - textarea / input: setRangeText + an "input" event (React and plain forms both listen to it)
//  - contenteditable (Facebook's Lexical): a synthetic paste carrying text/plain, which Lexical
//    handles through its own paste command; if nobody handled it, a beforeinput insertText;
//    if that was not handled either, the browser's own insertText editing command.
// After every step the box is checked, and no later step runs once the text is there or the
// editor claimed the event, so the text can never land twice.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const busy = new WeakSet();
  const placedByAgent = new WeakSet(); // boxes the agent focused: keep their cursor position

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const squash = (s) => String(s).replace(/\s+/g, "");

  function occurrences(haystack, needle) {
    if (!needle) return 0;
    let n = 0;
    for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n += 1;
    return n;
  }

  async function until(check, ms) {
    const end = Date.now() + ms;
    for (;;) {
      if (H.safe(check, false)) return true;
      if (Date.now() >= end) return false;
      await sleep(25);
    }
  }

  function nextEvent(target, type, ms) {
    return new Promise((resolve) => {
      const done = () => {
        target.removeEventListener(type, done);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(done, ms);
      target.addEventListener(type, done, { once: true });
    });
  }

  async function findEditor(rec) {
    const now = H.safe(() => H.adapter.replyTarget(rec.el));
    if (now) return now;
    if (!H.safe(() => H.adapter.openReply(rec.el), false)) return null;
    const end = Date.now() + 2000;
    while (Date.now() < end) {
      await sleep(50);
      const found = H.safe(() => H.adapter.replyTarget(rec.el));
      if (found) return found;
    }
    return null;
  }

  function insertIntoField(field, text) {
    const before = field.value;
    const keepCursor = placedByAgent.has(field) && typeof field.selectionStart === "number";
    field.focus({ preventScroll: false });
    const start = keepCursor ? field.selectionStart : before.length;
    const end = keepCursor ? field.selectionEnd : before.length;
    field.setRangeText(text, start, end, "end");
    field.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, inputType: "insertText", data: text }));
    return occurrences(field.value, text) > occurrences(before, text);
  }

  function caretAtEnd(editor) {
    const range = document.createRange();
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    let last = null;
    while (walker.nextNode()) if (walker.currentNode.data.length) last = walker.currentNode;
    if (last) {
      range.setStart(last, last.data.length);
    } else {
      let node = editor;
      while (node.lastElementChild && node.lastElementChild.tagName !== "BR") node = node.lastElementChild;
      range.setStart(node, 0);
    }
    range.collapse(true);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
  }

  async function insertIntoEditable(editor, text) {
    const want = squash(text);
    const count = occurrences(squash(H.editorText(editor)), want);
    const landed = () => occurrences(squash(H.editorText(editor)), want) > count;
    const sel = window.getSelection();
    const cursorInside = placedByAgent.has(editor) && sel.rangeCount > 0 && editor.contains(sel.anchorNode);
    editor.focus({ preventScroll: false });
    if (!cursorInside) {
      const moved = nextEvent(document, "selectionchange", 150);
      caretAtEnd(editor);
      // Lexical reads the new caret on selectionchange; paste before that would go nowhere.
      await moved;
      await sleep(0);
    }
    const anchor = sel.anchorNode;
    const target = anchor && editor.contains(anchor) ? (anchor.nodeType === 1 ? anchor : anchor.parentElement) : editor;

    const data = new DataTransfer();
    data.setData("text/plain", text);
    const paste = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(paste);
    if (await until(landed, 600)) return true;
    if (paste.defaultPrevented) return false;

    const typed = new InputEvent("beforeinput", { inputType: "insertText", data: text, bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(typed);
    if (await until(landed, 300)) return true;
    if (typed.defaultPrevented) return false;

    document.execCommand("insertText", false, text);
    return until(landed, 300);
  }

  async function insertText(rec, text, payload = null) {
    if (busy.has(rec) || !text) return false;
    busy.add(rec);
    try {
      const editor = await findEditor(rec);
      if (!editor) {
        rec.ui.notice = H.t("insert_no_box");
        H.renderCard(rec);
        return false;
      }
      H.bindEditor(editor, rec);
      const current = H.isTextField(editor) ? editor.value : H.editorText(editor);
      if (squash(current).includes(squash(text))) {
        rec.ui.notice = H.t("insert_already");
        H.renderCard(rec);
        return false;
      }
      const ok = H.isTextField(editor) ? insertIntoField(editor, text) : await insertIntoEditable(editor, text);
      rec.ui.notice = ok ? null : H.t("insert_failed");
      if (ok) H.log(rec, "suggestion_inserted", { text, payload });
      H.renderCard(rec);
      return ok;
    } finally {
      busy.delete(rec);
    }
  }

  // The drafts of a closed card may not have been fetched yet: they are fetched now.
  async function insertSuggestion(rec, index = 0) {
    const list = H.suggestionsOf(rec).length ? H.suggestionsOf(rec) : await H.loadSuggestions(rec);
    const suggestion = list[index];
    if (!suggestion) return false;
    // What the desk needs to judge drafts in use: which approach, in which language, written by
    // the rules or a model.
    return insertText(rec, suggestion.text, {
      suggestion: index, approach: suggestion.approach || null,
      language: suggestion.language || null, source: suggestion.source || "rules",
    });
  }

  // A short phrase inside one text node of a rich editor, as a range.
  function rangeOf(editor, excerpt) {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const at = node.data.indexOf(excerpt);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + excerpt.length);
        return range;
      }
    }
    return null;
  }

  // The tone guard's "Replace with…": the first `excerpt` in the agent's draft becomes
  // `replacement`, edited the way the editor expects (setRangeText + input in a field; the words
  // selected, then a paste, in a rich editor), and checked afterwards.
  async function replaceText(editor, excerpt, replacement) {
    if (!editor || !excerpt || typeof replacement !== "string") return false;
    if (H.isTextField(editor)) {
      const at = editor.value.indexOf(excerpt);
      if (at < 0) return false;
      editor.focus({ preventScroll: true });
      editor.setRangeText(replacement, at, at + excerpt.length, "end");
      editor.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true, inputType: "insertReplacementText", data: replacement }));
      return true;
    }
    const range = rangeOf(editor, excerpt);
    if (!range) return false;
    const before = H.editorText(editor);
    const changed = () => H.editorText(editor) !== before;
    editor.focus({ preventScroll: true });
    const moved = nextEvent(document, "selectionchange", 150);
    const sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    await moved;
    await sleep(0);
    const data = new DataTransfer();
    data.setData("text/plain", replacement);
    const paste = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    (range.startContainer.parentElement || editor).dispatchEvent(paste);
    if (await until(changed, 600)) return true;
    if (paste.defaultPrevented) return false;
    document.execCommand("insertText", false, replacement);
    return until(changed, 300);
  }

  // Plumbing, not a feature: both the suggestion's Insert button and the keyboard shortcut
  // insert through here. editor-focus fires only once an adapter matched and cards exist.
  H.on("editor-focus", ({ editor }) => placedByAgent.add(editor));

  Object.assign(H, {
    insertText,
    insertSuggestion,
    replaceText,
  });
})();
