"""What the engine's reading-round tests share: the settings of a business that asked for
drafts naming the review's topics (so the reading those tests check is what the draft
shows), and the drafts for one made-up review."""

import re

from hugdesk.engine.suggestions import suggest


def settings(kind: str, name: str, detail: str = "specific") -> dict:
    return {"business_name": name, "agent_name": "Anna", "signature": "Anna", "business_kind": kind,
            "draft_detail": detail}


SHOP = settings("online_shop", "TechDom")
# Drafts as they ship (draft_detail "general"), for the rounds that check those; the shop allows
# the one compensation the graded evals configure.
GENERAL_SHOP = settings("online_shop", "TechDom", "general") | {"compensations": ["a 10% discount"]}
GENERAL_HOTEL = settings("hotel", "Hotel Riviera", "general")
GENERAL_CAFE = settings("restaurant_cafe", "Café Lumen", "general")
# Each author seeds the phrasing every slot picks, so drafts for several authors give a slot's
# phrasings their turn: a check over them does not pass by the luck of one seed.
AUTHORS = (None, "Ola", "Maria K.", "Jan", "Tom")


def drafts(text, rating, settings=SHOP, author=None, platform="facebook") -> list[str]:
    review = {"platform": platform, "author_name": author, "rating": rating, "text": text}
    return [d.text for d in suggest(review, settings).drafts]


def body(draft: str) -> str:
    """A draft without its greeting line."""
    return "\n".join(draft.splitlines()[1:])


def drafts_for_authors(text, rating, settings=SHOP, authors=AUTHORS) -> list[str]:
    return [draft for author in authors for draft in drafts(text, rating, settings, author=author)]


# Which phrasings of two neighbouring slots meet depends on the seed: checks on how sentences
# follow each other ("We're so glad… We're so glad…") try a dozen authors.
MANY_AUTHORS = AUTHORS + ("Kimberly", "Eric", "Gemini6858", "Anna", "Piotr", "Ben", "Lucy")


def body_sentences(draft: str) -> list[str]:
    """The sentences of a draft between its greeting and its sign-off."""
    return [s for s in re.split(r"(?<=[.!?])\s+", draft.split("\n\n", 1)[1]) if s.strip()]
