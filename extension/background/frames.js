// The open card's record-bearing part (history, notes, promises, drafts, status) is an extension
// page, card/card.html, framed inside the card. Text in a closed shadow root is still in the
// page's document: page script finds it with window.find() and reads it with
// getSelection().modify(). Text in a cross-origin frame is out of its reach altogether.
//
// The frame talks only to this worker. It names its card by a random token the content script
// put in the frame's address; the worker asks that tab's content script (top frame only) for
// the record behind the token and relays what the frame wants done on the page (insert a draft,
// close the card, fit the frame to its content). Nothing goes through window.postMessage, which
// page script could read or forge. Backend calls the frame makes (promises, status, contacts)
// are ordinary handlers that accept the "frame" sender.

import { int, isoTime, nullable, obj, oneOf, optional, str } from "./validate.js";

const TOKEN = /^[0-9a-f-]{36}$/;
const ports = new Map(); // `${tabId}:${token}` -> the frame's port, to tell it its record changed

const token = () => str({ min: 36, max: 36, pattern: TOKEN });

async function toContent(sender, message) {
  try {
    const answer = await chrome.tabs.sendMessage(sender.tab.id, message, { frameId: 0 });
    return answer && typeof answer === "object" ? answer : null;
  } catch {
    return null; // the tab navigated away or its content script is gone
  }
}

// A frame keeps a port open so the worker can tell it when its record changed (the page was
// observed again, a draft arrived). The port also keeps the worker alive while a card is open.
export function onFrameConnect(port, kind) {
  if (port.name !== "card-frame" || kind !== "frame") return false;
  const tabId = port.sender.tab.id;
  let key = null;
  port.onMessage.addListener((message) => {
    if (!message || message.type !== "hello" || typeof message.token !== "string" || !TOKEN.test(message.token)) return;
    key = `${tabId}:${message.token}`;
    ports.set(key, port);
  });
  port.onDisconnect.addListener(() => {
    if (key && ports.get(key) === port) ports.delete(key);
  });
  return true;
}

async function frameState({ token: t }, sender) {
  const state = await toContent(sender, { type: "frame_state", token: t });
  return state ? { ok: true, data: state } : { ok: false, error: { code: "gone" } };
}

async function framePage(body, sender) {
  const answer = await toContent(sender, { type: "frame_page", ...body });
  return answer ? { ok: true, data: answer } : { ok: false, error: { code: "gone" } };
}

async function framePush({ token: t }, sender) {
  const port = ports.get(`${sender.tab.id}:${t}`);
  if (port) {
    try {
      port.postMessage({ type: "changed" });
    } catch {
      ports.delete(`${sender.tab.id}:${t}`);
    }
  }
  return { ok: true, data: { delivered: Boolean(port) } };
}

export const FRAME_HANDLERS = {
  frame_state: { from: ["frame"], shape: obj({ token: token() }), run: frameState },
  frame_page: {
    from: ["frame"],
    shape: obj({
      token: token(),
      op: oneOf("insert", "close", "resize", "refresh", "promise"),
      index: optional(int({ min: 0, max: 9 }), 0),
      height: optional(int({ min: 0, max: 5000 }), 0),
      // A promise made while the backend was away: every card of the customer lists it meanwhile.
      promise: optional(obj({
        client_id: str({ min: 1, max: 100 }),
        ticket_id: nullable(int()),
        customer_id: nullable(int()),
        text: str({ min: 1, max: 2000 }),
        due_at: isoTime(),
      }), null),
    }),
    run: framePage,
  },
  frame_push: { from: ["content"], shape: obj({ token: token() }), run: framePush },
};
