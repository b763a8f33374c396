"""Find promises in a reply ("we'll call you tomorrow", "zwrócimy pieniądze do piątku",
"повернемо кошти до п'ятниці") and work out when they fall due.

The seeds call promising and not acting the worst outcome, so every promise the agent
writes should become a record with a date. `find_promise` returns the first promise
with its due date (or None when it has no date, which the tone guard then flags as a
vague promise).

Due dates: "within 24 hours" is exact (now + 24 h); a named day ("tomorrow", "by
Friday", "15 listopada") is due at 17:00 that day in `now`'s time zone, or at 23:59 when
17:00 has already passed; "by 5 pm" / "do 17:00" sets the hour. Working days skip
weekends. A bare date with no year is this year, or next year if it has passed.
"""

from __future__ import annotations

import re

from datetime import datetime, timedelta

from . import fastre

END_OF_DAY = (17, 0)

_EN_COMMIT = (
    r"\b(?:we|i)(?:'ll|’ll| will| shall| are going to| am going to|'re going to|'m going to)\s+(?:\w+\s+){0,2}?"
    r"(?:refund|reimburse|return|call|ring|phone|contact(?= you| u\b)|get back|reply|respond|send|ship|deliver|replace|repair|fix|"
    r"resolve|sort|look into|check|investigate|arrange|organi[sz]e|credit|compensate|exchange|e-?mail|update|"
    r"follow up|reach out|issue|process|give you|have (?:it|this|that)|let you know|get (?:it|this|that))\b"
    r"|\byou(?:'ll|’ll| will) (?:receive|get|hear from us|have)\b|\b(?:we|i) promise\b"
)
_PL_COMMIT = (
    r"\b(?:zwróc(?:imy|ę)|oddamy|oddzwoni(?:my|ę)|zadzwoni(?:my|ę)|skontaktuj(?:emy|ę) się|odezw(?:iemy|ę) się|"
    r"odpowi(?:emy|em)|odpiszemy|wyśl(?:emy|ę)|prześl(?:emy|ę)|przyśl(?:emy|ę)|wymieni(?:my|ę)|napraw(?:imy|ię)|"
    r"sprawdzi(?:my)|sprawdzę|wyjaśni(?:my|ę)|załatwi(?:my|ę)|rozwiąż(?:emy|ę)|zorganizuj(?:emy|ę)|dostarcz(?:ymy|ę)|"
    r"poinformuj(?:emy|ę)|zajmiemy się|zajmę się|uzupełni(?:my|ę)|obiecuj(?:emy|ę)|rozpatrzy(?:my)|rozpatrzę|"
    r"przekażemy informację)\b"
    r"|\b(?:otrzyma|dostanie) (?:Pan|Pani)\b|\b(?:otrzymają|dostaną) Państwo\b"
)
_UK_COMMIT = (
    r"(?<![\w'’])(?:поверн(?:емо|у)|передзвон(?:имо|ю)|оддзвон(?:имо|ю)|зателефону(?:ємо|ю)|зв['’]яж(?:емося|уся)|"
    r"відповім(?:о)?|надішл(?:емо|ю)|вишл(?:емо|ю)|відправ(?:имо|лю)|замін(?:имо|ю)|відремонту(?:ємо|ю)|"
    r"полагод(?:имо|жу)|виправ(?:имо|лю)|перевір(?:имо|ю)|виріш(?:имо|у)|з['’]ясу(?:ємо|ю)|організу(?:ємо|ю)|"
    r"достав(?:имо|лю)|повідом(?:имо|лю)|розбер(?:емося|уся)|займемося|обіця(?:ємо|ю)|компенсу(?:ємо|ю)|"
    r"розглян(?:емо|у))(?![\w'’])"
    r"|(?<![\w'’])Ви (?:отримаєте|одержите)(?![\w'’])"
)
_COMMIT = {lang: fastre.compile(p, re.IGNORECASE) for lang, p in (("en", _EN_COMMIT), ("pl", _PL_COMMIT), ("uk", _UK_COMMIT))}

