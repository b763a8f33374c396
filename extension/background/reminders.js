// Reminders: promises coming due and open complaints waiting for an intermediate update.
// The backend decides what needs a reminder (GET /reminders: one rule, one place); this module
// polls it on an alarm, shows each reminder once as a notification that opens the item, and
// adds the complaints owed an update to the toolbar badge's overdue count (badge.js; overdue
// replies and promises are counted there already). The worker can stop at any time, so what was
// shown lives in chrome.storage, not in memory.

import { call } from "./api.js";
import { setOverdue } from "./badge.js";

export const REMINDER_ALARM = "hugdesk-reminders";
export const CHECK_EVERY_MINUTES = 5;
const SHOWN_KEY = "remindersShown"; // reminder key -> when it was shown (ms)
const TARGETS_KEY = "reminderTargets"; // notification id -> the item's address
const KEEP_SHOWN_MS = 30 * 86400000;
const MAX_TARGETS = 100;
// A check after a long absence shows a few at a time; the rest follow on the next checks.
const MAX_PER_CHECK = 5;
const ICON = "ui/icon-128.png"; // resolved from the extension's root, not from background/
// Only the platforms' own pages are opened: the address came from a page and is data.
const PLATFORM_URL = /^https:\/\/([a-z0-9-]+\.)*(facebook\.com|yelp\.[a-z.]{2,10}|tripadvisor\.[a-z.]{2,10})(\/|$)/i;

function t(key, ...values) {
  const text = chrome.i18n.getMessage(key) || key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)] ?? ""));
}

export function safeTarget(url) {
  return typeof url === "string" && url.length <= 2000 && PLATFORM_URL.test(url) ? url : null;
}

function when(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), { dateStyle: "short", timeStyle: "short" }).format(date);
}

function clip(text, max) {
  const s = String(text ?? "").replace(/\s+/g, " ").trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

// Words of one notification. Notifications show plain text, never markup.
export function describe(item, updateAfterHours) {
  const customer = clip(item.customer, 80) || t("reminder_customer_unknown");
  if (item.kind === "update_due") {
    return { title: t("reminder_update_title"), message: t("reminder_update_text", customer, updateAfterHours) };
  }
  const title = item.kind === "promise_overdue" ? t("reminder_promise_overdue_title") : t("reminder_promise_due_title");
  return { title, message: t("reminder_promise_text", customer, clip(item.text, 160), when(item.due_at)) };
}

function valid(data) {
  return data && typeof data === "object" && Array.isArray(data.items) && Number.isInteger(data.overdue_count)
    && Number.isInteger(data.updates_due) && Number.isInteger(data.update_after_hours);
}

let running = null;

// One check at a time: an alarm and the popup asking at once must not show a reminder twice.
export function checkReminders() {
  if (!running) running = check().finally(() => { running = null; });
  return running;
}

async function check() {
  const res = await call("GET", "/reminders");
  if (!res.ok) return { ok: false, error: res.error };
  if (!valid(res.data)) return { ok: false, error: { code: "server", detail: "unexpected reminders answer" } };
  const { items, overdue_count: overdue, updates_due: updates, update_after_hours: hours } = res.data;
  await setOverdue("updates", updates);
  const stored = await chrome.storage.local.get([SHOWN_KEY, TARGETS_KEY]);
  const now = Date.now();
  const shown = Object.fromEntries(Object.entries(stored[SHOWN_KEY] || {}).filter(([, at]) => now - at < KEEP_SHOWN_MS));
  const targets = stored[TARGETS_KEY] || {};
  const fresh = items.filter((i) => i && typeof i.key === "string" && i.key.length <= 300 && !shown[i.key]).slice(0, MAX_PER_CHECK);
  const ids = [];
  for (const [n, item] of fresh.entries()) {
    const id = `hugdesk-reminder-${now}-${n}`;
    // Marked before it is shown: a worker stopped halfway shows one too few, never one twice.
    shown[item.key] = now;
    targets[id] = safeTarget(item.url);
    ids.push([id, item]);
  }
  const kept = Object.entries(targets).slice(-MAX_TARGETS);
  await chrome.storage.local.set({ [SHOWN_KEY]: shown, [TARGETS_KEY]: Object.fromEntries(kept) });
  const failed = [];
  for (const [id, item] of ids) {
    const { title, message } = describe(item, hours);
    try {
      await chrome.notifications.create(id, { type: "basic", iconUrl: chrome.runtime.getURL(ICON), title, message, priority: 1 });
    } catch {
      failed.push(item.key); // not shown after all: the next check tries again
    }
  }
  if (failed.length) {
    for (const key of failed) delete shown[key];
    await chrome.storage.local.set({ [SHOWN_KEY]: shown });
  }
  return { ok: true, data: { shown: ids.length - failed.length, overdue } };
}

// A click on a notification opens the item on its platform.
export async function openReminder(notificationId) {
  const { [TARGETS_KEY]: targets = {} } = await chrome.storage.local.get(TARGETS_KEY);
  const url = safeTarget(targets[notificationId]);
  if (url) await chrome.tabs.create({ url });
  await chrome.notifications.clear(notificationId);
  return { ok: true, data: { opened: url } };
}
