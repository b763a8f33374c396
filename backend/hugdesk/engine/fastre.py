"""Compiled patterns that skip texts lacking the words every match must contain.

The engine runs about four hundred patterns over a review, and most of them cannot match it:
a pattern about refunds has nothing to do in a review that never says "refund". Scanning a
long review costs a regex tens of microseconds even when it fails, while `"zwrot" in text`
costs well under one. So each pattern is parsed once, at import, for a set of literal
strings at least one of which is part of any text it can match ("required literals", the
prefilter RE2 and code search engines use); when none occurs, the answer is known without
running the regex.

The gate only ever says "cannot match": when it lets a text through, the real pattern
decides. It is exact, not a heuristic, and tests/engine/test_fastre.py holds it to that
for every pattern of the engine over real reviews. Where the parse gives nothing useful (a
pattern starting with `\\w+`, an alternation whose branch has no literal), the plain
compiled pattern is returned and nothing changes.
"""

from __future__ import annotations

import re
import sys

try:  # the parser is private; without it every pattern simply goes ungated
    from re import _casefix, _constants as _c, _parser
except ImportError:  # pragma: no cover - Python < 3.11 or a changed re package
    _parser = None

# Cross products bigger than this ("(?:a|b|c)(?:d|e|f)…") are cut, and a gate checking
# more strings than _MAX_ALTERNATIVES costs about as much as the search it would save.
_MAX_RUN = 64
_MAX_ALTERNATIVES = 32
# A gate of one- or two-letter strings lets nearly every text through.
_MIN_LENGTH = 3

# Under IGNORECASE the gate looks in text.lower(). Python's re also counts a few other
# characters as equal (long s and "s", dotless i and "i", old Cyrillic letter forms: re's
# own _casefix table). Each such class is written as one character of it in the gate's
# literals; a text holding any other member of a class, or a letter that lowers into one
# ("Σ"), or into two characters ("İ"), skips the gate and runs the real pattern.
def _fold_tables() -> tuple[dict[int, str], re.Pattern]:
    canonical: dict[int, str] = {}
    if _parser is not None:
        for key, extras in _casefix._EXTRA_CASES.items():
            members = {key, *extras}
            for member in members:
                canonical[member] = chr(min(members))
    unusual = {chr(c) for c, to in canonical.items() if chr(c) != to}
    odd = unusual | {chr(c) for c in range(0x10000)
                     if len(chr(c).lower()) != 1 or chr(c).lower() in unusual}
    return canonical, re.compile("[" + re.escape("".join(sorted(odd))) + "]")


_CANONICAL, _ODD_TEXT = _fold_tables()


def _cross(left: set[str], right: set[str]) -> set[str] | None:
    if len(left) * len(right) > _MAX_RUN:
        return None
    return {a + b for a in left for b in right}


def _best(candidates: list[set[str]]) -> set[str] | None:
    """The most selective set: the longest shortest string, then the fewest strings."""
    useful = [c for c in candidates if c and "" not in c and len(c) <= _MAX_ALTERNATIVES]
    if not useful:
        return None
    return max(useful, key=lambda c: (min(map(len, c)), -len(c)))


def _sequence(items) -> tuple[set[str] | None, set[str] | None]:
    """(every string the sequence can match, if few and known; strings one of which every
    match contains, if any)."""
    candidates: list[set[str]] = []
    run: set[str] | None = {""}
    whole = True
    for op, av in items:
        exact, required = _node(op, av)
        if required is not None:
            candidates.append(required)
        joined = _cross(run, exact) if exact is not None and run is not None else None
        if joined is None:
            whole = False
            if run is not None:
                candidates.append(run)
            run = exact if exact is not None and len(exact) <= _MAX_RUN else None
        else:
            run = joined
    if run is not None:
        candidates.append(run)
    return (run if whole else None), _best(candidates)


