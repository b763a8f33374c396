// Yelp: reviews on business pages (www, every era since the classic 2016 layout) and on the
// owner's Yelp for Business reviews screen (biz.yelp.com). Relies on what every era shares:
// "N star rating" labels, /user_details?userid= author links, the lang attribute on review
// text and the "Business Owner" / "Comment from … of …" wording of owner replies.
(() => {
  "use strict";
  const H = (globalThis.Hugdesk ??= { sites: [] });
  const kit = H.siteKit;
  if (!kit) return;

  // Selectors and the pages that prove them (tests/browser/test_adapters.py):
  //   [data-review-id]                     yelp-classic-2016: 20 reviews (+20 nested voting
  //                                         blocks and 1 stray link, rejected by readItem)
  //   section[aria-label*="review" i] li   yelp-react-2022: 10 reviews ("Recommended Reviews"),
  //                                         yelp-biz-reply: 4 reviews ("Reviews")
  //   rating: [aria-label|title|alt*="star rating"]   all three
  //   author: a[href*="user_details?userid="]         all three; on a user's own page
  //                                         (yelp-user-2019) the page's user, named in its <h1>
  const ITEM = '[data-review-id], section[aria-label*="review" i] li';
  const RATING = '[aria-label*="star rating" i], [title*="star rating" i], img[alt*="star rating" i]';
  const AUTHOR = 'a[href*="user_details?userid="], a[href*="user_details?userid%3D"]';
  const EDITOR = 'textarea, [contenteditable="true"]';

  const HOSTS = /^(?:(?:www|m|biz)\.)?yelp\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/i;
  // The reply's byline: the role the business user chose, or the classic "Comment from … of …".
  const OWNER_MARK = /^\s*(?:Business (?:Owner|Manager|Customer Service)|Comment from\s+.+\s+of\s+.+)\s*$/i;
  // Any text node matching OWNER_MARK contains this, so one test of the review's textContent
  // spares the walk over its text on the many reviews nobody answered.
  const OWNER_HINT = /Business (?:Owner|Manager|Customer Service)|Comment from\s/i;
  const PUBLIC_REPLY = /^(?:Respond publicly|Reply publicly|Add public comment|Public comment|Write a public comment|Respond|Reply)$/i;
  const PRIVATE = /private|direct message/i;

  const isOwnerMark = (value) => OWNER_MARK.test(value);
  // The shortest date kit.dateMatch knows ("1/5/2016") has eight characters and digits: most
  // text nodes (names, labels, whitespace) are turned away before the full pattern.
  const shownDate = (value) => (value.length >= 8 && /\d/.test(value) ? kit.dateMatch(value) : null);

  function ratingOf(el, isOwnerPart) {
    for (const r of el.querySelectorAll(RATING)) {
      if (isOwnerPart(r)) continue;
      const value = kit.starRating(r.getAttribute("aria-label") || r.getAttribute("title") || r.getAttribute("alt"));
      if (value) return { el: r, value };
    }
    return null;
  }

  // Markers of the business's own reply; the whole reply block is found from them.
  function ownerBlocks(el, anchors) {
    const blocks = [];
    const add = (node) => {
      const block = kit.blockBelow(el, node, anchors);
      if (block && !blocks.some((b) => b.contains(block))) blocks.push(block);
    };
    for (const region of el.querySelectorAll('[aria-labelledby^="businessOwner"], [id^="businessOwner"]')) add(region);
    if (!OWNER_HINT.test(el.textContent)) return blocks;
    kit.findText(el, isOwnerMark, (t) => {
      if (kit.isByline(t, el)) add(t.parentElement);
      return null;
    }, null, true);
    return blocks;
  }

  function reviewText(el, skip) {
    for (const node of el.querySelectorAll("[lang]")) {
      if (skip(node)) continue;
      const text = kit.stripUiTail(kit.textOf(node, skip));
      if (text) return text;
    }
    const described = [...el.querySelectorAll('[itemprop="description"]')].find((n) => !skip(n));
    if (described) return kit.stripUiTail(kit.textOf(described, skip));
    return kit.longestBlock(el, skip).text;
  }

  function postedText(el, skip) {
    const shown = kit.findText(el, shownDate, (t, date) => date, skip);
    if (shown) return shown;
    const meta = [...el.querySelectorAll('meta[itemprop="datePublished"]')].find((m) => !skip(m));
    return meta ? meta.getAttribute("content") : null;
  }

  // The reply's words without its header (name, "Business Owner", date).
  function ownerReplyText(block) {
    const headers = [...block.querySelectorAll('[aria-labelledby^="businessOwner"]')];
    kit.findText(block, isOwnerMark, (t) => {
      headers.push(kit.nearestBlock(t, block));
      return null;
    }, null, true);
    const text = kit.longestBlock(block, (n) => headers.includes(n)).text;
    const date = kit.dateMatch(text);
    return (date && text.startsWith(date) ? text.slice(date.length).trim() : text) || null;
  }

  // The user a /user_details page is about: the id in its URL, the name in its heading.
  function pageUser() {
    if (!/^\/user_details(?:$|[?/])/i.test(location.pathname || "")) return null;
    const id = kit.urlParam(location.href, "userid");
    const heading = document.querySelector("h1");
    const name = heading ? kit.normalize(heading.textContent) : "";
    return id || name ? { id, name: name || null } : null;
  }

  function readItem(el) {
    if (!kit.isElement(el) || !el.matches(ITEM)) return null;
    // One item per review: the outermost candidate wins (classic pages repeat data-review-id
    // on the voting block inside the review).
    if (el.parentElement && el.parentElement.closest(ITEM)) return null;
    const authorLink = [...el.querySelectorAll(AUTHOR)].find((a) => kit.normalize(a.textContent)) || el.querySelector(AUTHOR);
    const firstRating = el.querySelector(RATING);
    if (!authorLink && !firstRating) return null;
    const blocks = ownerBlocks(el, [authorLink, firstRating]);
    const isOwnerPart = (node) => blocks.some((b) => b === node || b.contains(node));
    const rating = ratingOf(el, isOwnerPart);
    if (!rating) return null;

    const userId = authorLink ? kit.urlParam(authorLink.getAttribute("href"), "userid") : pageUser()?.id || null;
    const posted = postedText(el, isOwnerPart);
    const day = kit.isoDate(posted);
    const reviewId = el.getAttribute("data-review-id");
    // The same review must get the same id on www.yelp.com (no review id in the DOM since
    // 2020) and on biz.yelp.com, so the derived key comes first; a user reviews a business once.
    const externalId = userId && day ? `u:${userId}:${day}` : reviewId || null;
    if (!externalId) return null;

    let url = null;
    const share = [...el.querySelectorAll('a[href*="hrid="]')].find((a) => !isOwnerPart(a));
    if (share) url = kit.absoluteUrl(share.getAttribute("href"));
    else if (reviewId && /^\/biz\//.test(location.pathname)) url = kit.absoluteUrl(`${location.pathname}?hrid=${encodeURIComponent(reviewId)}`);

    let name = authorLink ? kit.normalize(authorLink.textContent) : "";
    if (!name) {
      // A linked photo of the reviewer names them; a business's photo ("Photo of Logan's
      // Roadhouse - Elk Grove") never does, so only an image inside the reviewer's link counts.
      const img = el.querySelector(`:is(${AUTHOR}) img[alt]`);
      name = img ? kit.normalize(img.getAttribute("alt").replace(/^Photo of /, "")) : "";
    }
    // A user's own page lists only their reviews, without a reviewer link on each: the author
    // is the user the page is about, named in its heading (yelp-user-2019).
    const owner = authorLink ? null : pageUser();
    if (!name && owner) name = owner.name;
    const replyBlock = blocks[0] || null;
    return {
      platform: "yelp",
      external_id: externalId,
      kind: "review",
      url,
      author_name: name || null,
      author_id: userId,
      author_url: authorLink
        ? kit.absoluteUrl(authorLink.getAttribute("href"), "https://www.yelp.com/")
        : owner && owner.id ? `https://www.yelp.com/user_details?userid=${encodeURIComponent(owner.id)}` : null,
      rating: rating.value,
      recommends: null,
      text: reviewText(el, isOwnerPart),
      posted_text: posted,
      owner_replied: !!replyBlock,
      owner_reply_text: replyBlock ? ownerReplyText(replyBlock) : null,
    };
  }

  function editorLabel(e) {
    const form = e.form || e.closest("form");
    return `${e.getAttribute("aria-label") || ""} ${e.getAttribute("placeholder") || ""} ${e.getAttribute("name") || ""} ${form ? form.getAttribute("aria-label") || "" : ""}`;
  }

  function replyTarget(el) {
    if (!kit.isElement(el)) return null;
    const editors = [...el.querySelectorAll(EDITOR)];
    // A public comment is the reply; a private message box is used only when it is the one open.
    return editors.find((e) => !PRIVATE.test(editorLabel(e))) || editors[0] || null;
  }

  // ---- what a page of reviews looks like in any era (for the not-readable signal) ----------
  // A business's page, the owner's screens on biz.yelp.com and a user's own reviews; search
  // results show ratings of businesses, not reviews.
  function readsPage(loc) {
    if (/^biz\./i.test(loc.hostname || "")) return true;
    return /^\/(?:biz\/|user_details_reviews_self)/i.test(loc.pathname || "");
  }

  // Reviews rendered on the page: distinct reviewers whose link shares a small block with a
  // star-rating string (the business's own rating and "people also viewed" have no reviewer).
  // own: whether root itself is such a review.
  function evidence(root, own) {
    if (!root || typeof root.querySelectorAll !== "function") return 0;
    const users = new Set();
    let links = 0;
    for (const a of root.querySelectorAll(AUTHOR)) {
      if (++links > 300) break;
      const id = kit.urlParam(a.getAttribute("href"), "userid") || a.getAttribute("href");
      if (users.has(id)) continue;
      let box = a.parentElement;
      for (let level = 0; box && level < 8 && box !== root.parentElement; level++, box = box.parentElement) {
        if (box.querySelector(RATING)) {
          users.add(id);
          break;
        }
      }
    }
    return own ? Math.min(users.size, 1) : users.size;
  }

  // The review's header, for the card to sit right under it: the reviewer's link and the rating
  // (the date stands beside the rating), then the review's words (the first [lang] block, or the
  // 2016 microdata description). Proved on every Yelp page (tests/browser/sites/test_card_place.py).
  function itemHeader(el) {
    if (!kit.isElement(el)) return null;
    const body = el.querySelector("[lang]") || el.querySelector('[itemprop="description"]');
    return { marks: [el.querySelector(AUTHOR), el.querySelector(RATING)], body };
  }

  kit.register({
    platform: "yelp",
    version: "2026.12.01",
    itemSelector: kit.outermost(ITEM),
    matches(loc) {
      return HOSTS.test(loc.hostname || "");
    },
    readItem,
    readsPage,
    evidence,
    cardAnchor: kit.topOf,
    itemHeader,
    replyTarget,
    openReply: (el) => kit.clickControl(el, PUBLIC_REPLY),
    // submitButton: the kit's default, the public-comment form's "Post public comment" button.
    // Once posted, the review carries the "Comment from … of …" / "Business Owner" block.
  });
})();
