// Shared by the popup and the options page: words from chrome.i18n, messages to the
// background, DOM built without markup parsing.

export function t(key, ...values) {
  const text = chrome.i18n.getMessage(key) || key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)] ?? ""));
}

// Static words in the HTML: data-i18n (text), data-i18n-placeholder, data-i18n-title.
export function localize(root = document) {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll("[data-i18n-title]")) el.title = t(el.dataset.i18nTitle);
}

export async function send(type, body = {}) {
  try {
    const answer = await chrome.runtime.sendMessage({ type, body });
    return answer || { ok: false, error: { code: "no_answer" } };
  } catch (err) {
    return { ok: false, error: { code: "internal", detail: String(err) } };
  }
}

// Bidi embeddings, overrides and isolates in page text (an author named "\u202E...") are dropped,
// as the card does (content/text.js): they would show a name backwards.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const plain = (value) => String(value).replace(BIDI_CONTROLS, "");

export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") el.textContent = plain(value);
    else if (key === "class") el.className = value;
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "disabled" || key === "hidden") el[key] = Boolean(value);
    else el.setAttribute(key, plain(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(plain(child)));
  }
  return el;
}

export function problem(error, apiBase = "") {
  switch (error && error.code) {
    case "unreachable":
    case "timeout":
      return t("problem_unreachable", apiBase);
    case "unauthorized":
    case "forbidden":
      return t("problem_token");
    case "no_token":
      return t("problem_no_token");
    case "invalid":
      return t("problem_invalid");
    default:
      return t("problem_other", (error && (error.status || error.code)) || "?");
  }
}

export function when(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return new Intl.DateTimeFormat(chrome.i18n.getUILanguage(), {
    weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
  }).format(d);
}
