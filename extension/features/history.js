// The author's earlier contacts on every channel, and "writing again" when this is a repeat.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;

  const CHANNEL = {
    facebook: () => "Facebook",
    yelp: () => "Yelp",
    tripadvisor: () => "Tripadvisor",
    phone: () => H.t("channel_phone"),
    email: () => H.t("channel_email"),
    chat: () => H.t("channel_chat"),
    visit: () => H.t("channel_visit"),
    other: () => H.t("channel_other"),
  };
  const KIND = {
    review: () => H.t("kind_review"),
    comment: () => H.t("kind_comment"),
    reply: () => H.t("kind_reply"),
    recommendation: () => H.t("kind_recommendation"),
    phone_call: () => H.t("kind_phone_call"),
    email: () => H.t("kind_email"),
    chat: () => H.t("kind_chat"),
    visit: () => H.t("kind_visit"),
    note: () => H.t("kind_note"),
    reply_posted: () => H.t("kind_reply_posted"),
    promise_logged: () => H.t("kind_promise_logged"),
  };
  const label = (table, name) => (Object.hasOwn(table, name) ? table[name]() : String(name));

  function earlier(history) {
    return (history.tickets || 0) + (history.contacts || 0);
  }

  function renderBar(rec) {
    const { h, t } = H;
    const history = rec.result && rec.result.history;
    if (!history || !earlier(history)) return null;
    return h("span", { dataset: { history: String(earlier(history)) } },
      t("history_earlier", earlier(history)),
      history.repeat ? h("span", { class: "again" }, ` · ${t("history_writing_again")}`) : null);
  }

  function renderBody(rec) {
    const { h, t } = H;
    const history = rec.result && rec.result.history;
    if (!history) return null;
    if (!earlier(history)) return h("div", { class: "muted" }, t("history_none"));
    const channels = Object.entries(history.channels || {})
      .map(([name, n]) => `${label(CHANNEL, name)} ${n}`)
      .join(" · ");
    return h("section", null,
      h("h3", { text: t("history_title") }),
      h("div", { class: "muted" }, channels),
      h("ul", null, (history.recent || []).map((e) =>
        h("li", null,
          h("span", { class: "muted" }, H.date(e.at)),
          h("span", null, `${label(CHANNEL, e.channel)} · ${label(KIND, e.kind)}`),
          e.summary ? h("span", null, e.summary) : null))));
  }

  function init() {
    H.cardSection({
      name: "history",
      slot: "bar",
      order: 20,
      render: renderBar,
      key: (rec) => {
        const history = rec.result && rec.result.history;
        return history ? [earlier(history), Boolean(history.repeat)] : null;
      },
    });
    H.cardSection({ name: "history", slot: "body", order: 20, render: renderBody });
  }

  H.features.add({ name: "history", init });
})();
