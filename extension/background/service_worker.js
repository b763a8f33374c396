// Entry point of the background service worker. It may be stopped whenever it is idle and
// started again for the next event, so every listener is registered synchronously here and
// nothing important lives only in memory.

import { flush } from "./outbox.js";
import { onFrameConnect } from "./frames.js";
import { dispatch, refreshOverdue } from "./handlers.js";
import { CHECK_EVERY_MINUTES, REMINDER_ALARM, checkReminders, openReminder } from "./reminders.js";
import { senderKind } from "./senders.js";
import { restrictStorageToExtension } from "./settings.js";
import { forgetTab } from "./tabs.js";
import { clearOnNavigation } from "./unreadable.js";

const FLUSH_ALARM = "hugdesk-outbox";

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  dispatch(message, sender).then(sendResponse, (err) =>
    sendResponse({ ok: false, error: { code: "internal", detail: String(err) } }),
  );
  return true; // the answer comes asynchronously
});

// Open cards' frames keep a port to hear when their record changed (background/frames.js).
chrome.runtime.onConnect.addListener((port) => {
  if (!onFrameConnect(port, senderKind(port.sender))) port.disconnect();
});
chrome.tabs.onUpdated.addListener(clearOnNavigation);
chrome.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => {}));

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === REMINDER_ALARM) {
    void checkReminders().catch(() => {});
    return;
  }
  if (alarm.name !== FLUSH_ALARM) return;
  void flush();
  void refreshOverdue().catch(() => {});
});

chrome.notifications.onClicked.addListener((id) => {
  if (id.startsWith("hugdesk-reminder-")) void openReminder(id).catch(() => {});
});

// Keyboard shortcuts go to the card the agent is working with, in the tab they pressed them in.
chrome.commands.onCommand.addListener((command, tab) => {
  if (!tab || typeof tab.id !== "number") return;
  chrome.tabs.sendMessage(tab.id, { type: "command", command }, { frameId: 0 }).catch(() => {});
});

async function ensureAlarm() {
  const existing = await chrome.alarms.get(FLUSH_ALARM);
  if (!existing) await chrome.alarms.create(FLUSH_ALARM, { periodInMinutes: 1 });
  if (!(await chrome.alarms.get(REMINDER_ALARM))) {
    await chrome.alarms.create(REMINDER_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
  }
}

chrome.runtime.onInstalled.addListener(() => void ensureAlarm());
chrome.runtime.onStartup.addListener(() => void ensureAlarm());

// Every start of the worker: lock the token away from content scripts, make sure the alarm
// exists, and deliver whatever waited while the worker or the backend was down.
void restrictStorageToExtension();
void ensureAlarm().catch(() => {});
void flush().catch(() => {});
