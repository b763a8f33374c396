// The toolbar badge, defined in one place: the number of overdue things (replies past their due
// time, promises past their date), red, with the words in the icon's tooltip. Parts of the
// background report their own count under a name of their own (setOverdue("replies", 3)); the
// badge shows the sum. Counts live in chrome.storage.session, so a restarted worker keeps them.

const KEY = "badgeOverdue";
const RED = "#cf222e";

async function counts() {
  try {
    const stored = await chrome.storage.session.get(KEY);
    return stored[KEY] && typeof stored[KEY] === "object" ? stored[KEY] : {};
  } catch {
    return {};
  }
}

async function draw(table) {
  const total = Object.values(table).reduce((n, v) => n + (Number.isInteger(v) && v > 0 ? v : 0), 0);
  try {
    await chrome.action.setBadgeBackgroundColor({ color: RED });
    await chrome.action.setBadgeText({ text: total ? (total > 99 ? "99+" : String(total)) : "" });
    const name = chrome.i18n.getMessage("ext_name") || "Hugdesk";
    await chrome.action.setTitle({ title: total ? chrome.i18n.getMessage("badge_overdue_title").replace("{0}", String(total)) : name });
  } catch {
    // No action API (tests of the worker alone): nothing to draw on.
  }
  return total;
}

// source: a short name ("replies", "promises", ...); n: how many of those are overdue now.
export async function setOverdue(source, n) {
  const table = await counts();
  table[String(source)] = Math.max(0, Math.floor(Number(n) || 0));
  await chrome.storage.session.set({ [KEY]: table });
  return draw(table);
}

export async function overdueTotal() {
  return draw(await counts());
}
