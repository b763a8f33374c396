"""The content scripts' layers, read from the files as text (no browser needed).

Every content script meets the others on one global, ``globalThis.Hugdesk`` (``H``), so the
only record of who needs whom is the files themselves. The convention (content/core.js):
a file exports by ending its IIFE with one ``Object.assign(H, { ... })`` and only reads ``H.x``
everywhere else. These tests hold every file to it and check the layers:

- content/ is plumbing: it never reads a name a feature exports;
- sites/ reads only sites/ and the namespace (the adapter tests load it alone);
- features/ (card sections and user actions) read only content/ and sites/;
- a name that is read is exported by exactly one file, listed earlier in the manifest.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path


def _extension_dir() -> Path:
    # Found by walking up, so the test keeps working wherever tests/ puts it.
    for parent in Path(__file__).resolve().parents:
        if (parent / "extension" / "manifest.json").is_file():
            return parent / "extension"
    raise FileNotFoundError("extension/manifest.json not found above this test")


EXT = _extension_dir()
LAYERS = ("content", "sites", "features")
NAMESPACE = "content/namespace.js"
IDENT = r"[A-Za-z_$][\w$]*"
# H.x, also after a spread (...H.records) but not as a property of something else (foo.H.x).
REF = re.compile(r"(?<![\w$])(?<![^.]\.)H\.(" + IDENT + r")")
WRITE_AFTER = re.compile(r"\s*(?:=(?![=>])|\+\+|--|(?:\*\*|<<|>>>?|[-+*/%&|^]|&&|\|\||\?\?)=)")
WRITE_BEFORE = re.compile(r"(?:\+\+|--|\bdelete)\s*$")
DESTRUCTURE = re.compile(r"\b(?:const|let|var)\s*\{([^{}]*)\}\s*=\s*H\b(?!\.)")
DECLARATION = "Object.assign(H, {"
# Ways around the single declaration that the H.x patterns above would not see.
BYPASS = re.compile(
    r"Object\.(?:assign|defineProperty|defineProperties|setPrototypeOf)\(\s*H\b"
    r"|(?<![\w$])H\s*\["
    r"|\bHugdesk\s*(?:\.|\[)"
)


def strip_comments(text: str) -> str:
    """Drops // comments (whole lines, or after code and a space) so prose is not read as code."""
    return re.sub(r"(?m)(^|\s)//.*$", r"\1", text)


def _closing(text: str, start: int) -> int:
    """Index of the bracket closing the one at ``start``, skipping strings."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack: list[str] = []
    i = start
    while i < len(text):
        c = text[i]
        if c in "\"'`":
            i += 1
            while i < len(text) and text[i] != c:
                i += 2 if text[i] == "\\" else 1
        elif c in pairs:
            stack.append(pairs[c])
        elif c in ")]}":
            if not stack or stack.pop() != c:
                raise ValueError(f"unbalanced {c!r} at {i}")
            if not stack:
                return i
        i += 1
    raise ValueError("unclosed bracket")


def _object_keys(literal: str) -> list[str]:
    """Top-level keys of an object literal's body: ``a, b: expr, c`` -> [a, b, c]."""
    keys, depth, start = [], 0, 0
    entries = []
    i = 0
    while i < len(literal):
        c = literal[i]
        if c in "\"'`":
            i = literal.index(c, i + 1) if c != "`" else literal.index("`", i + 1)
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            entries.append(literal[start:i])
            start = i + 1
        i += 1
    entries.append(literal[start:])
    for entry in (e.strip() for e in entries):
        if not entry:
            continue
        m = re.match(r"(" + IDENT + r")\s*(?::|$)", entry)
        keys.append(m.group(1) if m else f"<not a plain name: {entry[:30]}>")
    return keys


@dataclass
class Script:
    path: str  # relative to extension/, as in the manifest
    layer: str
    exports: list[str] = field(default_factory=list)
    reads: dict[str, int] = field(default_factory=dict)  # name -> line of first read
    problems: list[str] = field(default_factory=list)  # breaches of the export convention


