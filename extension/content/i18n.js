// Every visible word comes from _locales/<lang>/messages.json through chrome.i18n, which
// follows the browser's language. "{0}" marks where a value goes.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  const lang = H.safe(() => chrome.i18n.getUILanguage(), "en") || "en";
  // The backend writes its own messages (tone warnings) in one of our three languages.
  const uiLang = ["pl", "uk"].includes(lang.slice(0, 2)) ? lang.slice(0, 2) : "en";

  // chrome.i18n.getMessage crosses into the browser for every call; each string is asked once.
  const messages = new Map();
  function message(key) {
    let text = messages.get(key);
    if (text === undefined) {
      text = H.safe(() => chrome.i18n.getMessage(key), "") || key;
      messages.set(key, text);
    }
    return text;
  }

  function t(key, ...values) {
    const text = message(key);
    return text.includes("{") ? text.replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)] ?? "")) : text;
  }

  // Building a unit formatter is slow (tens of ms for the locale's data), so each one is made
  // once, when first needed, and what it formats is remembered.
  const units = new Map();
  const formatted = new Map();
  function unit(name, n) {
    const id = `${name}:${n}`;
    let text = formatted.get(id);
    if (text !== undefined) return text;
    let format = units.get(name);
    if (!format) {
      format = H.safe(() => new Intl.NumberFormat(lang, { style: "unit", unit: name, unitDisplay: "short" }), null);
      units.set(name, format);
    }
    text = format ? format.format(n) : `${n} ${name}`;
    if (formatted.size < 5000) formatted.set(id, text);
    return text;
  }

  // The formatters are made while the page is idle, one per idle period, before the first
  // answer from the backend needs them.
  function warmFormats() {
    if (typeof requestIdleCallback !== "function") return;
    const names = ["minute", "hour", "day"];
    const next = () => {
      const name = names.shift();
      if (!name) return;
      H.safe(() => unit(name, 1));
      requestIdleCallback(next, { timeout: 2000 });
    };
    requestIdleCallback(next, { timeout: 2000 });
  }

  // What duration() shows depends only on this, so a card can tell when its text would change.
  function durationKey(minutes) {
    const m = Math.max(0, Math.round(minutes));
    return m < 48 * 60 ? m : -Math.floor(m / 1440);
  }

  // 95 -> "1 hr 35 min" in the agent's language.
  function duration(minutes) {
    const m = Math.max(0, Math.round(minutes));
    if (m < 60) return unit("minute", m);
    if (m < 48 * 60) {
      const rest = m % 60;
      const hours = unit("hour", Math.floor(m / 60));
      return rest ? `${hours} ${unit("minute", rest)}` : hours;
    }
    return unit("day", Math.floor(m / 1440));
  }

  // A clock's figure: under an hour in minutes (never "0 min"), under two days in hours and
  // minutes, then days. It changes when durationKey does.
  function clock(minutes) {
    return duration(Math.max(1, Math.abs(minutes)));
  }

  // How old something is, in the largest unit that fits: "40 min", "5 hr", "3 days", "3 wk",
  // "4 mths", "2 yrs".
  function age(minutes) {
    const m = Math.max(1, Math.round(minutes));
    if (m < 60) return unit("minute", m);
    if (m < 48 * 60) return unit("hour", Math.floor(m / 60));
    const days = Math.floor(m / 1440);
    if (days < 14) return unit("day", days);
    if (days < 61) return unit("week", Math.floor(days / 7));
    if (days < 730) return unit("month", Math.floor(days / 30.44));
    return unit("year", Math.floor(days / 365.25));
  }

  let dateFormat = null;
  function date(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    dateFormat = dateFormat || new Intl.DateTimeFormat(lang, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
    return dateFormat.format(d);
  }

  let dayFormat = null;
  function day(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    dayFormat = dayFormat || new Intl.DateTimeFormat(lang, { weekday: "short", day: "numeric", month: "short" });
    return dayFormat.format(d);
  }

  Object.assign(H, {
    lang,
    uiLang,
    t,
    warmFormats,
    durationKey,
    duration,
    clock,
    age,
    date,
    day,
  });
})();
