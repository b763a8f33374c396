// The only code that sends requests to the Hugdesk backend.

import { getSettings } from "./settings.js";

// The service worker is stopped when a fetch runs over 30 s; stay far below.
export const TIMEOUT_MS = 8000;

// What a failed call means for the caller. "unreachable", "timeout", "server", "busy",
// "unauthorized" and "no_token" are worth retrying later; "rejected" and "not_found" are not.
export function errorCode(status) {
  if (status === 401) return "unauthorized";
  if (status === 403) return "forbidden";
  if (status === 404) return "not_found";
  if (status === 408 || status === 429) return "busy";
  if (status >= 400 && status < 500) return "rejected";
  return "server";
}

export const RETRYABLE = new Set(["unreachable", "timeout", "server", "busy", "unauthorized", "forbidden", "no_token"]);

let lastState = "unknown";
export const backendState = () => lastState;

export async function call(method, path, body, { settings = null, timeoutMs = TIMEOUT_MS } = {}) {
  const { apiBase, token } = settings || (await getSettings());
  if (!token) {
    lastState = "no_token";
    return { ok: false, error: { code: "no_token" } };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const headers = { Authorization: `Bearer ${token}`, Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  try {
    const res = await fetch(`${apiBase}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
      credentials: "omit",
      cache: "no-store",
      redirect: "error",
    });
    const data = await res.json().catch(() => null);
    if (res.ok) {
      lastState = "ok";
      return { ok: true, status: res.status, data };
    }
    // A 4xx from something that is not Hugdesk (wrong port, another local service) says
    // nothing about the request itself, so it counts as the server being wrong.
    const ours = data && typeof data === "object" && "detail" in data;
    const code = ours ? errorCode(res.status) : "server";
    lastState = code === "rejected" || code === "not_found" ? "ok" : code;
    return { ok: false, status: res.status, error: { code, status: res.status, detail: ours ? String(data.detail) : "" } };
  } catch (err) {
    lastState = "unreachable";
    return { ok: false, error: { code: err && err.name === "AbortError" ? "timeout" : "unreachable" } };
  } finally {
    clearTimeout(timer);
  }
}

export async function health(settings) {
  const { apiBase } = settings;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const res = await fetch(`${apiBase}/api/v1/health`, { signal: controller.signal, credentials: "omit", cache: "no-store" });
    const data = await res.json().catch(() => null);
    return res.ok && data && data.status === "ok" ? { ok: true, data } : { ok: false, error: { code: "server", status: res.status } };
  } catch (err) {
    return { ok: false, error: { code: err && err.name === "AbortError" ? "timeout" : "unreachable" } };
  } finally {
    clearTimeout(timer);
  }
}
