// One table of message handlers: who may send each message, the shape it must have, and
// what it does. Messages are {type, body}; answers are {ok: true, data} or
// {ok: false, error: {code, status?, detail?}}, both with the backend's last known state.

import { backendState, call, health, RETRYABLE } from "./api.js";
import { counts, deliveredAnswer, enqueue, enqueueObserve, flush, newId, requeueRejected } from "./outbox.js";
import { setOverdue } from "./badge.js";
import { FRAME_HANDLERS } from "./frames.js";
import { PEOPLE_HANDLERS } from "./people.js";
import { checkReminders, openReminder } from "./reminders.js";
import { senderKind } from "./senders.js";
import { ownItems, rememberAnswer, rememberItems, rememberPromise } from "./tabs.js";
import { getSettings, normaliseApiBase, saveSettings } from "./settings.js";
import { reportUnreadable, unreadableList } from "./unreadable.js";
import {
  Invalid, arr, customerRef, int, isoTime, nullable, num, obj, observedItem, oneOf, optional, platform, str, ticketRef,
} from "./validate.js";

// Kinds a content script may log itself. "seen" is logged by the backend on observe; promise
// and status outcomes by the backend when they are changed; calls and e-mails come from the popup.
const CARD_KINDS = ["card_opened", "suggestion_shown", "suggestion_inserted", "reply_posted", "typing", "note"];
const OBSERVE_CHUNK = 200;
const WAIT_FOR_DELIVERY_MS = 3000;

const payload = () => (x, path) => {
  if (x === null || typeof x !== "object" || Array.isArray(x)) throw new Invalid(`${path}: expected an object`);
  const entries = Object.entries(x);
  if (entries.length > 20) throw new Invalid(`${path}: at most 20 keys`);
  const out = {};
  for (const [k, v] of entries) {
    if (!/^[a-z_]{1,40}$/.test(k)) throw new Invalid(`${path}: bad key`);
    if (v === null || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))) out[k] = v;
    else if (typeof v === "string" && v.length <= 2000) out[k] = v;
    else throw new Invalid(`${path}.${k}: expected a short scalar`);
  }
  return out;
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function withoutNulls(body) {
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== null && v !== undefined));
}

// Queue one request, try to deliver the queue, and say whether this entry got through.
async function queueAndTry(entry) {
  await enqueue(entry);
  await Promise.race([flush(), sleep(WAIT_FOR_DELIVERY_MS)]);
  const answer = deliveredAnswer(entry.id);
  return answer === undefined ? { delivered: false, answer: null } : { delivered: true, answer };
}

async function observe({ items }, sender) {
  const pageUrl = String(sender.url).slice(0, 2000);
  await rememberItems(sender, items);
  // After an outage, deliver what waited first (briefly), so the cards show it.
  if ((await counts()).pending) await Promise.race([flush(), sleep(2000)]);
  const out = { now: null, target_minutes: null, items: [] };
  for (let i = 0; i < items.length; i += OBSERVE_CHUNK) {
    const res = await call("POST", "/observe", { page_url: pageUrl, items: items.slice(i, i + OBSERVE_CHUNK) });
    if (!res.ok) {
      // Keep what the backend did not get: interactions queued later refer to these tickets.
      if (RETRYABLE.has(res.error.code)) await enqueueObserve(pageUrl, items.slice(i));
      return { ok: false, error: res.error, data: out };
    }
    out.now = res.data.now;
    out.target_minutes = res.data.target_minutes;
    out.items.push(...res.data.items);
    await rememberAnswer(sender, res.data.items);
  }
  void flush();
  return { ok: true, data: out };
}

async function interaction(body) {
  const id = newId();
  const at = body.at || new Date().toISOString();
  const result = await queueAndTry({
    id, method: "POST", path: "/interactions", label: body.kind, body: withoutNulls({ ...body, id, at }),
  });
  return { ok: true, data: { id, delivered: result.delivered } };
}

