// The open card, drawn in an extension page framed inside the card (content/frame.js says why).
// It names its card by the token in its address and asks the background worker for the record
// (background/frames.js); page actions (insert, close, fit the height) go back the same way, and
// backend actions (promises, status, calls) are the worker's ordinary handlers.
//
// Order: context first (history across channels, log a call or e-mail, "same person?"), then one
// recommended draft with a primary Insert and its alternatives a click away, then promises, then
// status and assignee.

import { h, send, t } from "../ui/page.js";

const TOKEN = location.hash.slice(1);
const main = document.getElementById("card");
const lang = chrome.i18n.getUILanguage();

let state = null; // what the content script knows about the record (content/frame.js state())
// What the agent is doing here, kept across redraws.
const local = {
  contact: null, // {kind, text} while the call/e-mail form is open
  promiseForm: null, // {text, date, saving}
  editing: null, // promise id being edited -> {text, date}
  notice: null,
  formFrom: null, // the content script's promise form we already took over
  same: null, // {customer, items}: "same person?" suggestions for this card's customer
  merged: null, // {merge_id, name}: the merge made here, until undone
  context: null, // {agent, business_named} from the worker (GET /me)
};

const CHANNEL = {
  facebook: () => "Facebook",
  yelp: () => "Yelp",
  tripadvisor: () => "Tripadvisor",
  phone: () => t("channel_phone"),
  email: () => t("channel_email"),
  chat: () => t("channel_chat"),
  visit: () => t("channel_visit"),
  other: () => t("channel_other"),
};
const KIND = {
  review: () => t("kind_review"),
  comment: () => t("kind_comment"),
  reply: () => t("kind_reply"),
  recommendation: () => t("kind_recommendation"),
  phone_call: () => t("kind_phone_call"),
  email: () => t("kind_email"),
  chat: () => t("kind_chat"),
  visit: () => t("kind_visit"),
  note: () => t("kind_note"),
  reply_posted: () => t("kind_reply_posted"),
  promise_logged: () => t("kind_promise_logged"),
};
const APPROACH = {
  thank_you: () => t("approach_thank_you"),
  thank_you_short: () => t("approach_thank_you_short"),
  thank_you_personal: () => t("approach_thank_you_personal"),
  thank_you_invite: () => t("approach_thank_you_invite"),
  offer_help: () => t("approach_offer_help"),
  explain_and_guide: () => t("approach_explain_and_guide"),
  public_apology_private_channel: () => t("approach_public_apology_private_channel"),
  help_and_clarify: () => t("approach_help_and_clarify"),
  concrete_fix: () => t("approach_concrete_fix"),
  concrete_fix_compensation: () => t("approach_concrete_fix_compensation"),
  personal_follow_up: () => t("approach_personal_follow_up"),
  model: () => t("approach_model"),
};
const STATUS = {
  new: () => t("status_new"),
  open: () => t("status_open"),
  waiting: () => t("status_waiting"),
  resolved: () => t("status_resolved"),
};
const label = (table, name) => (Object.hasOwn(table, name) ? table[name]() : String(name));

// -- talking to the page, through the worker ----------------------------------------------------

const page = (op, extra = {}) => send("frame_page", { token: TOKEN, op, ...extra });

async function load() {
  const answer = await send("frame_state", { token: TOKEN });
  if (!answer.ok) return;
  state = answer.data;
  void loadSamePerson();
  void loadContext();
  if (state.promise_form && JSON.stringify(state.promise_form) !== JSON.stringify(local.formFrom)) {
    local.formFrom = state.promise_form;
    local.promiseForm = { text: state.promise_form.text || "", date: state.promise_form.date || "", saving: false };
    if (!local.promiseForm.date) void guessDate(local.promiseForm);
    render(state.promise_form.focus ? "promise-text" : null);
    return;
  }
  render();
}

// After a change through the backend, the content script observes the item again; its answer
// comes back here as "changed".
const refresh = () => page("refresh");

function connect() {
  const port = chrome.runtime.connect({ name: "card-frame" });
  port.postMessage({ type: "hello", token: TOKEN });
  port.onMessage.addListener((message) => {
    if (message && message.type === "changed") void load();
  });
  // The worker was stopped: connect again, and catch up.
  port.onDisconnect.addListener(() => setTimeout(() => {
    connect();
    void load();
  }, 500));
}

// -- dates ----------------------------------------------------------------------------------------

