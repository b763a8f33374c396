// What must reach the backend waits here, in chrome.storage.local, until it has.
//
// Each entry is one request: {id, method, path, body, label, created_at, attempts, last_error}.
// Interactions and promises carry a client-made id in their body, and the backend answers a
// repeated id with the stored record, so a retry after a lost answer never records twice.
// PATCHes set a value (idempotent) and observes are upserts, so they may be repeated too.
//
// Delivery is strictly in order: an observe queued while the backend was down creates the
// tickets that later interactions refer to by ticket_ref.
//
// What happens on an error answer:
//   network error, timeout, 5xx, 401, 403, 408, 429, no token -> keep the entry, stop this round
//     (the backend or its settings must be fixed first; everything behind waits in order)
//   other 4xx (400, 404, 409, 413, 422)                      -> the request itself can never succeed
//     as it is; it moves to the "rejected" list with the answer, so nothing blocks the queue and
//     nothing is lost: the popup shows the count and can put them back in the queue.
//   a server error (5xx) or a timeout that repeats for the same entry -> after MAX_FAILURES
//     attempts that entry moves aside too: one request the backend cannot digest (a page date it
//     chokes on) must never hold back a phone call queued behind it.

import { call, RETRYABLE } from "./api.js";

const QUEUE = "outbox";
const REJECTED = "outboxRejected";
const OBSERVE_BATCH = 200;
// Observes are the only entries that may be dropped (the next page view re-sends them), and
// only when the queue grows this long; interactions and promises are never dropped.
const MAX_OBSERVE_ENTRIES = 50;
// Errors that may be this entry's own fault rather than the backend being away.
const ENTRY_FAILURES = new Set(["server", "timeout"]);
const MAX_FAILURES = 3;

let storageChain = Promise.resolve();
// All reads-modify-writes of the queue go through this chain so two handlers never race.
function withQueue(fn) {
  const run = storageChain.then(async () => {
    const stored = await chrome.storage.local.get([QUEUE, REJECTED]);
    const state = { queue: stored[QUEUE] || [], rejected: stored[REJECTED] || [] };
    const result = await fn(state);
    await chrome.storage.local.set({ [QUEUE]: state.queue, [REJECTED]: state.rejected });
    return result;
  });
  storageChain = run.catch(() => {});
  return run;
}

export function newId() {
  return crypto.randomUUID();
}

export function enqueue(entry) {
  const full = { attempts: 0, last_error: null, created_at: new Date().toISOString(), ...entry };
  return withQueue(({ queue }) => {
    queue.push(full);
    return full.id;
  });
}

// Items of a pending observe join the earliest queued observe of the same page that has
// room (replacing an older copy of the same item), so tickets are still created before
// anything queued after them refers to them.
export function enqueueObserve(pageUrl, items) {
  return withQueue(({ queue }) => {
    const key = (it) => `${it.platform}:${it.external_id}`;
    // The entry being sent right now must not change under the request.
    const observes = queue.filter((e) => e.label === "observe" && e.body.page_url === pageUrl && e.id !== sendingId);
    for (const item of items) {
      const k = key(item);
      const holder = observes.find((e) => e.body.items.some((it) => key(it) === k));
      if (holder) {
        holder.body.items = holder.body.items.map((it) => (key(it) === k ? item : it));
        continue;
      }
      let target = observes.find((e) => e.body.items.length < OBSERVE_BATCH);
      if (!target) {
        target = { id: newId(), method: "POST", path: "/observe", label: "observe", body: { page_url: pageUrl, items: [] },
                   attempts: 0, last_error: null, created_at: new Date().toISOString() };
        queue.push(target);
        observes.push(target);
      }
      target.body.items.push(item);
    }
    const all = queue.filter((e) => e.label === "observe");
    for (const old of all.slice(0, Math.max(0, all.length - MAX_OBSERVE_ENTRIES))) queue.splice(queue.indexOf(old), 1);
  });
}

// What the extension logs by itself (pages seen, cards opened, drafts shown, typing) waits in the
// outbox too, but the agent counts only what they did: replies, promises, calls, status changes.
const AUTOMATIC = new Set(["observe", "card_opened", "suggestion_shown", "typing", "seen"]);

export async function counts() {
  const stored = await chrome.storage.local.get([QUEUE, REJECTED]);
  const queue = stored[QUEUE] || [];
  const rejected = stored[REJECTED] || [];
  return {
    pending: queue.length,
    actions: queue.filter((e) => !AUTOMATIC.has(e.label)).length,
    rejected: rejected.length,
    last_error: queue.length ? queue[0].last_error : null,
    // The newest set-aside entries, for the popup: what it was and what the backend said.
    rejected_items: rejected.slice(-20).reverse().map((r) => ({
      label: r.entry.label, status: r.status, detail: String(r.detail || "").slice(0, 300), at: r.at,
    })),
  };
}

export function requeueRejected() {
  return withQueue((state) => {
    const back = state.rejected.map((r) => ({ ...r.entry, attempts: 0, last_error: null }));
    state.queue.push(...back);
    state.rejected = [];
    return back.length;
  });
}

const delivered = new Map(); // entry id -> backend answer, for handlers waiting on their own entry

export function deliveredAnswer(id) {
  const answer = delivered.get(id);
  delivered.delete(id);
  return answer;
}

let flushing = null;
let sendingId = null;

// One flush at a time; callers arriving meanwhile share it, and one more round runs after it
// so an entry queued during a flush is not left waiting for the next alarm.
export function flush() {
  if (flushing) {
    flushing.again = true;
    return flushing.promise;
  }
  const state = { again: false, promise: null };
  state.promise = (async () => {
    let result;
    do {
      state.again = false;
      result = await flushOnce();
    } while (state.again && result.stopped === null);
    return result;
  })().finally(() => {
    flushing = null;
  });
  flushing = state;
  return state.promise;
}

async function flushOnce() {
  let sent = 0;
  for (;;) {
    const head = await withQueue(({ queue }) => queue[0] || null);
    if (!head) return { sent, stopped: null };
    sendingId = head.id;
    const res = await call(head.method, head.path, head.body).finally(() => {
      sendingId = null;
    });
    if (res.ok) {
      await withQueue(({ queue }) => {
        const i = queue.findIndex((e) => e.id === head.id);
        if (i >= 0) queue.splice(i, 1);
      });
      if (delivered.size > 500) delivered.clear();
      delivered.set(head.id, res.data);
      sent += 1;
      continue;
    }
    const code = res.error.code;
    if (RETRYABLE.has(code)) {
      const attempts = await withQueue(({ queue }) => {
        const entry = queue.find((e) => e.id === head.id);
        if (!entry) return 0;
        entry.attempts += 1;
        entry.last_error = code;
        return ENTRY_FAILURES.has(code) ? entry.attempts : 0;
      });
      if (attempts < MAX_FAILURES) return { sent, stopped: code };
    }
    await withQueue((state) => {
      const i = state.queue.findIndex((e) => e.id === head.id);
      if (i >= 0) state.queue.splice(i, 1);
      state.rejected.push({ entry: head, status: res.status ?? null, detail: res.error.detail || code, at: new Date().toISOString() });
    });
  }
}