def _line(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def parse(path: str, text: str) -> Script:
    script = Script(path, path.split("/", 1)[0])
    code = strip_comments(text)

    if path == NAMESPACE:
        # The namespace's object literal is its export declaration (it makes H.sites).
        m = re.fullmatch(r"\s*globalThis\.Hugdesk = globalThis\.Hugdesk \|\| \{(.*)\};\s*", code, re.S)
        if not m:
            script.problems.append(f"{path}: expected only `globalThis.Hugdesk = globalThis.Hugdesk || {{...}};`")
        else:
            script.exports = _object_keys(m.group(1))
        return script

    declared = (0, 0)  # span of the one Object.assign(H, {...}) call
    starts = [m.start() for m in re.finditer(re.escape(DECLARATION), code)]
    if len(starts) > 1:
        script.problems.append(
            f"{path}:{_line(code, starts[1])}: a second Object.assign(H, ...); list every export in one")
    if starts:
        open_brace = starts[0] + len(DECLARATION) - 1
        close_brace = _closing(code, open_brace)
        close_call = _closing(code, starts[0] + len("Object.assign"))
        declared = (starts[0], close_call + 1)
        script.exports = _object_keys(code[open_brace + 1: close_brace])
        if not re.fullmatch(r"\s*;\s*\}\)\(\);\s*", code[close_call + 1:]):
            script.problems.append(
                f"{path}:{_line(code, starts[0])}: Object.assign(H, ...) must be the last statement of the IIFE")

    for m in BYPASS.finditer(code):
        if m.start() not in starts:
            script.problems.append(
                f"{path}:{_line(code, m.start())}: `{m.group(0)}` goes around the export declaration; "
                "export in the one Object.assign(H, {...}) and read H.name")

    for m in REF.finditer(code):
        if declared[0] <= m.start() < declared[1]:
            continue
        name = m.group(1)
        if WRITE_AFTER.match(code, m.end()) or WRITE_BEFORE.search(code[max(0, m.start() - 12): m.start()]):
            script.problems.append(
                f"{path}:{_line(code, m.start())}: assigns H.{name} outside its export declaration "
                f"(keep state in a local; export once in Object.assign(H, {{...}}))")
            continue
        script.reads.setdefault(name, _line(code, m.start()))
    for m in DESTRUCTURE.finditer(code):
        for name in _object_keys(m.group(1)):
            script.reads.setdefault(name, _line(code, m.start()))
    return script


def manifest_blocks() -> list[list[str]]:
    """The content scripts of each platform's block, in the order the browser runs them."""
    manifest = json.loads((EXT / "manifest.json").read_text(encoding="utf-8"))
    return [list(block["js"]) for block in manifest["content_scripts"]]


def manifest_scripts() -> list[str]:
    """Every content script once: the first block's order, each other block's adapter beside it."""
    out: list[str] = []
    for block in manifest_blocks():
        for i, path in enumerate(block):
            if path in out:
                continue
            before = next((p for p in block[i + 1:] if p in out), None)
            out.insert(out.index(before) if before else len(out), path)
    return out


def load(paths: list[str] | None = None) -> list[Script]:
    return [parse(path, (EXT / path).read_text(encoding="utf-8")) for path in (paths or manifest_scripts())]


def exporters(scripts: list[Script]) -> dict[str, list[Script]]:
    table: dict[str, list[Script]] = {}
    for s in scripts:
        for name in s.exports:
            table.setdefault(name, []).append(s)
    return table


# Each check returns its violations as sentences, so a failure says what to move where.

def convention_violations(scripts: list[Script]) -> list[str]:
    out = [p for s in scripts for p in s.problems]
    for name, owners in exporters(scripts).items():
        if len(owners) > 1:
            out.append(f"H.{name} is exported by {', '.join(s.path for s in owners)}; one home per name")
    return out


def unknown_name_violations(scripts: list[Script]) -> list[str]:
    table = exporters(scripts)
    return [
        f"{s.path}:{line}: reads H.{name}, which no file exports (typo, or a missing export)"
        for s in scripts for name, line in s.reads.items() if name not in table
    ]


def layer_violations(scripts: list[Script]) -> list[str]:
    table = exporters(scripts)
    out = []
    for s in scripts:
        for name, line in s.reads.items():
            for owner in table.get(name, []):
                if owner is s:
                    continue
                if s.layer == "content" and owner.layer == "features":
                    out.append(f"{s.path}:{line}: plumbing reads H.{name} from the feature {owner.path}; "
                               "move it to content/")
                elif s.layer == "features" and owner.layer == "features":
                    out.append(f"{s.path}:{line}: feature reads H.{name} from another feature, {owner.path}; "
                               "features read only content/ and sites/ (make it plumbing)")
                elif s.layer == "sites" and owner.layer != "sites" and owner.path != NAMESPACE:
                    out.append(f"{s.path}:{line}: adapter reads H.{name} from {owner.path}; "
                               "sites/ reads only sites/ and the namespace")
    return out


def order_violations(scripts: list[Script]) -> list[str]:
    position = {s.path: i for i, s in enumerate(scripts)}
    table = exporters(scripts)
    return [
        f"{s.path}:{line}: reads H.{name} from {owner.path}, which the manifest loads after it"
        for s in scripts for name, line in s.reads.items()
        for owner in table.get(name, []) if position[owner.path] > position[s.path]
    ]


def test_every_content_script_is_in_the_manifest_once_and_only_those():
    # One block per platform (each page compiles only its own adapter), the same files in the
    # same order otherwise, each listed once per block.
    blocks = manifest_blocks()
    adapters = [[p for p in b if p.startswith("sites/") and p != "sites/common.js"] for b in blocks]
    assert sorted(a for (a,) in adapters) == ["sites/facebook.js", "sites/tripadvisor.js", "sites/yelp.js"], adapters
    shared = [[p for p in b if p not in adapters[i]] for i, b in enumerate(blocks)]
    assert all(s == shared[0] for s in shared), "the blocks differ beyond their adapter"
    for block in blocks:
        assert len(block) == len(set(block)), f"listed twice: {sorted({p for p in block if block.count(p) > 1})}"
    listed = manifest_scripts()
    on_disk = sorted(str(p.relative_to(EXT)) for layer in LAYERS for p in (EXT / layer).glob("*.js"))
    assert len(listed) == len(set(listed)), f"listed twice: {sorted({p for p in listed if listed.count(p) > 1})}"
    assert sorted(set(listed) - set(on_disk)) == [], "listed in manifest.json but not on disk"
    assert sorted(set(on_disk) - set(listed)) == [], "on disk but not listed in manifest.json content_scripts"
    assert all(p.split("/", 1)[0] in LAYERS for p in listed), listed


def test_each_file_exports_in_one_declaration_and_only_reads_elsewhere():
    problems = convention_violations(load())
    assert not problems, "\n".join(problems)


def test_every_name_read_is_exported_somewhere():
    problems = unknown_name_violations(load())
    assert not problems, "\n".join(problems)


def test_plumbing_and_features_read_only_the_layers_below():
    problems = layer_violations(load())
    assert not problems, "\n".join(problems)


def test_manifest_loads_every_file_after_the_files_it_reads():
    problems = [p for block in manifest_blocks() for p in order_violations(load(block))]
    assert not problems, "\n".join(problems)


def test_the_parser_sees_the_known_surface():
    # Guards the guard: if the regexes stopped matching, every check above would pass vacuously.
    scripts = {s.path: s for s in load()}
    assert scripts[NAMESPACE].exports == ["sites"]
    assert {"safe", "on", "emit", "features", "send"} <= set(scripts["content/core.js"].exports)
    assert {"liveSla", "statusLabel"} <= set(scripts["content/sla.js"].exports)
    assert "activeRecord" in scripts["content/editors.js"].exports
    assert {"log", "logOnce"} <= set(scripts["content/interactions.js"].exports)
    assert {"cardSection", "renderCard", "refresh"} <= set(scripts["content/card.js"].exports)
    assert {"h", "t"} <= set(scripts["features/timer.js"].reads)  # through `const { h, t } = H`
    assert "records" in scripts["content/sync.js"].reads  # through a spread, [...H.records.values()]
