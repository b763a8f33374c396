"""The required-literals gate in front of the engine's patterns never changes an answer.

The gate may only say "cannot match" when the pattern really cannot: these tests hold every
gated pattern of the engine to that over real reviews, and pin the parse on small cases.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
import re
from pathlib import Path

import pytest

import hugdesk.engine as engine
from hugdesk.engine import fastre

REVIEWS = Path(__file__).resolve().parents[1] / "fixtures" / "reviews"


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"(?<!\w)nie (?:działa|pracuje)", 0, {"nie działa", "nie pracuje"}),
    (r"\bfoo\b|bar", 0, {"foo", "bar"}),
    (r"zwrot\w* pieni", 0, {" pieni"}),            # the longer literal after \w* is the better gate
    (r"x?abc", 0, {"xabc", "abc"}),
    (r"(?:dostaw|kurier)\w* (?:spóźni|nie przyjecha)", 0, {" spóźni", " nie przyjecha"}),
    (r"Refund", re.IGNORECASE, {"refund"}),
    (r"(?:ab)+cde", 0, {"cde"}),
])
def test_required_literals(pattern, flags, expected):
    assert set(fastre.required_literals(pattern, flags)) == expected


@pytest.mark.parametrize("pattern", [
    r"\w+",                 # nothing literal at all
    r"ab|\w+c",             # a branch without a long enough literal
    r"a?bc?",               # too short to be worth a check
    r"(?:foo)?bar?",        # "ba" is all that is sure
    r"(?i:Refund) now",     # a local case switch is left to the regex; only " now" gates
])
def test_no_gate_or_a_safe_one(pattern):
    literals = fastre.required_literals(pattern)
    compiled = re.compile(pattern)
    for text in ("foo bar", "REFUND now", "abc", "xyz", "bc", "ba"):
        gated_absent = literals is not None and not any(lit in text for lit in literals)
        assert not (gated_absent and compiled.search(text)), (pattern, text, literals)


def test_gated_methods_answer_as_re_does():
    plain = re.compile(r"(?:zwrot|refund)\w*", re.IGNORECASE)
    gated = fastre.compile(r"(?:zwrot|refund)\w*", re.IGNORECASE)
    assert isinstance(gated, fastre.GatedPattern)
    for text in ("Zwrot pieniędzy", "no REFUNDS here", "nothing to see", ""):
        assert bool(gated.search(text)) == bool(plain.search(text))
        assert gated.sub("X", text) == plain.sub("X", text)
        assert gated.subn("X", text) == plain.subn("X", text)
        assert gated.findall(text) == plain.findall(text)
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert gated.split(text) == plain.split(text)
        assert bool(gated.match(text)) == bool(plain.match(text))
        assert bool(gated.fullmatch(text)) == bool(plain.fullmatch(text))


@pytest.mark.parametrize(("pattern", "text"), [
    ("stan", "ſtan"),          # long s is an "s" to re under IGNORECASE
    ("kit", "kıt"),            # dotless i
    ("stan", "İSTAN"),         # "İ".lower() is two characters
    ("вода", "ᲀода"),          # an old form of Cyrillic "в"
])
def test_odd_case_folds_still_match(pattern, text):
    gated = fastre.compile(pattern, re.IGNORECASE)
    assert bool(gated.search(text)) == bool(re.search(pattern, text, re.IGNORECASE))


def _engine_values(kind):
    """Every value of `kind` the engine's modules hold: module names, dicts and lists of them, and
    the parts of a split alternation (fastre.AnyOf) when gated patterns are asked for."""
    found: dict[int, object] = {}

    def visit(value, depth=0):
        if isinstance(value, kind):
            found[id(value)] = value
        if isinstance(value, fastre.AnyOf):
            for part in value.patterns:
                visit(part, depth)
        elif depth < 3 and isinstance(value, dict):
            for item in value.values():
                visit(item, depth + 1)
        elif depth < 3 and isinstance(value, (list, tuple)):
            for item in value:
                visit(item, depth + 1)

    for info in pkgutil.iter_modules(engine.__path__):
        module = importlib.import_module(f"hugdesk.engine.{info.name}")
        for value in vars(module).values():
            visit(value)
    return list(found.values())


def _engine_patterns():
    """Every gated pattern the engine's modules hold."""
    return _engine_values(fastre.GatedPattern)