def _node(op, av) -> tuple[set[str] | None, set[str] | None]:
    if op is _c.LITERAL:
        return {chr(av)}, {chr(av)}
    if op is _c.IN:
        chars = [chr(a) for o, a in av if o is _c.LITERAL]
        if len(chars) == len(av) and chars:
            return set(chars), None
        return None, None
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
        return {""}, None  # zero width: adds no text
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if (add_flags | del_flags) & _c.SRE_FLAG_IGNORECASE:
            return None, None  # a local case switch: keep out of the gate
        return _sequence(inner)
    if op is _c.BRANCH:
        exacts, requireds = [], []
        for branch in av[1]:
            exact, required = _sequence(branch)
            exacts.append(exact)
            requireds.append(required if required is not None else (exact if exact and "" not in exact else None))
        exact = set().union(*exacts) if all(e is not None for e in exacts) else None
        if exact is not None and len(exact) > _MAX_RUN:
            exact = None
        required = set().union(*requireds) if all(r is not None for r in requireds) else None
        if required is not None and len(required) > _MAX_ALTERNATIVES:
            required = None
        return exact, required
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, inner = av
        exact, required = _sequence(inner)
        if low == 0:
            return ({""} | exact if high == 1 and exact is not None else None), None
        if low == high == 1:
            return exact, required
        return None, required
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av)
    return None, None  # ANY, categories, back references, conditionals


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings one of which is in every match of the pattern, or None when none are known."""
    if _parser is None:
        return None  # pragma: no cover
    try:
        parsed = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - re.compile reports the error itself
        return None
    _exact, required = _sequence(parsed)
    if required is None or min(map(len, required)) < _MIN_LENGTH:
        return None
    if parsed.state.flags & re.IGNORECASE:
        if any(len(ch.lower()) != 1 for literal in required for ch in literal):
            return None
        required = {literal.lower().translate(_CANONICAL) for literal in required}
    return tuple(sorted(required, key=len, reverse=True))


class GatedPattern:
    """A compiled pattern behind a required-literals gate; the re.Pattern methods the
    engine uses, with the same results."""

    __slots__ = ("_re", "_literals", "_fold", "pattern", "flags", "groups", "groupindex")

    def __init__(self, compiled: re.Pattern, literals: tuple[str, ...]) -> None:
        self._re = compiled
        self._literals = literals
        self._fold = bool(compiled.flags & re.IGNORECASE)
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex

    def _absent(self, text: str) -> bool:
        """True only when no match is possible."""
        if self._fold:
            text = _lowered(text)
            if text is None:
                return False
        for literal in self._literals:
            if literal in text:
                return False
        return True

    def search(self, text, pos=0, endpos=sys.maxsize):
        return None if self._absent(text) else self._re.search(text, pos, endpos)

    def match(self, text, pos=0, endpos=sys.maxsize):
        return None if self._absent(text) else self._re.match(text, pos, endpos)

    def fullmatch(self, text, pos=0, endpos=sys.maxsize):
        return None if self._absent(text) else self._re.fullmatch(text, pos, endpos)

    def sub(self, repl, text, count=0):
        return text if self._absent(text) else self._re.sub(repl, text, count)

    def subn(self, repl, text, count=0):
        return (text, 0) if self._absent(text) else self._re.subn(repl, text, count)

    def finditer(self, text, pos=0, endpos=sys.maxsize):
        return iter(()) if self._absent(text) else self._re.finditer(text, pos, endpos)

    def findall(self, text, pos=0, endpos=sys.maxsize):
        return [] if self._absent(text) else self._re.findall(text, pos, endpos)

    def split(self, text, maxsplit=0):
        return [text] if self._absent(text) else self._re.split(text, maxsplit)

    @property
    def plain(self) -> re.Pattern:
        """The pattern itself, for re functions that insist on a real re.Pattern."""
        return self._re

    def __repr__(self) -> str:
        return f"GatedPattern({self.pattern!r}, literals={self._literals!r})"


# The same text is usually put to dozens of patterns in a row: lower it once. One tuple, read
# and replaced whole, so that threads drafting at once never pair a text with another's lowering.
_last: tuple[str | None, str | None] = (None, None)


def _lowered(text: str) -> str | None:
    """text.lower(), or None when the text holds a character that re folds differently."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    lowered = None if _ODD_TEXT.search(text) else text.lower()
    _last = (text, lowered)
    return lowered


def compile(pattern: str, flags: int = 0) -> re.Pattern | GatedPattern:  # noqa: A001 - mirrors re.compile
    """re.compile, gated when the pattern has required literals worth checking."""
    compiled = re.compile(pattern, flags)
    literals = required_literals(pattern, flags)
    return GatedPattern(compiled, literals) if literals else compiled
