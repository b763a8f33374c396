// Backend address and token. The token is write-only here: the page says whether one is set
// but never shows it, and only the background reads it back.

import { localize, problem, send, t } from "../ui/page.js";

const $ = (id) => document.getElementById(id);

function showSettings(data) {
  $("apiBase").value = data.apiBase;
  $("token").value = "";
  $("token").placeholder = data.has_token ? t("options_token_kept") : "";
  $("token-state").textContent = data.has_token ? t("options_token_set") : t("options_token_missing");
}

async function save(event) {
  event.preventDefault();
  const token = $("token").value.trim();
  const answer = await send("settings_set", { apiBase: $("apiBase").value, ...(token ? { token } : {}) });
  if (!answer.ok) {
    $("result").textContent = problem(answer.error);
    return;
  }
  showSettings(answer.data);
  $("result").textContent = t("options_saved");
}

async function test() {
  $("result").textContent = t("options_testing");
  const token = $("token").value.trim();
  const apiBase = $("apiBase").value;
  const answer = await send("test_connection", { apiBase, ...(token ? { token } : {}) });
  $("result").textContent = answer.ok
    ? t("options_connected", answer.data.agent ? answer.data.agent.name : "?", answer.data.version || "?")
    : problem(answer.error, apiBase);
}

localize();
$("settings").addEventListener("submit", save);
$("test").addEventListener("click", test);
send("settings_get").then((answer) => {
  if (answer.ok) showSettings(answer.data);
});
