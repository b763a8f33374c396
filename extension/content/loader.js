// Finds customer items as they appear and mounts one card host beside each.
//
// Discovery costs almost nothing: one stylesheet gives the adapter's item selector a 1 ms
// animation, so every matching element announces itself once through animationstart when it
// is rendered (refined-github's trick). No MutationObserver over the page, no layout reads.
// Items arriving together are read in one batch and announced with one "records-added" event.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const ANIMATION = "hugdesk-item-appeared";
  // A batch announces its records once everything queued is read, or at this size, so a long
  // burst still gets its first cards observed early.
  const BATCH_MAX = 100;

  let pending = new Set();
  let added = [];
  let scheduled = false;
  const seen = new WeakMap(); // element -> its record, so an element queued twice is read once
  let removeStyle = () => {};

  function pickAdapter() {
    for (const site of H.sites) {
      if (site && H.safe(() => site.matches(location), false)) return site;
    }
    return null;
  }
  // Chosen once, here: every sites/ adapter is registered before this file runs (manifest
  // order), and the features read it as H.adapter. null on pages we do not recognise.
  const adapter = pickAdapter();

  function alreadyRead(el) {
    const rec = seen.get(el);
    return Boolean(rec && rec.el === el && rec.host && rec.host.isConnected && H.records.get(rec.key) === rec);
  }

  // No fixed delay: the next task runs once the frame's animation events (all items rendered
  // together) have been dispatched, so they still form one batch. It goes ahead of the page's
  // ordinary tasks, as the agent is waiting for the card; slices keep it short.
  function queue(el) {
    if (alreadyRead(el)) return;
    pending.add(el);
    if (!scheduled) {
      scheduled = true;
      H.nextTask(readSlice, "user-blocking");
    }
  }

  function onAnimation(event) {
    if (event.animationName === ANIMATION && event.target instanceof Element) queue(event.target);
  }

  function anchorFor(el) {
    const anchor = H.safe(() => adapter.cardAnchor(el));
    if (anchor && anchor.parent instanceof Node && (anchor.before === null || anchor.before === undefined || anchor.before.parentNode === anchor.parent)) {
      return { parent: anchor.parent, before: anchor.before || null };
    }
    return el.parentNode ? { parent: el.parentNode, before: el.nextSibling } : null;
  }

  function createHost(key) {
    let host = document.createElement("hugdesk-card");
    let root;
    try {
      // Closed: the page's own scripts cannot read customer history out of the card.
      root = host.attachShadow({ mode: "closed" });
    } catch {
      // The page defined its own <hugdesk-card> with a shadow root; fall back to a plain host.
      host = document.createElement("div");
      root = host.attachShadow({ mode: "closed" });
    }
    host.setAttribute("data-hugdesk-review", key);
    return { host, root };
  }

  function mount(rec) {
    const where = anchorFor(rec.el);
    if (!where) return false;
    if (!rec.host) Object.assign(rec, createHost(rec.key));
    where.parent.insertBefore(rec.host, where.before);
    return true;
  }

  function readOne(el, now) {
    if (!el.isConnected || alreadyRead(el) || el.closest("[data-hugdesk-review]") || isOurs(el)) return;
    const item = H.cleanItem(H.safe(() => adapter.readItem(el, now)));
    if (!item || item.platform !== adapter.platform) {
      noteUnread(el);
      return;
    }
    const key = H.keyOf(item);
    const known = H.records.get(key);
    if (known) {
      // The site re-rendered the item: move the existing card to the new element.
      if (!known.host || !known.host.isConnected) {
        known.el = el;
        known.item = item;
        if (H.safe(() => mount(known))) {
          seen.set(el, known);
          H.emit("record-remounted", known);
        }
      }
      return;
    }
    const rec = H.newRecord(item, el);
    if (H.safe(() => mount(rec), false)) {
      H.records.set(key, rec);
      seen.set(el, rec);
      added.push(rec);
    }
  }

  // ---- saying so when the page was not read ------------------------------------------------
  // Counted per page address; checked once reading has been quiet for a while, so a page that
  // renders its items late is judged on what it finally shows. One report per address.
  const CHECK_AFTER_MS = 2500;
  let tally = { href: location.href, skipped: new WeakSet(), missed: new WeakSet(), skippedN: 0, missedN: 0 };
  let reportedFor = null;
  let checkTimer = 0;

  function currentTally() {
    if (tally.href !== location.href) {
      tally = { href: location.href, skipped: new WeakSet(), missed: new WeakSet(), skippedN: 0, missedN: 0 };
    }
    return tally;
  }

  function noteUnread(el) {
    const outcome = H.safe(() => adapter.outcome(el));
    const t = currentTally();
    if (outcome === "skip" && !t.skipped.has(el)) {
      t.skipped.add(el);
      t.skippedN++;
    } else if (outcome === "none" && !t.missed.has(el) && H.safe(() => adapter.evidence(el, true), 0) > 0) {
      t.missed.add(el);
      t.missedN++;
    }
  }

  function scheduleCheck() {
    clearTimeout(checkTimer);
    checkTimer = setTimeout(() => H.safe(checkReading), CHECK_AFTER_MS);
  }

  function checkReading() {
    if (H.signal.aborted || reportedFor === location.href) return;
    const t = currentTally();
    const cards = [...H.records.values()].filter((r) => r.el && r.el.isConnected).length;
    const gap = H.siteKit.readingGap(adapter, { cards, skipped: t.skippedN, missed: t.missedN });
    if (!gap) return;
    reportedFor = location.href;
    // Once per page in its own console (refined-github's habit), and to the background, which
    // marks the toolbar icon for this tab and keeps the report for the popup.
    console.warn(`Hugdesk: this ${adapter.platform} page holds ${gap.evidence} items but ${gap.reason === "none" ? "none were read" : `${gap.missed} had no id`} (adapter ${adapter.platform}@${adapter.version}).`, location.href);
    H.post("page_unreadable", { platform: adapter.platform, adapter_version: adapter.version, ...gap });
  }

  function announce() {
    if (!added.length) return;
    const recs = added;
    added = [];
    H.emit("records-added", recs);
  }

  // Reads queued items for one slice of time, then lets the page run before the next slice.
  function readSlice() {
    const end = performance.now() + H.SLICE_MS;
    const now = new Date();
    for (const el of pending) {
      pending.delete(el);
      H.safe(() => readOne(el, now));
      if (added.length >= BATCH_MAX) announce();
      if (performance.now() >= end) break;
    }
    if (pending.size) {
      H.nextTask(readSlice, "user-blocking");
      return;
    }
    scheduled = false;
    announce();
    scheduleCheck();
  }

  // A constructed stylesheet adds no element to the page's DOM; a <style> only where that fails.
  function addStyle(css) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return () => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      const style = document.createElement("style");
      style.textContent = css;
      (document.head || document.documentElement).append(style);
      return () => style.remove();
    }
  }

  const isOurs = (node) => node instanceof Element && node.hasAttribute("data-hugdesk-review");

  // Reads the item again (the business may have replied since), without touching the card.
  function rereadItem(rec) {
    if (!rec.el.isConnected) return rec.item;
    const item = H.cleanItem(H.safe(() => adapter.readItem(rec.el, new Date())));
    if (item && H.keyOf(item) === rec.key) rec.item = item;
    return rec.item;
  }

  function startLoader() {
    if (!adapter) return false;
    const selector = String(adapter.itemSelector || "");
    if (!selector || !H.safe(() => (document.querySelector(selector), true), false)) return false;
    // :where() gives the rule no specificity, so any animation of the page's own wins and the
    // page keeps working; such an element is then found by the initial scan only.
    removeStyle = addStyle(`:where(${selector}) { animation: 1ms linear ${ANIMATION}; } @keyframes ${ANIMATION} {}`);
    document.addEventListener("animationstart", onAnimation, { capture: true, passive: true, signal: H.signal });
    for (const el of document.querySelectorAll(selector)) queue(el);
    // A page with no candidate at all is judged too (its markup may be one we do not know).
    scheduleCheck();
    H.on("shutdown", () => {
      clearTimeout(checkTimer);
      removeStyle();
      for (const rec of H.records.values()) rec.host && rec.host.remove();
    });
    return true;
  }

  Object.assign(H, {
    adapter,
    isOurs,
    rereadItem,
    startLoader,
  });
})();
