// Last content script: start only when an adapter recognises the page; otherwise do nothing.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  H.safe(() => {
    if (!H.adapter) return;
    H.features.start();
    if (H.startLoader()) H.warmFormats();
  });
})();
