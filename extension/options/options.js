// Backend address and token, and the business's name. The token is write-only here: the page says
// whether one is set but never shows it, and only the background reads it back. The business name
// is the backend's setting (drafts and signatures use it); a card without it links here.

import { localize, problem, send, t } from "../ui/page.js";

const $ = (id) => document.getElementById(id);

function showSettings(data) {
  $("apiBase").value = data.apiBase;
  $("token").value = "";
  $("token").placeholder = data.has_token ? t("options_token_kept") : "";
  $("token-state").textContent = data.has_token ? t("options_token_set") : t("options_token_missing");
}

// A team server elsewhere than this machine: Chrome asks the agent to let Hugdesk reach that host.
// It must be asked during the click itself, before anything else is awaited.
function askForHost(apiBase) {
  let url;
  try {
    url = new URL(apiBase.trim());
  } catch {
    return Promise.resolve(true); // the background says what is wrong with it
  }
  if (url.protocol !== "https:") return Promise.resolve(true);
  $("result").textContent = t("options_host_asking", url.hostname);
  return chrome.permissions.request({ origins: [`https://${url.hostname}/*`] }).catch(() => false);
}

async function save(event) {
  event.preventDefault();
  if (!(await askForHost($("apiBase").value))) {
    $("result").textContent = t("options_host_refused");
    return;
  }
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
  if (!(await askForHost($("apiBase").value))) {
    $("result").textContent = t("options_host_refused");
    return;
  }
  $("result").textContent = t("options_testing");
  const token = $("token").value.trim();
  const apiBase = $("apiBase").value;
  const answer = await send("test_connection", { apiBase, ...(token ? { token } : {}) });
  $("result").textContent = answer.ok
    ? t("options_connected", answer.data.agent ? answer.data.agent.name : "?", answer.data.version || "?")
    : problem(answer.error, apiBase);
}

async function saveBusinessName(event) {
  event.preventDefault();
  const answer = await send("business_name_set", { name: $("businessName").value });
  $("business-result").textContent = answer.ok ? t("options_business_saved") : problem(answer.error, $("apiBase").value);
  if (answer.ok) $("businessName").value = answer.data.business_name;
}

function showBusinessName() {
  return send("business_name_get").then((answer) => {
    if (answer.ok && !$("businessName").value) $("businessName").value = answer.data.business_name;
  });
}

localize();
$("settings").addEventListener("submit", save);
$("business").addEventListener("submit", saveBusinessName);
$("test").addEventListener("click", test);
send("settings_get").then((answer) => {
  if (answer.ok) showSettings(answer.data);
});
void showBusinessName();
