// Where the backend lives and the token that opens it. Both sit in chrome.storage.local,
// which the service worker restricts to extension pages so content scripts cannot read the token.

export const DEFAULT_API_BASE = "http://127.0.0.1:8765";

// A team server is reached over https:// at any address; plain http:// only on this machine
// (loopback), where nothing crosses the network. The loopback hosts are in host_permissions; any
// other host is asked for at run time (optional_host_permissions, from the options page).
const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function normaliseApiBase(value) {
  const raw = String(value ?? "").trim().replace(/\/+$/, "").replace(/\/api\/v1$/, "");
  let url;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // Only an origin: no credentials, path, query or fragment to smuggle into requests.
  if (url.username || url.password || url.search || url.hash || (url.pathname !== "/" && url.pathname !== "")) return null;
  if (url.protocol === "https:") return url.origin;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return url.origin;
  return null;
}

// The match pattern the extension needs permission for to reach `base` (null: always allowed).
export function permissionFor(base) {
  const url = new URL(base);
  return url.protocol === "http:" && LOOPBACK.has(url.hostname) ? null : `${url.protocol}//${url.hostname}/*`;
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
