// Facebook: comments and replies under a post (www/web and m.), and recommendations on a
// Page's Reviews tab. Class names on Facebook are random per build, so everything here rests
// on ARIA roles and labels, comment ids in links, dir="auto" text blocks and m.facebook's
// data-sigil/data-commentid attributes.
(() => {
  "use strict";
  const H = (globalThis.Hugdesk ??= { sites: [] });
  const kit = H.siteKit;
  if (!kit) return;

  // Selectors and the pages that prove them (tests/browser/test_adapters.py):
  //   [role=article]           fb-www-2025: 11 (the post + 10 "Comment by …"), fb-www-loggedin: 1 post
  //                            + 11 comments/replies, fb-page-reviews: 4 recommendations + 1 comment
  //   [data-sigil~=comment]    fb-m-2021: 30 comments (after unwrapping the <code> payload)
  //   a[href*="comment_id="]   every comment in every www era (base64 "comment:<post>_<comment>"
  //                            on the author link, decimal on the timestamp link)
  const ITEM = '[role="article"], [data-sigil~="comment"]';
  const ARTICLE = '[role="article"]';
  const M_COMMENT = '[data-sigil~="comment"]';
  const COMMENT_LINK = 'a[href*="comment_id="]';
  const EDITOR = '[contenteditable="true"][role="textbox"], [contenteditable="true"][data-lexical-editor="true"], textarea';
  const HEADING = "h1 a[href], h2 a[href], h3 a[href], h4 a[href], strong a[href]";
  const THREAD_LEVELS = 5;

  const HOSTS = /^(?:(?:www|m|web|mbasic|touch|business)\.)?facebook\.com$/i;
  // English labels; in other UI languages comments are still found by their own comment_id
  // link and replies by reply_comment_id, and the owner by the post header's profile link.
  const COMMENT_LABEL = /^Comment by\s/;
  const REPLY_LABEL = /^Reply by\s/;
  // The identity badge Facebook shows on comments written by the post's author.
  const AUTHOR_BADGE = new Set(["Author"]);
  const RECOMMENDS = /\b(?:recommends|doesn['’]t recommend|does not recommend)\b/i;
  const NOT_RECOMMENDS = /doesn['’]t recommend|does not recommend/i;
  const REPLIED = /^(.+?)\s+replied\b/;
  const REPLY_CONTROL = /^Reply$/i;
  const COMMENT_CONTROL = /^(?:Comment|Leave a comment)$/i;
  // First path segments that are features, not profiles.
  const NOT_PROFILE = new Set([
    "", "posts", "permalink.php", "story.php", "photo.php", "photo", "photos", "video.php", "watch", "groups",
    "events", "hashtag", "l.php", "ufi", "a", "comment", "reactions", "sharer", "share", "login", "privacy_sandbox",
    "reel", "reels", "stories", "marketplace", "gaming", "search", "notifications", "messages", "help", "policies",
    "settings", "bookmarks", "friends", "home.php", "media", "business", "latest",
  ]);

  const ownerCache = new WeakMap(); // post article -> {keys, names}
  let pageOwner = { href: null, keys: new Set(), names: new Set() };

  // ---- small readers -------------------------------------------------------------------

  function labelOf(el) {
    return el.getAttribute("aria-label") || "";
  }

  function ownedBy(el, node) {
    return node.closest(ARTICLE) === el;
  }

  // Facebook links are long and the same ones are parsed again for every comment of a thread
  // (authors, timestamps, the thread's other comments): what a link says is remembered per
  // href and base URL. Values are strings, booleans or frozen objects, so no reader can change them.
  const hrefMemo = new Map();
  function byHref(kind, href, compute) {
    if (!href) return compute(href);
    const key = `${kind}\n${document.baseURI}\n${href}`;
    let value = hrefMemo.get(key);
    if (value === undefined) {
      if (hrefMemo.size >= 4000) hrefMemo.clear();
      value = compute(href);
      hrefMemo.set(key, value);
    }
    return value;
  }

  const profileKey = (href) => byHref("key", href, profileKeyOf);
  const isProfileLink = (a) => byHref("profile", a.getAttribute("href"), isProfileHref);
  const cleanProfileUrl = (href) => byHref("profileUrl", href, cleanProfileUrlOf);
  const cleanPermalink = (href) => byHref("permalink", href, cleanPermalinkOf);

  // Key of a profile link: the username, or the numeric id of profile.php / people/… links.
  function profileKeyOf(href) {
    const url = kit.parseUrl(href);
    if (!url || !/(^|\.)facebook\.com$/i.test(url.hostname)) return null;
    const parts = url.pathname.split("/").filter(Boolean);
    const first = (parts[0] || "").toLowerCase();
    if (first === "profile.php" || first === "permalink.php" || first === "story.php") return url.searchParams.get("id");
    if ((first === "people" || first === "pages") && parts[2] && /^\d+$/.test(parts[2])) return parts[2];
    // Group posts link their authors as /groups/<group>/user/<person>/.
    if (first === "groups" && parts[2] === "user" && /^\d+$/.test(parts[3] || "")) return parts[3];
    if (NOT_PROFILE.has(first)) return null;
    return first;
  }

  function isProfileHref(href) {
    const url = kit.parseUrl(href);
    if (!url) return false;
    const parts = url.pathname.split("/").filter(Boolean);
    if (parts[0] === "profile.php") return true;
    if (parts[0] === "people") return true;
    if (parts[0] === "groups" && parts[2] === "user" && /^\d+$/.test(parts[3] || "")) return true;
    return parts.length === 1 && !NOT_PROFILE.has(parts[0].toLowerCase());
  }

  function cleanProfileUrlOf(href) {
    const url = kit.parseUrl(href);
    if (!url) return null;
    const keep = url.pathname.startsWith("/profile.php") ? `?id=${url.searchParams.get("id") || ""}` : "";
    return kit.absoluteUrl(`${url.origin}${url.pathname}${keep}`);
  }

  // Permalink without Facebook's click-tracking parameters.
  function cleanPermalinkOf(href) {
    const url = kit.parseUrl(href);
    if (!url) return null;
    const out = new URL(url.origin + url.pathname);
    for (const name of ["story_fbid", "id", "comment_id", "reply_comment_id", "fbid"]) {
      const v = url.searchParams.get(name);
      if (v) out.searchParams.set(name, v);
    }
    return out.href;
  }

  function hasAuthorBadge(article) {
    // The badge sits in the comment header, before the text: look at the first text nodes only.
    let seen = 0;
    return !!kit.eachRawText(article, (t) => {
      if (++seen > 40) return "stop-not-found";
      const word = t.nodeValue.trim();
      if (!AUTHOR_BADGE.has(word)) return null;
      const p = t.parentElement;
      return p && !p.closest('a[href], div[dir="auto"]') && p.closest(ARTICLE) === article ? "badge" : null;
    }) === "badge";
  }

  // ---- who owns the content (the Page or person whose post/reviews we are on) -----------

  function urlOwner() {
    if (pageOwner.href === location.href) return pageOwner;
    const keys = new Set();
    const key = profileKey(location.href);
    if (key) keys.add(key.toLowerCase());
    const id = new URLSearchParams(location.search).get("id");
    if (id) keys.add(id);
    pageOwner = { href: location.href, keys, names: new Set() };
    return pageOwner;
  }

  // m.facebook: a story's header carries its actor's id in data-sigil="feed_story_ring<id>" and
  // the name in a heading link. Comments carry rings of their own, so only rings outside comments
  // are story headers, and a comment belongs to the last story header before it in the page (a
  // feed or a long page holds several stories, each followed by its comments).
  const STORY_RING = `[data-sigil^="feed_story_ring"]:not(${M_COMMENT} *)`;
  const storyOwnerCache = new WeakMap(); // ring -> {keys, names}

  function storyOwnerOf(ring) {
    let owner = storyOwnerCache.get(ring);
    if (owner) return owner;
    owner = { keys: new Set(), names: new Set() };
    const m = /feed_story_ring(\d+)/.exec(ring.getAttribute("data-sigil"));
    if (m) owner.keys.add(m[1]);
    const header = ring.closest("header");
    const a = header && header.querySelector(HEADING);
    if (a) {
      const name = kit.normalize(a.textContent);
      if (name) owner.names.add(name);
      const k = profileKey(a.getAttribute("href"));
      if (k) owner.keys.add(k.toLowerCase());
    }
    storyOwnerCache.set(ring, owner);
    return owner;
  }

  function mobileStoryOwner(el) {
    let ring = null;
    for (const r of document.querySelectorAll(STORY_RING)) {
      if (!(r.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      ring = r;
    }
    return ring ? storyOwnerOf(ring) : { keys: new Set(), names: new Set() };
  }

  // The article's first own heading (not one of a comment nested inside it), found natively:
  // this runs for the post of every comment, and the post holds all the comments' headings.
  const OWN_HEADING = `:is(h2, h3, h4):not(${ARTICLE}, :scope ${ARTICLE} *)`;

  function recommendationHeading(article) {
    const h = article.querySelector(OWN_HEADING);
    return h && RECOMMENDS.test(kit.normalize(h.textContent)) ? h : null;
  }

  // Owner of a post article: its header link; of a recommendation: the recommended Page.
  function articleOwner(post) {
    let owner = ownerCache.get(post);
    if (owner) return owner;
    owner = { keys: new Set(), names: new Set() };
    const rec = recommendationHeading(post);
    let link = null;
    if (rec) {
      const links = rec.querySelectorAll("a[href]");
      link = links.length > 1 ? links[links.length - 1] : null;
    } else {
      link = [...post.querySelectorAll(HEADING)].find((a) => ownedBy(post, a)) || null;
    }
    if (link) {
      const name = kit.normalize(link.textContent);
      if (name) owner.names.add(name);
      const key = profileKey(link.getAttribute("href"));
      if (key) owner.keys.add(key.toLowerCase());
    }
    ownerCache.set(post, owner);
    return owner;
  }

  function enclosingPost(el) {
    let p = el.parentElement && el.parentElement.closest(ARTICLE);
    while (p && (COMMENT_LABEL.test(labelOf(p)) || REPLY_LABEL.test(labelOf(p)))) {
      p = p.parentElement && p.parentElement.closest(ARTICLE);
    }
    return p;
  }

  function isOwner(el, author) {
    if (!author) return false;
    const page = urlOwner();
    const mobile = el.matches(M_COMMENT);
    const post = mobile ? null : enclosingPost(el);
    const owners = mobile ? mobileStoryOwner(el) : post ? articleOwner(post) : null;
    const key = author.key && author.key.toLowerCase();
    for (const o of owners ? [owners, page] : [page]) {
      if (key && o.keys.has(key)) return true;
      if (author.ringId && o.keys.has(author.ringId)) return true;
      if (author.name && o.names.has(author.name)) return true;
    }
    return false;
  }

  // The "Author" badge names the owner only under a post; under a recommendation it marks
  // the customer who wrote the recommendation.
  function ownerBadge(el) {
    const post = enclosingPost(el);
    return !(post && recommendationHeading(post)) && hasAuthorBadge(el);
  }

  function ownerNames(el) {
    const post = enclosingPost(el);
    const names = new Set(urlOwner().names);
    if (post) for (const n of articleOwner(post).names) names.add(n);
    return names;
  }

  // ---- www comments ----------------------------------------------------------------------

  function commentLinks(el) {
    return [...el.querySelectorAll(COMMENT_LINK)].filter((a) => ownedBy(el, a));
  }

  function commentIds(links) {
    let own = null;
    let reply = null;
    for (const a of links) {
      const ids = byHref("ids", a.getAttribute("href"), linkIds);
      if (!ids) continue;
      if (ids.reply) reply = reply || ids.reply;
      if (ids.own && !own) own = ids.own;
    }
    return { id: reply || own, isReply: !!reply };
  }

  function linkIds(href) {
    const url = kit.parseUrl(href);
    if (!url) return null;
    const r = url.searchParams.get("reply_comment_id");
    const c = kit.fbCommentId(url.searchParams.get("comment_id"));
    return Object.freeze({ reply: r && /^\d+$/.test(r) ? r : null, own: c ? c.commentId : null });
  }

  function wwwAuthor(el, links, label) {
    const named = [...el.querySelectorAll("a[href]")].filter(
      (a) => ownedBy(el, a) && a.getAttribute("aria-hidden") !== "true" && kit.normalize(a.textContent),
    );
    const link =
      named.find((a) => isProfileLink(a) && links.includes(a)) || named.find((a) => isProfileLink(a)) || null;
    let name = link ? kit.normalize(link.textContent) : null;
    if (!name) {
      const m = /^(?:Comment|Reply) by (.+?)(?: to .+)?$/.exec(label);
      name = m ? m[1] : null;
    }
    return {
      link,
      name,
      key: link ? profileKey(link.getAttribute("href")) : null,
      url: link ? cleanProfileUrl(link.getAttribute("href")) : null,
    };
  }

  // The comment's words: the dir="auto" blocks that are not links, names or nested replies.
  function wwwText(el, authorLink, heading) {
    const blocks = [];
    for (const d of el.querySelectorAll('div[dir="auto"]')) {
      if (!ownedBy(el, d) || d.closest("a[href]") || (heading && heading.contains(d))) continue;
      if (authorLink && (authorLink.contains(d) || d.contains(authorLink))) continue;
      if (blocks.length && blocks[blocks.length - 1].contains(d)) continue;
      blocks.push(d);
    }
    let text = blocks.map((d) => kit.textOf(d)).filter(Boolean).join(" ");
    if (!text) {
      const lang = [...el.querySelectorAll("[lang]")].find((x) => ownedBy(el, x) && !x.closest("a[href]"));
      text = lang ? kit.textOf(lang) : "";
    }
    return kit.stripUiTail(kit.normalize(text));
  }

  function wwwTimestamp(el, links, authorLink, label, authorName) {
    const stamp = links.filter((a) => a !== authorLink && kit.normalize(a.textContent) && !isProfileLink(a)).pop();
    if (stamp) return { text: kit.normalize(stamp.textContent), href: stamp.getAttribute("href") };
    if (authorName) {
      const m = new RegExp(`^(?:Comment|Reply) by ${authorName.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?: to .+?['’]s (?:comment|reply))?\\s+(.+)$`).exec(label);
      if (m) return { text: m[1], href: null };
    }
    return { text: null, href: null };
  }

  function isTopComment(article) {
    const label = labelOf(article);
    if (REPLY_LABEL.test(label)) return false;
    if (COMMENT_LABEL.test(label)) return true;
    const links = commentLinks(article);
    if (!links.length) return true; // not a comment at all: a boundary
    return !commentIds(links).isReply;
  }

  // Replies that belong to this item: nested inside it (older layouts) or following it in
  // its thread, up to the next top-level comment (or the post itself). Bounded to five
  // ancestor levels: replies sit a few wrappers deep, and the walk must stay cheap.
  function threadAfter(el) {
    const found = [...el.querySelectorAll(ARTICLE)];
    const controls = [];
    let node = el;
    for (let level = 0; level < THREAD_LEVELS && node.parentElement; level++) {
      for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
        if (s.hasAttribute("data-hugdesk-review")) continue;
        const arts = s.matches(ARTICLE) ? [s] : s.querySelectorAll(ARTICLE);
        for (const a of arts) {
          if (isTopComment(a)) return { articles: found, controls };
          found.push(a);
        }
        if (level < 2) controls.push(s);
      }
      node = node.parentElement;
      if (node.matches(ARTICLE)) break;
    }
    return { articles: found, controls };
  }

  function authorOfArticle(a) {
    const label = labelOf(a);
    return wwwAuthor(a, commentLinks(a), label);
  }

  function ownerReply(el, kind) {
    const scope = threadAfter(el);
    for (const a of scope.articles) {
      if (a === el) continue;
      const author = authorOfArticle(a);
      if (ownerBadge(a) || isOwner(a, author)) {
        return { replied: true, text: wwwText(a, author.link) || null };
      }
    }
    // Collapsed threads: "Nintendo replied · 1 reply".
    if (kind === "comment") {
      const names = ownerNames(el);
      for (const s of scope.controls) {
        for (const b of s.querySelectorAll('[role="button"]')) {
          const m = REPLIED.exec(kit.normalize(b.textContent));
          if (m && names.has(m[1])) return { replied: true, text: null };
        }
      }
    }
    return { replied: false, text: null };
  }

  function readComment(el, label) {
    const links = commentLinks(el);
    const ids = commentIds(links);
    if (!ids.id) return null;
    const kind = ids.isReply || REPLY_LABEL.test(label) ? "reply" : "comment";
    const author = wwwAuthor(el, links, label);
    const text = wwwText(el, author.link);
    // A comment known only by its link (no "Comment by …" label) whose words are in no dir="auto"
    // block is markup we do not read: www.facebook.com before its 2020 redesign keeps them in
    // "UFI" spans. No card then (it would have no words, and the Page's own answers would pass
    // for customers), so the page is reported as not read. A labelled comment may be a sticker.
    if (!text && !COMMENT_LABEL.test(label) && !REPLY_LABEL.test(label)) return null;
    // The post author's own replies: items, but never a customer's, so no card.
    if (ownerBadge(el) || isOwner(el, author)) return kit.SKIP;
    const stamp = wwwTimestamp(el, links, author.link, label, author.name);
    const reply = ownerReply(el, kind);
    return {
      platform: "facebook",
      external_id: ids.id,
      kind,
      url: stamp.href ? cleanPermalink(stamp.href) : null,
      author_name: author.name,
      author_id: author.key,
      author_url: author.url,
      rating: null,
      recommends: null,
      text,
      posted_text: stamp.text,
      owner_replied: reply.replied,
      owner_reply_text: reply.text,
    };
  }

  // ---- recommendations (Page → Reviews tab) ------------------------------------------------

  function recommendationId(el) {
    for (const a of el.querySelectorAll("a[href]")) {
      if (!ownedBy(el, a)) continue;
      const url = kit.parseUrl(a.getAttribute("href"));
      if (!url) continue;
      const story = url.searchParams.get("story_fbid");
      if (story) return { id: story, link: a };
      const m = /\/(?:posts|permalink|activity)\/([A-Za-z0-9]+)/.exec(url.pathname);
      if (m) return { id: m[1], link: a };
    }
    return null;
  }

  function readRecommendation(el, heading) {
    const links = heading.querySelectorAll("a[href]");
    const authorLink = links[0] || null;
    const name = authorLink ? kit.normalize(authorLink.textContent) : null;
    const key = authorLink ? profileKey(authorLink.getAttribute("href")) : null;
    const perma = recommendationId(el);
    const externalId = perma ? `rec:${perma.id}` : key ? `rec:u:${key}` : null;
    if (!externalId) return null;
    const headingText = kit.normalize(heading.textContent);
    let replied = false;
    let replyText = null;
    for (const a of el.querySelectorAll(ARTICLE)) {
      const author = authorOfArticle(a);
      if (isOwner(a, author)) {
        replied = true;
        replyText = wwwText(a, author.link) || null;
        break;
      }
    }
    return {
      platform: "facebook",
      external_id: externalId,
      kind: "recommendation",
      url: perma ? cleanPermalink(perma.link.getAttribute("href")) : null,
      author_name: name,
      author_id: key,
      author_url: authorLink ? cleanProfileUrl(authorLink.getAttribute("href")) : null,
      rating: null,
      recommends: !NOT_RECOMMENDS.test(headingText),
      text: wwwText(el, authorLink, heading),
      posted_text: perma ? kit.normalize(perma.link.textContent) || null : null,
      owner_replied: replied,
      owner_reply_text: replyText,
    };
  }

  // ---- m.facebook ------------------------------------------------------------------------

  const ownIn = (el) => (n) => n.closest(M_COMMENT) === el;
  // Avatar labels: "Yusof Elmahboub, profile picture" (en), "…, zdjęcie profilowe" (pl), "…, фото профілю" (uk).
  const AVATAR_LABEL = /^(.+?),\s*(?:profile picture|zdjęcie profilowe|фото профілю|фотографія профілю)$/iu;

  // The comment's header is what comes before its words (data-sigil="comment-body"), or, for a
  // comment that is only a sticker or a GIF, before its time and action bar. The author is the
  // name there, linked (logged in) or plain text (logged out); a link in the body, an attachment
  // and "Like"/"Reply" all come later, so none of them can be taken for the author.
  function mobileAuthor(el) {
    const own = ownIn(el);
    const body = [...el.querySelectorAll('[data-sigil~="comment-body"]')].find(own) || null;
    const actions = [...el.querySelectorAll('[data-sigil~="ufi-inline-comment-actions"], abbr')].find(own) || null;
    const nested = [...el.querySelectorAll(M_COMMENT)].find((n) => n !== el) || null;
    const text = kit.headerText(el, [body, actions, nested], (n) => n !== el && n.matches(M_COMMENT));
    const link = text ? text.parentElement.closest("a[href]") : null;
    let name = text ? kit.normalize(text.nodeValue) : null;
    if (!name) {
      const avatar = [...el.querySelectorAll("[aria-label]")].find((n) => own(n) && AVATAR_LABEL.test(n.getAttribute("aria-label")));
      name = avatar ? AVATAR_LABEL.exec(avatar.getAttribute("aria-label"))[1] : null;
    }
    const ring = [...el.querySelectorAll('[data-sigil^="feed_story_ring"]')].find(own);
    const m = ring && /feed_story_ring(\d+)/.exec(ring.getAttribute("data-sigil"));
    const href = link && el.contains(link) ? kit.absoluteUrl(link.getAttribute("href")) : null;
    const key = href ? profileKey(href) : null;
    return {
      link: key ? link : null,
      name,
      key,
      ringId: m ? m[1] : null,
      url: key ? cleanProfileUrl(href) : null,
    };
  }

  // The comment's own id: its own body's data-commentid (never a nested reply's), else the id
  // Facebook puts on the comment element itself.
  function mobileId(el) {
    const body = [...el.querySelectorAll("[data-commentid]")].find(ownIn(el));
    const fromBody = body && kit.fbCommentId(body.getAttribute("data-commentid"));
    if (fromBody) return fromBody.commentId;
    for (const v of [el.id, el.getAttribute("data-uniqueid")]) if (v && /^\d+$/.test(v)) return v;
    const token = /"token":"(\d+_\d+)"/.exec(el.getAttribute("data-store") || "");
    const fromToken = token && kit.fbCommentId(token[1]);
    return fromToken ? fromToken.commentId : null;
  }

  function readMobileComment(el) {
    const id = mobileId(el);
    if (!id) return null;
    const author = mobileAuthor(el);
    if (isOwner(el, author)) return kit.SKIP;
    const nested = (n) => n !== el && n.closest(M_COMMENT) !== el;
    const body = [...el.querySelectorAll('[data-sigil~="comment-body"]')].find((b) => b.closest(M_COMMENT) === el);
    const abbr = [...el.querySelectorAll("abbr")].find((b) => b.closest(M_COMMENT) === el);
    let replied = false;
    let replyText = null;
    for (const r of el.querySelectorAll(M_COMMENT)) {
      if (isOwner(r, mobileAuthor(r))) {
        replied = true;
        const rb = r.querySelector('[data-sigil~="comment-body"]');
        replyText = rb ? kit.textOf(rb) || null : null;
        break;
      }
    }
    if (!replied) {
      const names = mobileStoryOwner(el).names;
      for (const more of el.querySelectorAll('[data-sigil~="replies-see-more"]')) {
        const m = REPLIED.exec(kit.normalize(more.textContent));
        if (m && names.has(m[1])) replied = true;
      }
    }
    let url = null;
    const here = kit.parseUrl(location.href);
    if (here) {
      here.hash = "";
      here.searchParams.set("comment_id", id);
      url = cleanPermalink(here.href);
    }
    return {
      platform: "facebook",
      external_id: id,
      kind: el.parentElement && el.parentElement.closest(M_COMMENT) ? "reply" : "comment",
      url,
      author_name: author.name,
      author_id: author.key || author.ringId,
      author_url: author.url,
      rating: null,
      recommends: null,
      text: body ? kit.stripUiTail(kit.textOf(body)) : kit.longestBlock(el, nested).text,
      posted_text: abbr ? kit.normalize(abbr.textContent) || null : null,
      owner_replied: replied,
      owner_reply_text: replyText,
    };
  }

  // ---- reply editors ---------------------------------------------------------------------

  function editorNamesAuthor(editor, name) {
    if (!name) return false;
    const said = `${editor.getAttribute("aria-label") || ""} ${editor.getAttribute("aria-placeholder") || ""} ${editor.getAttribute("placeholder") || ""}`;
    return said.includes(name);
  }

  function readItem(el) {
    if (!kit.isElement(el)) return null;
    if (el.matches(M_COMMENT)) return readMobileComment(el);
    if (!el.matches(ARTICLE)) return null;
    const label = labelOf(el);
    if (COMMENT_LABEL.test(label) || REPLY_LABEL.test(label)) return readComment(el, label);
    const heading = recommendationHeading(el);
    if (heading) return readRecommendation(el, heading);
    // Comments in a language we have no label pattern for still carry their own comment link.
    const own = el.querySelector(COMMENT_LINK);
    if (own && ownedBy(el, own)) return readComment(el, label);
    return null;
  }

  function replyTarget(el) {
    if (!kit.isElement(el)) return null;
    if (el.matches(M_COMMENT)) {
      // m.facebook loads the inline reply composer into a placeholder inside the comment.
      const own = [...el.querySelectorAll("textarea, [contenteditable='true']")].find((t) => t.closest(M_COMMENT) === el);
      if (own) return own;
      if (location.pathname.startsWith("/comment/replies")) return document.querySelector("textarea#composerInput, form textarea");
      return null;
    }
    const label = labelOf(el);
    const author = wwwAuthor(el, commentLinks(el), label);
    const inside = [...el.querySelectorAll(EDITOR)].find((e) => ownedBy(el, e));
    if (inside) return inside;
    // The composer Facebook opens after "Reply" sits at the end of the thread and names the
    // person replied to ("Reply to Olena Shevchenko"); the post's own composer names no one.
    let node = el;
    for (let level = 0; level < THREAD_LEVELS && node.parentElement; level++) {
      for (let s = node.nextElementSibling; s; s = s.nextElementSibling) {
        const arts = s.matches(ARTICLE) ? [s] : [...s.querySelectorAll(ARTICLE)];
        if (arts.some(isTopComment)) return null;
        for (const e of s.matches(EDITOR) ? [s] : s.querySelectorAll(EDITOR)) {
          if (editorNamesAuthor(e, author.name)) return e;
        }
      }
      node = node.parentElement;
      if (node.matches(ARTICLE)) break;
    }
    return null;
  }

  function openReply(el) {
    if (!kit.isElement(el)) return false;
    if (el.matches(M_COMMENT)) {
      const a = [...el.querySelectorAll('a[href*="/comment/replies/"]')].find((x) => x.closest(M_COMMENT) === el);
      if (a) {
        a.click();
        return true;
      }
    }
    const notOwn = (c) => c.closest(ARTICLE) !== el && !el.matches(M_COMMENT);
    // A recommendation is answered with a comment under it, not with a reply.
    const words = el.matches(ARTICLE) && recommendationHeading(el) ? COMMENT_CONTROL : REPLY_CONTROL;
    const control = kit.findControl(el, words, notOwn);
    if (!control) return false;
    control.click();
    return true;
  }

  // The card goes right before its comment, as on Yelp and TripAdvisor: below it, it read as the
  // header of the next comment. Outside the comment's own nodes, which React re-renders on reactions.
  function cardAnchor(el) {
    if (!kit.isElement(el) || !el.parentNode) return null;
    if (el.matches(ARTICLE) && recommendationHeading(el)) return { parent: el, before: el.firstChild };
    return { parent: el.parentNode, before: el };
  }

  // ---- what a page of comments looks like in any era (for the not-readable signal) ---------
  // Comment ids in data-commentid, comment_id/reply_comment_id links and the ctoken of
  // m.facebook and mbasic "Reply" links, and "Comment by …" labels. own: only the marks of a
  // comment element itself (a post holds its comments' marks; those are the comments' own).
  const COMMENT_MARKS = 'a[href*="comment_id="], a[href*="/comment/replies/?ctoken="]';

  function evidence(root, own) {
    if (!root || typeof root.querySelectorAll !== "function") return 0;
    if (own && !(root.matches(M_COMMENT) || COMMENT_LABEL.test(labelOf(root)) || REPLY_LABEL.test(labelOf(root)))) return 0;
    const mine = (n) => !own || n.closest(ITEM) === root;
    const ids = new Set();
    for (const n of root.querySelectorAll("[data-commentid]")) {
      const c = mine(n) && kit.fbCommentId(n.getAttribute("data-commentid"));
      if (c) ids.add(c.commentId);
    }
    for (const a of root.querySelectorAll(COMMENT_MARKS)) {
      const url = mine(a) && kit.parseUrl(a.getAttribute("href"));
      if (!url) continue;
      const raw = url.searchParams.get("reply_comment_id") || url.searchParams.get("comment_id") || url.searchParams.get("ctoken");
      const c = kit.fbCommentId(raw);
      if (c) ids.add(c.commentId);
    }
    const labels = [...root.querySelectorAll('[aria-label^="Comment by "], [aria-label^="Reply by "]')].filter(mine).length;
    return Math.max(ids.size, labels);
  }

  kit.register({
    platform: "facebook",
    version: "2026.12.01",
    itemSelector: ITEM,
    matches(loc) {
      return HOSTS.test(loc.hostname || "");
    },
    readItem,
    // Comments appear on every kind of Facebook page (posts, photos, feeds, groups, reviews).
    readsPage: () => true,
    evidence,
    cardAnchor,
    replyTarget,
    openReply,
    // submitButton: the kit's default. m.facebook's composer form has a "Post" button; www's
    // Lexical composer has none (Enter posts), so a post shows as Enter in a non-empty editor,
    // the editor emptying, and the item re-reading with owner_replied.
  });
})();