def _texts(count: int) -> list[str]:
    texts = []
    for path in sorted(REVIEWS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and '"text"' in line:
                texts.append(json.loads(line)["text"])
    random.Random(7).shuffle(texts)
    picked = texts[:count]
    # The engine puts both the review and its lowered form, and single clauses, to its patterns.
    return picked + [t.lower() for t in picked] + [c for t in picked[: count // 4] for c in re.split(r"[.!?,;]", t)]


def _engine_alternations():
    """Every AnyOf the engine's modules hold (a long alternation split into gated parts)."""
    return _engine_values(fastre.AnyOf)


def test_a_split_alternation_answers_as_the_whole_one_on_real_reviews():
    alternations = _engine_alternations()
    assert len(alternations) >= 12  # the harm, injury, loss and health tables and the danger and unsafe lists
    texts = _texts(160) + ["the blade sliced my thumb open, needed 4 stitches", "kopnął mnie prąd z obudowy",
                           "з номера зникли гроші", "my cash had been stolen from my room safe", "czarne drobinki w kaszce"]
    misses = []
    for alternation in alternations:
        whole = re.compile(alternation.pattern, alternation.flags)
        for text in texts:
            found, expected = alternation.search(text), whole.search(text)
            if bool(found) != bool(expected) or (found and found.start() != expected.start()):
                misses.append((alternation.pattern[:60], text[:60]))
    assert not misses, misses[:5]


def test_compile_split_keeps_each_part_gated_and_falls_back_whole():
    # Forty alternatives with forty different words: too many for one gate, so the whole would run ungated.
    source = r"\b(?:" + "|".join(f"q{i}x (?:\\w+ )?z{i}y" for i in range(40)) + r")\b"
    assert not isinstance(fastre.compile(source), fastre.GatedPattern)
    split = fastre.compile_split(source)
    assert isinstance(split, fastre.AnyOf) and len(split.patterns) > 1
    assert all(isinstance(part, fastre.GatedPattern) for part in split.patterns)
    assert split.search("a q7x big z7y here").group(0) == "q7x big z7y"
    assert split.search("q7x z8y") is None
    assert isinstance(fastre.compile_split(r"\bplain words\b"), fastre.GatedPattern)


def test_the_engine_gates_most_of_its_patterns():
    patterns = _engine_patterns()
    assert len(patterns) > 500


def test_no_gated_engine_pattern_misses_a_match_on_real_reviews():
    patterns = _engine_patterns()
    texts = _texts(160)
    misses = []
    for pattern in patterns:
        for text in texts:
            if pattern._pick(text) is None and pattern.plain.search(text):
                misses.append((pattern.pattern[:80], text[:80]))
    assert not misses, misses[:5]


def test_no_folded_twin_misses_a_match_on_reviews_typed_without_diacritics():
    # The same reviews with their Polish letters typed plain, as many Poles write them: the twin's
    # gate (text and literals folded) never hides a match of the twin.
    fold = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
    twins = [p for p in _engine_patterns() if p._plain_re is not None]
    assert len(twins) > 200
    texts = [t.translate(fold) for t in _texts(160)]
    misses = []
    with fastre.plain_polish(True):
        for pattern in twins:
            for text in texts:
                if fastre._sparse(text) and pattern._pick(text) is None and pattern._plain_re.search(text):
                    misses.append((pattern.pattern[:80], text[:80]))
    assert not misses, misses[:5]


def test_a_folded_twin_reads_plain_polish_only_while_such_a_review_is_read():
    pattern = fastre.compile(r"(?<!\w)wymień\w*|głowic\w* (?:jest )?uszkodzon\w*", re.IGNORECASE)
    assert fastre.fold_polish(r"[ąę]\ł ż") == r"[ąaęe]\ł [żz]"
    review = "Po zgloszeniu okazalo sie ze glowica jest uszkodzona, czekam na nowa."
    assert fastre.sparse_polish(review)
    assert not pattern.search(review)  # outside a reading of plain Polish: as written
    with fastre.plain_polish(True):
        assert pattern.search(review).group(0) == "glowica jest uszkodzona"
        # A draft keeps its diacritics and is checked as written: "wymieniać" is not "wymień".
        assert not pattern.search("Błędy można wymieniać w nieskończoność – przykro nam, że sprzęt zawiódł.")
    assert not fastre.sparse_polish("Głowica jest uszkodzona, czekam na nową – szkoda, że tak wyszło.")
    assert not fastre.sparse_polish("krótko")  # too short to tell


def test_the_engine_reads_a_review_typed_without_diacritics_as_the_same_review_typed_with_them():
    from hugdesk.engine.analysis import analyse

    written = "Złożyłam reklamację, bo głowica była uszkodzona od początku. Wielka porażka, żałuję zakupu."
    plain = written.translate(str.maketrans("ąćęłńóśźż", "acelnoszz"))
    with_diacritics, without = analyse(written, 1, "pl", domain="product"), analyse(plain, 1, "pl", domain="product")
    assert with_diacritics.kind.claim_filed == without.kind.claim_filed == "open"  # "zlozylam reklamacje": filed
    assert without.sentiment == with_diacritics.sentiment == "negative"


def test_threads_drafting_at_once_get_the_answers_one_thread_gets():
    # The lowered text is remembered between calls; a thread must never see another's.
    import sys
    from concurrent.futures import ThreadPoolExecutor

    patterns = [p for p in _engine_patterns() if p.flags & re.IGNORECASE][:200]
    texts = _texts(24)[:48]
    expected = [[bool(p.plain.search(t)) for p in patterns] for t in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=4) as pool:
            got = list(pool.map(lambda t: [bool(p.search(t)) for p in patterns], texts))
    finally:
        sys.setswitchinterval(interval)
    assert got == expected
