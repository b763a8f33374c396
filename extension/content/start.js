// Last content script: start only when an adapter recognises the page; otherwise do nothing.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  H.safe(() => {
    const site = H.pickAdapter();
    if (!site) return;
    H.features.start();
    if (H.startLoader(site)) H.warmFormats();
  });
})();
