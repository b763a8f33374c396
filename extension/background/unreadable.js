// Pages the adapters could not read: a platform page that plainly holds reviews or comments
// where none were read, or some had no id. The tab's toolbar icon says so quietly ("?" with a
// tooltip) and the last reports stay in chrome.storage.local for the popup, with the page's
// address and the adapter's version, so a site redesign is seen the day it happens.

const KEY = "unreadable_pages";
const KEEP = 20;
const BADGE = "?";
const BADGE_COLOR = "#8a6d1f";

// Reports already warned about in this worker's console (the worker may restart; that is fine).
const warned = new Set();

export async function reportUnreadable(report, sender) {
  const tabId = sender.tab && Number.isInteger(sender.tab.id) ? sender.tab.id : null;
  const entry = {
    at: new Date().toISOString(),
    url: String(sender.url || "").slice(0, 2000),
    tab_id: tabId,
    extension_version: chrome.runtime.getManifest().version,
    ...report,
  };
  if (tabId !== null) {
    await Promise.all([
      chrome.action.setBadgeText({ tabId, text: BADGE }),
      chrome.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR }),
      chrome.action.setTitle({ tabId, title: chrome.i18n.getMessage("unreadable_badge_title") }),
    ]).catch(() => {});
  }
  const { [KEY]: stored } = await chrome.storage.local.get(KEY);
  const earlier = (Array.isArray(stored) ? stored : []).filter((e) => !(e && e.url === entry.url && e.reason === entry.reason));
  await chrome.storage.local.set({ [KEY]: [entry, ...earlier].slice(0, KEEP) });
  const key = `${entry.url}\n${entry.reason}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `Hugdesk could not read ${entry.url}: ${entry.reason} (${entry.cards} cards, ${entry.evidence} items on the page, ${entry.missed} without id), ${entry.platform} adapter ${entry.adapter_version}`,
    );
  }
  return { logged: true };
}

export async function unreadableList() {
  const { [KEY]: stored } = await chrome.storage.local.get(KEY);
  return Array.isArray(stored) ? stored : [];
}

// A new page in the tab starts without the mark; its own content script reports again if needed.
export function clearOnNavigation(tabId, changeInfo) {
  if (changeInfo && changeInfo.status === "loading" && Number.isInteger(tabId)) {
    chrome.action.setBadgeText({ tabId, text: "" }).catch(() => {});
    chrome.action.setTitle({ tabId, title: "" }).catch(() => {});
  }
}
