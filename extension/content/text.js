// Page text as the card shows it. Bidirectional controls (U+202A–U+202E embeddings and
// overrides, U+2066–U+2069 isolates) let a name such as "\u202Eexe.gpj" read backwards and
// spill its direction into what follows it on the card; they are never needed to show a real
// name, so they are removed. Left-to-right and right-to-left marks (U+200E, U+200F, U+061C)
// stay: they only nudge neutral characters and real Arabic or Hebrew names use them.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

  function plainText(value) {
    return String(value).replace(BIDI_CONTROLS, "");
  }

  Object.assign(H, {
    plainText,
  });
})();
