// Notices the agent posting their reply on the platform and logs reply_posted with the text,
// which stops the response clock. The text is read when the agent acts (Enter in Facebook's
// comment editor, a click on the editor's submit button, the reply form being submitted),
// before the site clears the box; it is logged once the site has taken it (the box no longer
// holds it), so an Enter that only picked a mention or a post the site refused logs nothing.
// A form that submits the old way (no script took it) navigates away: that is logged at once.
// Only the agent's own hand counts: page script can fill the box and dispatch a submit, a click
// or a key itself, so an event must be trusted (made by the browser from real input), and a
// submit must also come while the page holds a fresh user activation, which script cannot fake.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const CONFIRM_MS = 4000;
  const REPEAT_MS = 5000;
  const last = new WeakMap(); // editor -> {text, at}: one post is logged once however it was noticed

  const squash = (s) => String(s).replace(/\s+/g, "");

  function log(editor, rec, text, via) {
    const before = last.get(editor);
    if (before && before.text === text && Date.now() - before.at < REPEAT_MS) return;
    last.set(editor, { text, at: Date.now() });
    H.log(rec, "reply_posted", { text, payload: { via } });
    if (rec.result) {
      rec.result.first_response_at = rec.result.first_response_at || new Date().toISOString();
      if (rec.result.status === "new" || rec.result.status === "open") rec.result.status = "waiting";
      rec.result.sla = "answered";
      rec.result.waiting_minutes = null;
    }
    rec.ui.tone = [];
    H.refresh(rec);
  }

  function whenTaken(editor, rec, via) {
    const text = H.editorText(editor).trim();
    if (!text) return;
    const started = Date.now();
    const check = () => {
      const taken = !editor.isConnected || !squash(H.editorText(editor)).includes(squash(text));
      if (taken) log(editor, rec, text, via);
      else if (Date.now() - started < CONFIRM_MS) setTimeout(() => H.safe(check), 150);
    };
    setTimeout(() => H.safe(check), 150);
  }

  const byHand = (event) => event.isTrusted === true;
  const submittedByHand = (event) =>
    byHand(event) && (!navigator.userActivation || navigator.userActivation.isActive);

  function onKeyDown(event) {
    if (!byHand(event)) return;
    if (event.key !== "Enter" || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (H.adapter.platform !== "facebook") return; // elsewhere Enter is a new line in a textarea
    const editor = H.editorRoot(event.target);
    if (!editor || H.isTextField(editor)) return;
    const rec = H.recordForEditor(editor);
    if (rec) whenTaken(editor, rec, "enter");
  }

  function onClick(event) {
    if (!byHand(event) || !(event.target instanceof Element)) return;
    for (const { editor, rec } of H.boundEditors()) {
      const button = H.safe(() => H.adapter.submitButton(editor));
      if (button && (button === event.target || button.contains(event.target))) whenTaken(editor, rec, "button");
    }
  }

  function formEditors(event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return [];
    return H.boundEditors().filter(({ editor }) => form.contains(editor));
  }

  function onSubmit(event) {
    if (!submittedByHand(event)) return;
    for (const { editor, rec } of formEditors(event)) whenTaken(editor, rec, "submit");
  }

  // Runs after the page's own handlers: nobody prevented the submit, so the page is leaving now.
  function onSubmitDone(event) {
    if (event.defaultPrevented || !submittedByHand(event)) return;
    for (const { editor, rec } of formEditors(event)) {
      const text = H.editorText(editor).trim();
      if (text) log(editor, rec, text, "submit");
    }
  }

  function init(signal) {
    const capture = { capture: true, signal };
    document.addEventListener("keydown", (e) => H.safe(() => onKeyDown(e)), capture);
    document.addEventListener("click", (e) => H.safe(() => onClick(e)), capture);
    document.addEventListener("submit", (e) => H.safe(() => onSubmit(e)), capture);
    window.addEventListener("submit", (e) => H.safe(() => onSubmitDone(e)), { signal });
  }

  H.features.add({ name: "reply-posted", init });
})();