async function createPromise(body, sender) {
  const id = newId();
  const result = await queueAndTry({ id, method: "POST", path: "/promises", label: "promise", body: withoutNulls({ ...body, id }) });
  if (result.delivered) {
    if (sender && sender.tab) await rememberPromise(sender, result.answer); // content script or card frame
    return { ok: true, data: { promise: result.answer, delivered: true } };
  }
  const pending = {
    id: null, client_id: id, ticket_id: body.ticket_id ?? null, customer_id: body.customer_id ?? null, text: body.text,
    due_at: body.due_at, status: "open", overdue: false, pending: true,
  };
  return { ok: true, data: { promise: pending, delivered: false } };
}

async function updatePromise({ promise_id, status, due_at, text }) {
  const change = withoutNulls({ status, due_at, text });
  const result = await queueAndTry({
    id: newId(), method: "PATCH", path: `/promises/${promise_id}`, label: status ? `promise_${status}` : "promise_edited", body: change,
  });
  return { ok: true, data: { promise: result.answer, delivered: result.delivered } };
}

async function ticketStatus({ ticket_id, status }) {
  const result = await queueAndTry({
    id: newId(), method: "PATCH", path: `/tickets/${ticket_id}`, label: "status_changed", body: { status },
  });
  return { ok: true, data: { ticket: result.answer, delivered: result.delivered } };
}

async function tone(body) {
  const res = await call("POST", "/tone", withoutNulls(body), { timeoutMs: 4000 });
  if (res.ok) {
    void flush();
    return { ok: true, data: { warnings: res.data?.warnings || [], promise: res.data?.promise || null } };
  }
  // A backend without the tone guard yet: no warnings rather than an error on every keystroke.
  if (res.error.code === "not_found") return { ok: true, data: { warnings: [], promise: null } };
  return res;
}

async function suggest({ ticket_id }) {
  const res = await call("POST", "/suggestions", { ticket_id }, { timeoutMs: 8000 });
  if (!res.ok) return res;
  return {
    ok: true,
    data: {
      suggestions: Array.isArray(res.data?.suggestions) ? res.data.suggestions : [],
      model_pending: res.data?.model_pending === true,
    },
  };
}

async function settingsGet() {
  const { apiBase, token } = await getSettings();
  return { ok: true, data: { apiBase, has_token: Boolean(token) } };
}

async function settingsSet({ apiBase, token }) {
  const base = normaliseApiBase(apiBase);
  if (!base) return { ok: false, error: { code: "invalid", detail: "apiBase" } };
  await saveSettings({ apiBase: base, token });
  void flush();
  return settingsGet();
}

async function testConnection({ apiBase, token }) {
  const stored = await getSettings();
  const settings = {
    apiBase: apiBase === undefined ? stored.apiBase : normaliseApiBase(apiBase),
    token: token ? token.trim() : stored.token,
  };
  if (!settings.apiBase) return { ok: false, error: { code: "invalid", detail: "apiBase" } };
  const up = await health(settings);
  if (!up.ok) return up;
  const me = await call("GET", "/me", undefined, { settings });
  if (!me.ok) return me;
  return { ok: true, data: { version: up.data.version, agent: me.data.agent } };
}

async function me() {
  const res = await call("GET", "/me");
  if (res.ok) void flush();
  return res;
}

const QUEUE_PAGE = 20;

// The popup's queue: unanswered items in the order they are due (overdue first, then due soon,
// then undated, then backlog), a page at a time with the totals, and promises due before the
// popup's end of the week. The toolbar badge is brought up to date on the way.
async function dashboard({ due_before, offset }) {
  const parts = [
    call("GET", `/tickets?order=due&limit=${QUEUE_PAGE}&offset=${offset}`),
    call("GET", `/promises?status=open&due_before=${encodeURIComponent(due_before)}`),
  ];
  const [queue, promises] = await Promise.all(parts);
  const failed = [queue, promises].find((r) => !r.ok);
  if (failed) return failed;
  void flush();
  void refreshOverdue().catch(() => {});
  const c = queue.data.counts || {};
  const unanswered = (c.tracked || 0) + (c.unknown || 0) + (c.backlog || 0);
  return {
    ok: true,
    data: {
      tickets: queue.data.items.filter((t) => t.sla !== "answered"),
      counts: c,
      unanswered,
      offset,
      page: QUEUE_PAGE,
      promises: promises.data.items,
      outbox: await counts(),
    },
  };
}

