"""Compiled patterns that skip texts lacking the words every match must contain.

The engine runs about four hundred patterns over a review, and most of them cannot match it:
a pattern about refunds has nothing to do in a review that never says "refund". Scanning a
long review costs a regex tens of microseconds even when it fails, while `"zwrot" in text`
costs well under one. So each pattern is parsed once, at import, for a set of literal
strings at least one of which is part of any text it can match ("required literals", the
prefilter RE2 and code search engines use); when none occurs, the answer is known without
running the regex.

Many Poles type without diacritics ("bylo", "skladac reklamacje", "glowica"), often in most
but not all of a review. Every gated pattern holding a Polish letter (and an ungated one compiled
with twin=True) therefore has a folded twin in
which that letter also matches its plain form ("ł" as "[łl]"), used only while the engine
reads a Polish review typed that way (plain_polish, set by analyse and suggest): "uszkodzona
glowica" is then read as "uszkodzona głowica" would be. Everywhere else the pattern as written
runs, because plain forms are words of their own ("wymieniać" is not "wymień"), and a draft,
written with its diacritics, is checked as written even during such a reading. The twin's
gate checks its literals with text and literals both folded.

The gate only ever says "cannot match": when it lets a text through, the real pattern
decides. It is exact, not a heuristic, and tests/engine/test_fastre.py holds it to that
for every pattern of the engine over real reviews. Where the parse gives nothing useful (a
pattern starting with `\\w+`, an alternation whose branch has no literal), the plain
compiled pattern is returned and nothing changes.
"""

from __future__ import annotations

import contextlib
import contextvars
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


_PL_LETTERS = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"
_PL_FOLD = str.maketrans(_PL_LETTERS, "acelnoszzACELNOSZZ")


def fold_polish(pattern: str) -> str:
    """The pattern with each Polish letter also matching its plain form: "ł" becomes "[łl]",
    and "[ąę]" becomes "[ąaęe]". Escapes are left as they are."""
    if not any(ch in _PL_LETTERS for ch in pattern):
        return pattern
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
                out.append(ch)
            else:
                out.append(ch + ch.translate(_PL_FOLD) if ch in _PL_LETTERS else ch)
        elif ch == "[":
            in_class = True
            out.append(ch)
            # "[^]…]" and "[]…]": a leading "]" is a member, not the end.
            for lead in ("^", "]"):
                if i + 1 < len(pattern) and pattern[i + 1] == lead:
                    out.append(lead)
                    i += 1
        elif ch in _PL_LETTERS:
            out.append(f"[{ch}{ch.translate(_PL_FOLD)}]")
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class GatedPattern:
    """A compiled pattern behind a required-literals gate; the re.Pattern methods the
    engine uses, with the same results. A pattern with Polish letters also carries its
    folded twin (fold_polish), used while a review written without diacritics is read."""

    __slots__ = ("_re", "_literals", "_fold", "_plain_re", "_plain_literals", "pattern", "flags", "groups", "groupindex")

    def __init__(self, compiled: re.Pattern, literals: tuple[str, ...], plain: re.Pattern | None = None) -> None:
        self._re = compiled
        self._literals = literals
        self._fold = bool(compiled.flags & re.IGNORECASE)
        self._plain_re = plain
        # The folded twin is gated on the text and its literals both without diacritics.
        self._plain_literals = tuple(dict.fromkeys(literal.translate(_PL_FOLD) for literal in literals)) if plain else ()
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex

    def _absent(self, text: str) -> bool:
        """True only when the pattern as written cannot match."""
        literals = self._literals
        if not literals:
            return False
        if self._fold:
            text = _lowered(text)
            if text is None:
                return False
        for literal in literals:
            if literal in text:
                return False
        return True

    def _pick(self, text: str) -> re.Pattern | None:
        """The pattern to run on the text, or None when no match is possible: the folded twin
        while a review typed without diacritics is read (and the text is such), else as written."""
        if self._plain_re is not None and _PLAIN_POLISH.get() and _sparse(text):
            literals = self._plain_literals
            if literals:
                folded = text
                if self._fold:
                    folded = _lowered(text)
                    if folded is None:
                        return self._plain_re
                folded = _plain(folded, self._fold)
                if not any(literal in folded for literal in literals):
                    return None
            return self._plain_re
        return None if self._absent(text) else self._re

    # Each method tests for the twin and the reading first, so that outside a reading of plain Polish
    # a pattern pays one attribute check (and, with a twin, one context lookup) more than the gate.
    def search(self, text, pos=0, endpos=sys.maxsize):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return None if self._absent(text) else self._re.search(text, pos, endpos)
        p = self._pick(text)
        return None if p is None else p.search(text, pos, endpos)

    def match(self, text, pos=0, endpos=sys.maxsize):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return None if self._absent(text) else self._re.match(text, pos, endpos)
        p = self._pick(text)
        return None if p is None else p.match(text, pos, endpos)

    def fullmatch(self, text, pos=0, endpos=sys.maxsize):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return None if self._absent(text) else self._re.fullmatch(text, pos, endpos)
        p = self._pick(text)
        return None if p is None else p.fullmatch(text, pos, endpos)

    def sub(self, repl, text, count=0):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return text if self._absent(text) else self._re.sub(repl, text, count)
        p = self._pick(text)
        return text if p is None else p.sub(repl, text, count)

    def subn(self, repl, text, count=0):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return (text, 0) if self._absent(text) else self._re.subn(repl, text, count)
        p = self._pick(text)
        return (text, 0) if p is None else p.subn(repl, text, count)

    def finditer(self, text, pos=0, endpos=sys.maxsize):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return iter(()) if self._absent(text) else self._re.finditer(text, pos, endpos)
        p = self._pick(text)
        return iter(()) if p is None else p.finditer(text, pos, endpos)

    def findall(self, text, pos=0, endpos=sys.maxsize):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return [] if self._absent(text) else self._re.findall(text, pos, endpos)
        p = self._pick(text)
        return [] if p is None else p.findall(text, pos, endpos)

    def split(self, text, maxsplit=0):
        if self._plain_re is None or not _PLAIN_POLISH.get():
            return [text] if self._absent(text) else self._re.split(text, maxsplit)
        p = self._pick(text)
        return [text] if p is None else p.split(text, maxsplit)

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