const pad = (n) => String(n).padStart(2, "0");
const dayValue = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
function inDays(n) {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return dayValue(d);
}
function endOfPickedDay(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 23, 59, 0) : null;
}
function when(iso, withTime = true) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const opts = withTime ? { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } : { weekday: "short", day: "numeric", month: "short" };
  return new Intl.DateTimeFormat(lang, opts).format(d);
}

// The date a promise's own words name ("by Friday", "do piątku") is the form's default: the
// backend's promise reader finds it, as it does in the agent's draft.
async function guessDate(form) {
  const text = form.text.trim();
  if (!text) return;
  const answer = await send("tone", { draft: text.slice(0, 5000), review_text: null, rating: null, ticket_id: null, ui_lang: uiLang() });
  const found = answer.ok && answer.data.promise && answer.data.promise.due_at ? new Date(answer.data.promise.due_at) : null;
  if (found && !Number.isNaN(found.getTime()) && local.promiseForm === form && !form.date) {
    form.date = dayValue(found);
    form.found = true;
    // The agent may be in the form right now: fill the field in place; the note follows on redraw.
    const input = main.querySelector('[data-focus="due-date"]');
    if (input && !input.value) input.value = form.date;
    const note = main.querySelector('[data-note="date-found"]');
    if (note) note.hidden = false;
    render();
  }
}

const uiLang = () => (["pl", "uk"].includes(lang.slice(0, 2)) ? lang.slice(0, 2) : "en");

// -- sections -------------------------------------------------------------------------------------

function historySection() {
  const history = state.result && state.result.history;
  if (!history) return null;
  const earlier = (history.tickets || 0) + (history.contacts || 0);
  const channels = Object.entries(history.channels || {}).map(([name, n]) => `${label(CHANNEL, name)} ${n}`).join(" · ");
  return h("section", { "data-section": "history" },
    h("h2", { text: t("history_title") }),
    earlier
      ? h("div", { class: "row" },
        h("span", { "data-history": String(earlier) }, t("history_earlier", earlier)),
        history.repeat ? h("span", { class: "again" }, `↻ ${t("history_writing_again")}`) : null,
        channels ? h("span", { class: "muted" }, channels) : null)
      : h("div", { class: "muted" }, t("history_none")),
    earlier
      ? h("ul", null, (history.recent || []).map((e) =>
        h("li", { "data-entry": e.kind },
          h("span", { class: "muted" }, when(e.at)),
          h("span", null, `${label(CHANNEL, e.channel)} · ${label(KIND, e.kind)}`),
          e.summary ? h("span", null, e.summary) : null)))
      : null,
    contactForm());
}

function contactForm() {
  const customer = state.result && state.result.customer_id;
  if (!customer) return null;
  if (!local.contact) {
    return h("div", { class: "row" },
      h("button", { type: "button", "data-focus": "log-call", onclick: () => openContact("phone_call") }, `☎ ${t("card_log_call")}`),
      h("button", { type: "button", "data-focus": "log-email", onclick: () => openContact("email") }, `✉ ${t("card_log_email")}`));
  }
  const form = local.contact;
  return h("div", { class: "contact", "data-form": "contact" },
    h("textarea", {
      "aria-label": t(form.kind === "phone_call" ? "card_call_text" : "card_email_text"),
      placeholder: t(form.kind === "phone_call" ? "card_call_text" : "card_email_text"),
      maxlength: "20000",
      "data-focus": "contact-text",
      text: form.text,
      oninput: (e) => { form.text = e.target.value; },
    }),
    h("div", { class: "row" },
      h("button", { type: "button", class: "primary", "data-focus": "contact-save", disabled: form.saving, onclick: () => saveContact(customer) }, t("contact_save")),
      h("button", { type: "button", "data-focus": "contact-cancel", onclick: () => { local.contact = null; render(); } }, t("cancel"))));
}

function openContact(kind) {
  local.contact = { kind, text: "", saving: false };
  render("contact-text");
}

async function saveContact(customerId) {
  const form = local.contact;
  if (!form || form.saving) return;
  if (!form.text.trim()) return render("contact-text");
  form.saving = true;
  render();
  const answer = await send("customer_contact", {
    kind: form.kind, customer_id: customerId, ticket_id: state.result.ticket_id, text: form.text.trim(),
  });
  local.contact = null;
  local.notice = answer.ok ? t(answer.data.delivered ? "contact_saved" : "saved_later") : t("card_contact_failed");
  render();
  if (answer.ok) void refresh();
}

