// The card frame beside each item: a compact bar (always shown) and a body the agent opens.
// The sections in features/ fill it through cardSection(); this file owns the shadow root,
// the stylesheet, re-rendering, and keeping focus where the agent left it.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const TICK_MS = 30000;
  const sections = [];
  const queued = new Set(); // cards waiting for the next render pass
  const deferred = new Set(); // cards whose render waits for the agent to leave a field
  let scheduled = false;
  let sheet; // one constructed stylesheet shared by every card's shadow root

  // Sized for the platforms' own 15-16 px text; every control at least 24 px tall (WCAG 2.2).
  // A state is told by its words and an icon, the colour only repeats it.
  const STYLE = `
:host { all: initial; display: block; margin: 4px 0; contain: content; }
* { box-sizing: border-box; }
.card { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa;
  border: 1px solid #d0d7de; border-left: 4px solid #8c959f; border-radius: 6px; padding: 0 6px; max-width: 640px; }
.card.sla-ok { border-left-color: #1a7f37; }
.card.sla-warn { border-left-color: #bf8700; }
.card.sla-breach { border-left-color: #cf222e; }
.bar { display: flex; align-items: center; gap: 8px; min-height: 26px; white-space: nowrap; overflow: hidden; }
.bar > * { flex: none; }
.body { padding-bottom: 6px; }
.frame { display: block; width: 100%; border: 0; background: transparent; color-scheme: light; }
button { font: inherit; color: inherit; cursor: pointer; border: 1px solid #d0d7de; background: #fff; border-radius: 4px;
  min-height: 24px; padding: 1px 8px; }
button:hover { background: #eef1f4; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
.toggle { display: inline-flex; align-items: center; gap: 6px; border: none; background: none; padding: 0 4px 0 0;
  min-width: 24px; flex: 0 1 auto; overflow: hidden; text-overflow: ellipsis; }
.toggle .name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; }
.muted { color: #57606a; }
.pill { border-radius: 10px; padding: 0 8px; background: #eaeef2; font-size: 13px; }
.pill.answered { background: #dafbe1; color: #116329; }
.clock { font-size: 13px; border-radius: 3px; padding: 0 4px; }
.clock.ok { color: #116329; }
.clock.warn { color: #7d4e00; background: #fff8c5; }
.clock.breach { color: #a40e26; background: #ffebe9; font-weight: 600; }
.clock.backlog, .clock.unknown { color: #57606a; }
.collision { color: #a40e26; font-weight: 600; }
.problem { color: #a40e26; cursor: help; }
`;

  function cardSection(section) {
    sections.push(section);
    sections.sort((a, b) => a.order - b.order);
  }

  function renderSection(section, rec) {
    const out = H.safe(() => section.render(rec));
    if (!out) return [];
    return (Array.isArray(out) ? out : [out]).filter(Boolean);
  }

  function slaClass(rec) {
    const sla = rec.result ? H.liveSla(rec) : null;
    return sla ? ` sla-${sla}` : "";
  }

  function toggle(rec) {
    if (rec.ui.expanded) return closeCard(rec);
    rec.ui.expanded = true;
    H.emit("card-opened", rec);
    // Logged after the sections reacted to the opening (they may ask the backend for drafts).
    H.safe(() => H.log(rec, "card_opened"));
    renderCard(rec);
  }

  function closeCard(rec, focus = true) {
    if (!rec.ui.expanded) return;
    rec.ui.expanded = false;
    rec.ui.promiseForm = null;
    renderCard(rec);
    if (focus) focusCardField(rec, "toggle");
  }

  // A whole number of stars needs no formatter; a half star does (4.5 or 4,5), and its formatter
  // is made once: the page's first Intl object costs it tens of ms (the locale's data).
  let starsFormat = null;
  function stars(rating) {
    if (!rating) return null;
    if (Number.isInteger(rating)) return `★ ${rating}`;
    starsFormat = starsFormat || H.safe(() => new Intl.NumberFormat(H.lang, { maximumFractionDigits: 1 }), null);
    return `★ ${starsFormat ? starsFormat.format(rating) : String(rating)}`;
  }
  const PLATFORM = { facebook: "Facebook", yelp: "Yelp", tripadvisor: "Tripadvisor" };

  // One line: whose item this is (the name, platform and rating the page itself shows), then
  // the sections' state (status pill, clock, who else is here, the backend's health).
  function buildBar(rec) {
    const { h, t } = H;
    const who = rec.item.author_name || t("card_unknown_author");
    const rating = stars(rec.item.rating);
    return h("div", { class: "bar" },
      h("button", {
        class: "toggle",
        "aria-expanded": String(rec.ui.expanded),
        title: t(rec.ui.expanded ? "card_collapse" : "card_expand"),
        dataset: { focus: "toggle" },
        onclick: () => toggle(rec),
      },
      h("span", { "aria-hidden": "true" }, rec.ui.expanded ? "▾" : "▸"),
      h("span", { class: "name", dataset: { who: "name" } }, who),
      h("span", { class: "muted", dataset: { who: "platform" } }, PLATFORM[rec.item.platform] || rec.item.platform),
      rating ? h("span", { class: "muted", dataset: { who: "rating" } }, rating) : null),
      sections.filter((s) => s.slot === "bar").map((s) => renderSection(s, rec)));
  }

  function buildBody(rec) {
    return H.h("div", { class: "body" }, sections.filter((s) => s.slot === "body").map((s) => renderSection(s, rec)));
  }

  function adoptStyle(rec) {
    if (rec.styled) return;
    if (sheet === undefined) {
      sheet = H.safe(() => {
        const made = new CSSStyleSheet();
        made.replaceSync(STYLE);
        return made;
      }, null);
    }
    if (sheet && H.safe(() => { rec.root.adoptedStyleSheets = [sheet]; return true; }, false)) {
      rec.styled = true;
      return;
    }
    // No constructed stylesheets here: a <style> of the card's own, inserted once.
    const style = document.createElement("style");
    style.textContent = STYLE;
    rec.root.prepend(style);
    rec.styled = style;
  }

  // What a collapsed card shows, as a short string: each bar section says what its output
  // depends on (its key), so a card whose bar would come out the same is left alone.
  function signature(rec) {
    const i = rec.item;
    const parts = [rec.ui.expanded, i.author_name, i.rating, rec.result ? H.liveSla(rec) : "-"];
    for (const s of sections) {
      if (s.slot !== "bar") continue;
      if (!s.key) return null;
      parts.push(H.safe(() => s.key(rec), null));
    }
    return JSON.stringify(parts);
  }

  // Re-rendering must never take focus away from the agent: while they are typing in a field
  // of this card the render waits, and a focused button gets its focus back afterwards.
  // An open card is always redrawn (few are open); a closed one only when its bar changed.
  // The bar is drawn again when what it shows changed; the open card's body (its frame) is
  // made once when the card opens and kept, so the frame never reloads under the agent.
  function renderCard(rec) {
    if (!rec.root) return;
    // A card far from the viewport is left empty (no style, layout or paint for it) until it
    // comes near; an open card is always drawn.
    if (!rec.near && !rec.ui.expanded) return;
    const active = rec.root.activeElement;
    if (active && active.matches("input, textarea")) {
      deferred.add(rec);
      return;
    }
    deferred.delete(rec);
    queued.delete(rec);
    adoptStyle(rec);
    if (!rec.card || rec.card.parentNode !== rec.root) {
      rec.card = H.h("div", { role: "group", "aria-label": H.t("card_label", rec.item.author_name || "") });
      rec.root.append(rec.card);
      rec.shown = null;
    }
    const sig = signature(rec);
    if (sig === null || sig !== rec.shown) {
      rec.shown = sig;
      const focusKey = active && active.dataset ? active.dataset.focus : null;
      const bar = buildBar(rec);
      if (rec.bar && rec.bar.parentNode === rec.card) rec.card.replaceChild(bar, rec.bar);
      else rec.card.prepend(bar);
      rec.bar = bar;
      rec.card.className = `card${slaClass(rec)}`;
      if (focusKey) {
        const again = rec.root.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`);
        if (again) again.focus({ preventScroll: true });
      }
    }
    if (rec.ui.expanded && !rec.body) {
      rec.body = buildBody(rec);
      rec.card.append(rec.body);
      holdSize(rec);
    } else if (!rec.ui.expanded && rec.body) {
      rec.body.remove();
      rec.body = null;
      holdSize(rec);
      H.emit("card-closed", rec);
    }
    H.emit("card-rendered", rec);
  }

  // Many updates at once (an observe answer for 200 items) become render passes of a few
  // milliseconds each, with the page free to run between them.
  function renderSlice() {
    const end = performance.now() + H.SLICE_MS;
    for (const rec of queued) {
      queued.delete(rec);
      H.safe(() => renderCard(rec));
      if (performance.now() >= end) break;
    }
    if (queued.size) H.nextTask(renderSlice);
    else scheduled = false;
  }

  function refresh(rec) {
    queued.add(rec);
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => H.safe(renderSlice));
  }

  function focusCardField(rec, key) {
    const el = rec.root && rec.root.querySelector(`[data-focus="${CSS.escape(key)}"]`);
    if (el) el.focus({ preventScroll: false });
  }

  function tick() {
    if (document.visibilityState !== "visible") return;
    // Only running clocks change with time.
    for (const rec of H.records.values()) {
      if (rec.result && rec.host && rec.host.isConnected && H.liveSla(rec) !== "answered") refresh(rec);
    }
  }

  function onFocusOut(event) {
    const rec = H.recordOfHost(event.currentTarget);
    // Leaving a field: render what waited for it.
    if (rec && deferred.has(rec)) refresh(rec);
  }

  // Esc closes an open card (the frame sends its own Esc through the background).
  function onKeyDown(event, rec) {
    if (event.key !== "Escape" || !rec.ui.expanded) return;
    event.stopPropagation();
    closeCard(rec);
  }

  // Cards are drawn while their item is near the viewport (the loader's distance, at which it
  // mounts them). The browser reports it (IntersectionObserver) off the main thread's critical
  // path: no layout reads here.
  let nearby = null;
  const hostRecord = new WeakMap();
  function watchNear(rec) {
    hostRecord.set(rec.host, rec);
    if (!nearby) {
      nearby = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          const near = hostRecord.get(entry.target);
          if (!near) continue;
          near.near = entry.isIntersecting;
          if (near.near) refresh(near);
        }
      }, { rootMargin: H.NEAR });
    }
    nearby.observe(rec.host);
  }

  // A collapsed card is one bar of a known height, given to its host in the task that mounts
  // it, before the page lays the host out: the page below moves once, however late the bar is
  // drawn or filled. Each change of a card's height moves everything below it, and the browser
  // then revisits the whole rest of the page (on the 200-review page a full pre-paint walk of
  // 35,000 objects, tens of ms). Set on the host itself: the page's own rules cannot size it
  // from outside, and the shadow root's :host rules would only apply once the style is adopted.
  // An open card takes the height its body needs.
  const BAR_HEIGHT = "28px"; // .bar's min-height and the card's top and bottom border
  function holdSize(rec) {
    const style = rec.host && rec.host.style;
    if (!style) return;
    style.setProperty("display", "block", "important");
    style.setProperty("margin", "4px 0", "important");
    style.setProperty("height", rec.ui.expanded ? "auto" : BAR_HEIGHT, "important");
    // Strict while collapsed: nothing inside (a clock, the backend's answer) can size it.
    style.setProperty("contain", rec.ui.expanded ? "content" : "strict", "important");
  }

  function init(signal) {
    signal.addEventListener("abort", () => nearby && nearby.disconnect());
    H.on("record-remounted", (rec) => H.safe(() => {
      holdSize(rec);
      watchNear(rec);
    }));
    H.on("records-added", (recs) => {
      for (const rec of recs) {
        H.safe(() => holdSize(rec));
        H.safe(() => watchNear(rec));
        rec.host.addEventListener("focusout", (e) => H.safe(() => onFocusOut(e)), { signal });
        rec.host.addEventListener("keydown", (e) => H.safe(() => onKeyDown(e, rec)), { signal });
      }
      // The bar is drawn in the same task as its host is mounted: the page below moves once, in
      // one frame. Inserting an empty host and sizing it later moved a long page twice, and each
      // move repaints everything below it (on the 200-review page about 80-200 ms of the page's
      // main thread). The backend's answer then changes only what is inside the bar, whose
      // height stays the same.
      for (const rec of recs) refresh(rec);
    });
    H.on("record-updated", (rec) => refresh(rec));
    H.on("card-close", (rec) => closeCard(rec));
    const timer = setInterval(() => H.safe(tick), TICK_MS);
    signal.addEventListener("abort", () => clearInterval(timer));
  }

  // Started with the features, once an adapter matched: no clock runs on other pages.
  H.features.add({ name: "card", init });

  Object.assign(H, {
    cardSection,
    closeCard,
    renderCard,
    refresh,
  });
})();
