// What the adapters read, cleaned to the backend's ObservedItem shape, and the records the
// content script keeps per item (one record = one card).
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const KINDS = ["review", "comment", "reply", "recommendation"];
  const PLATFORMS = ["facebook", "yelp", "tripadvisor"];

  function text(value, max) {
    return typeof value === "string" && value.trim() ? value.trim().slice(0, max) : null;
  }

  function link(value) {
    if (typeof value !== "string" || value.length > 2000) return null;
    try {
      const url = new URL(value, location.href);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href.slice(0, 2000) : null;
    } catch {
      return null;
    }
  }

  function cleanItem(raw) {
    if (!raw || typeof raw !== "object" || !PLATFORMS.includes(raw.platform)) return null;
    const id = text(raw.external_id, 300);
    if (!id) return null;
    const rating = typeof raw.rating === "number" && raw.rating >= 0.5 && raw.rating <= 5 ? raw.rating : null;
    return {
      platform: raw.platform,
      external_id: id,
      kind: KINDS.includes(raw.kind) ? raw.kind : "review",
      url: link(raw.url),
      author_name: text(raw.author_name, 500),
      author_id: text(raw.author_id, 500),
      author_url: link(raw.author_url),
      rating,
      recommends: typeof raw.recommends === "boolean" ? raw.recommends : null,
      text: typeof raw.text === "string" ? raw.text.trim().slice(0, 20000) : "",
      posted_text: text(raw.posted_text, 500),
      owner_replied: raw.owner_replied === true,
      owner_reply_text: text(raw.owner_reply_text, 20000),
    };
  }

  const keyOf = (item) => `${item.platform}:${item.external_id}`;

  // key -> {key, item, el, host, root, result, backend, ui, once}
  const records = new Map();

  function newRecord(item, el) {
    return {
      key: keyOf(item),
      item,
      el,
      host: null,
      root: null,
      result: null, // the backend's ObservedResult once known
      backend: "loading", // "ok" | "loading" | an error code from the background
      receivedAt: 0, // Date.now() when result arrived, to keep the waiting timer running
      ui: { expanded: false, promiseForm: null, notice: null, tone: [] },
      once: new Set(), // interactions logged once per page view
    };
  }

  const ticketRef = (rec) => ({ platform: rec.item.platform, external_id: rec.item.external_id });

  function recordsOfCustomer(customerId) {
    if (customerId === null || customerId === undefined) return [];
    return [...records.values()].filter((r) => r.result && r.result.customer_id === customerId);
  }

  function recordOfHost(node) {
    for (const rec of records.values()) if (rec.host === node) return rec;
    return null;
  }

  Object.assign(H, {
    cleanItem,
    keyOf,
    records,
    newRecord,
    ticketRef,
    recordsOfCustomer,
    recordOfHost,
  });
})();
