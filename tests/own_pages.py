"""Hand-made platform pages (tests/fixtures/pages/), registered beside the real ones.

No saved copy of these screens exists: they are the logged-in or business-side views. Each
file starts with a comment saying what it imitates. The URLs follow the sites' public URL
schemes; the two business-side ones are our best reading of them (see each entry).
"""

from __future__ import annotations

try:  # imported as part of the tests package
    from . import pages
except ImportError:  # imported with tests/ on sys.path
    import pages  # type: ignore[no-redef]

Page = pages.Page

OWN = [
    Page(
        "fb-www-loggedin",
        pages.OWN_PAGES / "facebook-www-loggedin-comments.html",
        "https://www.facebook.com/hugbrewcoffee/posts/pfbid02Kq7wXvRtm3Ls9aPe4yBnC1dHf8UjZo6gTkM5rVxW2Ny",
    ),
    Page(
        "fb-page-reviews",
        pages.OWN_PAGES / "facebook-page-reviews.html",
        "https://www.facebook.com/hugbrewcoffee/reviews",
    ),
    # Yelp for Business: the owner's review list lives under biz.yelp.com/r2r/<encrypted biz id>.
    Page(
        "yelp-biz-reply",
        pages.OWN_PAGES / "yelp-biz-reply.html",
        "https://biz.yelp.com/r2r/hB3kQn0x7VZs4tLqPe9mWA/reviews",
    ),
    # TripAdvisor Management Center pages follow the site's ManagementCenter-g<geo>-d<loc> scheme.
    Page(
        "ta-management-response",
        pages.OWN_PAGES / "tripadvisor-management-response.html",
        "https://www.tripadvisor.com/ManagementCenter-g60763-d23448880-Reviews-Hugbrew_Coffee_Roasters-New_York_City_New_York.html",
    ),
]

for _page in OWN:
    pages.register(_page)

NAMES = [p.name for p in OWN]
