// Live tone warnings on the agent's draft: 400 ms after they stop typing in the reply box the
// backend's tone guard reads the draft; its warnings (and any promise it recognised) show on
// the card. A backend without the guard answers nothing and the card shows nothing.
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const QUIET_MS = 400;
  const timers = new WeakMap();
  const asked = new WeakMap(); // record -> draft last sent, so an unchanged draft is not re-checked

  async function check(editor, rec) {
    const draft = H.editorText(editor).trim().slice(0, 5000);
    if (asked.get(rec) === draft) return;
    asked.set(rec, draft);
    if (!draft) {
      rec.ui.tone = [];
      rec.ui.tonePromise = null;
      return H.refresh(rec);
    }
    const answer = await H.send("tone", {
      draft,
      review_text: rec.item.text || null,
      rating: rec.item.rating,
      ticket_id: rec.result ? rec.result.ticket_id : null,
      ui_lang: H.uiLang,
    });
    if (asked.get(rec) !== draft) return; // the agent typed on; a newer answer is coming
    rec.ui.tone = answer.ok && Array.isArray(answer.data.warnings) ? answer.data.warnings.slice(0, 3) : [];
    rec.ui.tonePromise = answer.ok && answer.data.promise && answer.data.promise.text ? answer.data.promise : null;
    H.refresh(rec);
  }

  function onInput({ editor, rec }) {
    clearTimeout(timers.get(rec));
    timers.set(rec, setTimeout(() => H.safe(() => void check(editor, rec)), QUIET_MS));
  }

  function render(rec) {
    const { h, t } = H;
    const out = (rec.ui.tone || []).map((w) =>
      h("span", { class: "tone", role: "status", dataset: { tone: String(w.code || "") } },
        `⚠ ${String(w.message || w.code || "")}`,
        w.fix ? h("span", { class: "muted" }, ` → ${String(w.fix)}`) : null));
    const promise = rec.ui.tonePromise;
    if (promise) {
      out.push(h("button", {
        type: "button",
        dataset: { focus: "tone-promise" },
        onclick: () => H.openPromiseForm(rec, true, promise),
      }, t("tone_log_promise")));
    }
    return out;
  }

  function init() {
    H.cardSection({
      name: "tone",
      slot: "bar",
      order: 60,
      render,
      key: (rec) => [(rec.ui.tone || []).map((w) => [w.code, w.message, w.fix]), rec.ui.tonePromise ? String(rec.ui.tonePromise.text) : null],
    });
    H.on("editor-input", onInput);
  }

  H.features.add({ name: "tone", init });
})();
