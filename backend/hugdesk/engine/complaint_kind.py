"""What kind of complaint a review makes, beyond its topics: a fault in the thing sold or a
trait of it, how serious, already settled, whether the customer means to come back, what
they ask, whether they waited.

A shop answers for what it sold and sent, not for how the maker designed it: a screen
"too small for an older person", a charge that takes eight hours within spec, an OS
without Google services, a tea not to one's taste. Those get a plain acknowledgement, not
an order number, a defect check or a voucher. A voucher is for a fault that is clearly the
business's own and serious (broken or wrong on arrival, a service that failed), never for a
case already settled or a customer who says they are done with us.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The thing is broken or faulty (not merely disliked).
_DEFECT = {
    "en": re.compile(r"\b(?:broke|broken|stopped working|quit working|(?:does|did|do)(?:n'?t| not) work|not working|"
                     r"won'?t (?:turn on|charge|work|start)|(?:does|did)(?:n'?t| not) (?:turn on|charge|start)|defective|"
                     r"faulty|damaged|cracked|leak(?:s|ed|ing)?|dead on arrival|smok(?:e|ed|ing)|burn(?:t|ed)|fell apart|"
                     r"malfunction\w*|arrived (?:broken|damaged|melted|crushed|smashed|open(?:ed)?|dented|late)|"
                     r"missing (?:parts?|pieces?|items?)|wrong (?:item|size|colou?r|model|product|order)|"
                     r"never (?:arrived|came|received)|sold (?:\w+ )?as new|(?:was )?already (?:opened|used)|melted|spoiled|expired|moldy|mouldy|stale)\b"),
    "pl": re.compile(r"(?:nie (?:działa|działał\w*|włącza|włączył\w*|ładuje|uruchamia|chce działać)|przesta\w* działać|"
                     r"popsuł\w*|zepsuł\w*|zepsut\w*|uszkodz\w*|pęk\w*|popęka\w*|usterk\w*|wadliw\w*|"
                     r"wad\w* fabryczn\w*|dymi\w*|spalił\w*|rozpadł\w*|zacina\w*|dotarł\w* (?:uszkodz|popęka|zniszcz|rozbit)\w*|"
                     r"brak\w* w (?:zestawie|paczce)|niekompletn\w*|nie (?:ten|taki) model|pomyłk\w*|nie dotarł\w*|"
                     r"czekam na (?:realizacj|przesył|dostaw|zamówien)\w*|bezużyteczn\w*|w ogóle nie|nie drukuje|"
                     r"nie da się (?:używać|korzystać)|roztopi\w*|przeterminowan\w*|zepsut\w*|spleśnia\w*)"),
    "uk": re.compile(r"(?:не (?:працю\w*|вмика\w*|включа\w*|ввімкн\w*|увімкн\w*|заряджа\w*|запуска\w*)|неможливо користуватися|розтан\w*|"
                     r"прострочен\w*|зіпсован\w*|"
                     r"продал\w* як нов\w*|чуж\w* акаунт\w*|вже (?:був )?(?:відкрит|використ)\w*|перестав\w*|перестал\w*|зламал\w*|"
                     r"зламав\w*|поламал\w*|бракован\w*|(?<!\w)брак(?!\w)|пошкодж\w*|трісн\w*|тріщин\w*|розбит\w*|"
                     r"(?<!\w)дим(?!\w)|димить|згорі\w*|несправн\w*|пропав звук|зник\w* звук|без звуку|"
                     r"в комплекті (?:його )?(?:нема|немає)|(?:нема|немає|не було) в комплекті|без блок\w* живлення|"
                     r"не той (?:товар|колір|розмір)|не та модель|доставк\w* \d+ (?:день|дні|днів)|прийш\w* за \d+)"),
}
# Broken, wrong or missing on arrival, a service that failed, a health risk: serious, and
# plainly the business's own to make up for.
_SERIOUS = {
    "en": re.compile(r"\b(?:arrived (?:broken|damaged|crushed|smashed|open(?:ed)?|dented|late)|(?:dead|broken|damaged) on "
                     r"arrival|out of the box|wrong (?:item|size|colou?r|model|product|order)|missing (?:parts?|pieces?|"
                     r"items?)|never (?:arrived|came|received)|bed ?bugs?|bites|cockroach\w*|roach\w*|mou?ld|mice|"
                     r"(?:was|were) (?:not|never) (?:cleaned|clean)|dirty|filthy|hair (?:all over|in the)|no towels|"
                     r"rude|ignored|smok(?:e|ed|ing))\b"),
    "pl": re.compile(r"(?:dotarł\w* (?:uszkodz|popęka|zniszcz|rozbit|niekompletn|pęknięt)\w*|przyszedł\w* (?:uszkodz|zepsut|"
                     r"rozbit)\w*|(?:od razu|od początku|po rozpakowaniu|po pierwszym (?:włączeniu|użyciu)|z pudełka)\W+"
                     r"(?:\w+\W+){0,2}(?:nie działa|nie włącza|uszkodz\w*)|nie (?:ten|taki) model|pomyłk\w* w zamówieniu|"
                     r"zł\w* (?:model|kolor|rozmiar)|brak\w* w (?:zestawie|paczce)|niekompletn\w*|nie dotarł\w*|pluskw\w*|"
                     r"karalu\w*|pleś\w*|brudn\w*|niemił\w* obsług\w*|(?:od|przez) \d+ tygodni|czekam na (?:realizacj|"
                     r"przesył|dostaw|zamówien)\w*|dymi\w*)"),
    "uk": re.compile(r"(?:прийш\w* (?:бракован|пошкоджен|розбит|зламан)\w*|бракован\w*|після першого (?:вмикання|увімкнення|"
                     r"використання)|(?:одразу|зразу)\W+(?:\w+\W+){0,2}не (?:ввімкн|вмика|працю)\w*|не той (?:товар|колір|"
                     r"розмір)|не та модель|в комплекті (?:його )?(?:нема|немає)|(?:нема|немає|не було) в комплекті|"
                     r"продал\w* як нов\w*|чуж\w* акаунт\w*|(?<!\w)клоп\w*|тарган\w*|цвіль|брудн\w*|(?<!\w)дим(?!\w)|димить|доставк\w* \d+ (?:день|дні|днів)|"
                     r"прийш\w* за \d+)"),
}
# The customer is done with us: a voucher for "next time" would read as not listening.
_NO_RETURN = {
    "en": re.compile(r"\b(?:never (?:again|buy|order|return|go back|stay|be back)|will never|won'?t (?:be back|be returning|"
                     r"return|buy|order|stay|go back)|will not (?:be back|return|buy|order|stay|go back)|would(?:n'?t| not) "
                     r"(?:stay|go|come|buy|order)\w* (?:\w+ )?again|not (?:be )?(?:coming|going) back|(?:don'?t|do not) think i "
                     r"(?:will|would) (?:return|come back|go back|be back)|last resort|save your money|stay elsewhere|"
                     r"do not recommend|don'?t recommend|would not recommend|wouldn'?t recommend)\b"),
    "pl": re.compile(r"(?:nie kupi(?:ę|łbym|łabym|my)|nigdy więcej|więcej nie kupi\w*|(?:raczej )?ostatni(?: raz)?\b|"
                     r"omijać|omijajcie|nie wróc\w*|odradzam|nie polecam|nie kupię już)"),
    "uk": re.compile(r"(?:більше не (?:куп|замовл|прийд|повер|візьм)\w*|ніколи (?:більше|не куп)\w*|останній раз|не раджу|"
                     r"не рекомендую|гроші на вітер)"),
}
# Already settled (the maker sent a new part, the service refunded): thanks, not a new case.
_RESOLVED = {
    "en": re.compile(r"\b(?:(?:was|were) quick to (?:remedy|fix|replace|refund|sort)|sent (?:me )?(?:another|a new|a "
                     r"replacement)|(?:got|received) (?:a |my )?(?:refund|replacement|new one)|(?:problem|issue) (?:was |has "
                     r"been )?(?:solved|resolved|fixed)|all sorted)\b"),
    "pl": re.compile(r"(?:przysła\w* now\w*|(?:wymienil|wymieniono)\w* (?:mi )?na now\w*|(?:dostał|otrzymał)\w* now\w*|"
                     r"zwrócil\w* (?:mi )?pieniądze|sprawa (?:została )?(?:rozwiązana|załatwiona)|problem (?:został )?"
                     r"rozwiązany)"),
    "uk": re.compile(r"(?:виріши\w* повернути (?:кошти|гроші)|повернули (?:кошти|гроші)|замінили на нов\w*|(?:надіслали|"
                     r"прислали) нов\w*|(?:проблему|питання) (?:вже )?вирішили)"),
}
# "dostałem nowy, ale jest to samo": a replacement that did not help settles nothing.
_STILL = re.compile(r"\b(?:but|yet|still|ale|jednak|nadal|wciąż|але|проте|однак|досі|знову)\b|(?:same|to samo|те саме|"
                    r"така сама|такі самі)", re.IGNORECASE)

# What the customer explicitly asks.
_QUESTIONS = (
    ("return", {
        "en": re.compile(r"\b(?:how (?:do|can|should) i (?:return|send (?:it|this|them) back|get (?:a|my) refund)|can i "
                         r"(?:return|get a refund|send it back)|(?:exchange|swap|replace) (?:it|this|them)\?|can i "
                         r"(?:exchange|swap|get a replacement))"),
        "pl": re.compile(r"(?:jak (?:\w+ )?(?:zwróci|oddać|odesłać|zareklamowa|złożyć reklamacj)\w*|czy (?:mogę|można|da się)"
                         r" (?:\w+ )?(?:zwróci|oddać|odesłać|wymieni|zareklamowa)\w*|(?:też |również )?wymieniają\?|"
                         r"(?:zwrot|wymian)\w*\?)"),
        "uk": re.compile(r"(?:як (?:\w+ )?(?:повернути|здати|обміняти|оформити (?:повернення|обмін))|чи (?:можна|можливо|можу)"
                         r" (?:\w+ )?(?:повернути|здати|обміняти)|(?:повернення|обмін)\w*\?)"),
    }),
    ("what_to_do", {
        "en": re.compile(r"\b(?:what (?:should|do|can|shall) i (?:now )?do|what now\?|what are my options)"),
        "pl": re.compile(r"(?:co (?:mam |teraz |powinienem |powinnam |mogę ){0,2}(?:robić|zrobić)|co dalej\?)"),
        "uk": re.compile(r"(?:що (?:мені |тепер |можна ){0,2}(?:робити|робить|зробити)|що далі\?)"),
    }),
    ("cause", {
        "en": re.compile(r"\b(?:why (?:does|is|did|do|would|won'?t|doesn'?t)|what (?:could|might) (?:be )?(?:the )?cause|"
                         r"what causes|any ideas? why|anyone know why)"),
        "pl": re.compile(r"(?:dlaczego|czemu|co może być (?:przyczyną|powodem)|jaka (?:może być )?przyczyna|ktoś wie,? "
                         r"(?:co|dlaczego|czemu))"),
        "uk": re.compile(r"(?:в ч[ьо]му (?:може бути )?причин\w*|(?<!\w)чому(?!\w)|яка (?:може бути )?причина|хтось знає)"),
    }),
)
_EXCHANGE = re.compile(r"exchang|swap|replac|wymi|обмін|обміня")
_RETURN_WORD = re.compile(r"return|refund|back|zwr|oddać|odesła|повернен|поверну|здати")
# Without a question mark only an explicit "does anyone know" counts as asking.
_ASKS_WITHOUT_MARK = re.compile(r"anyone know|ktoś wie|хтось знає", re.IGNORECASE)

_WAITED = {
    "en": re.compile(r"\b(?:wait(?:ed|ing)|took (?:\d+|two|three|four|five|several) (?:days|weeks|hours)|still (?:no|not|"
                     r"haven'?t)|45 minutes|an hour)\b"),
    "pl": re.compile(r"(?:czeka\w*|od \d+ (?:dni|tygodni)|po \d+ (?:dniach|tygodniach)|wciąż nie|nadal nie)"),
    "uk": re.compile(r"(?:чека\w*|за \d+ (?:днів|дні|тижн)|\d+ (?:день|дні|днів)|досі не|все ще не)"),
}

# Complaint categories a shop answers for whatever the product is like.
_SHOP_SERVICE = {"delivery", "support_unreachable", "billing", "staff", "waiting"}
_SHOP_ISSUES = {"wrong_item", "no_reply", "overcharged", "cancelled_order", "rude_staff", "long_wait"}
# In a venue, what was served or how it looked is a matter of taste unless a named
# failure comes with it.
_VENUE_TASTE = {"food", "price", "noise", "generic", "usability", "product_defect"}


@dataclass(slots=True)
class ComplaintKind:
    fault: str = ""          # defect | trait | service | "" (not a complaint)
    serious: bool = False    # a voucher may be offered (when configured)
    resolved: bool = False
    no_return: bool = False
    question: str = ""       # return | exchange | what_to_do | cause | other | ""
    waited: bool = False


def _question(text: str, lowered: str, lang: str) -> str:
    marked = "?" in text
    for kind, patterns in _QUESTIONS:
        match = patterns[lang].search(lowered)
        if match and (marked or _ASKS_WITHOUT_MARK.search(lowered)):
            if kind == "return" and _EXCHANGE.search(match.group(0)) and not _RETURN_WORD.search(match.group(0)):
                return "exchange"
            return kind
    if _ASKS_WITHOUT_MARK.search(lowered):
        return "cause"
    return "other" if marked else ""


def _resolved(lowered: str, lang: str) -> bool:
    match = _RESOLVED[lang].search(lowered)
    return bool(match) and not _STILL.search(lowered[match.end():match.end() + 40])


def read_kind(text: str, lang: str, *, is_complaint: bool, domain: str, side: str, categories: list[str],
              issues: list[str]) -> ComplaintKind:
    lowered = text.lower().replace("’", "'")
    kind = ComplaintKind(question=_question(text, lowered, lang), waited=bool(_WAITED[lang].search(lowered))
                         or bool({"waiting", "delivery"} & set(categories[:1])) or "long_wait" in issues)
    if not is_complaint:
        return kind
    kind.resolved = _resolved(lowered, lang)
    kind.no_return = bool(_NO_RETURN[lang].search(lowered))
    main = categories[:1]
    defect = bool(_DEFECT[lang].search(lowered))
    service = bool(set(main) & _SHOP_SERVICE) or bool(set(issues) & _SHOP_ISSUES)
    if domain == "hospitality":
        # A venue: a named failure (dirty, rude, cold, waited) is a service failure;
        # "the coffee was just okay" is a matter of taste.
        taste = set(categories) <= _VENUE_TASTE and not issues and not _SERIOUS[lang].search(lowered)
        kind.fault = "trait" if taste else "service"
    elif service:
        kind.fault = "service"
    elif defect:
        kind.fault = "defect"
    elif issues:
        kind.fault = "service"  # a named problem ("prices went up, portions shrank") has its own reply
    else:
        kind.fault = "trait"
    serious = bool(_SERIOUS[lang].search(lowered)) or (service and domain != "hospitality")
    if domain == "hospitality" and kind.fault == "service":
        serious = serious or bool(set(issues) & _SHOP_ISSUES) or "cleanliness" in main
    kind.serious = serious and side == "ours" and kind.fault != "trait"
    return kind
