"""Each platform's own rules for a business's public reply, checked before the agent posts.

A reply that breaks them is rejected or removed after the agent has written it, so the tone
guard warns first and names the rule it applies:

- Tripadvisor's management response guidelines: one response per review; no links or
  URLs; nothing promotional; no lists or bullet points.
- Yelp refuses a public comment that is "too similar to a comment that's already been
  posted" by the business, so on Yelp the repetition check is stricter than elsewhere.

Warnings have the same shape as the tone guard's (code, severity, span, messages in every
interface language, fix), plus ``guideline``: the platform rule in the agent's language.
"""

from __future__ import annotations

import re
from typing import Iterable

from . import fastre
from .similarity import most_similar

UI_LANGUAGES = ("en", "pl", "uk")
# Yelp compares a new public comment with the business's earlier ones; we warn well before the
# general near-duplicate threshold (0.5), since a rejected reply costs the agent a rewrite.
YELP_SIMILAR = 0.35

_URL = fastre.compile(
    r"(?i)\b(?:https?://|www\.)[^\s<>()]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\."
    r"(?:com|net|org|pl|ua|info|biz|co\.uk|de|eu|io|shop|store)(?:/[^\s<>()]*)?\b"
)
# A line that starts like an item of a list: "- ", "• ", "* ", "1. ", "2) ", "a) ".
_LIST_ITEM = fastre.compile(r"(?m)^[ \t]*(?:[-–—•·*▪►✓✔]|\d{1,2}[.)]|[a-zа-я][)])[ \t]+\S")
_PROMOTION = fastre.compile(
    r"(?i)\b(?:promo(?:tional)?\s+code|discount\s+code|coupon\s+code|use\s+(?:the\s+)?code|special\s+offer|"
    r"limited[- ]time\s+offer|book\s+(?:now|directly)|follow\s+us|subscribe\s+to\s+our|visit\s+our\s+website|"
    r"kod(?:u|em)?\s+rabatow\w*|kod(?:u|em)?\s+promocyjn\w*|promocj[aęi]\s+specjaln\w*|oferta\s+specjalna|"
    r"zarezerwuj\s+(?:teraz|bezpośrednio)|obserwuj\s+nas|odwiedź\s+naszą\s+stronę|"
    r"промокод\w*|код\w*\s+на\s+знижку|спеціальн\w+\s+пропозиці\w+|бронюйте\s+(?:зараз|напряму)|"
    r"підписуйтеся\s+на\s+нас|відвідайте\s+наш\s+сайт)"
)

_GUIDELINES = {
    "tripadvisor": {
        "en": "Tripadvisor's management response guidelines",
        "pl": "zasady odpowiedzi właściciela na Tripadvisorze",
        "uk": "правила відповідей власника на Tripadvisor",
    },
    "yelp": {
        "en": "Yelp's rule for business comments",
        "pl": "zasady Yelp dotyczące komentarzy firm",
        "uk": "правило Yelp щодо коментарів бізнесу",
    },
}

