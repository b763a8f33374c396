// Every visible word comes from _locales/<lang>/messages.json through chrome.i18n, which
// follows the browser's language. "{0}" marks where a value goes.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  H.lang = H.safe(() => chrome.i18n.getUILanguage(), "en") || "en";
  // The backend writes its own messages (tone warnings) in one of our three languages.
  H.uiLang = ["pl", "uk"].includes(H.lang.slice(0, 2)) ? H.lang.slice(0, 2) : "en";

  H.t = function t(key, ...values) {
    const text = H.safe(() => chrome.i18n.getMessage(key), "") || key;
    return text.replace(/\{(\d)\}/g, (_, i) => String(values[Number(i)] ?? ""));
  };

  const units = {};
  function unit(name) {
    if (!units[name]) {
      units[name] = new Intl.NumberFormat(H.lang, { style: "unit", unit: name, unitDisplay: "short" });
    }
    return units[name];
  }

  // 95 -> "1 hr 35 min" in the agent's language.
  H.duration = function duration(minutes) {
    const m = Math.max(0, Math.round(minutes));
    if (m < 60) return unit("minute").format(m);
    if (m < 48 * 60) {
      const rest = m % 60;
      const hours = unit("hour").format(Math.floor(m / 60));
      return rest ? `${hours} ${unit("minute").format(rest)}` : hours;
    }
    return unit("day").format(Math.floor(m / 1440));
  };

  let dateFormat = null;
  H.date = function date(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    dateFormat = dateFormat || new Intl.DateTimeFormat(H.lang, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
    return dateFormat.format(d);
  };

  let dayFormat = null;
  H.day = function day(iso) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return "";
    dayFormat = dayFormat || new Intl.DateTimeFormat(H.lang, { weekday: "short", day: "numeric", month: "short" });
    return dayFormat.format(d);
  };
})();
