// Where the backend lives and the token that opens it. Both sit in chrome.storage.local,
// which the service worker restricts to extension pages so content scripts cannot read the token.

export const DEFAULT_API_BASE = "http://127.0.0.1:8765";

// host_permissions cover only these hosts; anything else would fail in fetch anyway.
const API_BASE = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/;

export function normaliseApiBase(value) {
  const base = String(value ?? "").trim().replace(/\/+$/, "").replace(/\/api\/v1$/, "");
  return API_BASE.test(base) ? base : null;
}

export async function getSettings() {
  const stored = await chrome.storage.local.get(["apiBase", "token"]);
  return {
    apiBase: normaliseApiBase(stored.apiBase) || DEFAULT_API_BASE,
    token: typeof stored.token === "string" ? stored.token.trim() : "",
  };
}

export async function saveSettings({ apiBase, token }) {
  const update = { apiBase };
  if (typeof token === "string" && token.trim()) update.token = token.trim();
  await chrome.storage.local.set(update);
}

export async function restrictStorageToExtension() {
  try {
    await chrome.storage.local.setAccessLevel({ accessLevel: "TRUSTED_CONTEXTS" });
  } catch {
    // Older Chrome without setAccessLevel on local storage: content scripts still never ask for it.
  }
}
