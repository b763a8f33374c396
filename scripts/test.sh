#!/usr/bin/env bash
# Sets up everything the tests need and runs the whole suite (unit, API, browser).
# Extra arguments go to pytest (e.g. scripts/test.sh -k observe).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

# The browser tests drive a real Chromium with the extension loaded. Prefer the system one
# (Debian's chromium); elsewhere use Playwright's own download.
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    .venv/bin/python -m playwright install chromium
  fi
fi

# A real Lexical editor for the insertion tests, built from the npm package.
[ -f tests/lexical/dist/lexical-editor.js ] || sh tests/lexical/build.sh

status=0
.venv/bin/python -m pytest "$@" || status=$?
echo "Screenshots of the card (collapsed, open, with a tone error; en, pl, uk): tests/artifacts/card/"
exit "$status"
