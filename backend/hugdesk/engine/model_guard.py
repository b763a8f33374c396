"""The gate every language-model draft passes before an agent sees it.

    vet(text, reading, now) -> (cleaned text, reasons)

A draft with any reason is dropped, never shown: a model writes fluently what nobody
checked. The checks are the rule drafts' own standards:
- the tone guard (tone.check_tone): blame, a complaint without an apology, shouting, private
  data (a phone number, an e-mail or order number, an address), a vague promise, the wrong
  language, a near copy of an earlier reply, the platform's own reply rules;
- commitments: a promise ("we'll look into it") or a statement that something happened or
  will happen ("the manager is talking to the team today", "weekly meeting") is allowed only
  when it is one of the follow-up steps the business listed; money, vouchers and discounts
  only when the settings allow a compensation and the draft offers that one;
- repetition: the same text as one of the rule drafts adds nothing;
- what a model does and a reply must not: placeholders ("[Your Name]"), talk about itself
  ("as an AI") or about the review ("The customer praises…"), no greeting or no signature, a
  handle used as a first name, looping, cut-off, empty or overlong text.

Reason codes: tone:<code> (tone:private_data:phone), commitment, compensation,
same_as_rule_draft, wrong_language, placeholder, meta, not_a_reply (it talks about the review
instead of answering it), no_greeting, no_signature (the lines the prompt asked it to open and
end with), handle_as_name, repetitive, cut_off, too_short, too_long.
"""

from __future__ import annotations

import re
from datetime import datetime

from . import fastre
from .language import detect_language
from .model_prompt import MAX_WORDS, Reading
from .promises_in_text import find_promises
from .similarity import jaccard, shingles
from .tone import check_tone

_I = re.IGNORECASE
# Step codes (settings.FollowUpStep) and the words that show a sentence states that step.
_STEP_WORDS = {
    "reply_within_24h": r"24",
    "reply_next_working_day": r"working day|business day|dnia roboczego|dzień roboczy|робоч\w* д",
    "manager_calls_back": r"call|ring|phone|zadzwon\w*|oddzwon\w*|telefon\w*|зателефону\w*|передзвон\w*|дзвін\w*",
    "manager_reads_complaints": r"manager|kierowni\w*|menedżer\w*|керівни\w*|менеджер\w*",
    "team_discusses_feedback": r"team|zesp[oó]ł\w*|команд\w*",
    "carrier_claim_by_us": r"claim|carrier|courier|reklamacj\w*|przewoźni\w*|kurier\w*|перевізни\w*|претензі\w*",
    "warranty_by_us": r"warrant\w*|repair\w*|gwarancj\w*|napraw\w*|гаранті\w*|ремонт\w*",
    "feedback_to_manufacturer": r"manufacturer|maker|producent\w*|виробни\w*",
}
# Statements that something happened or will happen, which only the business's settings may make.
_STATED = fastre.compile(
    r"\btoday\b|\bthis week\b|\bweekly\b|\bmeeting\b|\btraining\b|\balready (?:with|passed|shared|forwarded)\b|"
    r"\b(?:is|are) being (?:checked|handled|reviewed|looked|investigated|fixed)\b|"
    r"\b(?:we|i)(?:'ve| have) (?:passed|forwarded|shared|flagged|spoken|talked|raised|reported|escalated)\b|"
    r"\b(?:we|i)(?:'re| are|'m| am) (?:currently |now )?(?:looking into|investigating|checking|reviewing|speaking|talking|"
    r"discussing|working on|taking steps)\b|\b(?:won't|will not|never) happen again\b|\bwe(?:'ll| will) make sure\b|"
    # Someone else of ours acting: "our manager will call", "the team is going to check".
    r"\b(?:manager|team|staff|colleague|supervisor|someone|somebody|housekeeping|owner|chef)s?(?:'ll| will| shall|"
    r" is going to| are going to)\b|"
    r"\b(?:kierowni\w*|menedżer\w*|zespół|ktoś|pracowni\w*|szef\w*) (?:zadzwoni|oddzwoni|skontaktuje|sprawdzi|odezwie|"
    r"wyjaśni|zajmie|przeprowadzi)\w*|"
    r"(?<!\w)(?:керівни\w*|менеджер\w*|команда|хтось|працівни\w*) (?:зателефонує|передзвонить|зв['’]яжеться|перевірить|"
    r"з['’]ясує|займеться)(?!\w)|"
    r"\bdzi[sś](?:iaj)?\b|\bw tym tygodniu\b|\bcotygodniow\w*|\bspotkani\w*|\bszkoleni\w*|\bju[zż] (?:przekaza\w*|zgłosi\w*)|"
    r"\bprzekazali(?:śmy)?\b|\b(?:omawiamy|analizujemy|sprawdzamy|wyjaśniamy|zajmujemy się)\b|\bwięcej się nie powtórzy\b|"
    r"(?<!\w)сьогодні(?!\w)|(?<!\w)цього тижня(?!\w)|(?<!\w)щотижн\w*|(?<!\w)нарад\w*|(?<!\w)навчанн\w*|"
    r"(?<!\w)вже передал\w*|(?<!\w)переда(?:ли|но)(?!\w)|(?<!\w)(?:розглядаємо|перевіряємо|аналізуємо|з['’]ясовуємо)(?!\w)|"
    r"(?<!\w)більше не повториться(?!\w)", _I)
