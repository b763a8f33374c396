"""The command line tells a new user what they need; the README's commands are the scripts' commands."""

import re
import subprocess
import sys

from tests.support.server import ROOT

COMMANDS = ["serve", "token", "backup", "export", "erase-customer", "migrate"]


def run(*args):
    return subprocess.run([sys.executable, "-m", "hugdesk", *args], capture_output=True, text=True, cwd=ROOT)


def test_every_command_has_help():
    top = run("--help")
    assert top.returncode == 0
    for command in COMMANDS:
        assert command in top.stdout
        result = run(command, "--help")
        assert result.returncode == 0, command
        assert "--db" in result.stdout or command == "serve" and "--port" in result.stdout


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for command in COMMANDS:
        assert f"hugdesk {command}" in readme, command


def test_migrate_and_token_create(tmp_path):
    db = tmp_path / "cli.db"
    first = run("migrate", "--db", str(db))
    assert first.returncode == 0 and "m001_initial" in first.stdout
    assert "Applied 0" in run("migrate", "--db", str(db)).stdout
    token = run("token", "create", "ola", "--db", str(db))
    assert token.returncode == 0 and re.fullmatch(r"hd_[A-Za-z0-9_-]{40,}", token.stdout.strip())
    assert "ola\tactive" in run("token", "list", "--db", str(db)).stdout


def test_readme_quick_start_matches_the_scripts():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "scripts/start.sh" in readme and (ROOT / "scripts" / "start.sh").exists()
    assert "scripts/test.sh" in readme and (ROOT / "scripts" / "test.sh").exists()
    assert "scripts/test.sh" in ci
