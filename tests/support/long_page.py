"""The 200-review Yelp page of the cost benchmark (scripts/bench_extension.py) and its tests.

The classic 2016 fixture's 20 reviews ten times over, each copy under other user and review
ids, so the backend meets 200 distinct reviews; the page's own scripts are stripped, as
tests/support/pages.py serves every fixture.
"""

from __future__ import annotations

import re

from .pages import PAGES

FIXTURE = PAGES["yelp-classic-2016"].path
PAGE_URL = "https://www.yelp.com/biz/bench-200"
COPIES = 10  # 20 reviews each
TEMPLATE_ID = "hugdesk-bench-reviews"

_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script\s*>", re.S | re.I)
_LIST_OPEN = b'<ul class="ylist ylist-bordered reviews">'
_REVIEW_LI = re.compile(rb"<li\s*>\s*<div class=\"review review--with-sidebar\" data-review-id=")


def _copy_ids(chunk: bytes, copy: int, salt: int) -> bytes:
    """The same reviews under other user and review ids: reviews the backend has never seen."""
    ids = set(re.findall(rb"userid=([\w-]+)", chunk)) | set(re.findall(rb'data-review-id="([\w-]+)"', chunk))
    for old in sorted(ids, key=len, reverse=True):
        chunk = chunk.replace(old, old[:-6] + b"s%02dc%02d" % (salt, copy))
    return chunk


def build_page(in_template: bool, salt: int) -> bytes:
    """The fixture with its review list ×10: in the list, or held in a <template> for insertion.

    Each ``salt`` gives other ids, so every run meets reviews that are new to the backend."""
    html = _SCRIPT.sub(b"", FIXTURE.read_bytes())
    start = html.index(_LIST_OPEN) + len(_LIST_OPEN)
    end = html.index(b"</ul>\n\n        </div>\n        <div class=\"review-pager\">", start)
    body = html[start:end]
    starts = [m.start() for m in _REVIEW_LI.finditer(body)]
    if len(starts) != 20:
        raise RuntimeError(f"expected 20 reviews in the fixture, found {len(starts)}")
    head, reviews = body[: starts[0]], body[starts[0]:]  # head: the "write a review" widget
    many = b"".join(_copy_ids(reviews, c, salt) for c in range(COPIES))
    if not in_template:
        return html[:start] + head + many + html[end:]
    tail = html[end:]
    at = tail.lower().rfind(b"</body>")
    template = b'<template id="' + TEMPLATE_ID.encode() + b'">' + many + b"</template>"
    return html[:start] + head + tail[:at] + template + tail[at:]
