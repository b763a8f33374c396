"""What the engine's reading-round tests share: the settings of a business that asked for
drafts naming the review's topics (so the reading those tests check is what the draft
shows), and the drafts for one made-up review."""

from hugdesk.engine.suggestions import suggest


def settings(kind: str, name: str) -> dict:
    return {"business_name": name, "agent_name": "Anna", "signature": "Anna", "business_kind": kind,
            "draft_detail": "specific"}


SHOP = settings("online_shop", "TechDom")


def drafts(text, rating, settings=SHOP, author=None, platform="facebook") -> list[str]:
    review = {"platform": platform, "author_name": author, "rating": rating, "text": text}
    return [d.text for d in suggest(review, settings).drafts]


def body(draft: str) -> str:
    """A draft without its greeting line."""
    return "\n".join(draft.splitlines()[1:])