// -- same person? ---------------------------------------------------------------------------------

// Asked once per customer (and again after a merge or undo); the worker answers only about the
// customer this tab showed and remembers which pairs it suggested here.
async function loadSamePerson(force = false) {
  const customer = state && state.result && state.result.customer_id;
  if (!customer || (!force && local.same && local.same.customer === customer)) return;
  const asked = { customer, items: local.same && local.same.customer === customer ? local.same.items : [] };
  local.same = asked;
  const answer = await send("same_person", { customer_id: customer });
  if (local.same !== asked) return;
  asked.items = answer.ok && Array.isArray(answer.data.items) ? answer.data.items : [];
  render();
}

function samePersonSection() {
  const items = (local.same && local.same.items) || [];
  const merged = local.merged;
  if (!items.length && !merged) return null;
  return h("section", { "data-section": "same-person" },
    h("h2", { text: t("same_person_title") }),
    items.length ? h("ul", null, items.map(candidateRow)) : null,
    merged
      ? h("div", { class: "row same", "data-merged": String(merged.merge_id) },
        h("span", { text: t("same_person_merged", merged.name || t("card_unknown_author")) }),
        h("button", { type: "button", "data-focus": "same-undo", onclick: () => undoMerge() }, `↶ ${t("same_person_undo")}`))
      : null);
}

function candidateRow(s) {
  const channels = (s.channels || []).map((c) => label(CHANNEL, c)).join(" · ");
  return h("li", { "data-candidate": String(s.customer_id), title: t("same_person_why") },
    h("span", { class: "who", text: s.name || t("card_unknown_author") }),
    channels ? h("span", { class: "muted", "data-channels": "" }, channels) : null,
    h("span", { class: "muted" }, s.last_contact_at ? t("same_person_last", when(s.last_contact_at)) : t("same_person_no_contact")),
    h("button", {
      type: "button", "data-focus": `merge-${s.customer_id}`, title: t("same_person_merge_title"), onclick: () => mergeWith(s),
    }, t("same_person_merge")),
    h("button", { type: "button", "data-focus": `apart-${s.customer_id}`, onclick: () => keepApart(s) }, t("same_person_apart")));
}

let linking = false; // one merge, undo or keep-apart at a time: a double click does it once

async function linkAction(type, body, done) {
  if (linking) return;
  linking = true;
  try {
    const answer = await send(type, body);
    if (!answer.ok) {
      local.notice = t("same_person_failed");
      render();
      return;
    }
    await done(answer.data);
  } finally {
    linking = false;
  }
}

function mergeWith(s) {
  const customer = local.same.customer;
  return linkAction("same_person_merge", { customer_id: customer, other_id: s.customer_id }, async (data) => {
    local.merged = { merge_id: data.merge_id, name: s.name };
    local.same.items = local.same.items.filter((x) => x.customer_id !== s.customer_id);
    local.notice = null;
    render("same-undo");
    void refresh(); // the history now spans both records
  });
}

function undoMerge() {
  const merged = local.merged;
  if (!merged) return null;
  return linkAction("same_person_undo", { merge_id: merged.merge_id }, async () => {
    local.merged = null;
    local.notice = t("same_person_undone");
    await loadSamePerson(true); // the other record is suggested again
    void refresh();
  });
}

function keepApart(s) {
  const customer = local.same.customer;
  return linkAction("same_person_apart", { customer_id: customer, other_id: s.customer_id }, async () => {
    local.same.items = local.same.items.filter((x) => x.customer_id !== s.customer_id);
    local.notice = t("same_person_kept_apart");
    render();
  });
}

// -- who the agent is, and whether drafts can name the business -----------------------------------

async function loadContext() {
  if (local.context) return;
  const answer = await send("card_context", {});
  if (!answer.ok || local.context) return;
  local.context = answer.data;
  render();
}

// Without a business name the drafts leave it out; a small prompt says so and where to set it.
function businessPrompt() {
  if (!local.context || local.context.business_named) return null;
  return h("div", { class: "muted", "data-note": "business-name" },
    h("span", null, `${t("card_business_prompt")} `),
    h("a", {
      href: chrome.runtime.getURL("options/options.html"),
      target: "_blank",
      rel: "noopener",
      "data-focus": "business-name",
      onclick: (e) => {
        e.preventDefault();
        void chrome.runtime.openOptionsPage();
      },
    }, t("card_business_set")));
}

