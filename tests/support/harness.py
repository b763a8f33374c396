"""Load a platform page in Chromium with the site adapters injected, and read its items.

Shared by the adapter tests and usable by end-to-end tests: the adapters run in the page
exactly as the content scripts would (same files, same order), without the rest of the
extension, so a failure here points at extension/sites/ and nothing else.
"""

from __future__ import annotations

from pathlib import Path

from . import pages

ROOT = Path(__file__).resolve().parents[2]
SITES = ROOT / "extension" / "sites"
# Manifest order: shared helpers first, then one adapter per platform.
ADAPTER_SCRIPTS = [SITES / name for name in ("common.js", "facebook.js", "yelp.js", "tripadvisor.js")]

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking"]

__all__ = ["ADAPTER_SCRIPTS", "CHROMIUM", "CHROMIUM_ARGS", "inject", "open_page", "read_items", "pages"]

# Picks the adapter whose matches(location) is true, then does what the loader does: a scan
# of itemSelector and readItem on every candidate. Returns plain data for assertions.
READ_ITEMS_JS = """
() => {
  const H = globalThis.Hugdesk;
  const site = H.sites.find((s) => s.matches(location));
  if (!site) return {platform: null, candidates: 0, items: [], errors: H.siteKit.errors.slice()};
  const candidates = [...document.querySelectorAll(site.itemSelector)];
  const now = new Date();
  const items = [];
  let skipped = 0;
  let missed = 0;
  candidates.forEach((el, index) => {
    const item = site.readItem(el, now);
    // What the content loader counts for the not-readable signal (content/loader.js).
    if (!item && site.outcome(el) === 'skip') skipped++;
    if (!item && site.outcome(el) === 'none' && site.evidence(el, true) > 0) missed++;
    if (item) {
      const anchor = site.cardAnchor(el);
      items.push({
        ...item,
        _index: index,
        _anchor_ok: !!(anchor && anchor.parent instanceof Node &&
          (anchor.before == null || anchor.before.parentNode === anchor.parent)),
        _has_editor: !!site.replyTarget(el),
      });
    }
  });
  const gap = H.siteKit.readingGap(site, {cards: items.length, skipped, missed});
  return {platform: site.platform, version: site.version, candidates: candidates.length, items, skipped, missed, gap,
          errors: H.siteKit.errors.slice()};
}
"""


def inject(page) -> None:
    """Define the namespace the way extension/content/namespace.js does, then add the adapters."""
    page.evaluate("globalThis.Hugdesk = {sites: []}")
    for script in ADAPTER_SCRIPTS:
        page.add_script_tag(path=str(script))


def open_page(browser, page_def, extra: dict[str, tuple[bytes, str]] | None = None):
    """A fresh context serving only ``page_def`` (plus ``extra``) with the adapters injected."""
    context = browser.new_context()
    pages.route_pages(context, [page_def], extra=extra)
    page = context.new_page()
    page.goto(page_def.url, wait_until="domcontentloaded")
    inject(page)
    return context, page


def read_items(page) -> dict:
    return page.evaluate(READ_ITEMS_JS)