# The same for the text without Polish diacritics, which folded twins are gated on: one
# remembered text for the lowered form and one for the text as written, so that patterns with
# and without IGNORECASE in turn do not evict each other.
_last_plain = {True: (None, None), False: (None, None)}


def _plain(text: str, lowered: bool) -> str:
    last = _last_plain[lowered]
    if last[0] is text:
        return last[1]
    plain = text.translate(_PL_FOLD)
    _last_plain[lowered] = (text, plain)
    return plain


# Whether the review being read is Polish written (mostly) without diacritics: set by the
# engine's entry points (analyse, suggest) for the whole reading, per thread and task.
_PLAIN_POLISH: contextvars.ContextVar[bool] = contextvars.ContextVar("plain_polish", default=False)
_LATIN = re.compile(r"[A-Za-z]")
_DIACRITIC = re.compile(f"[{_PL_LETTERS}]")
_last_sparse: tuple[str | None, bool] = (None, False)


def sparse_polish(text: str) -> bool:
    """Fewer than one Polish letter in fifty Latin ones, where Polish has about one in twelve:
    typed without diacritics, wholly or in most of its words. A short text proves nothing."""
    if len(text) < 20:
        return False
    marks = len(_DIACRITIC.findall(text))
    if marks * 50 > len(text):
        return False  # too many Polish letters for any count of Latin ones: no need to count them
    latin = len(_LATIN.findall(text))
    return latin >= 20 and marks * 50 <= latin


def _sparse(text: str) -> bool:
    """sparse_polish for a piece of the review (a clause, a sentence) or a draft: any text
    without enough letters to judge counts as sparse, so the review's clauses are read alike,
    while a draft, written with its diacritics, is not."""
    global _last_sparse
    last = _last_sparse
    if last[0] is text:
        return last[1]
    latin = len(_LATIN.findall(text))
    result = len(_DIACRITIC.findall(text)) * 50 <= latin or (latin < 20 and not _DIACRITIC.search(text))
    _last_sparse = (text, result)
    return result


@contextlib.contextmanager
def plain_polish(on: bool):
    """Read with the folded twins while `on` (a Polish review typed without diacritics)."""
    token = _PLAIN_POLISH.set(on)
    try:
        yield
    finally:
        _PLAIN_POLISH.reset(token)