function draftsSection() {
  const list = state.suggestions || [];
  if (!list.length) {
    return state.suggestions_pending ? h("section", { "data-section": "drafts" }, h("h2", { text: t("suggestions_title") }), h("div", { class: "muted" }, t("loading"))) : null;
  }
  const [first, ...others] = list.slice(0, 5);
  const analysis = state.result && state.result.analysis;
  const foreign = analysis && analysis.language && !["en", "pl", "uk"].includes(analysis.language);
  const insertButton = (s, i, primary) => h("button", {
    type: "button",
    class: primary ? "primary" : null,
    "data-focus": `insert-${i}`,
    title: t("insert_title"),
    onclick: () => page("insert", { index: i }),
  }, t("insert"));
  const draft = (s, i, primary) => h("div", { class: "draft", "data-suggestion": String(i), "data-source": s.source === "model" ? "model" : "rules" },
    h("p", { text: s.text }),
    h("div", { class: "row" },
      insertButton(s, i, primary),
      Object.hasOwn(APPROACH, s.approach) ? h("span", { class: "muted" }, APPROACH[s.approach]()) : null));
  return h("section", { "data-section": "drafts" },
    h("h2", { text: t("card_recommended_draft") }),
    foreign ? h("div", { class: "muted", "data-note": "language" }, t("card_drafts_other_language")) : null,
    draft(first, 0, true),
    others.length
      ? h("details", { "data-alternatives": String(others.length), open: others.some((s) => s.source === "model") || null },
        h("summary", { text: t("card_other_drafts", others.length) }),
        h("div", { class: "others" }, others.map((s, i) => draft(s, i + 1, false))))
      : null,
    state.model_pending ? h("div", { class: "muted", "data-note": "model" }, t("card_model_writing")) : null);
}

const same = (a, b) => (a.id && a.id === b.id) || (a.client_id && a.client_id === b.client_id);

function openPromises() {
  const server = (state.result && state.result.promises) || [];
  const local_ = (state.local_promises || []).filter((p) => !server.some((s) => same(s, p)));
  return [...server, ...local_].filter((p) => p.status === "open");
}

const isOverdue = (p) => p.status === "open" && (p.overdue || new Date(p.due_at).getTime() < Date.now());

function promisesSection() {
  const open = openPromises();
  return h("section", { "data-section": "promises" },
    h("h2", { text: t("promises_title") }),
    open.length ? h("ul", null, open.map(promiseRow)) : h("div", { class: "muted" }, t("promises_none")),
    local.promiseForm ? promiseForm() : h("div", { class: "row" },
      h("button", { type: "button", "data-focus": "promise-open", onclick: () => openPromiseForm() }, `+ ${t("promise_log")}`)));
}

function promiseRow(p) {
  const overdue = isOverdue(p);
  const pending = !p.id;
  const id = p.id ? String(p.id) : p.client_id;
  if (local.editing && local.editing.id === p.id) {
    const edit = local.editing;
    return h("li", { "data-promise": id },
      h("input", { "aria-label": t("promise_text_label"), value: edit.text, maxlength: "2000", "data-focus": "edit-text", oninput: (e) => { edit.text = e.target.value; } }),
      h("input", { type: "date", "aria-label": t("due_pick_date"), value: edit.date, "data-focus": "edit-date", oninput: (e) => { edit.date = e.target.value; } }),
      h("button", { type: "button", class: "primary", "data-focus": "edit-save", onclick: () => saveEdit(p) }, t("promise_save")),
      h("button", { type: "button", "data-focus": "edit-cancel", onclick: () => { local.editing = null; render(); } }, t("cancel")));
  }
  return h("li", { class: overdue ? "overdue" : null, "data-promise": id },
    h("span", { text: p.text }),
    h("span", { class: overdue ? "breach" : "muted" }, overdue ? `⚠ ${t("promise_overdue_since", when(p.due_at))}` : t("promise_due", when(p.due_at))),
    pending ? h("span", { class: "muted" }, t("promise_not_sent")) : null,
    h("button", { type: "button", disabled: pending, "data-focus": `kept-${id}`, onclick: () => closePromise(p, "kept") }, `✓ ${t("promise_kept")}`),
    h("button", { type: "button", disabled: pending, "data-focus": `broken-${id}`, onclick: () => closePromise(p, "broken") }, `✗ ${t("promise_broken")}`),
    h("button", { type: "button", disabled: pending, "data-focus": `edit-${id}`, onclick: () => startEdit(p) }, t("card_promise_edit")),
    h("button", { type: "button", disabled: pending, "data-focus": `cancel-${id}`, onclick: () => closePromise(p, "cancelled") }, t("card_promise_cancel")));
}

