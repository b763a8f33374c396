// TripAdvisor: reviews on hotel/restaurant/attraction pages (every TLD, every era since the
// legacy "reviewSelector" layout) and on the owner's Management Center. The review id lives in
// the title link ShowUserReviews-g<geo>-d<loc>-r<id>- (or data-reviewid), ratings read
// "N of 5 bubbles" or carry the legacy class bubble_N0, and owner answers start "Response from".
(() => {
  "use strict";
  const H = (globalThis.Hugdesk ??= { sites: [] });
  const kit = H.siteKit;
  if (!kit) return;

  // Selectors and the pages that prove them (tests/browser/sites/test_tripadvisor.py):
  //   [data-reviewid]                      ta-restaurant-2022: 58 reviews (+58 nested "Ask …"
  //                                         spans, rejected); ta-hotel-2023: 10 (inside the cards)
  //   [data-test-target="HR_CC_CARD"]      ta-hotel-2023: 10 cards
  //   [data-automation="reviewCard"]       ta-management-response (hand-made): 4 cards; the 2024-25
  //                                         cards: ta-restaurant-2024-fr 15 (7 answered), ta-restaurant-2025-fr 15
  //   .reviewSelector[id^="review_"]       the legacy list (2015): ta-hotel-2015-parkinn 10 (4 with a
  //                                         review, 6 empty placeholders), ta-hotel-2015-bergen 10 (7)
  //   a[href*="ShowUserReviews-"]          all of them
  //   img[class*="rating"][alt]            legacy sprite stars, alt "4 av 5 stjerner": both 2015 pages
  //   [id^="response_"]                    the legacy management response: 4 on ta-hotel-2015-parkinn
  const ITEM = '[data-test-target="HR_CC_CARD"], [data-automation="reviewCard"], [data-reviewid], .reviewSelector[id^="review_"]';
  const REVIEW_LINK = 'a[href*="ShowUserReviews-"]';
  const RATING =
    '[data-test-target="review-rating"], [class*="bubble_"], [aria-label*=" of 5" i], [title*=" of 5" i], svg title, img[class*="rating"][alt]';
  const LEGACY_RESPONSE = '[id^="response_"]';
  //   [data-test-target="review-body"]     the customer's words: ta-restaurant-2024-fr, ta-restaurant-2025-fr 15
  const BODY = '[data-test-target="review-body"]';
  const PROFILE = 'a[href*="/Profile/"]';
  const EDITOR = 'textarea, [contenteditable="true"]';

  const HOSTS = /(?:^|\.)tripadvisor\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/i;
  // Bylines of the owner's response, read on the whole short block that holds them (the name is
  // often a separate element): "Response from NAME, Owner at PLACE" (2020s), "NAME, Manager at
  // PLACE, responded to this review" (2010s), in the UI languages TripAdvisor serves.
  const RESPONSE_HEAD =
    /^(?:Response from|Management response|Owner response|Odpowiedź od|Odpowiedź właściciela|Відповідь від|Antwort von|Réponse de|Respuesta de|Risposta di|Reactie van|Resposta de|Svar fra|Svar från|Svar från)\s/iu;
  const RESPONDED_TAIL =
    /(?:responded to this review|svarte på denne anmeldelsen|svarade på denna recension|svarede på denne anmeldelse|odpowiedział[a]? na tę (?:opinię|recenzję)|відповів(?:ла)? на цей відгук|hat auf diese Bewertung geantwortet|a répondu à cet avis|respondió a esta opinión|ha risposto a questa recensione|heeft gereageerd op deze beoordeling|respondeu a esta avaliação)\s*$/iu;
  // Cheap test on one text node before the block is read.
  const RESPONSE_WORDS =
    /Response|response|responded|Odpowied|odpowiedzia|Відповід|відповів|Antwort|geantwortet|Réponse|répondu|Respuesta|respondió|Risposta|risposto|Reactie|gereageerd|Resposta|respondeu|Svar|svar/u;
  const RESPONDED = /^\s*(?:Responded|Odpowiedziano|Відповідь надано)\s/iu;
  const DISCLAIMER = /Tripadvisor LLC/i;
  // The review's date line: "Reviewed …" (2010s-2022), "Written <date>" under the 2024 cards, its
  // French wording ("Rédigé le 19 décembre 2024", ta-restaurant-2024-fr) and the Norwegian one of
  // the 2015 list ("Anmeldt 10 mars 2015", ta-hotel-2015-parkinn). Other languages' wordings are
  // added when a page proves them.
  const POSTED = /^(?:.*?\bwrote a review\s+|Reviewed\s+|Reviewed on\s+|Date of review:\s*|Written\s+|Rédigé le\s+|Anmeldt\s+)(.+)$/iu;
  const RESPOND = /^(?:Respond|Respond to this review|Write a (?:management )?response(?: to this review)?|Reply|Add a response|Odpowiedz|Відповісти)$/i;

  const isMarker = (value) => RESPONSE_WORDS.test(value) || DISCLAIMER.test(value);
  const isHeader = (value) => RESPONSE_WORDS.test(value) || RESPONDED.test(value);

  // A response byline is a short block that starts with "Response from …" or ends with "…
  // responded to this review"; the same words inside a customer's paragraph are not one.
  function bylineBlock(textNode, root) {
    const block = kit.nearestBlock(textNode, root);
    if (!block || block === root) return null;
    const text = kit.normalize(block.textContent);
    if (text.length > 250) return null;
    // A byline names a person and a role, never a sentence: "Response from Jonas G, Manager at
    // …". A review that happens to start with those words goes on with sentences and is no byline.
    const m = RESPONSE_HEAD.exec(text);
    if (m) return /^[^.!?]{1,80}(?:,[^.!?]{1,160})?$/u.test(text.slice(m[0].length)) ? block : null;
    const t = RESPONDED_TAIL.exec(text);
    return t && /^[^.!?]{1,80},[^.!?]{1,200}$/u.test(text.slice(0, t.index).trim()) ? block : null;
  }
  // Every POSTED wording contains one of these words; normalize only drops invisible characters
  // and collapses spaces, so without those a node lacking them cannot match and is not normalized.
  const MAYBE_POSTED = /review|Written|Rédigé|Anmeldt|[\u200B-\u200D\u2060\uFEFF\u00AD]/iu;
  function postedIn(value) {
    if (!MAYBE_POSTED.test(value)) return null;
    const m = POSTED.exec(kit.normalize(value));
    // A date line is short: "Written in haste, we …" opening a review's words is none.
    return m && m[1].length <= 40 ? m[1] : null;
  }

  function reviewIdOf(el) {
    const own = el.getAttribute("data-reviewid");
    if (own && /^\d+$/.test(own)) return { id: own, link: el.querySelector(REVIEW_LINK) };
    const link = el.querySelector(REVIEW_LINK);
    // The legacy list: <div id="review_<id>">, empty when TripAdvisor left it as a placeholder.
    const legacy = /^review_(\d+)$/.exec(el.id || "");
    if (legacy) return link ? { id: legacy[1], link } : null;
    const m = link && /-r(\d+)-/.exec(link.getAttribute("href"));
    if (m) return { id: m[1], link };
    const inner = el.querySelector("[data-reviewid]");
    const id = inner && inner.getAttribute("data-reviewid");
    return id && /^\d+$/.test(id) ? { id, link } : null;
  }

  function ratingValue(node) {
    if (node.tagName && node.tagName.toLowerCase() === "title") return kit.bubbleRating(node.textContent);
    // Legacy sprite stars: the image's alt says the rating in the page's language.
    if (node.tagName === "IMG") return kit.bubbleRating(node.getAttribute("alt")) || kit.outOfFive(node.getAttribute("alt"));
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
    const add = (node, more = []) => {
      const block = kit.blockBelow(el, node, [...anchors, ...more]);
      if (block && !blocks.some((b) => b.contains(block))) blocks.push(block);
    };
    kit.findText(el, isMarker, (t) => {
      const value = t.nodeValue;
      if (DISCLAIMER.test(value)) {
        // A customer may name the company in the review itself; that is no legal note.
        if (!t.parentElement.closest(BODY)) notes.push(kit.nearestBlock(t, el));
        return null;
      }
      const byline = bylineBlock(t, el);
      if (byline) add(byline);
      return null;
    }, null, true);
    // 2010s pages keep the response's words in <span id="response_<review id>">, whatever the
    // language of its byline.
    for (const r of el.querySelectorAll(LEGACY_RESPONSE)) if (/^response_\d+$/.test(r.id)) add(r);
    // Since 2024 the response is bylined by a bare name, in no words we could list for every
    // language, but it carries its own legal note ("This response is the subjective opinion of
    // the management representative and not of Tripadvisor LLC"), after the review's own. The
    // response is what holds a later note and none of the review: below the title, the rating
    // and the first note.
    for (const note of notes.slice(1)) add(note, [notes[0]]);
    return { blocks, notes };
  }

  function author(el, skip, stops) {
    const profile = (a) => {
      const m = a && /\/Profile\/([^/?#]+)/.exec(a.getAttribute("href"));
      return m ? decodeURIComponent(m[1]) : null;
    };
    const link = [...el.querySelectorAll(PROFILE)].find((a) => !skip(a) && kit.normalize(a.textContent));
    if (link) return { name: kit.normalize(link.textContent), id: profile(link), url: kit.absoluteUrl(link.getAttribute("href")) };
    const avatar = [...el.querySelectorAll(PROFILE)].find((a) => !skip(a));
    // The screen name TripAdvisor writes (JavaScript-escaped) into "Ask … about": a stable id.
    const named = [...el.querySelectorAll("[data-screenname]")].find((n) => !skip(n));
    const screen = named
      ? named.getAttribute("data-screenname").replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16)))
      : null;
    // Layouts without a linked name (the 2015 list, the 2019-22 review containers): the name is
    // the first text of the review's header, before its title and rating ("Can T", "Malusggs").
    const header = kit.headerName(el, stops, (n) => skip(n) || (n.tagName === "A" && !n.textContent.trim()));
    const url = avatar ? kit.absoluteUrl(avatar.getAttribute("href")) : null;
    return { name: header || screen || null, id: profile(avatar) || screen || null, url };
  }

  function postedText(el, skip) {
    // The label and the date may be separate text nodes ("Rédigé le <!-- -->19 décembre 2024"):
    // a label alone is read with the rest of its line.
    const line = (t) => {
      const parent = t.parentElement;
      const whole = parent && parent.textContent.length <= 120 ? parent.textContent : "";
      return postedIn(t.nodeValue) || postedIn(whole);
    };
    // A recent review's line says only its age ("Anmeldt 2 uker siden", "Reviewed 2 weeks ago")
    // and keeps the date in its title: the title is the better date.
    const titled = [...el.querySelectorAll(".ratingDate, [data-test-target='review-date']")].find((n) => !skip(n));
    const title = titled && titled.getAttribute("title");
    if (title && title.trim()) return kit.normalize(title);
    const shown = kit.findText(el, (v) => MAYBE_POSTED.test(v), line, skip);
    if (shown) return shown;
    return titled ? postedIn(titled.textContent) || kit.normalize(titled.textContent) || null : null;
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
    // The review body: the block with the most text, leaving out the title, the owner's
    // response, the legal note under every review and controls ("Read more", legacy "Mer").
    const body = kit.longestBlock(
      el,
      (n) => inResponse(n) || notes.includes(n) || (titleLink && titleLink.contains(n)) || (n.tagName === "SPAN" && n.hasAttribute("onclick")),
    );
    const who = author(el, inResponse, [titleLink, firstRating, body.el]);
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
      owner_reply_text: response ? responseText(response, notes) : null,
    };
  }

  // The review's header, for the card to sit right under it: the reviewer's profile link and the
  // rating bubbles; the body is the review's words as readItem finds them, so the owner's response
  // is never taken for them. Proved on every TripAdvisor page (tests/browser/sites/test_card_place.py).
  function itemHeader(el) {
    if (!kit.isElement(el)) return null;
    const review = reviewIdOf(el);
    const titleLink = review ? review.link : null;
    const rating = el.querySelector(RATING);
    const { blocks, notes } = scanMarkers(el, [titleLink, rating]);
    const inResponse = (n) => blocks.some((b) => b === n || b.contains(n));
    const body = kit.longestBlock(
      el,
      (n) => inResponse(n) || notes.includes(n) || (titleLink && titleLink.contains(n)) || (n.tagName === "SPAN" && n.hasAttribute("onclick")),
    );
    const profile = [...el.querySelectorAll(PROFILE)].find((a) => !inResponse(a)) || null;
    const stars = [...el.querySelectorAll(RATING)].find((n) => !inResponse(n)) || null;
    return { marks: [profile, stars], body: body.el };
  }

  // The response's words without its header ("Response from …", "Responded <date>") and legal note.
  function responseText(block, notes) {
    const headers = [...notes];
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

  // ---- what a page of reviews looks like in any era (for the not-readable signal) ----------
  // Pages that list a place's reviews, a single review, or the owner's review screens; listings
  // and search results quote review snippets but are not pages we read.
  const REVIEW_PAGE = /^\/(?:Hotel_Review|Restaurant_Review|Attraction_Review|AttractionProductReview|VacationRentalReview|ShowUserReviews|ManagementCenter|Owners|OwnerResponse)/i;

  // Distinct review ids: the title link (every era) and data-reviewid. own: only root's own.
  function evidence(root, own) {
    if (!root || typeof root.querySelectorAll !== "function") return 0;
    const mine = (n) => !own || n.closest(ITEM) === root || n === root;
    const ids = new Set();
    for (const a of root.querySelectorAll(REVIEW_LINK)) {
      const m = mine(a) && /-r(\d+)-/.exec(a.getAttribute("href"));
      if (m) ids.add(m[1]);
    }
    for (const n of root.querySelectorAll("[data-reviewid]")) {
      const v = mine(n) && n.getAttribute("data-reviewid");
      if (v && /^\d+$/.test(v)) ids.add(v);
    }
    return ids.size;
  }

  kit.register({
    platform: "tripadvisor",
    version: "2026.12.01",
    itemSelector: kit.outermost(ITEM),
    matches(loc) {
      return HOSTS.test(loc.hostname || "");
    },
    readItem,
    readsPage: (loc) => REVIEW_PAGE.test(loc.pathname || ""),
    evidence,
    cardAnchor: kit.topOf,
    itemHeader,
    replyTarget,
    openReply: (el) => kit.clickControl(el, RESPOND),
    // submitButton: the kit's default, the Management Center's "Submit response". TripAdvisor
    // moderates responses, so owner_replied turns true only once "Response from …" is published.
  });
})();
