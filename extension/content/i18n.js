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

  // A number of units, short, in the agent's language and its plural forms ("3 days", "3 dni",
  // "3 дн.", as Intl.NumberFormat's short units write them). Not Intl.NumberFormat itself: the
  // first one made on a page costs it 20-70 ms of main thread (the locale's number data), while
  // plural rules cost well under a millisecond. Keys spelled out for the language tests.
  const UNITS = {
    minute: { one: (n) => t("unit_minute_one", n), few: (n) => t("unit_minute_few", n), many: (n) => t("unit_minute_many", n), other: (n) => t("unit_minute_other", n) },
    hour: { one: (n) => t("unit_hour_one", n), few: (n) => t("unit_hour_few", n), many: (n) => t("unit_hour_many", n), other: (n) => t("unit_hour_other", n) },
    day: { one: (n) => t("unit_day_one", n), few: (n) => t("unit_day_few", n), many: (n) => t("unit_day_many", n), other: (n) => t("unit_day_other", n) },
    week: { one: (n) => t("unit_week_one", n), few: (n) => t("unit_week_few", n), many: (n) => t("unit_week_many", n), other: (n) => t("unit_week_other", n) },
    month: { one: (n) => t("unit_month_one", n), few: (n) => t("unit_month_few", n), many: (n) => t("unit_month_many", n), other: (n) => t("unit_month_other", n) },
    year: { one: (n) => t("unit_year_one", n), few: (n) => t("unit_year_few", n), many: (n) => t("unit_year_many", n), other: (n) => t("unit_year_other", n) },
  };
  let plurals = null;
  function pluralOf(n) {
    plurals = plurals || H.safe(() => new Intl.PluralRules(uiLang), null);
    return plurals ? plurals.select(n) : n === 1 ? "one" : "other";
  }

  // Thousands as each language groups them: 1,546 in English; 1546 and 12 546 in Polish; 1 546
  // in Ukrainian (no-break spaces).
  function number(n) {
    const digits = String(n);
    if (uiLang === "pl" ? digits.length < 5 : digits.length < 4) return digits;
    return digits.replace(/\B(?=(\d{3})+$)/g, uiLang === "en" ? "," : "\u00a0");
  }

  function unit(name, n) {
    const forms = UNITS[name];
    const form = forms[pluralOf(n)] || forms.other;
    return form(number(n));
  }

  // Warms what the first clock needs (its messages and the plural rules) while the page is idle.
  function warmFormats() {
    H.whenIdle(() => unit("minute", 1));
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

  // How old something is, in the largest unit that fits: "40 min", "5 hr", "3 days", "3 wks",
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
