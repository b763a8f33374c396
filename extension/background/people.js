// "Same person?" on the open card, and what the card says about the agent and the business.
//
// The card frame is an extension page, yet it sits in a platform's tab: it is answered only about
// the customers that tab's own observe returned, may merge or keep apart only a pair it was shown
// as a suggestion, and may undo only a merge it made (background/tabs.js keeps all three).

import { call } from "./api.js";
import { mergedHere, ownItems, rememberMerge, rememberPairs, suggestedHere } from "./tabs.js";
import { int, obj, oneOf, str } from "./validate.js";

const NOT_HERE = { ok: false, error: { code: "not_on_this_page" } };

async function samePerson({ customer_id }, sender) {
  if (!(await ownItems(sender, { customer_id }))) return NOT_HERE;
  const res = await call("GET", `/customers/${customer_id}/same-person`);
  if (!res.ok) return res;
  const items = (Array.isArray(res.data?.items) ? res.data.items : []).filter((s) => Number.isInteger(s.customer_id));
  await rememberPairs(sender, customer_id, items.map((s) => s.customer_id));
  return { ok: true, data: { items } };
}

async function samePersonMerge({ customer_id, other_id }, sender) {
  if (!(await suggestedHere(sender, customer_id, other_id))) return NOT_HERE;
  const res = await call("POST", `/customers/${customer_id}/merge`, { customer_ids: [other_id] });
  if (!res.ok) return res;
  await rememberMerge(sender, res.data.merge_id);
  return { ok: true, data: { merge_id: res.data.merge_id } };
}

async function samePersonUndo({ merge_id }, sender) {
  if (!(await mergedHere(sender, merge_id))) return NOT_HERE;
  const res = await call("POST", `/customers/merges/${merge_id}/undo`);
  return res.ok ? { ok: true, data: { undone: true } } : res;
}

async function keepApart({ customer_id, other_id }, sender) {
  if (!(await suggestedHere(sender, customer_id, other_id))) return NOT_HERE;
  const res = await call("POST", `/customers/${customer_id}/keep-apart`, { customer_id: other_id });
  return res.ok ? { ok: true, data: { kept_apart: true } } : res;
}

// Who the agent is (for "Assign to me") and whether the business named itself (drafts thank
// customers "for choosing" it). Read once a minute at most, as cards open; the options page
// clears it when it sets the name, and a lead may set it on the desk meanwhile.
const CONTEXT_MS = 60000;
let context = null;
let contextAt = 0;
function forgetContext() {
  context = null;
}

async function cardContext() {
  if (!context || Date.now() - contextAt > CONTEXT_MS) {
    const res = await call("GET", "/me");
    if (!res.ok) return res;
    context = {
      agent: String(res.data?.agent?.name || ""),
      business_named: Boolean(String(res.data?.settings?.business_name || "").trim()),
    };
    contextAt = Date.now();
  }
  return { ok: true, data: context };
}

// The agent takes the item, or gives it back; the backend records who changed it.
async function assign({ ticket_id, to }, sender) {
  if (!(await ownItems(sender, { ticket_id }))) return NOT_HERE;
  const me = await cardContext();
  if (!me.ok) return me;
  if (to === "me" && !me.data.agent) return { ok: false, error: { code: "invalid", detail: "agent" } };
  const res = await call("PATCH", `/tickets/${ticket_id}`, { assignee: to === "me" ? me.data.agent : null });
  return res.ok ? { ok: true, data: { assignee: res.data.assignee ?? null } } : res;
}

async function businessNameGet() {
  const res = await call("GET", "/settings");
  return res.ok ? { ok: true, data: { business_name: String(res.data?.business_name || "") } } : res;
}

async function businessNameSet({ name }) {
  const res = await call("PATCH", "/settings", { business_name: name.trim() });
  if (res.ok) forgetContext();
  return res.ok ? { ok: true, data: { business_name: res.data.business_name } } : res;
}

const pair = () => obj({ customer_id: int(), other_id: int() });

export const PEOPLE_HANDLERS = {
  same_person: { from: ["frame"], shape: obj({ customer_id: int() }), run: samePerson },
  same_person_merge: { from: ["frame"], shape: pair(), run: samePersonMerge },
  same_person_undo: { from: ["frame"], shape: obj({ merge_id: int() }), run: samePersonUndo },
  same_person_apart: { from: ["frame"], shape: pair(), run: keepApart },
  card_context: { from: ["frame"], shape: obj({}), run: cardContext },
  ticket_assign: { from: ["frame"], shape: obj({ ticket_id: int(), to: oneOf("me", "nobody") }), run: assign },
  business_name_get: { from: ["page"], shape: obj({}), run: businessNameGet },
  business_name_set: { from: ["page"], shape: obj({ name: str({ max: 200 }) }), run: businessNameSet },
};
