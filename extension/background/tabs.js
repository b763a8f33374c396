// What each page has shown, so the background answers a tab only about its own items.
//
// A content script runs inside a page the platform's scripts and every third-party script
// share; a compromised renderer can send any message. So the ids a tab may ask about (tickets,
// customers, promises) are exactly those the backend handed to that tab's own observe, and the
// ticket refs are those the tab itself reported. Kept per document (a reload is a new page) in
// chrome.storage.session, which content scripts cannot read and which outlives the worker.

const PREFIX = "seen:";
const MAX_PER_KIND = 5000;

const memory = new Map(); // storage key -> {refs, tickets, customers, promises} as Sets
let chain = Promise.resolve();

function keyOf(sender) {
  return `${PREFIX}${sender.tab.id}:${sender.documentId || `frame${sender.frameId}`}`;
}

async function load(key) {
  if (!memory.has(key)) {
    const stored = (await chrome.storage.session.get(key))[key] || {};
    memory.set(key, {
      refs: new Set(stored.refs || []), tickets: new Set(stored.tickets || []),
      customers: new Set(stored.customers || []), promises: new Set(stored.promises || []),
    });
  }
  return memory.get(key);
}

function update(sender, fn) {
  const key = keyOf(sender);
  const run = chain.then(async () => {
    const seen = await load(key);
    fn(seen);
    for (const kind of Object.keys(seen)) {
      if (seen[kind].size > MAX_PER_KIND) seen[kind] = new Set([...seen[kind]].slice(-MAX_PER_KIND));
    }
    await chrome.storage.session.set({ [key]: Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, [...v]])) });
  });
  chain = run.catch(() => {});
  return run;
}

const refKey = (ref) => `${ref.platform}:${ref.external_id}`;

export function rememberItems(sender, items) {
  return update(sender, (seen) => items.forEach((item) => seen.refs.add(refKey(item))));
}

// Everything an observe answer names: its tickets, customers and their open promises.
export function rememberAnswer(sender, items) {
  return update(sender, (seen) => {
    for (const item of items) {
      if (Number.isInteger(item.ticket_id)) seen.tickets.add(item.ticket_id);
      if (Number.isInteger(item.customer_id)) seen.customers.add(item.customer_id);
      for (const promise of item.promises || []) if (Number.isInteger(promise.id)) seen.promises.add(promise.id);
    }
  });
}

export function rememberPromise(sender, promise) {
  if (!promise || !Number.isInteger(promise.id)) return Promise.resolve();
  return update(sender, (seen) => seen.promises.add(promise.id));
}

// Whether every id and ref in a content script's message belongs to its own page.
export async function ownItems(sender, body) {
  await chain;
  const seen = await load(keyOf(sender));
  if (body.ticket_id != null && !seen.tickets.has(body.ticket_id)) return false;
  if (body.customer_id != null && !seen.customers.has(body.customer_id)) return false;
  if (body.promise_id != null && !seen.promises.has(body.promise_id)) return false;
  if (body.ticket_ref != null && !seen.refs.has(refKey(body.ticket_ref))) return false;
  return true;
}

export function forgetTab(tabId) {
  for (const key of [...memory.keys()]) if (key.startsWith(`${PREFIX}${tabId}:`)) memory.delete(key);
  return chrome.storage.session.get(null).then((all) =>
    chrome.storage.session.remove(Object.keys(all).filter((k) => k.startsWith(`${PREFIX}${tabId}:`))),
  );
}
