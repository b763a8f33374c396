// Finds customer items as they appear and mounts one card host beside each item near the
// viewport.
//
// Discovery: one scan of the adapter's item selector, then one MutationObserver that looks for
// it in what the page adds (or re-marks) later; no layout reads. (A stylesheet that gives items
// a 1 ms animation, refined-github's trick, cost the 200-review page 50-90 ms of style
// recalculation at start: a new document stylesheet restyles the whole page.)
// A discovered item is only watched (one IntersectionObserver, computed by the browser with
// its own rendering): it is read, gets its card host and is sent to the backend when it comes
// within NEAR of the viewport, or when the agent works in its reply box. Items coming near
// together are read in one batch and announced with one "records-added" event, so the backend
// hears one observe per batch the agent scrolls to, not one per item.
// Reading ahead: once the page has settled, the items still far away are read in short chunks
// within the browser's idle periods, without a card, and announced with "items-read" in batches
// of up to BATCH_MAX, so the backend (the queue, the overdue badge, the desk figures) knows every
// item on the page. One that later comes near is mounted from that reading, not read again.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  // A batch announces its records once everything queued is read, or at this size, so a long
  // burst still gets its first cards observed early.
  const BATCH_MAX = 100;
  // About a screen and a half beyond each edge: a card is read, answered and drawn before the
  // agent scrolls its item into view, even at a fast scroll.
  const NEAR = "1200px 0px";

  let pending = new Set();
  let added = [];
  let scheduled = false;
  const seen = new WeakMap(); // element -> its record, so an element queued twice is read once
  const waiting = new Set(); // discovered items not read yet: far from the viewport so far
  let nearby = null;
  let discovery = null;
  // Reading ahead: elements not read yet (near or ahead), what was read ahead of each, and the
  // items read ahead still to announce.
  const ahead = new Set();
  const readEarly = new WeakMap(); // element -> the item read ahead for it
  const earlyEls = new Set(); // elements read ahead and not mounted: counted by the reading check
  let early = [];
  let settled = false;
  let aheadScheduled = false;

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

  function schedule() {
    if (scheduled || !pending.size) return;
    scheduled = true;
    H.nextTask(readSlice, "user-blocking");
  }

  // An item is read once it comes near; until then it costs the page nothing but being watched.
  function onNear(entries) {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearby.unobserve(entry.target);
      waiting.delete(entry.target);
      pending.add(entry.target);
    }
    // No fixed delay: the next task runs once this callback's items are all queued, so they
    // form one batch. It goes ahead of the page's ordinary tasks, as the agent is about to see
    // the card; slices keep it short.
    schedule();
  }

  // A page that keeps replacing its items (an SPA) leaves elements it dropped in `waiting`:
  // they are let go whenever the set has doubled since the last look.
  let pruneAt = 500;
  function prune() {
    for (const el of waiting) {
      if (el.isConnected) continue;
      waiting.delete(el);
      ahead.delete(el);
      earlyEls.delete(el);
      nearby.unobserve(el);
    }
    pruneAt = Math.max(500, waiting.size * 2);
  }

  function watch(el) {
    if (alreadyRead(el) || waiting.has(el) || pending.has(el)) return;
    if (!nearby) nearby = new IntersectionObserver((entries) => H.safe(() => onNear(entries)), { rootMargin: NEAR });
    if (waiting.size >= pruneAt) prune();
    waiting.add(el);
    if (!readEarly.has(el)) ahead.add(el);
    nearby.observe(el);
    if (settled) scheduleAhead();
  }

  // What the page added, or re-marked with an attribute the selector reads: the items in it.
  function onMutations(records, selector) {
    for (const record of records) {
      if (record.type === "attributes") {
        if (record.target.matches(selector)) watch(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || isOurs(node)) continue;
        if (node.matches(selector)) watch(node);
        if (node.firstElementChild) for (const el of node.querySelectorAll(selector)) watch(el);
      }
    }
  }

  // The attributes an item selector depends on ("[data-review-id]", "[role=article]"), so an
  // element the page marks as an item after adding it is found too.
  function attributesOf(selector) {
    return [...new Set([...selector.matchAll(/\[\s*([\w-]+)/g)].map((m) => m[1].toLowerCase()))];
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
    ahead.delete(el);
    earlyEls.delete(el);
    if (!el.isConnected || alreadyRead(el) || el.closest("[data-hugdesk-review]") || isOurs(el)) return;
    // Read ahead already: mounted from that reading (the backend heard of it with its batch).
    const item = readEarly.get(el) || H.cleanItem(H.safe(() => adapter.readItem(el, now)));
    readEarly.delete(el);
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
    // Read because it came near: drawn without waiting for the card's own nearness report.
    rec.near = true;
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

  // Items are read only near the viewport, so a page whose items all sit further down has read
  // nothing yet: a few of them are read now (without a card) before the page is called unread.
  const SAMPLE = 5;
  function sampleFar(t) {
    const now = new Date();
    let tried = 0;
    for (const el of waiting) {
      if (tried >= SAMPLE) break;
      if (!el.isConnected) {
        waiting.delete(el);
        continue;
      }
      tried++;
      const item = H.cleanItem(H.safe(() => adapter.readItem(el, now)));
      if (item && item.platform === adapter.platform) return true;
      noteUnread(el);
      if (t.skippedN) return true;
    }
    return false;
  }

  function checkReading() {
    if (H.signal.aborted || reportedFor === location.href) return;
    // Judged on the whole page: reading ahead calls this again when it is done.
    if (aheadScheduled || (!settled && ahead.size)) return;
    const t = currentTally();
    let readAhead = 0;
    for (const el of earlyEls) if (el.isConnected) readAhead++;
    const read = readAhead > 0 || [...H.records.values()].some((r) => r.el && r.el.isConnected);
    if (!read && !t.skippedN && !t.missedN && sampleFar(t)) return;
    const cards = readAhead + [...H.records.values()].filter((r) => r.el && r.el.isConnected).length;
    const gap = H.siteKit.readingGap(adapter, { cards, skipped: t.skippedN, missed: t.missedN });
    if (!gap) return;
    reportedFor = location.href;
    // Once per page in its own console (refined-github's habit), and to the background, which
    // marks the toolbar icon for this tab and keeps the report for the popup.
    console.warn(`Hugdesk: this ${adapter.platform} page holds ${gap.evidence} items but ${gap.reason === "none" ? "none were read" : `${gap.missed} had no id`} (adapter ${adapter.platform}@${adapter.version}).`, location.href);
    H.post("page_unreadable", { platform: adapter.platform, adapter_version: adapter.version, ...gap });
  }

  // The reply box the agent works in belongs to an item that may not have come near yet (a
  // composer at the end of a long thread): the items it may belong to are read now, so its card
  // exists. The item holding the box first, then the others still far away.
  function readForEditor(editor) {
    if (!adapter || !(editor instanceof Element)) return;
    const selector = String(adapter.itemSelector || "");
    const holder = H.safe(() => editor.parentElement && editor.parentElement.closest(selector));
    const owns = (el) => {
      const target = H.safe(() => adapter.replyTarget(el));
      return Boolean(target && (target === editor || target.contains(editor)));
    };
    let found = holder && waiting.has(holder) && owns(holder) ? [holder] : [];
    if (!found.length) found = [...waiting].filter((el) => el.isConnected && owns(el));
    if (!found.length) return;
    const now = new Date();
    for (const el of found) {
      nearby.unobserve(el);
      waiting.delete(el);
      pending.delete(el);
      H.safe(() => readOne(el, now));
    }
    announce();
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
    if (settled) scheduleAhead();
  }

  // ---- reading ahead -------------------------------------------------------------------------
  // After the first batch and the page's own start (its load event, its next idle moment, then
  // AHEAD_AFTER_MS), so the cheap start stays cheap. Chunks of at most AHEAD_CHUNK items or AHEAD_MS, each inside
  // an idle period and ended when the browser says little of it is left: never a long task.
  // Two seconds: a page's own late work (images decoded, its scripts' timers, the agent's first
  // scroll) comes in that time, and nobody waits on the far items (they feed the queue and the
  // badge); reading 200 of them costs about 120 ms in all, spread over idle moments.
  const AHEAD_AFTER_MS = 2000;
  const AHEAD_CHUNK = 20;
  const AHEAD_MS = 8;
  const AHEAD_SPARE_MS = 2;

  function settle() {
    settled = true;
    scheduleAhead();
  }

  function scheduleAhead() {
    if (aheadScheduled || scheduled || !ahead.size || H.signal.aborted) return;
    aheadScheduled = true;
    if (typeof requestIdleCallback === "function") requestIdleCallback((deadline) => H.safe(() => readAheadChunk(deadline)));
    else setTimeout(() => H.safe(() => readAheadChunk({ timeRemaining: () => AHEAD_MS })), 50);
  }

  // In a task of its own: handing a batch to the background (structured clone) is work of its
  // own, kept out of the reading chunk's time.
  function announceEarly() {
    if (!early.length) return;
    const items = early;
    early = [];
    H.nextTask(() => H.emit("items-read", items), "background");
  }

  function readAheadChunk(deadline) {
    aheadScheduled = false;
    // Items coming near go first; reading ahead resumes when their batch is done.
    if (scheduled) return;
    const start = performance.now();
    const now = new Date();
    let n = 0;
    let last = start;
    let slowest = 0; // the costliest item so far: the next may cost as much, so stop before
    for (const el of ahead) {
      const t = performance.now();
      slowest = Math.max(slowest, t - last);
      last = t;
      if (n >= AHEAD_CHUNK || t - start + slowest >= AHEAD_MS || deadline.timeRemaining() <= AHEAD_SPARE_MS + slowest) break;
      ahead.delete(el);
      if (!el.isConnected || alreadyRead(el) || readEarly.has(el) || el.closest("[data-hugdesk-review]") || isOurs(el)) continue;
      n++;
      const item = H.cleanItem(H.safe(() => adapter.readItem(el, now)));
      if (!item || item.platform !== adapter.platform) {
        noteUnread(el);
        continue;
      }
      readEarly.set(el, item);
      earlyEls.add(el);
      early.push(item);
      if (early.length >= BATCH_MAX) announceEarly();
    }
    if (ahead.size) {
      scheduleAhead();
      return;
    }
    announceEarly();
    scheduleCheck();
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
    discovery = new MutationObserver((records) => H.safe(() => onMutations(records, selector)));
    const attributeFilter = attributesOf(selector);
    discovery.observe(document, { childList: true, subtree: true, ...(attributeFilter.length ? { attributes: true, attributeFilter } : {}) });
    for (const el of document.querySelectorAll(selector)) watch(el);
    H.emit("loader-started");
    // A page with no candidate at all is judged too (its markup may be one we do not know).
    scheduleCheck();
    // Reading ahead waits for the page's load event too: an idle moment can come before it, and
    // the page's own loading goes first.
    const afterLoad = () => H.whenIdle(() => setTimeout(() => H.safe(settle), AHEAD_AFTER_MS));
    if (document.readyState === "complete") afterLoad();
    else addEventListener("load", afterLoad, { once: true, signal: H.signal });
    H.on("shutdown", () => {
      clearTimeout(checkTimer);
      if (nearby) nearby.disconnect();
      if (discovery) discovery.disconnect();
      for (const rec of H.records.values()) rec.host && rec.host.remove();
    });
    return true;
  }

  Object.assign(H, {
    adapter,
    NEAR,
    isOurs,
    readForEditor,
    rereadItem,
    startLoader,
  });
})();
