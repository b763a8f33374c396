"""Checks on the extension's files that need no browser: languages, forbidden APIs, manifest."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
EXT = ROOT / "extension"
LANGS = ("en", "pl", "uk")


def messages(lang: str) -> dict[str, str]:
    data = json.loads((EXT / "_locales" / lang / "messages.json").read_text(encoding="utf-8"))
    return {k: v["message"] for k, v in data.items()}


def code_files(*suffixes: str) -> list[Path]:
    return [p for p in EXT.rglob("*") if p.is_file() and p.suffix in suffixes]


def test_every_language_has_the_same_keys():
    en, pl, uk = (messages(lang) for lang in LANGS)
    assert set(en) == set(pl) == set(uk)
    for lang, table in zip(LANGS, (en, pl, uk)):
        assert all(v.strip() for v in table.values()), f"empty message in {lang}"
        # Placeholders must survive translation.
        for key, text in table.items():
            assert sorted(re.findall(r"\{\d\}", text)) == sorted(re.findall(r"\{\d\}", en[key])), (lang, key)


def test_polish_and_ukrainian_are_translated():
    en, pl, uk = (messages(lang) for lang in LANGS)
    for table in (pl, uk):
        same = [k for k in en if en[k] == table[k]]
        assert len(same) <= len(en) * 0.1, same
    # Ukrainian is written in Cyrillic; only the product name stays as it is.
    latin_only = [k for k, v in uk.items() if not re.search(r"[\u0400-\u04FF]", v)]
    assert latin_only == ["ext_name"], latin_only


CALL = re.compile(r"(?<![\w$])(?:t|getMessage)\(\s*")
LITERAL = re.compile(r'"([a-z][a-z0-9_]*)"')


def used_keys() -> set[str]:
    keys: set[str] = set()
    bad: list[str] = []
    for path in code_files(".js"):
        text = path.read_text(encoding="utf-8")
        for m in CALL.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line = text[line_start: text.find("\n", m.end())]
            if "function t(" in line or "getMessage(key)" in line:
                continue  # the definitions themselves
            if text.startswith("el.dataset.i18n", m.end()):
                continue  # keys from data-i18n attributes, collected from the HTML below
            rest = text[m.end():]
            literal = re.match(r'"([a-z][a-z0-9_]*)"', rest)
            ternary = re.match(r'[\w.!=" ]+\?\s*"([a-z0-9_]+)"\s*:\s*"([a-z0-9_]+)"', rest)
            if literal:
                keys.add(literal.group(1))
            elif ternary:
                keys.update(ternary.groups())
            else:
                bad.append(f"{path.relative_to(EXT)}: {line.strip()}")
    assert not bad, "message keys must be spelled out in full where they are used:\n" + "\n".join(bad)
    for path in code_files(".html"):
        keys.update(re.findall(r'data-i18n(?:-placeholder|-title)?="([a-z0-9_]+)"', path.read_text(encoding="utf-8")))
    keys.update(re.findall(r"__MSG_([A-Za-z0-9_]+)__", (EXT / "manifest.json").read_text(encoding="utf-8")))
    return keys


def test_every_message_used_in_code_exists_in_every_language():
    keys = used_keys()
    assert len(keys) > 50
    for lang in LANGS:
        missing = keys - set(messages(lang))
        assert not missing, (lang, sorted(missing))


def test_no_message_is_unused():
    unused = set(messages("en")) - used_keys()
    assert not unused, sorted(unused)


FORBIDDEN = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|\beval\b|new Function|document\.write")


def test_no_markup_parsing_or_code_from_strings():
    hits = [
        f"{p.relative_to(EXT)}:{n}: {line.strip()}"
        for p in code_files(".js", ".html")
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if FORBIDDEN.search(line)
    ]
    assert not hits, hits


def test_manifest_asks_for_little_and_loads_no_remote_code():
    manifest = json.loads((EXT / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["manifest_version"] == 3
    # notifications: reminders of promises coming due and of updates owed to customers.
    assert sorted(manifest["permissions"]) == ["alarms", "notifications", "storage"]
    assert manifest["host_permissions"] == ["http://127.0.0.1/*", "http://localhost/*"]
    # A team server's host is asked for at run time, and only over https.
    assert manifest["optional_host_permissions"] == ["https://*/*"]
    # Only the open card's page may be framed into the platform pages, under a per-session address.
    (war,) = manifest["web_accessible_resources"]
    assert war["resources"] == ["card/card.html"] and war["use_dynamic_url"] is True
    assert war["matches"] == [m for block in manifest["content_scripts"] for m in block["matches"]]
    assert "content_security_policy" not in manifest
    assert manifest["default_locale"] == "en"
    assert set(manifest["commands"]) == {"insert-suggestion", "log-promise"}
    for path in code_files(".html"):
        for src in re.findall(r'<script[^>]*src="([^"]+)"', path.read_text(encoding="utf-8")):
            assert "://" not in src, (path, src)
        assert not re.search(r"<script(?![^>]*src=)[^>]*>", path.read_text(encoding="utf-8")), f"inline script in {path}"


def test_content_scripts_order_and_every_file_listed():
    manifest = json.loads((EXT / "manifest.json").read_text(encoding="utf-8"))
    # One block per platform: its pages load the shared files and their own adapter only.
    blocks = {b["js"][2]: b for b in manifest["content_scripts"]}
    assert sorted(blocks) == ["sites/facebook.js", "sites/tripadvisor.js", "sites/yelp.js"]
    for adapter, block in blocks.items():
        js = block["js"]
        assert js[:3] == ["content/namespace.js", "sites/common.js", adapter]
        assert js[-1] == "content/start.js"
        assert not [p for p in js[3:] if p.startswith("sites/")], js
        platform = adapter.split("/")[1].removesuffix(".js")
        assert all(f".{platform}." in m for m in block["matches"]), block["matches"]
        assert block["run_at"] == "document_idle"
    on_disk = {str(p.relative_to(EXT)) for d in ("content", "features", "sites") for p in (EXT / d).glob("*.js")}
    assert {p for b in blocks.values() for p in b["js"]} == on_disk
    assert (EXT / "content/namespace.js").read_text().strip() == "globalThis.Hugdesk = globalThis.Hugdesk || {sites: []};"


def test_every_feature_file_registers_one_feature_named_after_it():
    for path in (EXT / "features").glob("*.js"):
        text = path.read_text(encoding="utf-8")
        names = re.findall(r'H\.features\.add\(\{\s*name:\s*"([a-z-]+)"', text)
        assert names == [path.stem], (path.name, names)
        assert re.search(r"function init\(", text), path.name


def platform_hosts() -> list[str]:
    manifest = json.loads((EXT / "manifest.json").read_text())
    return [m for s in manifest["content_scripts"] for m in s["matches"]]


def test_content_scripts_run_only_where_review_pages_live():
    """A wildcard like *.facebook.com also covers developers., l. (the link shim) and every
    other subdomain; the content scripts, and the senders the background accepts (derived from
    the same list), are limited to the hosts that serve reviews."""
    matches = platform_hosts()
    assert not [m for m in matches if "*." in m], matches
    hosts = {re.match(r"https://([^/]+)/", m).group(1) for m in matches}
    for needed in ("www.facebook.com", "m.facebook.com", "mbasic.facebook.com", "web.facebook.com",
                   "business.facebook.com", "www.yelp.com", "biz.yelp.com", "m.yelp.com", "www.yelp.co.uk",
                   "www.tripadvisor.com", "www.tripadvisor.co.uk", "no.tripadvisor.com"):
        assert needed in hosts, needed
    for never in ("l.facebook.com", "developers.facebook.com", "api.yelp.com", "static.tacdn.com"):
        assert never not in hosts, never
    # Every page the tests serve lives on one of them.
    from tests.support import pages

    served = {re.match(r"https://([^/]+)/", p.url).group(1) for p in [*pages.PAGES.values(), *pages.OWN]}
    assert served <= hosts, served - hosts
