"""Guess the language of a review or a draft reply from cheap cues.

Reviews are often a few words long ("Polecam", "Все супер"), so statistical models
trained on long text are of little use and would be a download. Instead: the script
decides the family (Cyrillic, Latin, Greek, CJK ...), letters that exist in only one
language decide most texts (Ukrainian і ї є ґ, Russian ы э ъ ё, Polish ą ę ł ś ź ż ń ć),
and lists of function words break the remaining ties.

`detect_language(text, hint=None)` returns an ISO 639-1 code ("pl", "uk", "en", "ru",
"es", "de", "fr", "it", "pt", "nl", "cs", ...), the hint when the evidence is too thin
to say, or "other" when nothing is recognisable.
"""

from __future__ import annotations

import re

import unicodedata
from functools import lru_cache

from . import fastre

SUPPORTED = ("en", "pl", "uk")  # languages we write replies in
OTHER = "other"

_WORD = fastre.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", re.UNICODE)
# URLs and e-mail addresses are Latin-script noise inside Cyrillic reviews.
# The e-mail alternative starts only where a token starts: "\S+@" tried from every position of one
# long token rescans the rest of it each time (quadratic: 20,000 letters took seconds).
_NOISE = fastre.compile(r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@\S+")
# Scrapers append English "Pros:"/"Cons:" labels to Ukrainian reviews.
_LABELS = fastre.compile(r"\b(?:Pros|Cons|Plusy|Minusy|Zalety|Wady|Достоинства|Недостатки|Плюсы|Минусы)\s*:", re.IGNORECASE)

# Letters owned by one language within their script: each occurrence is strong evidence.
_UNIQUE_LETTERS = {
    "uk": "іїєґ",
    "ru": "ыэъё",
    "be": "ў",
    "sr": "ђјљњћџ",
    "pl": "ąęłśźżńć",
    "cs": "ěřů",
    "sk": "ľĺŕ",
    "de": "ßäöü",
    "es": "ñ¿¡",
    "pt": "ãõ",
    "fr": "œçêèëîïûùâ",
    "ro": "șțşţă",
    "tr": "ğı",
    "hu": "őű",
    "da": "æøå",
}
# A letter may be shared (ç: fr/pt, ä: de/sk, ö: de/tr/hu ...): split the vote.
_LETTER_LANGS: dict[str, list[str]] = {}
for _lang, _letters in _UNIQUE_LETTERS.items():
    for _ch in _letters:
        _LETTER_LANGS.setdefault(_ch, []).append(_lang)
for _ch, _langs in (("ç", ["pt"]), ("ä", ["sk"]), ("ö", ["tr", "hu"]), ("ü", ["tr", "hu"]),
                    ("á", ["es", "cs", "sk", "pt", "hu"]), ("í", ["es", "cs", "sk", "pt", "hu"]),
                    ("ú", ["es", "cs", "sk", "pt", "hu"]), ("é", ["fr", "es", "cs", "pt", "hu"]),
                    ("à", ["fr", "it", "pt"]), ("ò", ["it"]), ("ì", ["it"]), ("č", ["cs", "sk"]),
                    ("š", ["cs", "sk"]), ("ž", ["cs", "sk"]), ("ý", ["cs", "sk"]),
                    ("ó", ["pl", "es", "pt", "hu"]), ("ô", ["fr", "pt", "sk"])):
    _LETTER_LANGS.setdefault(_ch, []).extend(_langs)

# Frequent short words; a hit is weaker than a unique letter but adds up quickly.
_STOPWORDS = {
    "en": """the and is was are were it this that to of in for with on my we you they i not but
        have has had be very great good place food staff room would will my our at from so
        there their just all can't don't didn't it's i'm i've what which when if no an as
        recommend nice love loved ordered stayed hotel coffee service really also doesn't
        isn't wasn't won't work works worked bad terrible awful excellent amazing worst best
        thanks thank product bought quality price light comfortable quiet fast easy""",
    "pl": """i w z na nie się jest to że do jak ale po co tak za od już mi mnie go jej ich
        był była było były bardzo tylko jeszcze który która które ten ta te też czy bo
        dla przez może można ma mam są jestem polecam super dobry dobra dobre telefon
        wszystko niestety jednak gdy kiedy tego tej tym sie zł oraz więc przy pod nad
        świetny produkt cena jakość działa wygląd ogólnie naprawdę rewelacja tragedia
        beznadzieja beznadziejny zadowolony zadowolona szkoda dziękuję
        wygodny wygodna wygodne wygodnie lekki lekka lekkie cicho cichy cicha szybko szybki szybka
        ładny ładna ładne fajny fajna fajne solidny solidna mocny mocna pracuje spoko""",
    "uk": """і й та що це як не на за до але по в у з із від вже мені його її їх був була
        було були дуже тільки ще який яка які цей ця ці теж чи бо для через можна є
        немає нема все всі телефон добре чудово рекомендую дякую проте також коли якщо
        після тому щоб ви ми вони він вона зарядка працює купив купила задоволений щодня
        доводиться слабка гарний гарна гарне тримає вдома зараз лише ніж
        легкий легка легке зручний зручна зручне зручно тихо тихий тиха швидко швидкий швидка
        класний класна класне якісний якісна""",
    "ru": """и в не на что это как но по за от уже мне его ее их был была было были очень
        только еще который которая какие этот эта эти тоже или для через можно есть нет
        все всё телефон хорошо отлично рекомендую спасибо также когда если после чтобы
        вы мы они он она работает купил купила доволен""",
    "es": """el la los las de que y en un una es por con para muy pero no se del al lo como
        más todo fue estaba hemos fuimos nos comida servicio muy bueno buena restaurante
        precio menú trato personal sitio mesa gracias también sin hotel habitación""",
    "pt": """o a os as de que e em um uma é não com para muito mas se do da dos das no na
        por foi mais como isso ele ela você obrigado também muito bom boa""",
    "de": """der die das und ist nicht ein eine mit zu von den im für auf es sich auch war
        sehr aber wir ich sie haben hat dem des bei nach wie noch gut zimmer essen""",
    "fr": """le la les et est un une des du de pas que qui en pour dans sur avec très mais nous
        je vous il elle était été au aux ce cette bien bon bonne chambre personnel""",
    "it": """il lo la gli le e è un una di che non per con molto ma sono del della nel alla
        anche ho abbiamo era stato buono buona camera personale""",
    "nl": """de het een en is niet van met op te voor zijn was maar ook we ik heel goed erg""",
    "cs": """a je v na se že to s z do jak ale po už jsem byl byla bylo velmi jen ještě který
        která také nebo pro jsou není""",
}
_STOP_INDEX: dict[str, list[str]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words.split():
        _STOP_INDEX.setdefault(_w, []).append(_lang)

# Letter groups typical of one orthography; they help on words missing from the lists.
_NGRAMS = {
    "pl": ("prz", "rz", "sz", "cz", "ść", "ie", "ów", "ych", "ego", "owa", "wsz", "dzi"),
    "en": ("th", "wh", "ing", "ght", "ould", "ee", "oo", "ea"),
    "es": ("ción", "que", "ll", "os ", "ado", "ía"),
    "de": ("sch", "cht", "ung", "ei", "ie"),
    "fr": ("eau", "aux", "oi", "ou", "qu'", "ais"),
    "it": ("zz", "gli", "cch", "ett"),
    # No Cyrillic groups: -ться, -ий, -ого are shared by Ukrainian and Russian.
}
_NGRAM_RES = {lang: fastre.compile("|".join(re.escape(g) for g in grams)) for lang, grams in _NGRAMS.items()}


# One character class per script: counting with findall keeps detection well under a
# millisecond even for long reviews.
_SCRIPTS = {
    "latin": fastre.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]"),
    "cyrillic": fastre.compile(r"[\u0400-\u0481\u048A-\u052F]"),
    "greek": fastre.compile(r"[\u0370-\u03FF]"),
    "hebrew": fastre.compile(r"[\u05D0-\u05EA]"),
    "arabic": fastre.compile(r"[\u0620-\u064A]"),
    "kana": fastre.compile(r"[\u3040-\u30FF]"),
    "han": fastre.compile(r"[\u4E00-\u9FFF]"),
    "hangul": fastre.compile(r"[\uAC00-\uD7AF]"),
    "thai": fastre.compile(r"[\u0E01-\u0E3A\u0E40-\u0E4E]"),
    "devanagari": fastre.compile(r"[\u0904-\u0939\u0958-\u0961]"),
    "georgian": fastre.compile(r"[\u10A0-\u10FF]"),
    "armenian": fastre.compile(r"[\u0531-\u0587]"),
}
_SPECIAL_RE = fastre.compile("[" + re.escape("".join(_LETTER_LANGS)) + "]")


_SCRIPT_LANG = {"greek": "el", "hebrew": "he", "arabic": "ar", "kana": "ja", "hangul": "ko",
                "thai": "th", "devanagari": "hi", "georgian": "ka", "armenian": "hy", "han": "zh"}


def script_counts(text: str) -> dict[str, int]:
    counts = {}
    for script, pattern in _SCRIPTS.items():
        found = len(pattern.findall(text))
        if found:
            counts[script] = found
    return counts


def language_scores(text: str) -> dict[str, float]:
    """Evidence per language; exposed so callers (and tests) can see how sure we are."""
    return dict(_scores(text or ""))


# One check reads the same draft and review several times (tone guard, analysis, mismatch);
# remembering the last few answers makes that one pass over each text.
@lru_cache(maxsize=64)
def _scores(text: str) -> tuple[tuple[str, float], ...]:
    clean = _LABELS.sub(" ", _NOISE.sub(" ", text or ""))
    counts = script_counts(clean)
    if not counts:
        return ()
    script = max(counts, key=counts.get)
    if script in _SCRIPT_LANG:
        if script == "han" and counts.get("kana"):
            return (("ja", float(counts["han"] + counts["kana"])),)
        return ((_SCRIPT_LANG[script], float(counts[script])),)
    lowered = unicodedata.normalize("NFC", clean.lower())
    candidates = ("uk", "ru", "be", "sr") if script == "cyrillic" else (
        "en", "pl", "es", "pt", "de", "fr", "it", "nl", "cs", "sk", "ro", "tr", "hu", "da")
    scores = dict.fromkeys(candidates, 0.0)
    for ch in _SPECIAL_RE.findall(lowered):
        for lang in _LETTER_LANGS.get(ch, ()):
            if lang in scores:
                # Unique letters weigh 2; letters shared by several languages split the vote.
                scores[lang] += 2.0 / len(_LETTER_LANGS[ch])
    for word in _WORD.findall(lowered):
        word = word.replace("’", "'").replace("ʼ", "'")
        langs = _STOP_INDEX.get(word)
        if langs:
            for lang in langs:
                if lang in scores:
                    scores[lang] += 1.0 / len(langs)
        if script == "cyrillic" and "'" in word:
            scores["uk"] += 1.0  # the apostrophe (п'ять, зв'язок) is Ukrainian spelling
    for lang, pattern in _NGRAM_RES.items():
        if lang in scores:
            scores[lang] += 0.25 * len(pattern.findall(lowered))
    return tuple((lang, score) for lang, score in scores.items() if score > 0)


# The same review is put to detection more than once while drafting (suggest, analyse): pure, so
# remembered for the last few texts.
@lru_cache(maxsize=128)
def detect_language(text: str, hint: str | None = None) -> str:
    scores = language_scores(text)
    if not scores:
        if hint:
            return hint
        # Cyrillic without a single telling letter or word ("Супер"): our users answer
        # Ukrainian shops, so a Ukrainian reply is the useful guess.
        return "uk" if script_counts(text or "").get("cyrillic") else OTHER
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best, top = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if top >= 1.0 and top - runner >= 0.5:
        return best
    if best == "ru" and scores.get("uk", 0.0) == top:
        best = "uk"  # shared words only: Ukrainian spelling is the likelier reading here
    # Thin evidence (one or two words): the caller's hint, e.g. the site's language,
    # beats a coin toss; without one, keep a guess only when it leads at all.
    if hint:
        return hint
    if top > runner or best == "uk":
        return best
    return OTHER


def reply_language(detected: str) -> tuple[str, bool]:
    """The language we answer in, and whether it is a fallback (not the review's own language)."""
    if detected in SUPPORTED:
        return detected, False
    if detected in ("ru", "be"):
        # A Russian review on a Ukrainian shop's page is answered in Ukrainian, as Ukrainian
        # shops answer it (graded wrong in English, tuning sample AQ); still not its language.
        return "uk", True
    return "en", True


# Text that went through a tokeniser before it reached us (corpora, some exports) keeps a space
# before each mark and splits Polish person endings off the verb ("był em", "spędzili śmy",
# "miała m", "chciał by m"). Read as typed, every pattern that expects "super, ale" or
# "kupiłam" misses it; joined back, it reads as the customer wrote it. Neither form occurs in
# ordinary Polish, so an untokenised text is left as it is.
_SPACE_BEFORE_MARK = fastre.compile(r"(?<=\S)[ \t]+(?=[.,;:!?)…])")
# Not "prowadziła m.in.": an abbreviation's letter is no ending.
_SPLIT_ENDING = fastre.compile(r"(?<!\w)(\w*?(?:ł|l|ła|ło|li|ły|by)) (em|am|m|eś|aś|ś|śmy|ście)(?!\w)(?!\.\w)")


def untokenise(text: str, language: str) -> str:
    """The text as typed, when a tokeniser split it (see above); otherwise unchanged."""
    if " ," not in text and " ." not in text:
        return text
    text = _SPACE_BEFORE_MARK.sub("", text)
    if language == "pl":
        text = _SPLIT_ENDING.sub(r"\1\2", text)
    return text

