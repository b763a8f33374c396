// The open card's body: an extension page (card/card.html) in a frame. What the card shows from
// our records (history, notes, promises, drafts) is drawn there, in another origin, where the
// page's scripts can neither find it (window.find) nor select and read it (Selection.modify) —
// they can do both in a closed shadow root. The bar above stays in the page and shows only what
// the page itself shows (name, platform, rating) and the ticket's state.
//
// The frame knows its card by a random token in its address and talks to the background worker
// only (background/frames.js); the worker asks us, here in the top frame, for the record behind
// the token and relays what the frame wants done on the page. Only the worker reaches this
// listener: a message with sender.tab came from a content script or a page, never from it.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const FRAME_PATH = "card/card.html";
  const FIRST_HEIGHT = 160; // until the frame says how tall it is
  const byToken = new Map(); // token -> record
  const frames = new WeakMap(); // record -> {token, el}

  function frameOf(rec) {
    let frame = frames.get(rec);
    if (frame) return frame;
    listenNow(); // the frame asks for its record as soon as it loads
    const token = crypto.randomUUID();
    const el = document.createElement("iframe");
    el.className = "frame";
    el.title = H.t("card_frame_title", rec.item.author_name || "");
    el.style.height = `${FIRST_HEIGHT}px`;
    el.src = `${chrome.runtime.getURL(FRAME_PATH)}#${token}`;
    frame = { token, el };
    frames.set(rec, frame);
    byToken.set(token, rec);
    return frame;
  }

  // The frame element for an open card; the same element across re-renders, so it never reloads.
  const cardFrame = (rec) => frameOf(rec).el;

  // Called when the card closes: the frame goes, and its token stops naming anything.
  function dropFrame(rec) {
    const frame = frames.get(rec);
    if (!frame) return;
    frames.delete(rec);
    byToken.delete(frame.token);
    frame.el.remove();
  }

  // Tells an open card's frame to ask for its record again.
  function pushFrame(rec) {
    const frame = frames.get(rec);
    if (frame && rec.ui.expanded) H.post("frame_push", { token: frame.token });
  }

  // Everything the frame draws, as plain data. Page text (names, the review) stays data there too.
  function state(rec) {
    return {
      lang: H.uiLang,
      item: {
        platform: rec.item.platform,
        kind: rec.item.kind,
        author_name: rec.item.author_name,
        rating: rec.item.rating,
        text: rec.item.text,
      },
      backend: rec.backend,
      result: rec.result,
      suggestions: H.suggestionsOf(rec),
      suggestions_pending: Boolean(rec.result && rec.result.suggestions_pending),
      model_pending: Boolean(rec.result && rec.result.model_pending),
      promise_form: rec.ui.promiseForm,
      notice: rec.ui.notice,
      local_promises: rec.localPromises || [],
    };
  }

  // Until the backend lists it, a promise made while it was away is shown from here, on every
  // card of the customer.
  function keepPending(rec, promise) {
    const pending = { ...promise, id: null, status: "open", overdue: false, pending: true };
    const customer = rec.result && rec.result.customer_id;
    const cards = customer ? [...H.records.values()].filter((r) => r.result && r.result.customer_id === customer) : [rec];
    for (const r of cards.includes(rec) ? cards : [rec, ...cards]) {
      r.localPromises = [...(r.localPromises || []).filter((p) => p.client_id !== pending.client_id), pending];
    }
  }

  async function onPage(rec, message) {
    switch (message.op) {
      case "insert":
        return { inserted: Boolean(await H.insertSuggestion(rec, Number(message.index) || 0)) };
      case "close":
        H.emit("card-close", rec); // the card frame (content/card.js) closes it
        return { closed: true };
      case "resize": {
        const frame = frames.get(rec);
        if (frame) frame.el.style.height = `${Math.max(40, Math.min(5000, Number(message.height) || 0))}px`;
        return { resized: true };
      }
      case "promise":
        // Opened here, not in the frame, so the form starts from what the agent selected on the
        // page (or their draft): the frame cannot see either.
        H.openPromiseForm(rec, true);
        return { opened: true };
      case "refresh":
        rec.ui.promiseForm = null;
        if (message.promise) keepPending(rec, message.promise);
        await H.observeAgain([rec]);
        return { refreshed: true };
      default:
        return null;
    }
  }

  function listen(signal) {
    const listener = (message, sender, sendResponse) => {
      if (sender.id !== chrome.runtime.id || sender.tab || !message || typeof message.token !== "string") return false;
      const rec = byToken.get(message.token);
      if (message.type === "frame_state") {
        // Drafts observe left for later: once they arrive the card is drawn again, which tells the frame.
        if (rec && rec.result && rec.result.suggestions_pending) void H.loadSuggestions(rec).catch((err) => H.debug(err));
        if (rec && rec.result && rec.result.model_pending) H.waitForModel(rec);
        sendResponse(rec ? state(rec) : null);
        return false;
      }
      if (message.type === "frame_page") {
        if (!rec) {
          sendResponse(null);
          return false;
        }
        onPage(rec, message).then(sendResponse, (err) => {
          H.debug(err);
          sendResponse(null);
        });
        return true;
      }
      return false;
    };
    H.safe(() => chrome.runtime.onMessage.addListener(listener));
    signal.addEventListener("abort", () => H.safe(() => chrome.runtime.onMessage.removeListener(listener)));
  }

  // Nothing asks before a card is opened: the listener is added once the page is idle, or when
  // the first frame is made, whichever comes first.
  let lifetime = null;
  let listening = false;
  function listenNow() {
    if (listening || !lifetime) return;
    listening = true;
    listen(lifetime);
  }

  function init(signal) {
    lifetime = signal;
    H.whenIdle(listenNow);
    // The body of an open card is this frame; when the card closes the frame goes with it.
    H.cardSection({ name: "frame", slot: "body", order: 0, render: cardFrame });
    H.on("card-closed", dropFrame);
    H.on("card-rendered", pushFrame);
  }

  // Started with the features, once an adapter matched the page.
  H.features.add({ name: "frame", init });

  Object.assign(H, {
    pushFrame,
  });
})();
