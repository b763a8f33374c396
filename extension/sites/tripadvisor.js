// TripAdvisor: reviews on hotel/restaurant/attraction pages (every TLD, every era since the
// legacy "reviewSelector" layout) and on the owner's Management Center. The review id lives in
// the title link ShowUserReviews-g<geo>-d<loc>-r<id>- (or data-reviewid), ratings read
// "N of 5 bubbles" or carry the legacy class bubble_N0, and owner answers start "Response from".
(() => {
  "use strict";
  const H = (globalThis.Hugdesk ??= { sites: [] });
  const kit = H.siteKit;
  if (!kit) return;

  // Selectors and the pages that prove them (tests/browser/test_adapters.py):
  //   [data-reviewid]                      ta-restaurant-2022: 58 reviews (+58 nested "Ask …"
  //                                         spans, rejected); ta-hotel-2023: 10 (inside the cards)
  //   [data-test-target="HR_CC_CARD"]      ta-hotel-2023: 10 cards
  //   [data-automation="reviewCard"]       ta-management-response (hand-made): 4 cards
  //   a[href*="ShowUserReviews-"]          all of them
  const ITEM = '[data-test-target="HR_CC_CARD"], [data-automation="reviewCard"], [data-reviewid]';
  const REVIEW_LINK = 'a[href*="ShowUserReviews-"]';
  const RATING =
    '[data-test-target="review-rating"], [class*="bubble_"], [aria-label*=" of 5" i], [title*=" of 5" i], svg title';
  const PROFILE = 'a[href*="/Profile/"]';
  const EDITOR = 'textarea, [contenteditable="true"]';

  const HOSTS = /(?:^|\.)tripadvisor\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/i;
  // Bylines of the owner's response, the whole text node: "Response from NAME, Owner at PLACE"
  // (2020s), "NAME, Manager at PLACE, responded to this review" (2010s).
  const RESPONSE_MARK =
    /^\s*(?:Response from [^,.!?\n]{1,80}(?:,[^.!?\n]{1,120})?|Management response|Owner response|[^.!?\n]{1,80},[^.!?\n]{1,120}\bresponded to this review)\s*$/i;
  const RESPONDED = /^\s*Responded\s/i;
  const DISCLAIMER = /Tripadvisor LLC/i;
  const POSTED = /^(?:.*?\bwrote a review\s+|Reviewed\s+|Reviewed on\s+|Date of review:\s*)(.+)$/i;
  const RESPOND = /^(?:Respond|Respond to this review|Write a (?:management )?response(?: to this review)?|Reply|Add a response|Odpowiedz|Відповісти)$/i;

  const isMarker = (value) => RESPONSE_MARK.test(value) || DISCLAIMER.test(value);
  const isHeader = (value) => RESPONSE_MARK.test(value) || RESPONDED.test(value);
  // Every POSTED wording contains "review"; normalize only drops invisible characters and
  // collapses spaces, so without those a node lacking "review" cannot match and is not normalized.
  const MAYBE_POSTED = /review|[\u200B-\u200D\u2060\uFEFF\u00AD]/i;
  function postedIn(value) {
    if (!MAYBE_POSTED.test(value)) return null;
    const m = POSTED.exec(kit.normalize(value));
    return m ? m[1] : null;
  }

  function reviewIdOf(el) {
    const own = el.getAttribute("data-reviewid");
    if (own && /^\d+$/.test(own)) return { id: own, link: el.querySelector(REVIEW_LINK) };
    const link = el.querySelector(REVIEW_LINK);
    const m = link && /-r(\d+)-/.exec(link.getAttribute("href"));
    if (m) return { id: m[1], link };
    const inner = el.querySelector("[data-reviewid]");
    const id = inner && inner.getAttribute("data-reviewid");
    return id && /^\d+$/.test(id) ? { id, link } : null;
  }

  function ratingValue(node) {
    if (node.tagName && node.tagName.toLowerCase() === "title") return kit.bubbleRating(node.textContent);
    return (
      kit.bubbleRating(node.getAttribute("aria-label")) ||
      kit.bubbleRating(node.getAttribute("title")) ||
      kit.bubbleRating(node.getAttribute("class"))
    );
  }

  // The review's own rating: the marked one when the page marks it (the 2023 hotel cards also
  // carry three sub-rating bubbles), else the first rating in document order.
  function ratingOf(el, skip) {
    const marked = el.querySelector('[data-test-target="review-rating"]');
    if (marked && !skip(marked)) {
      for (const n of [marked, ...marked.querySelectorAll('[class*="bubble_"], [aria-label], [title], svg title')]) {
        const v = ratingValue(n);
        if (v) return v;
      }
    }
    for (const n of el.querySelectorAll(RATING)) {
      if (skip(n)) continue;
      const v = ratingValue(n);
      if (v) return v;
    }
    return null;
  }

  // One walk over the item's text finds both the owner's response blocks and the legal notes.
  function scanMarkers(el, anchors) {
    const blocks = [];
    const notes = [];
    kit.findText(el, isMarker, (t) => {
      const value = t.nodeValue;
      if (RESPONSE_MARK.test(value) && kit.isByline(t, el)) {
        const block = kit.blockBelow(el, t.parentElement, anchors);
        if (block && !blocks.some((b) => b.contains(block))) blocks.push(block);
      } else if (DISCLAIMER.test(value)) {
        notes.push(kit.nearestBlock(t, el));
      }
      return null;
    }, null, true);
    return { blocks, notes };
  }

  function author(el, skip) {
    const link = [...el.querySelectorAll(PROFILE)].find((a) => !skip(a) && kit.normalize(a.textContent));
    if (link) {
      const m = /\/Profile\/([^/?#]+)/.exec(link.getAttribute("href"));
      return {
        name: kit.normalize(link.textContent),
        id: m ? decodeURIComponent(m[1]) : null,
        url: kit.absoluteUrl(link.getAttribute("href")),
      };
    }
    // Legacy layout: no profile link, but the screen name is an attribute of "Ask … about".
    const named = [...el.querySelectorAll("[data-screenname]")].find((n) => !skip(n));
    if (named) {
      const screen = named.getAttribute("data-screenname");
      return { name: screen, id: screen, url: null };
    }
    const avatar = [...el.querySelectorAll(PROFILE)].find((a) => !skip(a));
    if (avatar) {
      const m = /\/Profile\/([^/?#]+)/.exec(avatar.getAttribute("href"));
      return { name: null, id: m ? decodeURIComponent(m[1]) : null, url: kit.absoluteUrl(avatar.getAttribute("href")) };
    }
    return { name: null, id: null, url: null };
  }

  function postedText(el, skip) {
    const shown = kit.findText(el, postedIn, (t, date) => date, skip);
    if (shown) return shown;
    const titled = [...el.querySelectorAll(".ratingDate[title], [data-test-target='review-date']")].find((n) => !skip(n));
    return titled ? titled.getAttribute("title") || kit.normalize(titled.textContent) : null;
  }

  function readItem(el) {
    if (!kit.isElement(el) || !el.matches(ITEM)) return null;
    if (el.parentElement && el.parentElement.closest(ITEM)) return null;
    const review = reviewIdOf(el);
    if (!review) return null;
    const titleLink = review.link;
    const firstRating = el.querySelector(RATING);
    const { blocks, notes } = scanMarkers(el, [titleLink, firstRating]);
    const inResponse = (n) => blocks.some((b) => b === n || b.contains(n));
    const rating = ratingOf(el, inResponse);
    const who = author(el, inResponse);
    // The review body: the block with the most text, leaving out the title, the owner's
    // response, the legal note under every review and controls ("Read more").
    const body = kit.longestBlock(el, (n) => inResponse(n) || notes.includes(n) || (titleLink && titleLink.contains(n)));
    const response = blocks[0] || null;
    return {
      platform: "tripadvisor",
      external_id: review.id,
      kind: "review",
      url: titleLink ? kit.absoluteUrl(titleLink.getAttribute("href")) : null,
      author_name: who.name,
      author_id: who.id,
      author_url: who.url,
      rating,
      recommends: null,
      text: body.text,
      posted_text: postedText(el, inResponse),
      owner_replied: !!response,
      owner_reply_text: response ? responseText(response) : null,
    };
  }

  // The response's words without its header ("Response from …", "Responded <date>").
  function responseText(block) {
    const headers = [];
    kit.findText(block, isHeader, (t) => {
      headers.push(kit.nearestBlock(t, block));
      return null;
    }, null, true);
    return kit.longestBlock(block, (n) => headers.includes(n)).text || null;
  }

  function replyTarget(el) {
    if (!kit.isElement(el)) return null;
    return el.querySelector(EDITOR);
  }

  kit.register({
    platform: "tripadvisor",
    itemSelector: kit.outermost(ITEM),
    matches(loc) {
      return HOSTS.test(loc.hostname || "");
    },
    readItem,
    cardAnchor: kit.topOf,
    replyTarget,
    openReply: (el) => kit.clickControl(el, RESPOND),
    // submitButton: the kit's default, the Management Center's "Submit response". TripAdvisor
    // moderates responses, so owner_replied turns true only once "Response from …" is published.
  });
})();
