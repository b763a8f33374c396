// The card frame beside each item: a compact bar (always shown) and a body the agent opens.
// The sections in features/ fill it through cardSection(); this file owns the shadow root,
// the stylesheet, re-rendering, and keeping focus where the agent left it.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const TICK_MS = 30000;
  // A card says "Loading" only when the backend's answer is slow: a quick answer is drawn
  // straight away, so the card is drawn once instead of twice.
  const LOADING_AFTER_MS = 300;
  const sections = [];
  const queued = new Set(); // cards waiting for the next render pass
  const deferred = new Set(); // cards whose render waits for the agent to leave a field
  let scheduled = false;
  let sheet; // one constructed stylesheet shared by every card's shadow root

  const STYLE = `
:host { all: initial; display: block; margin: 4px 0; contain: content; }
* { box-sizing: border-box; }
.card { font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa;
  border: 1px solid #d0d7de; border-left: 4px solid #8c959f; border-radius: 6px; padding: 4px 8px; max-width: 640px; }
.card.sla-ok { border-left-color: #1a7f37; }
.card.sla-warn { border-left-color: #bf8700; }
.card.sla-breach { border-left-color: #cf222e; }
.card.sla-answered { border-left-color: #8c959f; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 10px; }
.body { margin-top: 6px; display: grid; gap: 8px; }
button, select, input, textarea { font: inherit; color: inherit; }
button { cursor: pointer; border: 1px solid #d0d7de; background: #fff; border-radius: 4px; padding: 1px 6px; }
button:hover { background: #eef1f4; }
button:focus-visible, select:focus-visible, input:focus-visible, textarea:focus-visible { outline: 2px solid #0969da; outline-offset: 1px; }
button:disabled { opacity: .55; cursor: default; }
.toggle { font-weight: 600; border: none; background: none; padding: 0 2px; }
.badge { border-radius: 10px; padding: 0 6px; background: #eaeef2; }
.ok { color: #1a7f37; } .warn { color: #7d4e00; background: #fff8c5; border-radius: 3px; padding: 0 3px; }
.breach { color: #a40e26; background: #ffebe9; border-radius: 3px; padding: 0 3px; font-weight: 600; }
.answered { color: #57606a; }
.again { color: #8250df; font-weight: 600; }
.collision { color: #a40e26; font-weight: 600; }
.notice { color: #57606a; font-style: italic; }
.problem { color: #a40e26; }
h3 { font-size: 11px; margin: 0 0 2px; text-transform: uppercase; letter-spacing: .03em; color: #57606a; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 3px; }
li { display: flex; flex-wrap: wrap; gap: 6px; align-items: baseline; }
li.overdue { background: #ffebe9; border-radius: 3px; padding: 0 3px; }
.muted { color: #57606a; }
.suggestion { display: grid; gap: 2px; background: #fff; border: 1px solid #d0d7de; border-radius: 4px; padding: 4px 6px; }
.suggestion p { margin: 0; white-space: pre-wrap; }
.row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
textarea { width: 100%; min-height: 48px; resize: vertical; }
.tone { color: #7d4e00; background: #fff8c5; border-radius: 3px; padding: 0 4px; }
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
    rec.ui.expanded = !rec.ui.expanded;
    if (rec.ui.expanded) {
      H.emit("card-opened", rec);
      // Logged after the sections reacted to the opening (they may ask the backend for drafts).
      H.safe(() => H.log(rec, "card_opened"));
    }
    renderCard(rec);
  }

  function build(rec) {
    const { h, t } = H;
    const bar = h("div", { class: "bar" },
      h("button", {
        class: "toggle",
        "aria-expanded": String(rec.ui.expanded),
        title: t(rec.ui.expanded ? "card_collapse" : "card_expand"),
        dataset: { focus: "toggle" },
        onclick: () => toggle(rec),
      }, `${rec.ui.expanded ? "▾" : "▸"} Hugdesk`),
      sections.filter((s) => s.slot === "bar").map((s) => renderSection(s, rec)));
    const card = h("div", { class: `card${slaClass(rec)}`, role: "group", "aria-label": t("card_label", rec.item.author_name || "") }, bar);
    if (rec.ui.expanded) {
      card.append(h("div", { class: "body" }, sections.filter((s) => s.slot === "body").map((s) => renderSection(s, rec))));
    }
    return card;
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
    const parts = [rec.ui.expanded ? "open" : "closed", rec.item.author_name, rec.result ? H.liveSla(rec) : "-"];
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
  function renderCard(rec) {
    if (!rec.root) return;
    const active = rec.root.activeElement;
    if (active && active.matches("input, textarea")) {
      deferred.add(rec);
      return;
    }
    deferred.delete(rec);
    queued.delete(rec);
    const sig = rec.ui.expanded ? null : signature(rec);
    if (sig !== null && sig === rec.shown) return;
    rec.shown = sig;
    const focusKey = active && active.dataset ? active.dataset.focus : null;
    adoptStyle(rec);
    const card = build(rec);
    if (rec.card && rec.card.parentNode === rec.root) rec.root.replaceChild(card, rec.card);
    else rec.root.append(card);
    rec.card = card;
    if (focusKey) {
      const again = rec.root.querySelector(`[data-focus="${CSS.escape(focusKey)}"]`);
      if (again) again.focus({ preventScroll: true });
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

  function init(signal) {
    H.on("records-added", (recs) => {
      for (const rec of recs) {
        rec.host.addEventListener("focusout", (e) => H.safe(() => onFocusOut(e)), { signal });
      }
      setTimeout(() => H.safe(() => {
        for (const rec of recs) if (!rec.card) refresh(rec);
      }), LOADING_AFTER_MS);
    });
    H.on("record-updated", (rec) => refresh(rec));
    const timer = setInterval(() => H.safe(tick), TICK_MS);
    signal.addEventListener("abort", () => clearInterval(timer));
  }

  // Started with the features, once an adapter matched: no clock runs on other pages.
  H.features.add({ name: "card", init });

  Object.assign(H, {
    cardSection,
    renderCard,
    refresh,
    focusCardField,
  });
})();
