// Who sent a message. Content scripts may only speak from the top frame of a tab on a
// platform page the manifest injects into; extension pages from our own origin.

function patternTest(pattern) {
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return () => false;
  const [, scheme, host] = m;
  return (url) => {
    if (scheme !== "*" ? url.protocol !== `${scheme}:` : !/^https?:$/.test(url.protocol)) return false;
    if (host.startsWith("*.")) {
      const base = host.slice(2);
      return url.hostname === base || url.hostname.endsWith(`.${base}`);
    }
    return url.hostname === host;
  };
}

let platformTests = null;
function platformPatterns() {
  if (!platformTests) {
    const scripts = chrome.runtime.getManifest().content_scripts || [];
    platformTests = scripts.flatMap((s) => s.matches || []).map(patternTest);
  }
  return platformTests;
}

export function isPlatformUrl(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return platformPatterns().some((test) => test(url));
}

// Our card frame (background/frames.js): an extension page inside a platform tab, never its top
// frame. It is loaded through the session's dynamic extension URL (use_dynamic_url), so its origin
// is not our static one; sender.id, filled in by the browser, says it is ours.
function isCardFrame(sender) {
  if (!sender.tab || sender.frameId === 0 || typeof sender.url !== "string") return false;
  let url;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }
  return url.protocol === "chrome-extension:" && url.pathname === "/card/card.html"
    && (!sender.origin || sender.origin === url.origin);
}

// "content" | "page" | "frame" | null
export function senderKind(sender) {
  if (!sender || sender.id !== chrome.runtime.id) return null;
  const own = chrome.runtime.getURL("");
  if (isCardFrame(sender)) return "frame";
  if (typeof sender.url === "string" && sender.url.startsWith(own)) {
    // Other extension pages framed into a web page get no rights.
    if (sender.tab && sender.frameId !== 0) return null;
    return !sender.origin || `${sender.origin}/` === own ? "page" : null;
  }
  if (sender.tab && sender.frameId === 0 && isPlatformUrl(sender.url)) return "content";
  return null;
}
