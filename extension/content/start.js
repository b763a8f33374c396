// Last content script: start only when an adapter recognises the page; otherwise do nothing.
//
// Chrome runs these scripts at document_idle, often before the page's load event. Starting then
// (features, the loader's first reading and cards) put our work in front of the page's own load:
// on the 200-review benchmark page the load event came 5-7 % later. So the start waits for the
// load event, and runs in a task after it, not inside its dispatch. A page whose load hangs (an
// image that never arrives) gets its cards after START_WAIT_MS all the same.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const START_WAIT_MS = 1000;

  function start() {
    if (!H.adapter) return;
    H.features.start();
    if (H.startLoader()) H.warmFormats();
  }

  H.safe(() => {
    if (!H.adapter) return;
    if (document.readyState === "complete") return start();
    let timer = 0;
    const go = () => {
      clearTimeout(timer);
      removeEventListener("load", go);
      setTimeout(() => H.safe(start), 0);
    };
    timer = setTimeout(go, START_WAIT_MS);
    addEventListener("load", go, { once: true });
  });
})();
