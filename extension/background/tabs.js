// What each page has shown, so the background answers a tab only about its own items.
//
// A content script runs inside a page the platform's scripts and every third-party script
// share; a compromised renderer can send any message. So the ids a tab may ask about (tickets,
// customers, promises) are exactly those the backend handed to that tab's own observe, and the
// ticket refs are those the tab itself reported. Kept per tab, for the document whose content
// script last observed (a reload or a new page starts afresh; our card frame in that tab adds to
// it), in chrome.storage.session, which content scripts cannot read and which outlives the worker.

const PREFIX = "seen:";
const MAX_PER_KIND = 5000;

const memory = new Map(); // storage key -> {doc, refs, tickets, customers, promises, pairs, merges} (Sets)
let chain = Promise.resolve();

// pairs: "same person?" suggestions shown in this tab ("customer:other"), the only pairs it may
// merge or keep apart; merges: merges made from this tab, the only ones it may undo.
const KINDS = ["refs", "tickets", "customers", "promises", "pairs", "merges"];

function keyOf(sender) {
  return `${PREFIX}${sender.tab.id}`;
}

function fresh(doc) {
  return {
    doc, refs: new Set(), tickets: new Set(), customers: new Set(), promises: new Set(), pairs: new Set(), merges: new Set(),
  };
}

// The top frame's content script speaks for the page; another document there is another page.
const topDocument = (sender) => (sender.frameId === 0 && sender.documentId) || null;

async function load(key) {
  if (!memory.has(key)) {
    const stored = (await chrome.storage.session.get(key))[key] || {};
    const seen = fresh(stored.doc || null);
    for (const kind of KINDS) seen[kind] = new Set(stored[kind] || []);
    memory.set(key, seen);
  }
  return memory.get(key);
}

function update(sender, fn) {
  const key = keyOf(sender);
  const run = chain.then(async () => {
    let seen = await load(key);
    const doc = topDocument(sender);
    if (doc && seen.doc !== doc) {
      seen = fresh(doc);
      memory.set(key, seen);
    }
    fn(seen);
    for (const kind of KINDS) {
      if (seen[kind].size > MAX_PER_KIND) seen[kind] = new Set([...seen[kind]].slice(-MAX_PER_KIND));
    }
    const plain = { doc: seen.doc };
    for (const kind of KINDS) plain[kind] = [...seen[kind]];
    await chrome.storage.session.set({ [key]: plain });
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
  const named = ["ticket_id", "customer_id", "promise_id", "ticket_ref"].some((k) => body[k] != null);
  if (!named) return true; // observe and the like name nothing they have not just read themselves
  await chain;
  const seen = await load(keyOf(sender));
  const doc = topDocument(sender);
  if (doc && seen.doc && seen.doc !== doc) return false; // what an earlier page showed
  if (body.ticket_id != null && !seen.tickets.has(body.ticket_id)) return false;
  if (body.customer_id != null && !seen.customers.has(body.customer_id)) return false;
  if (body.promise_id != null && !seen.promises.has(body.promise_id)) return false;
  if (body.ticket_ref != null && !seen.refs.has(refKey(body.ticket_ref))) return false;
  return true;
}

export function rememberPairs(sender, customerId, others) {
  return update(sender, (seen) => others.forEach((other) => seen.pairs.add(`${customerId}:${other}`)));
}

export function rememberMerge(sender, mergeId) {
  if (!Number.isInteger(mergeId)) return Promise.resolve();
  return update(sender, (seen) => seen.merges.add(mergeId));
}

// Whether this tab was shown `other` as maybe the same person as its own `customerId`.
export async function suggestedHere(sender, customerId, other) {
  await chain;
  const seen = await load(keyOf(sender));
  return seen.customers.has(customerId) && seen.pairs.has(`${customerId}:${other}`);
}

export async function mergedHere(sender, mergeId) {
  await chain;
  return (await load(keyOf(sender))).merges.has(mergeId);
}

export function forgetTab(tabId) {
  memory.delete(`${PREFIX}${tabId}`);
  return chrome.storage.session.remove(`${PREFIX}${tabId}`);
}
