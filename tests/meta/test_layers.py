"""The backend's layers are fixed: a test, not a habit, keeps them apart.

engine/   pure text work: imports nothing from store, api, usecases, litestar or sqlite.
store/    plain functions over the database: imports nothing from api, usecases or litestar.
usecases/ combine store, engine and llm: import nothing from api or litestar.
llm/      talking to a language model over HTTP: infrastructure, no store, engine, usecases or api.
api/      HTTP only.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "backend" / "hugdesk"

FORBIDDEN = {
    "engine": {"hugdesk.store", "hugdesk.api", "hugdesk.usecases", "hugdesk.llm", "litestar", "sqlite_utils",
               "sqlite3", "http", "urllib.request", "socket"},
    "store": {"hugdesk.api", "hugdesk.usecases", "hugdesk.llm", "litestar"},
    "usecases": {"hugdesk.api", "litestar"},
    "llm": {"hugdesk.store", "hugdesk.engine", "hugdesk.usecases", "hugdesk.api", "litestar", "sqlite_utils",
            "sqlite3"},
}


def imports_of(path: Path, root: Path = PACKAGE) -> list[tuple[int, str]]:
    """Every module a file imports, as absolute dotted names (relative imports resolved)."""
    package = ["hugdesk", *path.relative_to(root).parent.parts]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                # `from . import x` may name a submodule: count it as one.
                found += [(node.lineno, f"{module}.{a.name}") for a in node.names] if not node.module else []
                found.append((node.lineno, module))
            else:
                found.append((node.lineno, node.module or ""))
    return found


def violations(layer: str, root: Path = PACKAGE) -> list[str]:
    bad = []
    for path in sorted((root / layer).rglob("*.py")):
        for line, module in imports_of(path, root):
            for banned in FORBIDDEN[layer]:
                if module == banned or module.startswith(banned + "."):
                    bad.append(f"{path.relative_to(root)}:{line} imports {module}")
    return bad


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer):
    assert violations(layer) == []


def test_every_module_sits_in_a_layer():
    """Only the entry points and shared basics stay at the top; everything else has a layer."""
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert top == ["__init__.py", "__main__.py", "cli.py", "config.py", "errors.py"]


def test_the_check_catches_a_violation(tmp_path):
    """The checker itself can fail: an engine module that reaches into the store is reported."""
    fake = tmp_path / "engine"
    fake.mkdir()
    (fake / "bad.py").write_text("from ..store.db import connect\nimport sqlite3\n")
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "bad.py").write_text("from litestar import get\n")
    assert violations("engine", tmp_path) == ["engine/bad.py:1 imports hugdesk.store.db", "engine/bad.py:2 imports sqlite3"]
    assert violations("store", tmp_path) == ["store/bad.py:1 imports litestar"]
    (tmp_path / "llm").mkdir()
    (tmp_path / "llm" / "bad.py").write_text("from ..engine.tone import check_tone\n")
    assert violations("llm", tmp_path) == ["llm/bad.py:1 imports hugdesk.engine.tone"]
    (fake / "net.py").write_text("import http.client\n")
    assert "engine/net.py:1 imports http.client" in violations("engine", tmp_path)
