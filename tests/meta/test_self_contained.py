"""The suite runs on a fresh clone: nothing under tests/ or scripts/ reads the team's shared
folder beside the checkout, and every page and review file a test uses is inside the repository with its source."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# A path into the sibling folder, however it is spelled: "../shared", ROOT.parent / "shared", "shared/fixtures".
OUTSIDE = re.compile(r"""\.\./shared\b|["']shared["']|\bshared/(?:fixtures|data)\b|parent\s*/\s*["']shared""")


def outside_reads(paths) -> list[str]:
    found = []
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if OUTSIDE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def code_files():
    for folder in ("tests", "scripts", ".ci"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".sh", ".js", ""} and "node_modules" not in path.parts \
                    and "dist" not in path.parts and path.resolve() != Path(__file__).resolve():
                yield path


def test_nothing_reads_the_shared_folder():
    assert outside_reads(code_files()) == []


def test_the_check_can_fail(tmp_path):
    bad = ROOT / "tests" / "meta" / "_probe_outside.py"
    try:
        # Spelled in pieces so this file itself never holds the paths it looks for.
        folder = "sha" + "red"
        bad.write_text(f'PAGES = ROOT.parent / "{folder}" / "fixtures"\nX = "../{folder}/data/reviews-dev.jsonl"\n')
        assert len(outside_reads([bad])) == 2
    finally:
        bad.unlink()


def test_every_fixture_file_is_listed_with_its_source():
    fixtures = ROOT / "tests" / "fixtures"
    for folder in ("pages", "reviews"):
        readme = (fixtures / folder / "README.md").read_text(encoding="utf-8")
        for path in sorted((fixtures / folder).rglob("*")):
            if path.is_file() and path.name != "README.md":
                name = path.relative_to(fixtures / folder).as_posix()
                assert f"`{name}`" in readme, f"tests/fixtures/{folder}/README.md does not list {name}"