_MONEY = fastre.compile(
    r"\brefund\w*|\bdiscount\w*|\bvoucher\w*|\bcoupon\w*|\bfree of charge\b|\bfor free\b|\bon us\b|\bcompensat\w*|"
    r"\bgift card\b|\d+\s?%|[$€£]\s?\d|\d\s?(?:zł|pln|грн|uah|eur|usd)\b|"
    r"\bzwrot\w* (?:pieniędzy|kosztów|środków)|\brabat\w*|\bzniżk\w*|\bbon\w* (?:podarunkow|rabatow)\w*|\bgratis\b|"
    r"\brekompensat\w*|(?<!\w)знижк\w*|(?<!\w)ваучер\w*|(?<!\w)купон\w*|(?<!\w)безкоштовн\w*|(?<!\w)компенсаці\w*|"
    r"(?<!\w)поверн\w* кошт\w*", _I)
_PLACEHOLDER = fastre.compile(r"\[[^\]\n]{1,40}\]|\{[^}\n]{0,40}\}|<[^>\n]{1,40}>|\byour name\b|\bXX+\b|\bN/A\b|"
                              r"\b(?:insert|business|company|customer|agent)[ _]name\b", _I)
_META = fastre.compile(r"\bas an? (?:ai|language model|assistant|chatbot)\b|\blanguage model\b|\bi(?:'m| am) (?:not a human|"
                       r"an ai|a bot|just an? )|\bi (?:cannot|can't) (?:help|assist|provide)\b|\bcustomer care agent\b|"
                       r"\bhere(?:'s| is) (?:a|the|my) (?:reply|response|draft)\b", _I)
# Talking about the review instead of answering it: "The customer praises…", "The review is written…".
_NOT_A_REPLY = fastre.compile(r"\bthe customer(?:'s)?\b|\bthe review(?:er)?(?:'s)? (?:is|was|ends|mentions|praises|says|has)\b|"
                              r"\bin (?:this|the|their|her|his) review\b|\b(?:she|he|they) (?:praises|mentions|shares|says)\b|"
                              r"\bklient(?:ka)? (?:pisze|chwali|wspomina)\b|(?<!\w)клієнт\w* (?:пише|хвалить|згадує)(?!\w)", _I)
_GREETING = fastre.compile(r"(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|thank|thanks|"
                           r"dzień dobry|witaj|witam|szanown|drog|cześć|dziękuj|вітаю|вітаємо|добрий|доброго|шановн|"
                           r"дорог|привіт|дякуємо|дякую)", _I)
_LABEL = fastre.compile(r"^\s*(?:reply|response|answer|draft|odpowiedź|відповідь)\s*:\s*", _I)
_SENTENCE = fastre.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")
# Copying a rule draft adds nothing the card does not already show.
_SAME_AS_RULES = 0.6
_MIN_CHARS = 20


def clean(text: str) -> str:
    """The model's answer as a draft: no label, no wrapping quotes, no trailing blank lines."""
    text = (text or "").replace("\r\n", "\n").strip()
    text = _LABEL.sub("", text, count=1).strip()
    if len(text) > 1 and text[0] in "\"“„«'" and text[-1] in "\"”»'":
        text = text[1:-1].strip()
    return re.sub(r"\n{3,}", "\n\n", text)