# Time words that sound like a date but are none ("soon", "wkrótce", "скоро").
VAGUE = fastre.compile(
    r"\b(?:soon|shortly|asap|as soon as (?:possible|we can)|in due course|at some point|in the near future|"
    r"quickly|promptly|wkrótce|niedługo|jak najszybciej|w najbliższym czasie|niebawem|zaraz|na dniach|"
    r"w miarę możliwości)\b"
    r"|(?<![\w'’])(?:скоро|незабаром|найближчим часом|якнайшвидше|невдовзі|згодом|найближчими днями|"
    r"за першої нагоди)(?![\w'’])",
    re.IGNORECASE,
)

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10,
    "jeden": 1, "jednego": 1, "jednej": 1, "dwóch": 2, "dwa": 2, "dwie": 2, "trzech": 3, "trzy": 3, "czterech": 4,
    "pięciu": 5, "siedmiu": 7, "одного": 1, "однієї": 1, "одну": 1, "двох": 2, "два": 2, "дві": 2, "трьох": 3,
    "три": 3, "чотирьох": 4, "п'яти": 5, "п’яти": 5, "семи": 7,
}
_NUM = r"(\d{1,3}|a|an|one|two|three|four|five|six|seven|ten|jeden|jednego|jednej|dwóch|dwa|dwie|trzech|trzy|" \
       r"czterech|pięciu|siedmiu|одного|однієї|одну|двох|два|дві|трьох|три|чотирьох|п['’]яти|семи)"
_UNIT_HOURS = r"hours?|godzin\w*|годин\w*"
_UNIT_WORKDAYS = r"working days?|business days?|dni roboczych|dnia roboczego|робоч\w* дн\w*"
_UNIT_DAYS = r"days?|dni|dnia|дн\w*|доб\w*"
_UNIT_WEEKS = r"weeks?|tygodni\w*|tydzień|тижн\w*|тиждень"
_WITHIN = fastre.compile(
    r"(?:within|in|in the next|w ciągu|w przeciągu|w czasie|za|протягом|впродовж|упродовж|за|через)\s+"
    + _NUM + r"\s+(" + _UNIT_HOURS + "|" + _UNIT_WORKDAYS + "|" + _UNIT_DAYS + "|" + _UNIT_WEEKS + r")(?![\w'’])",
    re.IGNORECASE,
)
_WITHIN_ONE = fastre.compile(r"(?:within|w ciągu|протягом|впродовж)\s+(?:a |an |the next )?(hour|day|week|godziny|doby|dnia|"
                             r"tygodnia|години|доби|дня|тижня)(?![\w'’])", re.IGNORECASE)

_RELATIVE_DAYS = [
    (fastre.compile(r"\b(?:the )?day after tomorrow\b|\bpojutrze\b|(?<![\w'’])післязавтра(?![\w'’])", re.I), 2),
    (fastre.compile(r"\btomorrow\b|\bjutr\w*|(?<![\w'’])завтра(?![\w'’])", re.I), 1),
    (fastre.compile(r"\btoday\b|\btonight\b|\bthis (?:evening|afternoon)\b|\bend of (?:the )?day\b|\bEOD\b|"
                    r"\bdzi(?:ś|siaj)\b|\bdo końca dnia\b|(?<![\w'’])сьогодні(?![\w'’])|(?<![\w'’])до кінця дня(?![\w'’])", re.I), 0),
]
_WEEKDAYS = {
    0: r"monday|poniedzia\w+|понеділ\w+",
    1: r"tuesday|wtor\w+|вівтор\w+",
    2: r"wednesday|środ\w+|серед\w+",
    3: r"thursday|czwart\w+|четвер\w*",
    4: r"friday|piąt\w+|п['’]ятниц\w+",
    5: r"saturday|sobot\w+|субот\w+",
    6: r"sunday|niedziel\w+|неділ\w+",
}
_WEEKDAY_RE = fastre.compile(r"(?<![\w'’])(" + "|".join(f"(?P<d{k}>{v})" for k, v in _WEEKDAYS.items()) + r")(?![\w'’])", re.I)
_END_OF_WEEK = fastre.compile(r"\bend of (?:the |this )?week\b|\bdo końca tygodnia\b|(?<![\w'’])до кінця тижня(?![\w'’])", re.I)
_NEXT_WEEK = fastre.compile(r"\bnext week\b|\bw przyszłym tygodniu\b|\bw następnym tygodniu\b|"
                            r"(?<![\w'’])(?:наступного тижня|на наступному тижні)(?![\w'’])", re.I)
