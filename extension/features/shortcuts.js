// Keyboard: each card is reachable with Tab (its toggle is a button); the shortcuts for
// "insert suggestion" and "log promise" (chrome.commands, relayed by the background) act on
// the card the agent is working with: the one last focused or clicked, or the one whose reply
// box has the focus (H.activeRecord, content/editors.js). Cards never take focus by themselves.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  function onCommand(command) {
    const rec = H.activeRecord();
    if (!rec) return;
    if (command === "insert-suggestion") H.insertSuggestion(rec, 0).catch((err) => H.debug(err));
    else if (command === "log-promise") H.openPromiseForm(rec, true);
  }

  function init(signal) {
    const listener = (message, sender) => {
      // Only our own background sends these; pages cannot reach this listener.
      if (sender.id !== chrome.runtime.id || sender.tab || !message || message.type !== "command") return;
      H.safe(() => onCommand(String(message.command)));
    };
    // A shortcut is pressed long after the page loaded: the listener waits for an idle moment.
    H.whenIdle(() => {
      if (signal.aborted) return;
      chrome.runtime.onMessage.addListener(listener);
      signal.addEventListener("abort", () => H.safe(() => chrome.runtime.onMessage.removeListener(listener)));
    });
  }

  H.features.add({ name: "shortcuts", init });
})();
