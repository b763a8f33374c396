"""Every fixture page: how many cards appear, and what the backend stored for them."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.support import pages

from .conftest import wait_until

# From tests/fixtures/pages/README.md; first = DOM order.
EXPECTED = {
    "fb-www-2025": dict(platform="facebook", cards=0),
    "fb-m-2021": dict(
        platform="facebook", cards=30,
        first=["Yusof Elmahboub", "Lynn Williams", "Michael Velasco-Camacho"],
        authors={"Yusof Elmahboub": 3},
    ),
    "yelp-react-2022": dict(
        platform="yelp", cards=10, first=["Kevin H."], ratings={5: 9, 1: 1}, replied=3,
        authors={"Mike M.": 1},
    ),
    "yelp-classic-2016": dict(
        platform="yelp", cards=20, first=["Marcus C."], ratings={5: 10, 2: 4, 3: 3, 1: 2, 4: 1}, replied=1,
        replied_authors=["April W."],
    ),
    "ta-hotel-2023": dict(
        platform="tripadvisor", cards=10, first=["Vikas Jain"], first_id="894842890", ratings={5: 10}, replied=0,
    ),
    "ta-restaurant-2022": dict(
        platform="tripadvisor", cards=58, first=["Malusggs"], first_id="854904917",
        ratings={5: 37, 4: 11, 3: 6, 1: 3, 2: 1},
    ),
    # Hand-made pages (tests/fixtures/pages): what each file's opening comment says it holds.
    "fb-www-loggedin": dict(platform="facebook", cards=8),
    "fb-page-reviews": dict(platform="facebook", cards=4, recommends_in_order=[True, False, True, False],
                            replied_in_order=[False, True, False, False]),
    "yelp-biz-reply": dict(platform="yelp", cards=4, ratings_in_order=[1, 5, 3, 4], replied_in_order=[False, True, False, False]),
    "ta-management-response": dict(platform="tripadvisor", cards=4, ratings_in_order=[2, 5, 4, 1],
                                   replied_in_order=[False, True, False, False]),
}


def stored_tickets(backend, platform: str) -> list[dict]:
    return backend.get(f"/tickets?platform={platform}&limit=500").json()["items"]


@pytest.mark.browser
@pytest.mark.parametrize("name", list(EXPECTED))
def test_cards_and_stored_tickets(ext, name):
    want = EXPECTED[name]
    if not pages.PAGES[name].path.exists():
        pytest.skip(f"fixture {pages.PAGES[name].path.name} not written yet")
    page = ext.open(pages.PAGES[name].url)
    keys = ext.wait_cards(page, want["cards"])
    if want["cards"] == 0:
        # Give the loader time to have done whatever it would do, then check again.
        page.wait_for_timeout(1500)
        assert ext.card_keys(page) == []
        assert stored_tickets(ext.backend, want["platform"]) == []
        return
    assert len(set(keys)) == len(keys), "one card per item"
    assert all(k.startswith(want["platform"] + ":") for k in keys)

    tickets = wait_until(
        lambda: (t := stored_tickets(ext.backend, want["platform"])) and len(t) == want["cards"] and t,
        message="tickets stored",
    )
    by_key = {f"{t['platform']}:{t['external_id']}": t for t in tickets}
    assert set(by_key) == set(keys), "the card attribute carries the stored external_id"

    ordered = [by_key[k] for k in keys]
    assert all(t["author_name"] for t in ordered)
    if "first" in want:
        assert [t["author_name"] for t in ordered[: len(want["first"])]] == want["first"]
    if "ratings_in_order" in want:
        assert [t["rating"] for t in ordered] == want["ratings_in_order"]
    if "recommends_in_order" in want:
        assert [t["recommends"] for t in ordered] == want["recommends_in_order"]
    if "replied_in_order" in want:
        assert [t["owner_replied"] for t in ordered] == want["replied_in_order"]
    if "first_id" in want:
        assert keys[0] == f"{want['platform']}:{want['first_id']}"
    if "ratings" in want:
        assert Counter(int(t["rating"]) for t in tickets) == Counter(want["ratings"])
    if "replied" in want:
        assert sum(t["owner_replied"] for t in tickets) == want["replied"]
    for author in want.get("replied_authors", []):
        assert any(t["owner_replied"] for t in tickets if t["author_name"] == author)
    for author, n in want.get("authors", {}).items():
        assert sum(t["author_name"] == author for t in tickets) == n

    # Each card's bar says whose it is and shows the stored status once the backend answered.
    names = {k: t["author_name"] for k, t in by_key.items()}
    wait_until(lambda: all(ext.card_query(page, k, '[data-who="name"]') == [names[k]] and ext.card_query(page, k, "[data-status]")
                           for k in keys[:3]), message="cards rendered")
    assert page.errors == []