_END_OF_MONTH = fastre.compile(r"\bend of (?:the |this )?month\b|\bdo końca miesiąca\b|(?<![\w'’])до кінця місяця(?![\w'’])", re.I)

_MONTHS = [
    r"jan(?:uary)?|stycz\w*|січ\w*", r"feb(?:ruary)?|lut\w*|лют\w*", r"mar(?:ch)?|marc\w*|берез\w*",
    r"apr(?:il)?|kwiet\w*|kwietnia|квіт\w*", r"may|maj\w*|трав\w*", r"june?|czerw\w*|черв\w*",
    r"july?|lip\w*|лип\w*", r"aug(?:ust)?|sierp\w*|серп\w*", r"sep(?:t(?:ember)?)?|wrze\w*|верес\w*",
    r"oct(?:ober)?|październik\w*|жовт\w*", r"nov(?:ember)?|listopad\w*|листопад\w*", r"dec(?:ember)?|grud\w*|груд\w*",
]
_MONTH_ALT = "|".join(f"(?P<m{i}>{p})" for i, p in enumerate(_MONTHS))
_DAY_MONTH = fastre.compile(r"(?<!\d)(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_ALT + r")(?![\w'’])(?:\s+(?P<year>\d{4}))?", re.I)
_MONTH_DAY = fastre.compile(r"(?<![\w'’])(?:" + _MONTH_ALT + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<year>\d{4}))?", re.I)
_ISO_DATE = fastre.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")
_NUMERIC_DATE = fastre.compile(r"(?<![\d.])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?:(?P=sep)(?P<year>\d{2,4}))?(?![\d])(?!\.\d)")
# "o 12.00" is a time, but "do 12.11" is a date: only "at" words take a dot before minutes.
_TIME = fastre.compile(r"(?<![\w'’])(?:(?:by|before|until|do|до)\s+(?P<h>\d{1,2})(?::(?P<min>\d{2}))?"
                       r"|(?:at|o|około|о|об)\s+(?P<h2>\d{1,2})(?:[:.](?P<min2>\d{2}))?)\s*"
                       r"(?P<ampm>a\.?m\.?|p\.?m\.?)?(?!\d|\.\d)", re.I)
# A full stop inside "24.11." or "17.00" does not end a sentence.
_SENTENCE_END = fastre.compile(r"[!?\n]|\.(?!\d)")


def _at_end_of_day(day: datetime, now: datetime) -> datetime:
    due = day.replace(hour=END_OF_DAY[0], minute=END_OF_DAY[1], second=0, microsecond=0)
    if due <= now:
        due = day.replace(hour=23, minute=59, second=0, microsecond=0)
    return due


def _add_working_days(start: datetime, days: int) -> datetime:
    current = start
    while days > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current


def _number(token: str) -> int | None:
    token = token.lower()
    if token.isdigit():
        return int(token)
    return _NUMBER_WORDS.get(token)


def _make_date(now: datetime, year: int | None, month: int, day: int) -> datetime | None:
    try:
        candidate = now.replace(year=year or now.year, month=month, day=day)
    except ValueError:
        return None
    if year is None and candidate.date() < (now - timedelta(days=1)).date():
        try:
            candidate = candidate.replace(year=now.year + 1)
        except ValueError:
            return None
    return candidate


def due_date(text: str, now: datetime, lang: str | None = None) -> datetime | None:
    """The deadline named in `text`, or None when there is none."""
    match = _WITHIN.search(text)
    if match:
        amount = _number(match.group(1).replace("’", "'")) or 1
        unit = match.group(2).lower()
        if re.fullmatch(_UNIT_HOURS, unit):
            return now + timedelta(hours=amount)
        if re.fullmatch(_UNIT_WORKDAYS, unit):
            return _add_working_days(now, amount)
        if re.fullmatch(_UNIT_WEEKS, unit):
            return now + timedelta(weeks=amount)
        return now + timedelta(days=amount)
    match = _WITHIN_ONE.search(text)
    if match:
        unit = match.group(1).lower()
        if unit in ("hour", "godziny", "години"):
            return now + timedelta(hours=1)
        if unit in ("week", "tygodnia", "тижня"):
            return now + timedelta(weeks=1)
        return now + timedelta(days=1)

    day = _named_day(text, now, lang)
    for time_match in _TIME.finditer(text):
        hour = int(time_match.group("h") or time_match.group("h2"))
        minutes = time_match.group("min") or time_match.group("min2")
        minute = int(minutes or 0)
        ampm = (time_match.group("ampm") or "").lower().replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        if hour <= 23 and minute <= 59 and (minutes or ampm):
            base = day or now
            due = base.replace(hour=hour, minute=minute, second=0, microsecond=0)
            if day is None and due <= now:
                due += timedelta(days=1)
            return due
    if day is not None:
        return _at_end_of_day(day, now)
    return None


def _named_day(text: str, now: datetime, lang: str | None) -> datetime | None:
    for pattern, offset in _RELATIVE_DAYS:
        if pattern.search(text):
            return now + timedelta(days=offset)
    match = _ISO_DATE.search(text)
    if match:
        return _make_date(now, int(match.group("year")), int(match.group("month")), int(match.group("day")))
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        match = pattern.search(text)
        if match:
            month = next(i for i in range(12) if match.group(f"m{i}")) + 1
            year = int(match.group("year")) if match.group("year") else None
            return _make_date(now, year, month, int(match.group("day")))
    match = _NUMERIC_DATE.search(text)
    if match and (match.group("year") or match.group("sep") == "."):
        a, b = int(match.group("a")), int(match.group("b"))
        if match.group("sep") == "/" and a <= 12 and (lang == "en" or b > 12):
            a, b = b, a  # day first everywhere but in American English slashes (11/15/2026)
        year = match.group("year")
        year_value = (int(year) + 2000 if len(year) == 2 else int(year)) if year else None
        if 1 <= b <= 12:
            found = _make_date(now, year_value, b, a)
            if found:
                return found
    match = _WEEKDAY_RE.search(text)
    if match:
        target = next(k for k in range(7) if match.group(f"d{k}"))
        ahead = (target - now.weekday()) % 7
        if ahead == 0 and not re.search(r"\b(?:by|until|do|до)\s+$", text[:match.start()], re.I):
            ahead = 7  # "on Monday" said on a Monday means next Monday; "by Monday" means today
        return now + timedelta(days=ahead)
    if _END_OF_WEEK.search(text):
        return now + timedelta(days=max(0, 4 - now.weekday()))
    if _NEXT_WEEK.search(text):
        return now + timedelta(days=(7 - now.weekday()) + 4)
    if _END_OF_MONTH.search(text):
        first_next = (now.replace(day=28) + timedelta(days=4)).replace(day=1)
        return first_next - timedelta(days=1)
    return None


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    left = start
    while left > 0 and not _SENTENCE_END.match(text, left - 1):
        left -= 1
    match = _SENTENCE_END.search(text, end)
    right = match.end() if match and text[match.start()] != "\n" else (match.start() if match else len(text))
    while left < right and text[left].isspace():
        left += 1
    while right > left and text[right - 1].isspace():
        right -= 1
    return left, right


def find_promises(text: str, now: datetime, lang: str | None = None) -> list[dict]:
    """Every promise in `text`: {text, due_at, start, end, vague}, in order of appearance."""
    text = text or ""
    languages = [lang] if lang in _COMMIT else list(_COMMIT)
    hits = sorted((m.start(), m.end()) for code in languages for m in _COMMIT[code].finditer(text))
    found: list[dict] = []
    last_end = -1
    for start, end in hits:
        left, right = _sentence_span(text, start, end)
        if left < last_end:
            continue  # one promise per sentence
        sentence = text[left:right]
        due = due_date(sentence, now, lang)
        found.append({"text": sentence, "due_at": due, "start": left, "end": right, "vague": due is None})
        last_end = right
    return found


def find_promise(text: str, now: datetime, lang: str | None = None) -> dict | None:
    """The first promise in `text` ({text, due_at, start, end, vague}), or None."""
    promises = find_promises(text, now, lang)
    if not promises:
        return None
    dated = [p for p in promises if p["due_at"] is not None]
    return dated[0] if dated else promises[0]
