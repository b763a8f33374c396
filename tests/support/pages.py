"""Platform pages for tests: real saved pages and our hand-made ones, all under tests/fixtures/pages/.

Each page is served the way a browser sees it after the site's own scripts ran:
scripts stripped, m.facebook's ``<code><!-- … --></code>`` payloads unwrapped, and the
right charset declared. ``route_pages`` answers these URLs from disk and aborts every
other request, so no test ever reaches a live site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
FIXTURE_PAGES = TESTS / "fixtures" / "pages"


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
            FIXTURE_PAGES / "facebook/www-post-comments-2025-loggedout.html",
            "https://www.facebook.com/salmanmd.sultan.1/posts/pfbid0system-design",
        ),
        Page(
            "fb-m-2021",
            FIXTURE_PAGES / "facebook/m-story-nintendo-2021-06-loggedin-codewrapped.html",
            "https://m.facebook.com/story.php?story_fbid=3065154550235644&id=119240841493711",
            unwrap_code=True,
        ),
        Page(
            "yelp-react-2022",
            FIXTURE_PAGES / "yelp/biz-react-2022-oms-remodeling.html",
            "https://www.yelp.com/biz/oms-remodeling-san-mateo",
        ),
        Page(
            "yelp-classic-2016",
            FIXTURE_PAGES / "yelp/biz-classic-2016-rosinas-owner-replies.html",
            "https://www.yelp.com/biz/rosinas-italian-restaurant-oceanside-oceanside-4",
        ),
        Page(
            "ta-hotel-2023",
            FIXTURE_PAGES / "tripadvisor/hotel-2023-surat-marriott-data-test-target.html",
            "https://www.tripadvisor.com/Hotel_Review-g297612-d1216812-Reviews-Surat_Marriott_Hotel-Surat_Surat_District_Gujarat.html",
        ),
        Page(
            "ta-restaurant-2022",
            FIXTURE_PAGES / "tripadvisor/restaurant-2022-abba-mia-reviews-fragment.html",
            "https://www.tripadvisor.com/Restaurant_Review-g187451-d3725014-Reviews-Abba_Mia_Restaurant-Gijon_Asturias.html",
            charset="windows-1252",
        ),
        Page(
            "ta-hotel-2015-parkinn",
            FIXTURE_PAGES / "tripadvisor/hotel-2015-no-park-inn-trysil-legacy-responses.html",
            "https://no.tripadvisor.com/Hotel_Review-g1006204-d2440155-Reviews-Park_Inn_Trysil_Mountain_Resort-Trysil_Municipality_Hedmark_Eastern_Norway.html",
        ),
        Page(
            "ta-hotel-2015-bergen",
            FIXTURE_PAGES / "tripadvisor/hotel-2015-no-radisson-bergen-legacy.html",
            "https://no.tripadvisor.com/Hotel_Review-g190502-d206868-Reviews-Radisson_Blu_Royal_Hotel_Bergen-Bergen_Hordaland_Western_Norway.html",
        ),
        Page(
            "yelp-classic-2016-regal",
            FIXTURE_PAGES / "yelp/biz-classic-2016-regal-cafe-no-replies.html",
            "https://www.yelp.com/biz/regal-cafe-pizzeria-boston-3",
        ),
        Page(
            "ta-hotel-2015-knut-empty",
            FIXTURE_PAGES / "tripadvisor/hotel-2015-no-trysil-knut-no-reviews-in-language.html",
            "https://no.tripadvisor.com/Hotel_Review-g1006204-d260111-Reviews-or10-Trysil_Knut_Hotell-Trysil_Municipality_Hedmark_Eastern_Norway.html",
        ),
        Page(
            "yelp-classic-2016-phone-repair",
            FIXTURE_PAGES / "yelp/biz-classic-2016-phone-repair-san-diego.html",
            "https://www.yelp.com/biz/mobile-iphone-ipad-screen-repair-san-diego-26",
        ),
        Page(
            "fb-mbasic-2020-post-unsupported",
            FIXTURE_PAGES / "facebook/mbasic-2020-mutoko-post-comments-unsupported.html",
            "https://mbasic.facebook.com/story.php?story_fbid=1718176531560719&id=143849585660096",
        ),
        Page(
            "yelp-user-2019",
            FIXTURE_PAGES / "yelp/user-classic-2019-oriole-reviews-owner-replies.html",
            "https://www.yelp.com/user_details?userid=bMpE9cdUirpSBPzDJubIrg",
        ),
        # A list of restaurants (2026, French UI): review snippets and links, but no review of one
        # place to answer; nothing to read and nothing to report.
        Page(
            "ta-list-2026-fr",
            FIXTURE_PAGES / "tripadvisor/restaurants-list-2026-fr-jaffna-not-reviews.html",
            "https://www.tripadvisor.fr/Restaurants-g304135-Jaffna_Northern_Province.html",
        ),
        # 2024-25 review cards (tripadvisor.fr, French UI): the rating only in an SVG <title>
        # ("5,0 sur 5 bulles"); the manager's response bylined by a bare name, no "Response from".
        Page(
            "ta-restaurant-2024-fr",
            FIXTURE_PAGES / "tripadvisor/restaurant-2024-fr-bergamote-review-cards-responses.html",
            "https://www.tripadvisor.fr/Restaurant_Review-g187265-d23540733-Reviews-Restaurant_Bergamote-Lyon_Rhone_Auvergne_Rhone_Alpes.html",
        ),
        Page(
            "ta-restaurant-2025-fr",
            FIXTURE_PAGES / "tripadvisor/restaurant-2025-fr-affreux-jojo-review-cards.html",
            "https://www.tripadvisor.fr/Restaurant_Review-g187265-d15114321-Reviews-L_affreux_Jojo-Lyon_Rhone_Auvergne_Rhone_Alpes.html",
        ),
        # www.facebook.com 2023, logged out, Hindi UI: the post is only in the page's script
        # payloads and its meta tags, nothing is rendered; nothing to read and nothing to report.
        Page(
            "fb-www-2023-hi-nothing-rendered",
            FIXTURE_PAGES / "facebook/www-page-post-2023-hi-loggedout-no-comments-rendered.html",
            "https://www.facebook.com/Paytm/posts/heres-what-our-founder-and-ceo-vijay-shekhar-sharma-has-to-say-on-indias-first-s/694313812720068/",
        ),
        # www.facebook.com before its 2020 redesign ("UFI" comments, 2018, Vietnamese UI, logged
        # in): an era we do not read on purpose; its comments must be reported as not readable.
        Page(
            "fb-www-2018-vi-ufi-unsupported",
            FIXTURE_PAGES / "facebook/www-page-posts-2018-vi-loggedin-ufi-unsupported.html",
            "https://www.facebook.com/pg/mobiistar/posts/",
        ),
        # mbasic.facebook.com (Facebook's no-JavaScript site, closed in 2024) is an era we do not
        # read on purpose: it holds comments, so the page must be reported as not readable.
        Page(
            "fb-mbasic-2020-unsupported",
            FIXTURE_PAGES / "facebook/mbasic-2020-sonko-photo-comments-unsupported.html",
            "https://mbasic.facebook.com/GovernorMikeSonkoMbuvi/photos/a.187136547991368/840811325957217/",
        ),
    ]
}

# Hand-made: no saved copy of these logged-in or business-side screens exists. Each file starts
# with a comment saying what it imitates; the business-side URLs are our best reading of the sites' schemes.
OWN = [
    Page(
        "fb-www-loggedin",
        FIXTURE_PAGES / "facebook/handmade-www-loggedin-comments.html",
        "https://www.facebook.com/hugbrewcoffee/posts/pfbid02Kq7wXvRtm3Ls9aPe4yBnC1dHf8UjZo6gTkM5rVxW2Ny",
    ),
    Page(
        "fb-page-reviews",
        FIXTURE_PAGES / "facebook/handmade-page-reviews.html",
        "https://www.facebook.com/hugbrewcoffee/reviews",
    ),
    # Yelp for Business: the owner's review list lives under biz.yelp.com/r2r/<encrypted biz id>.
    Page(
        "yelp-biz-reply",
        FIXTURE_PAGES / "yelp/handmade-biz-reply.html",
        "https://biz.yelp.com/r2r/hB3kQn0x7VZs4tLqPe9mWA/reviews",
    ),
    # TripAdvisor Management Center pages follow the site's ManagementCenter-g<geo>-d<loc> scheme.
    Page(
        "ta-management-response",
        FIXTURE_PAGES / "tripadvisor/handmade-management-response.html",
        "https://www.tripadvisor.com/ManagementCenter-g60763-d23448880-Reviews-Hugbrew_Coffee_Roasters-New_York_City_New_York.html",
    ),
]

for _page in OWN:
    PAGES[_page.name] = _page
OWN_NAMES = [p.name for p in OWN]
REAL_NAMES = [name for name in PAGES if name not in OWN_NAMES]

_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script\s*>", re.S | re.I)
_CODE_WRAPPED = re.compile(rb"<code\b[^>]*>\s*<!--(.*?)-->\s*</code>", re.S | re.I)


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