_MESSAGES = {
    "platform_link": {
        "en": "Links are not allowed in a reply ({guideline}); the response would be rejected.",
        "pl": "Linki są niedozwolone w odpowiedzi ({guideline}); odpowiedź zostanie odrzucona.",
        "uk": "Посилання у відповіді заборонені ({guideline}); відповідь буде відхилено.",
    },
    "platform_promotion": {
        "en": "This reads as promotion, which is not allowed in a reply ({guideline}).",
        "pl": "To brzmi jak reklama, a ta jest niedozwolona w odpowiedzi ({guideline}).",
        "uk": "Це схоже на рекламу, а вона заборонена у відповіді ({guideline}).",
    },
    "platform_list": {
        "en": "Lists and bullet points are not allowed in a reply ({guideline}).",
        "pl": "Listy i wypunktowania są niedozwolone w odpowiedzi ({guideline}).",
        "uk": "Списки й маркери заборонені у відповіді ({guideline}).",
    },
    "platform_second_reply": {
        "en": "This review already has a response from the business; only one is allowed ({guideline}).",
        "pl": "Ta opinia ma już odpowiedź firmy; dozwolona jest tylko jedna ({guideline}).",
        "uk": "На цей відгук уже є відповідь від компанії; дозволено лише одну ({guideline}).",
    },
    "platform_similar": {
        "en": "Too similar to a reply the business already posted ({similarity}% alike): "
              "Yelp rejects it ({guideline}).",
        "pl": "Zbyt podobna do odpowiedzi, którą firma już opublikowała (podobieństwo {similarity}%): "
              "Yelp ją odrzuci ({guideline}).",
        "uk": "Надто схожа на відповідь, яку компанія вже опублікувала (схожість {similarity}%): "
              "Yelp її відхилить ({guideline}).",
    },
}
_FIXES = {
    "platform_link": {
        "en": "Remove the link; invite the customer to contact you privately instead.",
        "pl": "Usuń link; zamiast tego zaproś klienta do kontaktu prywatnego.",
        "uk": "Видаліть посилання; натомість запросіть клієнта написати вам особисто.",
    },
    "platform_promotion": {
        "en": "Remove the offer or code; thank the customer and answer what they wrote.",
        "pl": "Usuń ofertę lub kod; podziękuj klientowi i odnieś się do tego, co napisał.",
        "uk": "Приберіть пропозицію чи код; подякуйте клієнтові й дайте відповідь на те, що він написав.",
    },
    "platform_list": {
        "en": "Write it as ordinary sentences.",
        "pl": "Napisz to zwykłymi zdaniami.",
        "uk": "Напишіть це звичайними реченнями.",
    },
    "platform_second_reply": {
        "en": "Edit the existing response instead of posting a second one.",
        "pl": "Zamiast publikować drugą odpowiedź, zmień istniejącą.",
        "uk": "Замість другої відповіді відредагуйте наявну.",
    },
    "platform_similar": {
        "en": "Rewrite it for this customer: their name and what they wrote about.",
        "pl": "Napisz ją od nowa dla tego klienta: jego imię i to, o czym pisał.",
        "uk": "Перепишіть її для цього клієнта: його ім'я і те, про що він писав.",
    },
}
_SEVERITY = {
    "platform_link": "error", "platform_second_reply": "error", "platform_similar": "error",
    "platform_promotion": "warning", "platform_list": "warning",
}
_FIX_ACTIONS = {
    "platform_link": "remove", "platform_promotion": "remove", "platform_list": "rephrase",
    "platform_second_reply": "edit_existing", "platform_similar": "rewrite",
}


def _warning(code: str, platform: str, draft: str, start: int, end: int, ui_lang: str, **params) -> dict:
    messages = {
        lang: _MESSAGES[code][lang].format(guideline=_GUIDELINES[platform][lang], **params) for lang in UI_LANGUAGES
    }
    return {
        "code": code, "severity": _SEVERITY[code], "start": start, "end": end, "excerpt": draft[start:end],
        "message": messages[ui_lang], "messages": messages, "fix": _FIXES[code][ui_lang], "fixes": _FIXES[code],
        "fix_action": _FIX_ACTIONS[code], "replacement": "" if code == "platform_link" else None,
        "guideline": _GUIDELINES[platform][ui_lang], "platform": platform, **params,
    }


def platform_warnings(draft: str, platform: str | None, *, ui_lang: str = "en", item_replies: Iterable[str] = (),
                      previous_replies: Iterable[str] = ()) -> list[dict]:
    """Warnings for ``draft`` as a public reply on ``platform``.

    ``item_replies``: the business's replies already on this very review or comment.
    ``previous_replies``: replies the business posted before, anywhere.
    """
    ui_lang = ui_lang if ui_lang in UI_LANGUAGES else "en"
    if platform not in _GUIDELINES or not (draft or "").strip():
        return []
    out: list[dict] = []
    if platform == "tripadvisor":
        if any((r or "").strip() for r in item_replies):
            out.append(_warning("platform_second_reply", platform, draft, 0, len(draft), ui_lang))
        for match in _URL.finditer(draft):
            if "@" in draft[max(0, match.start() - 1):match.start()]:
                continue  # the domain of an e-mail address: the private-data check covers it
            out.append(_warning("platform_link", platform, draft, match.start(), match.end(), ui_lang))
        for match in _PROMOTION.finditer(draft):
            out.append(_warning("platform_promotion", platform, draft, match.start(), match.end(), ui_lang))
        items = list(_LIST_ITEM.finditer(draft))
        if items:
            line_end = draft.find("\n", items[-1].end())
            end = len(draft) if line_end < 0 else line_end
            out.append(_warning("platform_list", platform, draft, items[0].start(), end, ui_lang))
    if platform == "yelp":
        previous = [p for p in previous_replies if p]
        if previous:
            score, index = most_similar(draft, previous)
            if score >= YELP_SIMILAR:
                out.append(_warning("platform_similar", platform, draft, 0, len(draft), ui_lang,
                                    similarity=round(score * 100), index=index))
    return out
