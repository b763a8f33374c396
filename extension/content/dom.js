// Building UI from data without ever parsing markup: elements are created one by one and
// every piece of text goes in through textContent / text nodes, without bidi controls (text.js).
(() => {
  "use strict";
  const H = globalThis.Hugdesk;
  const PROPS = new Set(["value", "checked", "disabled", "hidden", "tabIndex", "type", "min", "max", "title"]);

  // A card control that fails must fail quietly, sync or async.
  function guarded(handler) {
    return (event) => {
      try {
        const result = handler(event);
        if (result && typeof result.catch === "function") result.catch((err) => H.debug(err));
      } catch (err) {
        H.debug(err);
      }
    };
  }

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") el.textContent = H.plainText(value);
      else if (key === "class") el.className = value;
      else if (key === "dataset") Object.assign(el.dataset, value);
      else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), guarded(value));
      else if (PROPS.has(key)) el[key] = typeof value === "string" ? H.plainText(value) : value;
      else el.setAttribute(key, value === true ? "" : H.plainText(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      el.append(child instanceof Node ? child : document.createTextNode(H.plainText(child)));
    }
    return el;
  }

  Object.assign(H, {
    h,
  });
})();
