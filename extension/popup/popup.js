// The agent's desk at a glance: promises due today or overdue, items still unanswered, and a
// form to log a phone call or e-mail for a customer.

import { h, localize, problem, send, t, when } from "../ui/page.js";

const $ = (id) => document.getElementById(id);

function endOfToday() {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59);
}

function openable(url) {
  try {
    const u = new URL(url);
    return u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

function promiseRow(p) {
  const overdue = p.overdue || new Date(p.due_at).getTime() < Date.now();
  const close = (status) => async () => {
    const answer = await send("promise_update", { promise_id: p.id, status });
    if (answer.ok) await load();
    else $("state").textContent = problem(answer.error);
  };
  return h("li", { class: overdue ? "overdue" : null },
    h("span", { text: p.text }),
    h("span", { class: overdue ? "breach" : "muted", text: overdue ? t("promise_overdue_since", when(p.due_at)) : t("promise_due", when(p.due_at)) }),
    h("button", { type: "button", onclick: close("kept") }, t("promise_kept")),
    h("button", { type: "button", onclick: close("broken") }, t("promise_broken")));
}

function ticketRow(ticket) {
  const url = openable(ticket.url);
  const who = ticket.author_name || t("popup_unknown_author");
  const name = url
    ? h("a", { href: url, onclick: (e) => { e.preventDefault(); chrome.tabs.create({ url }); } }, who)
    : h("span", { text: who });
  const sla = ticket.sla === "breach" ? "breach" : ticket.sla === "warn" ? "warn" : "ok";
  return h("li", null,
    name,
    h("span", { class: "muted", text: ticket.platform }),
    ticket.waiting_minutes === null || ticket.waiting_minutes === undefined
      ? null
      : h("span", { class: sla, text: t("popup_waiting_minutes", ticket.waiting_minutes) }));
}

function outboxLine(outbox) {
  const parts = [];
  if (outbox.pending) parts.push(t("outbox_pending", outbox.pending));
  if (outbox.rejected) parts.push(t("outbox_rejected", outbox.rejected));
  $("outbox").textContent = parts.join(" · ");
  $("retry").hidden = !outbox.rejected;
  // What was set aside and why, so a request that kept failing is seen, not silently stuck.
  $("outbox-rejected").replaceChildren(...(outbox.rejected_items || []).map((r) =>
    h("li", null,
      h("span", { text: r.label }),
      h("span", { class: "muted", text: `${r.status ? `${r.status} ` : ""}${r.detail}` }),
      h("span", { class: "muted", text: when(r.at) }))));
}

async function load() {
  const answer = await send("dashboard", { due_before: endOfToday().toISOString() });
  if (!answer.ok) {
    $("state").textContent = problem(answer.error);
    const status = await send("outbox_status");
    if (status.ok) outboxLine(status.data);
    return;
  }
  $("state").textContent = "";
  const { tickets, promises, outbox } = answer.data;
  $("promises").replaceChildren(...promises.map(promiseRow));
  $("promises-empty").hidden = promises.length > 0;
  const seen = new Set();
  // Owner-replied items keep status "new" until someone works them, but they are answered.
  const unique = tickets.filter((x) => x.sla !== "answered" && !seen.has(x.id) && seen.add(x.id));
  unique.sort((a, b) => (b.waiting_minutes ?? -1) - (a.waiting_minutes ?? -1));
  $("tickets").replaceChildren(...unique.map(ticketRow));
  $("tickets-empty").hidden = unique.length > 0;
  outboxLine(outbox);
}

// Platform pages whose reviews or comments the adapters could not read (newest first): the
// page, when, what was missed and the adapter's version, for the bug report.
function unreadableRow(entry) {
  const url = openable(entry.url);
  let host = entry.url;
  try {
    host = new URL(entry.url).hostname;
  } catch {
    // keep the stored text
  }
  const page = url
    ? h("a", { href: url, onclick: (e) => { e.preventDefault(); chrome.tabs.create({ url }); } }, host)
    : h("span", { text: host });
  const what = entry.reason === "no_ids" ? t("unreadable_no_ids", entry.missed) : t("unreadable_none", entry.evidence);
  return h("li", null,
    page,
    h("span", { class: "muted", text: when(entry.at) }),
    h("span", { text: what }),
    h("span", { class: "muted", text: `${entry.platform}@${entry.adapter_version}` }));
}

async function loadUnreadable() {
  const answer = await send("unreadable_list");
  const pages = answer.ok ? answer.data.pages : [];
  $("unreadable").replaceChildren(...pages.slice(0, 5).map(unreadableRow));
  $("unreadable-section").hidden = pages.length === 0;
}

async function logContact(event) {
  event.preventDefault();
  const form = event.currentTarget;
  const data = new FormData(form);
  const customer = { name: data.get("name") || null, email: data.get("email") || null, phone: data.get("phone") || null };
  if (!customer.name && !customer.email && !customer.phone) {
    $("contact-result").textContent = t("contact_need_customer");
    return;
  }
  const answer = await send("log_contact", { kind: data.get("kind"), customer, text: String(data.get("text") || "").trim() });
  if (!answer.ok) {
    $("contact-result").textContent = problem(answer.error);
    return;
  }
  $("contact-result").textContent = answer.data.delivered ? t("contact_saved") : t("saved_later");
  form.reset();
}

localize();
$("contact").addEventListener("submit", logContact);
$("options").addEventListener("click", (e) => {
  e.preventDefault();
  chrome.runtime.openOptionsPage();
});
$("retry").addEventListener("click", async () => {
  const answer = await send("outbox_retry");
  if (answer.ok) outboxLine(answer.data);
});
void load();
void loadUnreadable();