def _sentence_at(text: str, start: int) -> str:
    for match in _SENTENCE.finditer(text):
        if match.start() <= start < max(match.end(), match.start() + 1):
            return match.group(0)
    return text


def _allowed_step(sentence: str, steps: list[str]) -> bool:
    return any(re.search(_STEP_WORDS[s], sentence, _I) for s in steps if s in _STEP_WORDS)


def _commitments(text: str, reading: Reading, now: datetime) -> list[str]:
    reasons = []
    lang = reading.reply_language
    spans = [p["start"] for p in find_promises(text, now, lang)] + [m.start() for m in _STATED.finditer(text)]
    if any(not _allowed_step(_sentence_at(text, start), reading.steps) for start in spans):
        reasons.append("commitment")
    offers = [m.group(0) for m in _MONEY.finditer(text)]
    if offers:
        words = {w.lower()[:5] for c in reading.compensations for w in re.findall(r"\w{4,}", c)}
        offered = {w.lower()[:5] for w in re.findall(r"\w{4,}", text)}
        if not reading.is_complaint or not words or not words & offered:
            reasons.append("compensation")
    return reasons


def _handle_as_name(text: str, reading: Reading) -> bool:
    if reading.personal or not reading.author_name:
        return False
    handle = reading.author_name.split()[0].strip(".,@")
    return len(handle) >= 3 and re.search(rf"(?<!\w){re.escape(handle)}(?!\w)", text) is not None


def _opens_with_greeting(draft: str, reading: Reading) -> bool:
    """The prompt gives the greeting (the customer's name in its vocative, or a neutral one):
    the draft opens with a greeting, and with the name when there is one."""
    head = draft[:120]
    if reading.personal and reading.greeting_name and reading.greeting_name.lower() not in head.lower():
        return False
    given = re.findall(r"\w+", reading.greeting.lower())[:1]
    first = " ".join(re.findall(r"\w+", head.lower())[:2])
    return bool(_GREETING.match(first)) or bool(given and first.startswith(given[0]))


def _repeats(draft: str) -> bool:
    """A sentence said twice: small models loop."""
    sentences = [s.strip().lower() for s in _SENTENCE.findall(draft) if len(s.strip()) > 15]
    return len(sentences) != len(set(sentences))


def vet(text: str, reading: Reading, now: datetime, cut_off: bool = False) -> tuple[str, list[str]]:
    """(the cleaned draft, why it must not be shown); no reasons means it may be shown.
    `cut_off`: the model stopped at its token limit, mid-sentence."""
    draft = clean(text)
    if len(draft) < _MIN_CHARS:
        return draft, ["too_short"]
    reasons: list[str] = []
    if cut_off:
        reasons.append("cut_off")
    if len(draft.split()) > MAX_WORDS * 1.5:
        reasons.append("too_long")
    if _repeats(draft):
        reasons.append("repetitive")
    if _PLACEHOLDER.search(draft):
        reasons.append("placeholder")
    if _META.search(draft):
        reasons.append("meta")
    if _NOT_A_REPLY.search(draft):
        reasons.append("not_a_reply")
    if not _opens_with_greeting(draft, reading):
        reasons.append("no_greeting")
    if reading.signature and reading.signature.lower() not in draft[-len(reading.signature) - 80:].lower():
        reasons.append("no_signature")
    if _handle_as_name(draft, reading):
        reasons.append("handle_as_name")
    if detect_language(draft) != reading.reply_language:
        reasons.append("wrong_language")
    for warning in check_tone(draft, reading.review_text, reading.rating, reading.previous_replies, "en", now,
                              reading.platform):
        # A promise is judged below against the business's own steps, dated or not.
        if warning["severity"] in ("error", "warning") and warning["code"] != "vague_promise":
            code = warning["code"] + (f":{warning['kind']}" if warning.get("kind") else "")
            reasons.append(f"tone:{code}")
    reasons += _commitments(draft, reading, now)
    mine = shingles(draft)
    if any(jaccard(mine, shingles(rule)) >= _SAME_AS_RULES for rule in reading.rule_drafts):
        reasons.append("same_as_rule_draft")
    return draft, list(dict.fromkeys(reasons))