def compile(pattern: str, flags: int = 0, twin: bool = False) -> re.Pattern | GatedPattern:  # noqa: A001 - mirrors re.compile
    """re.compile, gated when the pattern has required literals worth checking, and with a
    folded twin (fold_polish) when it holds Polish letters."""
    compiled = re.compile(pattern, flags)
    literals = required_literals(pattern, flags)
    if not literals:
        # Nothing to gate on: the plain pattern, at the regex engine's own speed. A wrapper only to
        # carry a folded twin would cost every review a Python call per use (75 such patterns, about
        # 5 % of suggest()), for patterns too loose to say much about a review on their own; `twin`
        # asks for one where the plain form matters (the verb endings that tell Pan from Pani).
        folded = fold_polish(pattern) if twin else pattern
        return GatedPattern(compiled, (), re.compile(folded, flags)) if folded != pattern else compiled
    folded = fold_polish(pattern)
    return GatedPattern(compiled, literals, re.compile(folded, flags) if folded != pattern else None)


class AnyOf:
    """Several patterns read as one alternation of them: `search` finds the earliest match (the
    first part wins a tie, as the first branch of an alternation would), `finditer` yields every
    part's matches in text order. A long alternation of words has too many required literals for
    one gate (_MAX_ALTERNATIVES) and would run ungated on every review; split into parts, each part
    keeps its own gate and most reviews are answered by `in` checks alone."""

    def __init__(self, patterns, pattern: str, flags: int = 0) -> None:
        self.patterns = tuple(patterns)
        self.pattern, self.flags = pattern, flags  # the alternation it stands for (tests hold it to that)

    def search(self, text: str):
        return min((m for p in self.patterns if (m := p.search(text))), key=lambda m: m.start(), default=None)

    def finditer(self, text: str):
        return iter(sorted((m for p in self.patterns for m in p.finditer(text)), key=lambda m: m.start()))


def compile_any(parts, flags: int = 0):
    """One pattern for a string, an AnyOf for a tuple of strings."""
    if isinstance(parts, str):
        return compile(parts, flags)
    return AnyOf((compile(part, flags) for part in parts), "|".join(f"(?:{part})" for part in parts), flags)


def _structure(pattern: str):
    """(index, character, depth) for each character outside escapes and character classes,
    depth counted before the character: where a pattern's groups open, close and branch."""
    depth, in_class, escaped = 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")


def branches(pattern: str) -> list[str]:
    """`pattern` cut at each "|" outside every group and class."""
    cuts = [i for i, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    return [pattern[start + 1:end] for start, end in zip([-1] + cuts, cuts + [len(pattern)])]


def _gated(compiled) -> bool:
    return isinstance(compiled, GatedPattern) and bool(compiled._literals)


def compile_split(pattern: str, flags: int = 0):
    """A pattern of the form `<prefix>(?:A|B|…)<suffix>` compiled as an AnyOf of gated parts, each
    the prefix, a run of neighbouring alternatives and the suffix, merged while the merge stays
    gated. Anything else, or a pattern that is gated whole, compiles as it is."""
    whole = compile(pattern, flags)
    if _gated(whole):
        return whole
    open_at = pattern.find("(?:")
    # The ")" that closes the group opened there: the first one back at depth 1 after it.
    close_at = next((i for i, ch, depth in _structure(pattern) if i > open_at and ch == ")" and depth == 1), -1) \
        if open_at >= 0 else -1
    prefix, suffix = pattern[:open_at], pattern[close_at + 1:]
    if close_at < 0 or suffix not in ("", r"\b", r"(?!\w)"):
        return whole
    alternatives = branches(pattern[open_at + 3:close_at])
    if len(alternatives) < 2:
        return whole
    def group(run: list[str]) -> str:
        return prefix + "(?:" + "|".join(run) + ")" + suffix

    parts: list[str] = []
    run: list[str] = []
    for alternative in alternatives:
        if run and not _gated(compile(group(run + [alternative]), flags)):
            parts.append(group(run))
            run = []
        run.append(alternative)
    parts.append(group(run))
    return AnyOf((compile(part, flags) for part in parts), pattern, flags)