// The badge's overdue count: replies past their due time (red comes first in the queue, so the
// first page holds them unless there are more than a page) and promises past their date.
const OVERDUE_SCAN = 200;
export async function refreshOverdue() {
  const now = new Date().toISOString();
  const [queue, promises] = await Promise.all([
    call("GET", `/tickets?order=due&limit=${OVERDUE_SCAN}`),
    call("GET", `/promises?status=open&due_before=${encodeURIComponent(now)}`),
  ]);
  if (queue.ok) await setOverdue("replies", queue.data.items.filter((t) => t.sla === "breach").length);
  if (promises.ok) await setOverdue("promises", promises.data.items.length);
}

async function logContact({ kind, customer, text }) {
  const named = Object.values(customer).some((v) => typeof v === "string" && v.trim());
  if (!named) return { ok: false, error: { code: "invalid", detail: "customer" } };
  const clean = Object.fromEntries(Object.entries(customer).map(([k, v]) => [k, v && v.trim() ? v.trim() : null]));
  const id = newId();
  const result = await queueAndTry({
    id, method: "POST", path: "/interactions", label: kind,
    body: { id, kind, customer: clean, text, at: new Date().toISOString() },
  });
  return { ok: true, data: { id, delivered: result.delivered } };
}

// A call or e-mail logged from an open card belongs to that card's customer: no second record.
async function customerContact({ kind, customer_id, ticket_id, text }) {
  const id = newId();
  const channel = kind === "phone_call" ? "phone" : "email";
  const result = await queueAndTry({
    id, method: "POST", path: "/interactions", label: kind,
    body: withoutNulls({ id, kind, customer_id, ticket_id, channel, text, at: new Date().toISOString() }),
  });
  return { ok: true, data: { id, delivered: result.delivered } };
}

async function outboxStatus() {
  return { ok: true, data: await counts() };
}

async function outboxRetry() {
  const moved = await requeueRejected();
  await Promise.race([flush(), sleep(WAIT_FOR_DELIVERY_MS)]);
  return { ok: true, data: { moved, ...(await counts()) } };
}

const empty = () => obj({});