function promiseForm() {
  const form = local.promiseForm;
  const pick = (days) => () => { form.date = inDays(days); form.found = false; render(); };
  return h("div", { "data-form": "promise" },
    h("textarea", {
      "aria-label": t("promise_text_label"),
      placeholder: t("promise_text_placeholder"),
      maxlength: "2000",
      "data-focus": "promise-text",
      text: form.text,
      oninput: (e) => { form.text = e.target.value; },
      onchange: () => { if (!form.date) void guessDate(form); },
    }),
    h("div", { class: "row" },
      h("span", { class: "muted" }, t("promise_due_label")),
      h("input", { type: "date", value: form.date, "aria-label": t("due_pick_date"), "data-focus": "due-date", oninput: (e) => { form.date = e.target.value; form.found = false; } }),
      h("button", { type: "button", "data-focus": "due-today", onclick: pick(0) }, t("due_today")),
      h("button", { type: "button", "data-focus": "due-tomorrow", onclick: pick(1) }, t("due_tomorrow")),
      h("button", { type: "button", "data-focus": "due-3days", onclick: pick(3) }, t("due_in_3_days"))),
    h("div", { class: "muted", "data-note": "date-found", hidden: !form.found }, t("card_promise_date_found")),
    h("div", { class: "row" },
      h("button", { type: "button", class: "primary", "data-focus": "due-save", disabled: form.saving, onclick: () => createPromise() }, t("promise_save")),
      h("button", { type: "button", "data-focus": "promise-cancel", onclick: () => { local.promiseForm = null; render(); } }, t("cancel"))));
}

// The content script opens the form, prefilled from the page selection or the agent's draft,
// and it comes back here with the record (load() takes it over).
function openPromiseForm() {
  void page("promise");
}

async function createPromise() {
  const form = local.promiseForm;
  if (!form || form.saving) return; // a second click while the first save runs saves nothing
  const text = form.text.trim();
  const due = endOfPickedDay(form.date);
  if (!text || !due) {
    local.notice = t(text ? "promise_need_date" : "promise_need_text");
    return render(text ? "due-date" : "promise-text");
  }
  // The same promise, due the same day, is already open: saving again makes no second one.
  const twin = openPromises().find((p) => p.text.trim() === text && dayValue(new Date(p.due_at)) === form.date);
  if (twin) {
    local.promiseForm = null;
    local.notice = t("card_promise_exists");
    return render();
  }
  form.saving = true;
  render();
  const r = state.result;
  const answer = await send("promise_create", {
    ticket_ref: { platform: state.item.platform, external_id: r ? r.external_id : "" },
    ticket_id: r ? r.ticket_id : null,
    customer_id: r ? r.customer_id : null,
    text,
    due_at: due.toISOString(),
  });
  if (!answer.ok) {
    form.saving = false;
    local.notice = t("promise_failed");
    return render();
  }
  local.promiseForm = null;
  local.notice = t(answer.data.delivered ? "promise_saved" : "promise_queued");
  render();
  const p = answer.data.promise;
  void page("refresh", answer.data.delivered || !p ? {} : {
    promise: { client_id: p.client_id, ticket_id: p.ticket_id, customer_id: p.customer_id, text: p.text, due_at: p.due_at },
  });
}

function startEdit(p) {
  local.editing = { id: p.id, text: p.text, date: dayValue(new Date(p.due_at)) };
  render("edit-text");
}

async function saveEdit(p) {
  const edit = local.editing;
  const due = endOfPickedDay(edit.date);
  if (!edit.text.trim() || !due) return render("edit-text");
  const answer = await send("promise_update", { promise_id: p.id, status: null, text: edit.text.trim(), due_at: due.toISOString() });
  local.editing = null;
  local.notice = answer.ok ? t(answer.data.delivered ? "card_promise_changed" : "promise_queued") : t("promise_failed");
  render();
  if (answer.ok) void refresh();
}

