// The agent's desk at a glance: the queue of unanswered items in the order they are due (overdue
// first, then due soon, then those without a date, then the backlog), with totals and pages;
// promises due this week; a form to log a phone call or e-mail for a customer.

import { h, localize, problem, send, t, when } from "../ui/page.js";

const $ = (id) => document.getElementById(id);

// Promises due this week: up to the end of Sunday.
function endOfWeek() {
  const d = new Date();
  const toSunday = (7 - d.getDay()) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + toSunday, 23, 59, 59);
}

let offset = 0;

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

const PLATFORM = { facebook: "Facebook", yelp: "Yelp", tripadvisor: "Tripadvisor" };

function minutes(n) {
  const m = Math.max(1, Math.round(Math.abs(n)));
  const unit = (name, v) => new Intl.NumberFormat(chrome.i18n.getUILanguage(), { style: "unit", unit: name, unitDisplay: "short" }).format(v);
  if (m < 60) return unit("minute", m);
  if (m < 48 * 60) return unit("hour", Math.floor(m / 60));
  const days = Math.floor(m / 1440);
  if (days < 14) return unit("day", days);
  if (days < 61) return unit("week", Math.floor(days / 7));
  if (days < 730) return unit("month", Math.floor(days / 30.44));
  return unit("year", Math.floor(days / 365.25));
}

// The same words as the card's clock: due in, overdue, backlog with its age, date unknown.
function clock(ticket) {
  if (ticket.sla === "backlog") {
    const at = Date.parse(ticket.posted_at);
    return { cls: "muted", text: Number.isNaN(at) ? `▤ ${t("sla_backlog_plain")}` : `▤ ${t("sla_backlog", minutes((Date.now() - at) / 60000))}` };
  }
  if (ticket.sla === "unknown" || !ticket.due_at) return { cls: "muted", text: `? ${t("sla_unknown")}` };
  const left = (Date.parse(ticket.due_at) - Date.now()) / 60000;
  if (ticket.sla === "breach" || left <= 0) {
    return ticket.band === "positive"
      ? { cls: "muted", text: `◷ ${t("sla_overdue", minutes(left))}` }
      : { cls: "breach", text: `⚠ ${t("sla_overdue", minutes(left))}` };
  }
  return { cls: ticket.sla === "warn" ? "warn" : "ok", text: `${ticket.sla === "warn" ? "⏳" : "◷"} ${t("sla_due_in", minutes(left))}` };
}

function ticketRow(ticket) {
  // Every item is a link: its own address, else the page it was seen on.
  const url = openable(ticket.url) || openable(ticket.page_url);
  const who = ticket.author_name || t("popup_unknown_author");
  const link = (children) => (url
    ? h("a", { href: url, onclick: (e) => { e.preventDefault(); chrome.tabs.create({ url }); } }, ...children)
    : h("span", null, ...children));
  const excerpt = (ticket.text || "").replace(/\s+/g, " ").trim();
  const c = clock(ticket);
  return h("li", { class: "item", "data-ticket": String(ticket.id), "data-sla": ticket.sla },
    link([h("strong", { text: who })]),
    h("span", { class: "muted", text: PLATFORM[ticket.platform] || ticket.platform }),
    ticket.rating ? h("span", { class: "muted", text: `★ ${ticket.rating}` }) : null,
    h("span", { class: c.cls, text: c.text }),
    excerpt ? h("span", { class: "excerpt", text: excerpt.length > 110 ? `${excerpt.slice(0, 109)}…` : excerpt }) : null);
}

function outboxLine(outbox) {
  const parts = [];
  // Only what the agent did: pages seen and cards opened wait quietly.
  if (outbox.actions) parts.push(t("outbox_pending", outbox.actions));
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
  const answer = await send("dashboard", { due_before: endOfWeek().toISOString(), offset });
  if (!answer.ok) {
    $("state").textContent = problem(answer.error);
    const status = await send("outbox_status");
    if (status.ok) outboxLine(status.data);
    return;
  }
  $("state").textContent = "";
  const { tickets, promises, outbox, unanswered, counts, page } = answer.data;
  $("promises").replaceChildren(...promises.map(promiseRow));
  $("promises-empty").hidden = promises.length > 0;
  $("tickets").replaceChildren(...tickets.map(ticketRow));
  $("tickets-empty").hidden = unanswered > 0;
  const shown = tickets.length;
  $("queue-total").textContent = unanswered
    ? t("popup_queue_total", `${offset + 1}–${offset + shown}`, unanswered, counts.backlog || 0)
    : "";
  $("prev").hidden = offset === 0;
  $("more").hidden = offset + page >= unanswered;
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
$("more").addEventListener("click", () => { offset += 20; void load(); });
$("prev").addEventListener("click", () => { offset = Math.max(0, offset - 20); void load(); });
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
// Opening the popup refreshes the overdue count on the badge (and shows any new reminder once).
void send("reminders_check");