export const HANDLERS = {
  observe: {
    from: ["content"],
    shape: obj({ items: arr(observedItem(), { max: 1000 }) }),
    run: observe,
  },
  interaction: {
    from: ["content"],
    shape: obj({
      kind: oneOf(...CARD_KINDS),
      ticket_ref: ticketRef(),
      ticket_id: nullable(int()),
      customer_id: nullable(int()),
      text: nullable(str({ max: 20000 })),
      payload: nullable(payload()),
      at: nullable(isoTime()),
    }),
    run: interaction,
  },
  promise_create: {
    from: ["content", "frame"],
    shape: obj({
      ticket_ref: ticketRef(),
      ticket_id: nullable(int()),
      customer_id: nullable(int()),
      text: str({ min: 1, max: 2000 }),
      due_at: isoTime(),
    }),
    run: createPromise,
  },
  promise_update: {
    from: ["content", "page", "frame"],
    shape: obj({
      promise_id: int(),
      status: nullable(oneOf("kept", "broken", "cancelled")),
      due_at: nullable(isoTime()),
      text: nullable(str({ min: 1, max: 2000 })),
    }),
    run: updatePromise,
  },
  ticket_status: {
    from: ["content", "frame"],
    shape: obj({ ticket_id: int(), status: oneOf("new", "open", "waiting", "resolved") }),
    run: ticketStatus,
  },
  tone: {
    from: ["content", "frame"],
    shape: obj({
      draft: str({ min: 1, max: 5000 }),
      review_text: nullable(str({ max: 20000 })),
      rating: nullable(num({ min: 0.5, max: 5 })),
      ticket_id: nullable(int()),
      ui_lang: optional(oneOf("en", "pl", "uk"), "en"),
    }),
    run: tone,
  },
  suggest: {
    from: ["content"],
    shape: obj({ ticket_id: int() }),
    run: suggest,
  },
  settings_get: { from: ["page"], shape: empty(), run: settingsGet },
  settings_set: {
    from: ["page"],
    shape: obj({ apiBase: str({ max: 200 }), token: optional(str({ max: 500 })) }),
    run: settingsSet,
  },
  test_connection: {
    from: ["page"],
    shape: obj({ apiBase: optional(str({ max: 200 })), token: optional(str({ max: 500 })) }),
    run: testConnection,
  },
  me: { from: ["page"], shape: empty(), run: me },
  dashboard: {
    from: ["page"],
    shape: obj({ due_before: isoTime(), offset: optional(int({ min: 0, max: 1000000 }), 0) }),
    run: dashboard,
  },
  log_contact: {
    from: ["page"],
    shape: obj({ kind: oneOf("phone_call", "email"), customer: customerRef(), text: str({ min: 1, max: 20000 }) }),
    run: logContact,
  },
  outbox_status: { from: ["page"], shape: empty(), run: outboxStatus },
  reminders_check: { from: ["page"], shape: empty(), run: () => checkReminders() },
  reminder_open: {
    from: ["page"],
    shape: obj({ id: str({ min: 1, max: 100 }) }),
    run: ({ id }) => openReminder(id),
  },
  outbox_retry: { from: ["page"], shape: empty(), run: outboxRetry },
  customer_contact: {
    from: ["frame"],
    shape: obj({
      kind: oneOf("phone_call", "email"), customer_id: int(), ticket_id: nullable(int()), text: str({ min: 1, max: 20000 }),
    }),
    run: customerContact,
  },
  ...FRAME_HANDLERS,
  ...PEOPLE_HANDLERS,
  // A platform page that plainly holds reviews or comments the adapter could not read.
  page_unreadable: {
    from: ["content"],
    shape: obj({
      platform: platform(),
      reason: oneOf("none", "no_ids"),
      evidence: int({ min: 0, max: 100000 }),
      cards: int({ min: 0, max: 100000 }),
      missed: int({ min: 0, max: 100000 }),
      adapter_version: str({ min: 1, max: 40, pattern: /^[\w.-]+$/ }),
    }),
    run: async (body, sender) => ({ ok: true, data: await reportUnreadable(body, sender) }),
  },
  unreadable_list: { from: ["page"], shape: empty(), run: async () => ({ ok: true, data: { pages: await unreadableList() } }) },
};

export async function dispatch(message, sender) {
  const from = senderKind(sender);
  if (!from) return { ok: false, error: { code: "forbidden_sender" } };
  if (!message || typeof message !== "object" || typeof message.type !== "string" || !Object.hasOwn(HANDLERS, message.type)) {
    return { ok: false, error: { code: "unknown_type" } };
  }
  const handler = HANDLERS[message.type];
  if (!handler.from.includes(from)) return { ok: false, error: { code: "forbidden_sender" } };
  let body;
  try {
    body = handler.shape(message.body ?? {}, "body");
  } catch (err) {
    if (err instanceof Invalid) return { ok: false, error: { code: "invalid", detail: err.message } };
    throw err;
  }
  // A page asks only about what it showed itself: a forged element or a compromised renderer
  // naming another customer's ticket, customer or promise gets nothing.
  if (from === "content" && !(await ownItems(sender, body))) {
    return { ok: false, error: { code: "not_on_this_page" }, backend: backendState() };
  }
  try {
    const result = await handler.run(body, sender);
    return { ...result, backend: backendState() };
  } catch (err) {
    return { ok: false, error: { code: "internal", detail: String(err && err.message ? err.message : err) }, backend: backendState() };
  }
}
