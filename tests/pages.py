"""Platform pages for tests: the shared real fixtures and our hand-made ones.

Each page is served the way a browser sees it after the site's own scripts ran:
scripts stripped, m.facebook's ``<code><!-- … --></code>`` payloads unwrapped, and the
right charset declared. ``route_pages`` answers these URLs from disk and aborts every
other request, so no test ever reaches a live site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_PAGES = ROOT.parent / "shared" / "fixtures" / "pages"
OWN_PAGES = Path(__file__).resolve().parent / "fixtures" / "pages"


@dataclass(frozen=True)
class Page:
    name: str  # key used by tests
    path: Path
    url: str
    charset: str = "utf-8"
    unwrap_code: bool = False


PAGES: dict[str, Page] = {
    p.name: p
    for p in [
        Page(
            "fb-www-2025",
            SHARED_PAGES / "facebook/www-post-comments-2025-loggedout.html",
            "https://www.facebook.com/salmanmd.sultan.1/posts/pfbid0system-design",
        ),
        Page(
            "fb-m-2021",
            SHARED_PAGES / "facebook/m-story-nintendo-2021-06-loggedin-codewrapped.html",
            "https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711",
            unwrap_code=True,
        ),
        Page(
            "yelp-react-2022",
            SHARED_PAGES / "yelp/biz-react-2022-oms-remodeling.html",
            "https://www.yelp.com/biz/oms-remodeling-san-mateo",
        ),
        Page(
            "yelp-classic-2016",
            SHARED_PAGES / "yelp/biz-classic-2016-rosinas-owner-replies.html",
            "https://www.yelp.com/biz/rosinas-italian-restaurant-oceanside-oceanside-4",
        ),
        Page(
            "ta-hotel-2023",
            SHARED_PAGES / "tripadvisor/hotel-2023-surat-marriott-data-test-target.html",
            "https://www.tripadvisor.com/Hotel_Review-g297612-d1216812-Reviews-Surat_Marriott_Hotel-Surat_Surat_District_Gujarat.html",
        ),
        Page(
            "ta-restaurant-2022",
            SHARED_PAGES / "tripadvisor/restaurant-2022-abba-mia-reviews-fragment.html",
            "https://www.tripadvisor.com/Restaurant_Review-g187451-d3725014-Reviews-Abba_Mia_Restaurant-Gijon_Asturias.html",
            charset="windows-1252",
        ),
    ]
}

_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script\s*>", re.S | re.I)
_CODE_WRAPPED = re.compile(rb"<code\b[^>]*>\s*<!--(.*?)-->\s*</code>", re.S | re.I)


def register(page: Page) -> None:
    """Add a page (hand-made fixtures register themselves from their tests)."""
    PAGES[page.name] = page


def page_body(page: Page) -> bytes:
    raw = page.path.read_bytes()
    if page.unwrap_code:
        raw = _CODE_WRAPPED.sub(lambda m: m.group(1), raw)
    return _SCRIPT.sub(b"", raw)


def content_type(page: Page) -> str:
    return f"text/html; charset={page.charset}"


def route_pages(context, pages: list[Page] | None = None, extra: dict[str, tuple[bytes, str]] | None = None) -> None:
    """Serve ``pages`` (default: all) at their URLs; abort every other http(s) request.

    ``extra`` maps further URLs to (body, content type), e.g. a test page with an editor.
    Requests to 127.0.0.1/localhost (our backend) pass through untouched.
    """
    table: dict[str, tuple[bytes, str]] = {}
    for page in pages if pages is not None else PAGES.values():
        table[page.url] = (page_body(page), content_type(page))
    table.update(extra or {})

    def handler(route):
        url = route.request.url
        if not url.startswith(("http://", "https://")):
            return route.continue_()  # the extension's own files (popup, options)
        host = url.split("/")[2]
        if host.split(":")[0] in ("127.0.0.1", "localhost"):
            return route.continue_()
        hit = table.get(url) or table.get(url.split("#")[0])
        if hit is None:
            return route.abort()
        body, ctype = hit
        return route.fulfill(status=200, body=body, headers={"content-type": ctype})

    context.route("**/*", handler)
