// Pure helpers shared by the site adapters (Hugdesk.siteKit). Nothing here reads layout:
// adapters run once per item as it appears, so every helper works on one item's subtree with
// textContent, attributes and short ancestor walks only.
(() => {
  "use strict";
  // The namespace as content/namespace.js makes it; the adapter tests load sites/ alone.
  const H = (globalThis.Hugdesk ??= { sites: [] });

  // Subtrees whose text is never the customer's words: controls, hidden copies, our own cards,
  // and editors (the agent's draft must never be read back as the customer's text).
  const SKIP_TAGS = new Set([
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BUTTON", "TEXTAREA", "SELECT", "INPUT", "OPTION",
    "svg", "SVG", "IFRAME", "HUGDESK-CARD",
  ]);
  const BLOCK_TAGS = new Set([
    "P", "DIV", "LI", "UL", "OL", "SECTION", "ARTICLE", "BLOCKQUOTE", "Q", "H1", "H2", "H3", "H4",
    "H5", "H6", "DD", "DT", "TD", "TH", "TR", "TABLE", "HEADER", "FOOTER", "FORM", "FIGURE",
    "FIGCAPTION", "MAIN", "ASIDE", "NAV", "PRE",
  ]);
  // Emoji are often images (Facebook): keep their alt text, never an image's description.
  const EMOJI_ALT = /^[^\p{L}\p{N}\s]{1,8}$/u;
  // Expand/collapse controls that some eras render as plain spans at the end of the text.
  // Only multi-word phrases: a single word such as "more" may end the customer's own sentence.
  const UI_TAIL = /(?:\s*(?:…|\.\.\.))?\s*(?:Read more|See more|Show more|Show less|See less|See translation|Zobacz więcej|Pokaż więcej|Czytaj dalej|Показати більше|Читати далі)\s*$/iu;

  const errors = [];

  function record(error, where) {
    if (errors.length >= 20) errors.shift();
    errors.push({ where, message: String((error && error.message) || error) });
  }

  // Wraps fn so that it never throws: a broken selector on a redesigned page must cost one
  // missing card, never the platform's page.
  function guard(fn, fallback, where) {
    return function guarded(...args) {
      try {
        return fn.apply(this, args);
      } catch (error) {
        record(error, where || fn.name);
        return typeof fallback === "function" ? fallback(...args) : fallback;
      }
    };
  }

  function normalize(value) {
    return String(value ?? "")
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  }

  function stripUiTail(text) {
    let out = text;
    for (let i = 0; i < 2 && UI_TAIL.test(out); i++) out = out.replace(UI_TAIL, "").trim();
    return out;
  }

  function isElement(node) {
    return !!node && node.nodeType === 1;
  }

  function isSkipped(el) {
    if (SKIP_TAGS.has(el.tagName)) return true;
    // Most elements carry a class and nothing else: one cheap test before the attribute reads.
    const attrs = el.attributes;
    if (attrs.length === 0 || (attrs.length === 1 && attrs[0].name === "class")) {
      // Legacy Yelp and TripAdvisor keep the full copy of a truncated text in a .hidden twin.
      return attrs.length === 1 && el.classList.contains("hidden");
    }
    if (el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true") return true;
    const role = el.getAttribute("role");
    if (role === "button" || role === "textbox") return true;
    if (el.getAttribute("contenteditable") === "true") return true;
    if (el.classList && el.classList.contains("hidden")) return true;
    return el.hasAttribute("data-hugdesk-review");
  }

  // The visible words of a subtree: <br> and block boundaries become spaces (textContent would
  // glue "…evening.Came back" together), controls and hidden copies are left out.
  function textOf(node, exclude) {
    if (!node) return "";
    const parts = [];
    const walk = (parent) => {
      for (let c = parent.firstChild; c; c = c.nextSibling) {
        if (c.nodeType === 3) {
          parts.push(c.nodeValue);
          continue;
        }
        if (c.nodeType !== 1 || isSkipped(c) || (exclude && exclude(c))) continue;
        const tag = c.tagName;
        if (tag === "BR" || tag === "WBR") {
          if (tag === "BR") parts.push(" ");
          continue;
        }
        if (tag === "IMG") {
          const alt = c.getAttribute("alt");
          if (alt && EMOJI_ALT.test(alt)) parts.push(alt);
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) parts.push(" ");
        walk(c);
        if (block) parts.push(" ");
      }
    };
    if (isElement(node)) walk(node);
    else if (node.nodeType === 3) parts.push(node.nodeValue);
    return normalize(parts.join(""));
  }

  // Calls visit(textNode) for visible text nodes under root in document order until it returns
  // something truthy; that value is returned. A plain walk over child lists: a TreeWalker with
  // a JavaScript filter pays a native-to-script call per node and was the most expensive part
  // of reading an item.
  function eachText(root, visit, exclude) {
    return isElement(root) ? walkText(root, visit, exclude, true) : null;
  }

  // Same as eachText but also visits hidden text (aria-hidden labels such as Yelp's
  // "Business Owner" are still markers even though they are not the customer's words).
  function eachRawText(root, visit, exclude) {
    return isElement(root) ? walkText(root, visit, exclude, false) : null;
  }

  function walkText(parent, visit, exclude, visibleOnly) {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) {
        const out = visit(c);
        if (out) return out;
        continue;
      }
      if (type !== 1 || !c.firstChild) continue;
      if (visibleOnly ? isSkipped(c) : SKIP_TAGS.has(c.tagName) || c.hasAttribute("data-hugdesk-review")) continue;
      if (exclude && exclude(c)) continue;
      const out = walkText(c, visit, exclude, visibleOnly);
      if (out) return out;
    }
    return null;
  }

  // Calls visit(textNode, found) for the visible text nodes (hidden ones too when raw) for
  // which test(nodeValue) is truthy, in document order, until visit returns something truthy.
  // Meant for searches (a date, a byline) where few nodes match: the native walker steps over
  // the elements, and only a match pays for the check of its ancestors.
  function findText(root, test, visit, exclude, raw) {
    if (!isElement(root)) return null;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const value = t.nodeValue;
      // Script and style bodies can be long; never run a pattern over them.
      if (value.length > 200 && t.parentElement !== root && SKIP_TAGS.has(t.parentElement.tagName)) continue;
      const found = test(value);
      if (!found || hiddenWithin(t.parentElement, root, exclude, raw)) continue;
      const out = visit(t, found);
      if (out) return out;
    }
    return null;
  }

  // Whether el or an ancestor below root is left out by eachText (eachRawText when raw).
  function hiddenWithin(el, root, exclude, raw) {
    for (let e = el; e && e !== root; e = e.parentElement) {
      if (raw ? SKIP_TAGS.has(e.tagName) || e.hasAttribute("data-hugdesk-review") : isSkipped(e)) return true;
      if (exclude && exclude(e)) return true;
    }
    return false;
  }

  function nearestBlock(node, root) {
    let el = node.parentElement;
    while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
    return el || root;
  }

  // The block holding the most visible text directly (a review body beats its title, the
  // reviewer's name, the date and the action links), read with textOf.
  function longestBlock(root, exclude) {
    const sizes = new Map();
    eachText(
      root,
      (t) => {
        const len = t.nodeValue.trim().length;
        if (len) {
          const block = nearestBlock(t, root);
          sizes.set(block, (sizes.get(block) || 0) + len);
        }
        return null;
      },
      exclude,
    );
    let best = null;
    let bestSize = 0;
    for (const [block, size] of sizes) {
      if (size > bestSize) {
        best = block;
        bestSize = size;
      }
    }
    if (!best) return { el: null, text: "" };
    // A body written as several <p> is one text, not its longest paragraph.
    let parts = [best];
    if (best.tagName === "P" && best.parentElement && best !== root) {
      parts = [...best.parentElement.children].filter((c) => c.tagName === "P" && !(exclude && exclude(c)) && !isSkipped(c));
    }
    const text = parts.map((p) => textOf(p, exclude)).filter(Boolean).join(" ");
    return { el: best, text: stripUiTail(text) };
  }

  // A byline such as "Business Owner" or "Response from …" stands in a short block of its own;
  // the same words inside a customer's paragraph are not a marker.
  function isByline(textNode, root) {
    return nearestBlock(textNode, root).textContent.trim().length <= 200;
  }

  // The highest ancestor of node (inside root) that does not contain anchor: from a marker such
  // as "Business Owner" up to the whole owner-reply block, stopping before the customer's part
  // (anchors: elements that belong to the customer, e.g. the author link and the rating).
  function blockBelow(root, node, anchors) {
    const list = (Array.isArray(anchors) ? anchors : [anchors]).filter(Boolean);
    let el = isElement(node) ? node : node && node.parentElement;
    if (!el || !root.contains(el) || list.some((a) => el.contains(a))) return null;
    while (el.parentElement && el.parentElement !== root && !list.some((a) => el.parentElement.contains(a))) {
      el = el.parentElement;
    }
    return el;
  }

  function absoluteUrl(href, base) {
    if (!href) return null;
    try {
      const url = new URL(href, base || document.baseURI);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch {
      return null;
    }
  }

  function parseUrl(href, base) {
    if (!href) return null;
    try {
      return new URL(href, base || document.baseURI);
    } catch {
      return null;
    }
  }

  function urlParam(href, name) {
    const url = parseUrl(href);
    return url ? url.searchParams.get(name) : null;
  }

  function clampRating(value) {
    const n = Math.round(value);
    return Number.isFinite(n) && n >= 1 && n <= 5 ? n : null;
  }

  // Yelp in every era: "5 star rating", "2.0 star rating".
  function starRating(label) {
    const m = /(\d(?:[.,]\d+)?)\s*-?\s*star/i.exec(String(label || ""));
    return m ? clampRating(parseFloat(m[1].replace(",", "."))) : null;
  }

  // TripAdvisor: "4.0 of 5 bubbles", "4 of 5 bubbles", legacy class "bubble_40". A bare
  // "3 of 5" (a photo carousel, a pager) is not a rating unless it has TripAdvisor's decimal.
  function bubbleRating(label) {
    const s = String(label || "");
    let m = /(\d(?:[.,]\d+)?)\s*(?:of|out of|z|з|из|de|von|su|sur|van)\s*5\b/i.exec(s);
    if (m && (/bubble/i.test(s) || /[.,]/.test(m[1]))) return clampRating(parseFloat(m[1].replace(",", ".")));
    m = /\bbubble_(\d)(\d)\b/.exec(s);
    return m ? clampRating(Number(m[1]) + Number(m[2]) / 10) : null;
  }

  // "N <word> 5 …" in any UI language: "1 av 5 stjerner" (Norwegian TripAdvisor, 2015), "4,5 z 5",
  // "5 de 5 burbujas". Only for labels the adapter already knows are ratings (a rating image's alt):
  // the words between the numbers are not checked, the place is.
  function outOfFive(label) {
    const m = /^\s*(\d(?:[.,]\d+)?)\s+\p{L}{1,6}\.?\s+5(?:\s|$|\p{P})/u.exec(String(label || ""));
    return m ? clampRating(parseFloat(m[1].replace(",", "."))) : null;
  }

  // Words that are never a person's name in an item's header: counts of contributions or votes,
  // dates, and the platforms' own controls ("Like", "Reply", "More", "Follow"), in en/pl/uk and the
  // other languages our real pages use. Names are matched by place first; this only skips noise.
  const NOT_A_NAME =
    /^(?:\d[\d.,]*(?:\s+\S+){0,2}|like|reply|more|share|follow|see translation|author|top fan|edited|lubię to!?|odpowiedz|więcej|подобається|відповісти|ще|svar|mer|liker)$/iu;

  // The name in an item's header: the first short visible text of root that comes before every
  // element of stops (the body, the rating, the title, the action bar) and is not a date, a count
  // or a control. Adapters call it when the page does not link the author (logged-out pages,
  // legacy layouts), so an action link or a link inside the body can never be taken for a name.
  function headerName(root, stops, exclude) {
    const t = headerText(root, stops, exclude);
    return t ? normalize(t.nodeValue) : null;
  }

  // The text node headerName reads the name from (its element tells whether the page links it).
  function headerText(root, stops, exclude) {
    if (!isElement(root)) return null;
    const limits = (stops || []).filter((s) => isElement(s) && root.contains(s));
    let found = null;
    eachText(
      root,
      (t) => {
        // Past the first stop the header is over: nothing after it is the author.
        if (limits.some((s) => s.contains(t) || !isBefore(t, s))) return true;
        const value = normalize(t.nodeValue);
        if (value.length < 2 || value.length > 80 || !/\p{L}/u.test(value)) return null;
        if (NOT_A_NAME.test(value) || dateMatch(value)) return null;
        found = t;
        return true;
      },
      exclude,
    );
    return found;
  }

  // Facebook comment ids: decimal, "<post>_<comment>", or base64 of "comment:<post>_<comment>".
  function fbCommentId(raw) {
    if (!raw) return null;
    let v = String(raw).trim();
    try {
      v = decodeURIComponent(v);
    } catch {
      // already decoded
    }
    if (/^\d+$/.test(v)) return { postId: null, commentId: v };
    let m = /^(\d+)_(\d+)$/.exec(v);
    if (m) return { postId: m[1], commentId: m[2] };
    let b = v.replace(/-/g, "+").replace(/_/g, "/").replace(/\s/g, "");
    if (!/^[A-Za-z0-9+/]+=*$/.test(b)) return null;
    while (b.length % 4) b += "=";
    let decoded;
    try {
      decoded = atob(b);
    } catch {
      return null;
    }
    m = /^comment:(\d+)_(\d+)$/.exec(decoded);
    return m ? { postId: m[1], commentId: m[2] } : null;
  }

  const MONTHS = {
    jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  };
  const DATE_PATTERN =
    /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b|\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),\s*(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/i;

  function pad(n) {
    return String(n).padStart(2, "0");
  }

  // "9/6/2022", "Sep 6, 2022", "September 6, 2022", "2022-09-06" -> "2022-09-06".
  function isoDate(text) {
    const m = DATE_PATTERN.exec(String(text || ""));
    if (!m) return null;
    let y, mo, d;
    if (m[1]) [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[4]) [mo, d, y] = [MONTHS[m[4].toLowerCase()], Number(m[5]), Number(m[6])];
    else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
    if (!mo || mo > 12 || !d || d > 31) return null;
    return `${y}-${pad(mo)}-${pad(d)}`;
  }

  function dateMatch(text) {
    const m = DATE_PATTERN.exec(String(text || ""));
    return m ? m[0] : null;
  }

  const SUBMIT_WORDS =
    /^(post|submit|send|reply|respond|comment|publish|save|post (?:public )?comment|post reply|submit response|send message|opublikuj|wyślij|odpowiedz|skomentuj|надіслати|опублікувати|відповісти|коментувати)\b/i;
  const CANCEL_WORDS = /^(cancel|close|discard|anuluj|zamknij|скасувати|закрити)\b/i;

  function controlLabel(el) {
    return normalize(el.getAttribute("aria-label") || el.value || el.textContent || "");
  }

  function isBefore(a, b) {
    return !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
  }

  // The button that sends this editor's text: the form's submit button, else a nearby
  // "Post"/"Submit"/"Reply" control that comes after the editor. Rich editors without a form
  // (Facebook's Lexical composer posts on Enter) get null rather than an unrelated button.
  function submitFor(editor) {
    if (!isElement(editor)) return null;
    const form = editor.form || editor.closest("form");
    if (form) {
      const buttons = [...form.querySelectorAll('button, input[type="submit"], [role="button"]')].filter(
        (b) => (b.type === "submit" || b.getAttribute("role") === "button" || b.tagName === "BUTTON") && !CANCEL_WORDS.test(controlLabel(b)),
      );
      return (
        buttons.find((b) => b.type === "submit" && SUBMIT_WORDS.test(controlLabel(b))) ||
        buttons.find((b) => SUBMIT_WORDS.test(controlLabel(b))) ||
        buttons.find((b) => b.type === "submit") ||
        null
      );
    }
    if (editor.tagName !== "TEXTAREA") return null;
    let scope = editor.parentElement;
    for (let i = 0; i < 4 && scope; i++, scope = scope.parentElement) {
      for (const b of scope.querySelectorAll('button, [role="button"], input[type="submit"]')) {
        if (isBefore(editor, b) && SUBMIT_WORDS.test(controlLabel(b)) && !CANCEL_WORDS.test(controlLabel(b))) return b;
      }
    }
    return null;
  }

  // First control inside root whose label matches words (and that is not inside skip).
  function findControl(root, words, skip) {
    if (!isElement(root)) return null;
    for (const el of root.querySelectorAll('button, a[href], [role="button"], [role="link"]')) {
      if (skip && skip(el)) continue;
      if (words.test(normalize(el.textContent)) || words.test(normalize(el.getAttribute("aria-label")))) return el;
    }
    return null;
  }

  // Only the outermost matches of an item selector (the rule every readItem applies): nested
  // copies would each cost an animation event and a rejected read. A complex :not() needs
  // Chrome 88; the manifest asks for 120.
  function outermost(selector) {
    return `:is(${selector}):not(:is(${selector}) *)`;
  }

  // The card at the top of the item's own box: inside the element, so it moves with it.
  function topOf(el) {
    return isElement(el) ? { parent: el, before: el.firstChild } : null;
  }

  // Directly under an item's header: right after the part of the item that holds the last of the
  // header's marks (the customer's name, the rating), inside the smallest part that holds both the
  // marks and the body (the customer's words), so nothing of the header is left below the card and
  // nothing of the words above it. null when a mark is missing from the item, comes after the body
  // or wraps it, or the two part ways only inside a line of text (a link, a paragraph): the
  // adapter's own cardAnchor is used then.
  const INLINE = "a, abbr, b, button, em, h1, h2, h3, h4, h5, h6, i, label, p, span, strong, time";
  function underHeader(el, marks, body) {
    if (!isElement(el) || !isElement(body) || body === el || !el.contains(body)) return null;
    const follows = (a, b) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    const list = (Array.isArray(marks) ? marks : [marks]).filter((m) => isElement(m) && m !== el && el.contains(m));
    if (!list.length || list.some((m) => m.contains(body) || body.contains(m) || !follows(m, body))) return null;
    let parent = el;
    for (let depth = 0; depth < 64; depth++) {
      const childOf = (n) => {
        let c = n;
        while (c.parentNode !== parent) c = c.parentNode;
        return c;
      };
      const last = list.filter((m) => parent.contains(m) && m !== parent).map(childOf)
        .reduce((a, b) => (follows(a, b) ? b : a));
      const bodyPart = childOf(body);
      if (last !== bodyPart) return parent !== el && parent.matches(INLINE) ? null : { parent, before: last.nextSibling };
      parent = bodyPart;
    }
    return null;
  }

  // Press the item's own control ("Respond publicly", "Write a response") if it has one.
  function clickControl(el, words) {
    const control = isElement(el) ? findControl(el, words) : null;
    if (!control) return false;
    control.click();
    return true;
  }

  // ---- knowing when a page was not read -----------------------------------------------------
  // A redesign shows itself as a page that plainly holds reviews or comments while the adapter
  // reads none of them (refined-github warns when a selector never matches). Each adapter says
  // which pages hold items (readsPage) and counts the marks items leave in any era (evidence:
  // distinct review or comment ids, rating strings next to reviewer links); the loader compares.

  // What readItem returns for an element that is an item but deliberately gets no card (the
  // post author's own replies): neither a card nor a miss.
  const SKIP = Object.freeze({ skip: true });
  // At least this many distinct marks before an empty page counts as not read: one stray review
  // link in a sidebar is not a page of reviews.
  const MIN_EVIDENCE = 3;

  // {reason, evidence, cards, missed} when the page plainly holds items the adapter did not read,
  // else null. cards: items read; skipped: items deliberately left without a card; missed:
  // elements that hold an item's marks but gave no item (no id found).
  function readingGap(site, { cards, skipped, missed }) {
    if (!site || !site.readsPage(location)) return null;
    if (missed > 0) return { reason: "no_ids", evidence: site.evidence(document, false), cards, missed };
    if (cards + skipped > 0) return null;
    const evidence = site.evidence(document, false);
    return evidence >= MIN_EVIDENCE ? { reason: "none", evidence, cards, missed } : null;
  }

  // Where the card goes: under the item's header when the adapter can say what that is
  // (itemHeader(el) -> {marks, body}), else the adapter's cardAnchor (before or atop the item).
  function cardPlace(adapter) {
    const anchor = guard(adapter.cardAnchor, (el) => (el && el.parentNode ? { parent: el.parentNode, before: el.nextSibling } : null), adapter.platform + ".cardAnchor");
    if (!adapter.itemHeader) return anchor;
    const header = guard((el) => {
      const found = adapter.itemHeader(el);
      return found ? underHeader(el, found.marks, found.body) : null;
    }, null, adapter.platform + ".itemHeader");
    return (el) => header(el) || anchor(el);
  }

  function register(adapter) {
    const read = guard(adapter.readItem, null, adapter.platform + ".readItem");
    const outcomes = new WeakMap(); // element -> "item" | "skip" | "none", from its last read
    const wrapped = {
      platform: adapter.platform,
      // Bumped whenever the adapter's reading changes, so a report names the code that missed.
      version: String(adapter.version || "0"),
      itemSelector: adapter.itemSelector,
      matches: guard(adapter.matches, false, adapter.platform + ".matches"),
      readItem(el, now) {
        const item = read(el, now);
        const outcome = !item ? "none" : item === SKIP || item.skip === true ? "skip" : "item";
        if (isElement(el)) outcomes.set(el, outcome);
        return outcome === "item" ? item : null;
      },
      outcome: (el) => (isElement(el) && outcomes.get(el)) || null,
      readsPage: guard(adapter.readsPage || (() => true), false, adapter.platform + ".readsPage"),
      // evidence(root, own): distinct item marks under root (own: only those of root itself,
      // not of items nested in it).
      evidence: guard(adapter.evidence || (() => 0), 0, adapter.platform + ".evidence"),
      cardAnchor: cardPlace(adapter),
      replyTarget: guard(adapter.replyTarget, null, adapter.platform + ".replyTarget"),
      openReply: guard(adapter.openReply, false, adapter.platform + ".openReply"),
      // Business reply forms have their own submit button unless the adapter knows better.
      submitButton: guard(adapter.submitButton || submitFor, null, adapter.platform + ".submitButton"),
    };
    // A second injection (reloaded extension) replaces the adapter instead of doubling it.
    const at = H.sites.findIndex((s) => s && s.platform === adapter.platform);
    if (at >= 0) H.sites[at] = wrapped;
    else H.sites.push(wrapped);
    return wrapped;
  }

  Object.assign(H, {
    siteKit: Object.freeze({
      errors,
      guard,
      normalize,
      stripUiTail,
      textOf,
      eachText,
      eachRawText,
      findText,
      longestBlock,
      nearestBlock,
      isByline,
      blockBelow,
      absoluteUrl,
      parseUrl,
      urlParam,
      starRating,
      bubbleRating,
      outOfFive,
      headerName,
      headerText,
      fbCommentId,
      isoDate,
      dateMatch,
      submitFor,
      findControl,
      isElement,
      register,
      topOf,
      underHeader,
      clickControl,
      outermost,
      SKIP,
      readingGap,
    }),
  });
})();
