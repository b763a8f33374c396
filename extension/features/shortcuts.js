// Keyboard: each card is reachable with Tab (its toggle is a button); the shortcuts for
// "insert suggestion" and "log promise" (chrome.commands, relayed by the background) act on
// the card the agent is working with: the one last focused or clicked, or the one whose reply
// box has the focus. Cards never take focus by themselves.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  let active = null;

  H.activeRecord = function activeRecord() {
    const editor = H.editorRoot(document.activeElement);
    const fromEditor = editor ? H.recordForEditor(editor) : null;
    if (fromEditor) return fromEditor;
    if (document.activeElement && H.isOurs(document.activeElement)) {
      const rec = H.recordOfHost(document.activeElement);
      if (rec) return rec;
    }
    return active && H.records.get(active.key) === active ? active : null;
  };

  function onCommand(command) {
    const rec = H.activeRecord();
    if (!rec) return;
    if (command === "insert-suggestion") H.insertSuggestion(rec, 0).catch((err) => H.debug(err));
    else if (command === "log-promise") H.openPromiseForm(rec, true);
  }

  function init(signal) {
    H.on("records-added", (recs) => {
      for (const rec of recs) {
        const mark = () => { active = rec; };
        rec.host.addEventListener("focusin", mark, { signal });
        rec.host.addEventListener("pointerdown", mark, { signal });
      }
    });
    H.on("editor-focus", ({ rec }) => { active = rec; });
    const listener = (message, sender) => {
      // Only our own background sends these; pages cannot reach this listener.
      if (sender.id !== chrome.runtime.id || sender.tab || !message || message.type !== "command") return;
      H.safe(() => onCommand(String(message.command)));
    };
    H.safe(() => chrome.runtime.onMessage.addListener(listener));
    signal.addEventListener("abort", () => H.safe(() => chrome.runtime.onMessage.removeListener(listener)));
  }

  H.features.add({ name: "shortcuts", init });
})();
