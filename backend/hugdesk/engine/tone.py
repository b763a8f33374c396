"""Tone guard for a draft reply, before the agent posts it in public.

    check_tone(draft, review_text=None, rating=None, previous_replies=(), ui_lang="en", now=None)
        -> list of warnings

Each warning is a dict:
    code        blame | missing_apology | shouting_caps | shouting_exclamation | private_data |
                vague_promise | language_mismatch | near_duplicate
    severity    "error" (never post like this) | "warning" | "info"
    start, end  character span in `draft` (draft[start:end] is the offending text)
    excerpt     draft[start:end]
    message     explanation in `ui_lang` ("en", "pl" or "uk"); `messages` holds all three
    fix         what to do, in `ui_lang`; `fixes` holds all three
    fix_action  rephrase | add_apology | lowercase | move_to_private | log_promise |
                switch_language | rewrite
    replacement suggested text for the span in the draft's language, or None
  plus per code: kind (private_data: email | phone | order_number | address),
  similarity (near_duplicate), language / review_language (language_mismatch).

The rules come from the seeds: never answer emotionally or blame ("that's your problem",
"what were you thinking", "everyone else knows where to click"); always apologise to a
complaining customer; move private matters to a discreet channel; never promise without
acting (so a promise needs a date); never paste the same reply twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timezone

from . import fastre
from .analysis import analyse
from .language import detect_language, language_scores
from .promises_in_text import find_promises
from .platform_rules import platform_warnings
from .similarity import NEAR_DUPLICATE, most_similar

UI_LANGUAGES = ("en", "pl", "uk")

_I = re.IGNORECASE
_PAN = r"(?:pana|pani|państwa|twój|twoja|twoje|wasz|wasza|wasze|twoj)"
_BLAME = {
    "en": [
        r"\bthat(?:'s|’s| is) (?:your|ur) (?:own )?problem\b", r"\byour problem,? not ours\b", r"\bnot our problem\b",
        r"\bwhat were you thinking\b", r"\bwhat did you expect\b",
        r"\b(?:every(?:one|body)|all) (?:else )?(?:knows?|understands?|manages?) (?:where|how) to (?:click|do|use|find)\w*",
        r"\byou should(?:'ve| have) (?:read|known|checked|looked)\b", r"\b(?:did|do) you even read\b",
        r"\bread the (?:manual|instructions|description)\b", r"\b(?:it(?:'s|’s| is)|that(?:'s|’s| is)) (?:all )?your (?:own )?fault\b",
        r"\byour own fault\b", r"\byou(?:'re|’re| are) wrong\b", r"\byou did(?:n't|n’t| not) read\b", r"\bcalm down\b",
        r"\bany idiot\b", r"\bnot our fault\b", r"\bdeal with it\b", r"\byou people\b",
        r"\b(?:figure|sort) it out (?:by )?yourself\b", r"\byou must have (?:broken|dropped|damaged|done)\b", r"\buser error\b",
        r"\bnothing we can do\b", r"\bit(?:'s|’s| is) not our responsibility\b", r"\bas (?:we|i) (?:already )?(?:said|told you)\b",
    ],
    "pl": [
        r"\bto (?:jest )?" + _PAN + r" problem\b", r"\bnie (?:jest to )?nasz problem\b",
        r"\bco (?:pan|pani|państwo|ty|wy) sobie (?:myślał\w*|wyobraża\w*)", r"\bo czym (?:pan|pani|państwo|ty) myślał\w*",
        r"\bwszyscy (?:inni |pozostali )?wiedzą,? (?:gdzie|jak) (?:kliknąć|klikać|to zrobić)",
        r"\bnie przeczytał\w* (?:pan |pani |państwo )?instrukcji", r"\b(?:pan|pani|państwo) nie przeczytał\w* instrukcji",
        r"\btrzeba było (?:czytać|przeczytać|sprawdzić|uważać)", r"\bwystarczy(?:ło)? przeczytać instrukcj\w*",
        r"\b" + _PAN + r" wina\b", r"\bz (?:pana|pani|państwa|twojej|waszej) winy\b", r"\bsam[ai]? (?:jest )?(?:pan |pani |państwo )?sobie win\w*",
        r"\bnie nasza wina\b", r"\bproszę się uspokoić\b", r"\bradź(?:cie)? sobie sam\w*", r"\b(?:pan|pani|państwo) się myl\w*",
        r"\bnic nie możemy (?:na to )?(?:zrobić|poradzić)\b",
    ],
    "uk": [
        r"(?<![\w'’])це (?:ваша|твоя) (?:власна )?проблема", r"(?<![\w'’])це ваші проблеми", r"(?<![\w'’])не наша проблема",
        r"(?<![\w'’])про що (?:ви|ти) дума\w*", r"(?<![\w'’])(?:а )?чим (?:ви|ти) дума\w*",
        r"(?<![\w'’])(?:усі|всі) (?:інші )?(?:знають|розуміють),? куди (?:треба )?(?:натиснути|натискати|тиснути)",
        r"(?<![\w'’])(?:ви|ти) сам[иі]? винн?\w*", r"(?<![\w'’])сам[иі]? винн?\w*", r"(?<![\w'’])(?:ваша|твоя) вина(?![\w'’])",
        r"(?<![\w'’])не наша вина(?![\w'’])", r"(?<![\w'’])треба було (?:читати|прочитати|дивитися)",
        r"(?<![\w'’])не прочитали інструкці\w*", r"(?<![\w'’])(?:розбирайтеся|розбирайся) сам\w*",
        r"(?<![\w'’])сам[иі] (?:розбирайтеся|розбирайся)", r"(?<![\w'’])нічим не (?:можу|можемо) (?:вам |Вам )?допомогти",
        r"(?<![\w'’])заспокойтеся(?![\w'’])",
    ],
}
_BLAME_RE = [fastre.compile(p, _I) for patterns in _BLAME.values() for p in patterns]

_APOLOGY = fastre.compile(
    # "Szkoda, że…" / "Шкода, що…" ("what a pity that…") is how a native says sorry about a remark.
    r"\b(?:sorry|apolog\w*|regret\w*|forgive)\b|\b(?:przeprasz\w*|przepros\w*|przykro|wybacz\w*|ubolew\w*|szkoda)\b|"
    r"(?<![\w'’])(?:вибач\w*|перепрош\w*|прикро|шкодуємо|шкода|пробач\w*)(?![\w'’])", _I)
_WORD = fastre.compile(r"(?<![\w'’])[^\W\d_]{2,}(?![\w'’])")
# Capitals that are names of things, not shouting.
_ACRONYMS = {"USB", "HDMI", "WIFI", "LED", "LCD", "TV", "OK", "GPS", "SMS", "NFC", "RAM", "SSD", "HDD", "CPU",
             "GPU", "PC", "USA", "UK", "EU", "PLN", "EUR", "USD", "UAH", "ГРН", "ID", "FAQ", "PDF", "VAT", "NIP",
             "AGD", "RTV", "HP", "LG", "ASAP", "ПДВ", "ТТН", "ФОП", "IT", "AI", "DJ", "BBQ", "TV", "IOS", "PIN", "QR"}
_EXCLAIM = fastre.compile(r"[!?]*![!?]*!+[!?]*|!\?+|\?!+")
# Starts only at the beginning of a run of address characters; without the look-behind a long
# word is rescanned from each of its letters (quadratic).
_EMAIL = fastre.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = fastre.compile(r"(?<![\w+])(?:\+\d{1,3}[\s-]?)?(?:\(\d{1,4}\)[\s-]?)?\d{2,4}(?:[\s-]\d{2,4}){1,4}(?![\w])|(?<![\w+])\+?\d{9,13}(?!\w)")
_ORDER = fastre.compile(
    r"(?:order|zamówieni\w*|zamówienie|замовлення|invoice|faktur\w*|booking|reservation|rezerwacj\w*|бронювання|"
    r"tracking|przesyłk\w*|посилк\w*|ттн|ttn|nr\.?|no\.|номер|#|№)\s*(?:nr\.?|no\.?|number|numer|№|#|:)?\s*"
    r"([A-Z0-9]*\d[A-Z0-9-]{3,})", _I)
_ADDRESS = [
    fastre.compile(r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|"
                   r"Drive|Dr\.?|Court|Ct\.?|Way|Place|Pl\.?)(?!\w)"),
    fastre.compile(r"\b(?:ul\.|ulic[ay]|al\.|alej[ai]|os\.|osiedle|pl\.)\s*[\w\-ąćęłńóśźż]+(?:\s[\w\-ąćęłńóśźż]+){0,2},?\s+\d+[a-z]?"
                   r"(?:/\d+)?(?!\w)", _I),
    fastre.compile(r"(?<![\w'’])(?:вул\.|вулиц[яі]|просп\.|проспект|бульв\.|бульвар|пров\.|провулок)\s*[\w'’\-]+"
                   r"(?:\s[\w'’\-]+){0,2},?\s*\d+[а-я]?(?:/\d+)?(?![\w'’])", _I),
]

_MESSAGES = {
    "blame": {
        "en": "This phrase blames or dismisses the customer.",
        "pl": "To sformułowanie obwinia lub lekceważy klienta.",
        "uk": "Ця фраза звинувачує клієнта або зневажає його.",
    },
    "missing_apology": {
        "en": "The customer is complaining, but the reply does not apologise.",
        "pl": "Klient składa skargę, a odpowiedź nie zawiera przeprosin.",
        "uk": "Клієнт скаржиться, але у відповіді немає вибачення.",
    },
    "shouting_caps": {
        "en": "Words in capitals read as shouting.",
        "pl": "Słowa pisane wielkimi literami odbierane są jak krzyk.",
        "uk": "Слова великими літерами сприймаються як крик.",
    },
    "shouting_exclamation": {
        "en": "Several exclamation marks read as shouting.",
        "pl": "Kilka wykrzykników z rzędu odbierane jest jak krzyk.",
        "uk": "Кілька знаків оклику поспіль сприймаються як крик.",
    },
    "private_data": {
        "en": "Private data ({kind}) in a public reply.",
        "pl": "Dane prywatne ({kind}) w publicznej odpowiedzi.",
        "uk": "Приватні дані ({kind}) у публічній відповіді.",
    },
    "vague_promise": {
        "en": "A promise without a date.",
        "pl": "Obietnica bez terminu.",
        "uk": "Обіцянка без терміну.",
    },
    "language_mismatch": {
        "en": "The reply is in {language}, the review is in {review_language}.",
        "pl": "Odpowiedź jest w języku: {language}, a opinia w języku: {review_language}.",
        "uk": "Відповідь написано мовою: {language}, а відгук — мовою: {review_language}.",
    },
    "near_duplicate": {
        "en": "This reply is almost the same as one posted before ({similarity}% alike).",
        "pl": "Ta odpowiedź jest niemal taka sama jak wcześniej opublikowana (podobieństwo {similarity}%).",
        "uk": "Ця відповідь майже така сама, як уже опублікована раніше (схожість {similarity}%).",
    },
}
_FIXES = {
    "blame": {
        "en": "Rephrase without blame: apologise and explain how to solve it.",
        "pl": "Przeformułuj bez obwiniania: przeproś i wyjaśnij, jak rozwiązać problem.",
        "uk": "Переформулюйте без звинувачень: вибачтеся й поясніть, як розв'язати проблему.",
    },
    "missing_apology": {
        "en": "Start with an apology – it costs nothing, even when the customer caused the problem.",
        "pl": "Zacznij od przeprosin – nic nie kosztują, nawet gdy problem leży po stronie klienta.",
        "uk": "Почніть із вибачення – воно нічого не коштує, навіть якщо проблема на боці клієнта.",
    },
    "shouting_caps": {
        "en": "Write it in normal case.", "pl": "Napisz zwykłymi literami.", "uk": "Напишіть звичайними літерами.",
    },
    "shouting_exclamation": {
        "en": "Use one exclamation mark at most.", "pl": "Użyj najwyżej jednego wykrzyknika.",
        "uk": "Використайте щонайбільше один знак оклику.",
    },
    "private_data": {
        "en": "Remove it and move the conversation to a private message.",
        "pl": "Usuń to i przenieś rozmowę do wiadomości prywatnej.",
        "uk": "Видаліть це й перенесіть розмову в особисті повідомлення.",
    },
    "vague_promise": {
        "en": "Give a date and log the promise so it is not forgotten.",
        "pl": "Podaj termin i zapisz obietnicę, żeby o niej nie zapomnieć.",
        "uk": "Вкажіть термін і зафіксуйте обіцянку, щоб про неї не забути.",
    },
    "language_mismatch": {
        "en": "Answer in the customer's language.", "pl": "Odpowiedz w języku klienta.",
        "uk": "Відповідайте мовою клієнта.",
    },
    "near_duplicate": {
        "en": "Personalise it: use the customer's name and what they wrote about.",
        "pl": "Spersonalizuj odpowiedź: użyj imienia klienta i nawiąż do tego, o czym pisał.",
        "uk": "Персоналізуйте відповідь: зверніться на ім'я та згадайте, про що писав клієнт.",
    },
}
_KIND_NAMES = {
    "email": {"en": "e-mail address", "pl": "adres e-mail", "uk": "адреса e-mail"},
    "phone": {"en": "phone number", "pl": "numer telefonu", "uk": "номер телефону"},
    "order_number": {"en": "order number", "pl": "numer zamówienia", "uk": "номер замовлення"},
    "address": {"en": "street address", "pl": "adres", "uk": "адреса"},
}
_LANGUAGE_NAMES = {
    "en": {"en": "English", "pl": "angielski", "uk": "англійська"},
    "pl": {"en": "Polish", "pl": "polski", "uk": "польська"},
    "uk": {"en": "Ukrainian", "pl": "ukraiński", "uk": "українська"},
    "ru": {"en": "Russian", "pl": "rosyjski", "uk": "російська"},
    "es": {"en": "Spanish", "pl": "hiszpański", "uk": "іспанська"},
    "de": {"en": "German", "pl": "niemiecki", "uk": "німецька"},
    "fr": {"en": "French", "pl": "francuski", "uk": "французька"},
}
_REPLACEMENTS = {
    "blame": {
        "en": "We're sorry for the trouble – let us help you sort this out.",
        "pl": "Przepraszamy za kłopot – chętnie pomożemy to rozwiązać.",
        "uk": "Перепрошуємо за незручності – охоче допоможемо це вирішити.",
    },
    "missing_apology": {
        "en": "We're sorry about this.", "pl": "Bardzo przepraszamy za ten kłopot.", "uk": "Щиро перепрошуємо за незручності.",
    },
    "private_data": {
        "en": "(details in a private message)", "pl": "(szczegóły w wiadomości prywatnej)", "uk": "(деталі в особистих повідомленнях)",
    },
}
_FIX_ACTIONS = {
    "blame": "rephrase", "missing_apology": "add_apology", "shouting_caps": "lowercase",
    "shouting_exclamation": "rephrase", "private_data": "move_to_private", "vague_promise": "log_promise",
    "language_mismatch": "switch_language", "near_duplicate": "rewrite",
}
_SEVERITY = {
    "blame": "error", "private_data": "error", "missing_apology": "warning", "vague_promise": "warning",
    "shouting_caps": "warning", "shouting_exclamation": "warning", "language_mismatch": "warning",
    "near_duplicate": "warning",
}


def _warning(code: str, draft: str, start: int, end: int, ui_lang: str, draft_lang: str,
             replacement: str | None = None, **extra) -> dict:
    params = {key: value for key, value in extra.items() if isinstance(value, (str, int, float))}
    messages = {}
    for lang in UI_LANGUAGES:
        localized = dict(params)
        if "kind" in extra:
            localized["kind"] = _KIND_NAMES[extra["kind"]][lang]
        if "language" in extra:
            localized["language"] = _LANGUAGE_NAMES.get(extra["language"], {}).get(lang, extra["language"])
            localized["review_language"] = _LANGUAGE_NAMES.get(extra["review_language"], {}).get(lang, extra["review_language"])
        messages[lang] = _MESSAGES[code][lang].format(**localized)
    if replacement is None and code in _REPLACEMENTS:
        replacement = _REPLACEMENTS[code].get(draft_lang, _REPLACEMENTS[code]["en"])
    return {
        "code": code, "severity": _SEVERITY[code], "start": start, "end": end, "excerpt": draft[start:end],
        "message": messages[ui_lang], "messages": messages, "fix": _FIXES[code][ui_lang], "fixes": _FIXES[code],
        "fix_action": _FIX_ACTIONS[code], "replacement": replacement, **extra,
    }


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans inside longer ones ("самі винні" inside "Ви самі винні")."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return kept


def _first_sentence(draft: str) -> tuple[int, int]:
    body = draft.strip()
    offset = draft.find(body[:1]) if body else 0
    match = re.search(r"[.!?](?:\s|$)|\n", draft[offset:])
    end = offset + (match.end() if match else len(body))
    while end > offset and draft[end - 1].isspace():
        end -= 1
    return offset, min(len(draft), end)


# Whether a review is a complaint shows in its first few thousand characters; reading a 20,000-
# character one in full cost the guard half a second of CPU on every check of a draft (a
# sentence per "a." in hostile text), for the same answer.
_COMPLAINT_READ_CHARS = 4000


def _is_complaint(review_text: str | None, rating: float | None) -> bool:
    if not review_text:
        return rating is not None and rating <= 2.5
    analysis = analyse(review_text[:_COMPLAINT_READ_CHARS], rating)
    if analysis.kind.non_owner:
        return False  # a question before buying is answered, not apologised for
    return (rating is not None and rating <= 2.5) or analysis.is_complaint


def _private_data(draft: str) -> list[tuple[str, int, int]]:
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in _EMAIL.finditer(draft):
        found.append(("email", match.start(), match.end()))
        taken.append(match.span())
    for match in _ORDER.finditer(draft):
        start, end = match.span(1)
        if free(start, end) and sum(c.isdigit() for c in match.group(1)) >= 4:
            found.append(("order_number", start, end))
            taken.append((start, end))
    for match in _PHONE.finditer(draft):
        digits = sum(c.isdigit() for c in match.group(0))
        if 9 <= digits <= 15 and free(*match.span()):
            found.append(("phone", match.start(), match.end()))
            taken.append(match.span())
    for pattern in _ADDRESS:
        for match in pattern.finditer(draft):
            if free(*match.span()):
                found.append(("address", match.start(), match.end()))
                taken.append(match.span())
    return sorted(found, key=lambda item: item[1])


def check_tone(draft: str, review_text: str | None = None, rating: float | None = None,
               previous_replies: Iterable[str] = (), ui_lang: str = "en", now: datetime | None = None,
               platform: str | None = None, item_replies: Iterable[str] = ()) -> list[dict]:
    """Warnings for `draft`, in order of position; messages in `ui_lang`. With `platform`, that
    platform's own reply rules too (`item_replies`: the business's replies already on this item)."""
    draft = draft or ""
    ui_lang = ui_lang if ui_lang in UI_LANGUAGES else "en"
    now = now or datetime.now(timezone.utc)
    draft_lang = detect_language(draft)
    warnings: list[dict] = []

    blame_spans: list[tuple[int, int]] = []
    for pattern in _BLAME_RE:
        blame_spans += [m.span() for m in pattern.finditer(draft)]
    for start, end in _outermost(blame_spans):
        warnings.append(_warning("blame", draft, start, end, ui_lang, draft_lang))

    if draft.strip() and _is_complaint(review_text, rating) and not _APOLOGY.search(draft):
        start, end = _first_sentence(draft)
        warnings.append(_warning("missing_apology", draft, start, end, ui_lang, draft_lang))

    warnings += _shouting(draft, ui_lang, draft_lang)

    for kind, start, end in _private_data(draft):
        warnings.append(_warning("private_data", draft, start, end, ui_lang, draft_lang, kind=kind))

    lang = draft_lang if draft_lang in UI_LANGUAGES else None
    for promise in find_promises(draft, now, lang):
        if promise["due_at"] is None:
            warnings.append(_warning("vague_promise", draft, promise["start"], promise["end"], ui_lang, draft_lang))

    if review_text:
        mismatch = _language_mismatch(draft, review_text)
        if mismatch:
            warnings.append(_warning("language_mismatch", draft, 0, len(draft), ui_lang, draft_lang,
                                     language=mismatch[0], review_language=mismatch[1]))

    previous = [p for p in previous_replies if p]
    rules = platform_warnings(draft, platform, ui_lang=ui_lang, item_replies=item_replies, previous_replies=previous)
    warnings += rules
    # Yelp's own similarity rule is stricter and says why; one warning about repetition is enough.
    if previous and draft.strip() and not any(w["code"] == "platform_similar" for w in rules):
        score, index = most_similar(draft, previous)
        if score >= NEAR_DUPLICATE:
            warnings.append(_warning("near_duplicate", draft, 0, len(draft), ui_lang, draft_lang,
                                     similarity=round(score * 100), index=index))
    return sorted(warnings, key=lambda w: (w["start"], w["end"]))


def _shouting(draft: str, ui_lang: str, draft_lang: str) -> list[dict]:
    out = []
    run_start = run_end = None
    run_words: list[str] = []

    def flush() -> None:
        if run_start is None:
            return
        long_words = [w for w in run_words if len(w) >= 4]
        if (len(run_words) >= 2 and long_words) or any(len(w) >= 5 for w in run_words):
            excerpt = draft[run_start:run_end]
            out.append(_warning("shouting_caps", draft, run_start, run_end, ui_lang, draft_lang,
                                replacement=excerpt.lower() if run_start else excerpt.capitalize()))

    for match in _WORD.finditer(draft):
        word = match.group(0)
        if not word.isupper():
            flush()
            run_start, run_words = None, []
            continue
        if word in _ACRONYMS:
            flush()
            run_start, run_words = None, []
            continue
        if run_start is not None and re.fullmatch(r"[\s,\-–]*", draft[run_end:match.start()]):
            run_end = match.end()
            run_words.append(word)
        else:
            flush()
            run_start, run_end, run_words = match.start(), match.end(), [word]
    flush()
    for match in _EXCLAIM.finditer(draft):
        out.append(_warning("shouting_exclamation", draft, match.start(), match.end(), ui_lang, draft_lang,
                            replacement="!" if "!" in match.group(0) else "?"))
    return out


def _language_mismatch(draft: str, review_text: str) -> tuple[str, str] | None:
    """(draft language, review language) when both are clear and differ."""
    review_lang = detect_language(review_text)
    draft_lang = detect_language(draft)
    if review_lang == draft_lang or "other" in (review_lang, draft_lang):
        return None
    for text, lang in ((review_text, review_lang), (draft, draft_lang)):
        scores = language_scores(text)
        ranked = sorted(scores.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] - ranked[1] < 1):
            return None  # too short or too mixed to be sure
    return draft_lang, review_lang


def review_tone(draft: str, review_text: str | None = None, rating: float | None = None,
                previous_replies: Iterable[str] = (), ui_lang: str = "en", now: datetime | None = None,
                platform: str | None = None, item_replies: Iterable[str] = ()) -> dict:
    """What POST /tone returns: {"warnings": [...], "promise": {text, due_at, start, end} | None}."""
    now = now or datetime.now(timezone.utc)
    warnings = check_tone(draft, review_text, rating, previous_replies, ui_lang, now, platform, item_replies)
    lang = detect_language(draft or "")
    dated = [p for p in find_promises(draft or "", now, lang if lang in UI_LANGUAGES else None) if p["due_at"]]
    return {"warnings": warnings, "promise": dated[0] if dated else None}
