"""One contract, checked: the review item as the backend takes it, the background validates it
and the adapters build it; and the README names every CLI command and API route there is."""

from __future__ import annotations

import re
from pathlib import Path

import msgspec

from hugdesk.api.app import ROUTE_MODULES
from hugdesk.cli import build_parser
from hugdesk.usecases.observe import ObservedItem

ROOT = Path(__file__).resolve().parents[2]
EXTENSION = ROOT / "extension"
README = ROOT / "README.md"


def backend_item_fields() -> set[str]:
    return {f.name for f in msgspec.structs.fields(ObservedItem)}


def object_keys(literal: str) -> set[str]:
    """Top-level keys of a JS object literal's body (nested braces and calls skipped)."""
    keys, depth = set(), 0
    for line in literal.splitlines():
        if depth == 0:
            m = re.match(r"\s*([a-z_]+)\s*[:,]", line)
            if m:
                keys.add(m.group(1))
        depth += line.count("{") + line.count("(") + line.count("[") - line.count("}") - line.count(")") - line.count("]")
    return keys


def validator_fields(source: str) -> set[str]:
    m = re.search(r"export const observedItem = \(\) =>\s*obj\(\{\n(.*?)\n\s*\}\);", source, re.S)
    assert m, "background/validate.js no longer defines observedItem as obj({...})"
    return object_keys(m.group(1))


def adapter_items(source: str) -> list[set[str]]:
    """Every object literal an adapter returns as an item (the ones that set external_id)."""
    found = []
    for m in re.finditer(r"return \{\n(.*?)\n\s*\};", source, re.S):
        if re.search(r"^\s*external_id\s*:", m.group(1), re.M):
            found.append(object_keys(m.group(1)))
    return found


def test_the_validator_takes_exactly_the_backends_item():
    assert validator_fields((EXTENSION / "background" / "validate.js").read_text()) == backend_item_fields()


def test_every_adapter_builds_exactly_the_backends_item():
    expected = backend_item_fields()
    for path in sorted((EXTENSION / "sites").glob("*.js")):
        for keys in adapter_items(path.read_text()):
            assert keys == expected, f"{path.name}: missing {expected - keys}, extra {keys - expected}"
    assert sum(len(adapter_items(p.read_text())) for p in (EXTENSION / "sites").glob("*.js")) >= 3


def test_the_contract_checks_can_fail():
    source = "export const observedItem = () =>\n  obj({\n    platform: platform(),\n    extra: str(),\n  });\n"
    assert validator_fields(source) == {"platform", "extra"} != backend_item_fields()
    adapter = "function f() {\n    return {\n      platform: 'yelp',\n      external_id: id,\n      text,\n    };\n}\n"
    assert adapter_items(adapter) == [{"platform", "external_id", "text"}]


def api_routes() -> set[str]:
    routes = set()
    for module in ROUTE_MODULES:
        for handler in module.ROUTES:
            for path in handler.paths:
                path = re.sub(r"\{(\w+):\w+\}", r"{\1}", path)
                for method in sorted(handler.http_methods):
                    routes.add(f"{method} {path}")
    return routes


def test_every_api_route_is_in_the_readme():
    readme = README.read_text()
    missing = sorted(r for r in api_routes() if f"`{r}`" not in readme)
    assert missing == [], f"README's API table lacks {missing}"
    assert len(api_routes()) >= 18


def test_every_desk_route_is_in_the_readme():
    from hugdesk.api.desk import ROUTES as DESK_ROUTES

    readme = README.read_text()
    routes = {f"{m} {p}" for h in DESK_ROUTES for p in h.paths for m in sorted(h.http_methods)}
    missing = sorted(r for r in routes if f"`{r}`" not in readme)
    assert missing == [], f"README's desk table lacks {missing}"
    assert len(routes) >= 14


def test_every_cli_command_is_in_the_readme():
    readme = README.read_text()
    parser = build_parser()
    commands = []
    for action in parser._subparsers._group_actions:  # argparse keeps sub-commands here
        for name, sub in action.choices.items():
            # A command whose first positional picks an action (token create|list|revoke) is several commands.
            actions = [a for a in sub._actions if not a.option_strings and a.choices]
            commands += [f"hugdesk {name} {choice}" for a in actions[:1] for choice in a.choices] or [f"hugdesk {name}"]
    assert len(commands) >= 6
    missing = [c for c in commands if f"`{c}" not in readme]
    assert missing == [], f"README's command table lacks {missing}"