async function closePromise(p, status) {
  const answer = await send("promise_update", { promise_id: p.id, status, text: null, due_at: null });
  if (!answer.ok) {
    local.notice = t("promise_failed");
    return render();
  }
  local.notice = !answer.data.delivered ? t("promise_queued")
    : status === "kept" ? t("promise_marked_kept") : status === "broken" ? t("promise_marked_broken") : t("card_promise_cancelled");
  // Gone from the list at once; the next observe answer agrees.
  state.result.promises = (state.result.promises || []).filter((x) => !same(x, p));
  render();
  void refresh();
}

const isAnswered = (r) => r.sla === "answered" || Boolean(r.first_response_at) || Boolean(r.owner_replied);

// One state: an answered item is "Answered" (as the bar says), never "New" beside it. It can
// still be moved on to open, waiting or resolved.
function statusSection() {
  const r = state.result;
  if (!r) return null;
  const answered = isAnswered(r);
  const choices = Object.keys(STATUS).filter((s) => !(answered && s === "new"));
  return h("section", { "data-section": "status" },
    h("h2", { text: t("status_label") }),
    h("div", { class: "row", role: "group", "aria-label": t("status_label") },
      answered && r.status === "new" ? h("span", { class: "state", "data-state": "answered" }, `✓ ${t("sla_answered")}`) : null,
      choices.map((s) => h("button", {
        type: "button",
        "aria-pressed": String(s === r.status),
        "data-status": s,
        "data-focus": `status-${s}`,
        onclick: () => changeStatus(s),
      }, label(STATUS, s)))),
    assigneeRow(r));
}

function assigneeRow(r) {
  const me = local.context && local.context.agent;
  const who = r.assignee || null;
  const mine = Boolean(who && me && who === me);
  return h("div", { class: "row", "data-section": "assignee" },
    h("span", { "data-assignee": who || "" }, who ? (mine ? t("assign_you") : t("assign_to", who)) : t("assign_nobody")),
    me && !mine ? h("button", { type: "button", "data-focus": "assign-me", onclick: () => assign("me") }, t("assign_me")) : null,
    who ? h("button", { type: "button", "data-focus": "assign-nobody", onclick: () => assign("nobody") }, t("assign_remove")) : null);
}

let assigning = false;
async function assign(to) {
  if (assigning) return;
  assigning = true;
  try {
    const answer = await send("ticket_assign", { ticket_id: state.result.ticket_id, to });
    if (!answer.ok) {
      local.notice = t("assign_failed");
      return render();
    }
    state.result.assignee = answer.data.assignee;
    local.notice = null;
    render(to === "me" ? "assign-nobody" : "assign-me");
    void refresh();
  } finally {
    assigning = false;
  }
}

async function changeStatus(status) {
  const before = state.result.status;
  if (before === status) return;
  state.result.status = status;
  render(`status-${status}`);
  const answer = await send("ticket_status", { ticket_id: state.result.ticket_id, status });
  if (!answer.ok) {
    state.result.status = before;
    local.notice = t("status_failed");
  } else {
    local.notice = answer.data.delivered ? null : t("saved_later");
  }
  render(`status-${state.result.status}`);
  void refresh();
}

// -- drawing --------------------------------------------------------------------------------------

// A redraw never disturbs typing: while the agent is in a field, it waits until they leave it.
let deferred = false;
document.addEventListener("focusout", () => {
  if (!deferred) return;
  deferred = false;
  setTimeout(() => render(), 0);
});

function render(focusKey = null) {
  if (!state) return;
  const active = document.activeElement;
  if (!focusKey && active && active.matches && active.matches("input, textarea")) {
    deferred = true;
    return;
  }
  const keep = focusKey || (active && active.getAttribute && active.getAttribute("data-focus"));
  const notice = local.notice || state.notice;
  main.replaceChildren(
    ...[
      state.result ? historySection() : h("div", { class: "muted" }, t("loading")),
      state.result ? samePersonSection() : null,
      state.result ? businessPrompt() : null,
      state.result ? draftsSection() : null,
      state.result ? promisesSection() : null,
      statusSection(),
      notice ? h("div", { class: "notice", role: "status" }, notice) : null,
    ].filter(Boolean));
  if (keep) {
    const el = main.querySelector(`[data-focus="${CSS.escape(keep)}"]`);
    if (el) el.focus({ preventScroll: true });
  }
}

// The frame is as tall as what it shows: the card in the page is sized to it.
let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.scrollHeight);
  if (height === lastHeight) return;
  lastHeight = height;
  void page("resize", { height });
}).observe(document.body);

document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  event.preventDefault();
  void page("close");
});

document.documentElement.lang = lang;
connect();
void load();
