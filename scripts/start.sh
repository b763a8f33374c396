#!/usr/bin/env bash
# Sets up and starts Hugdesk on this machine: the backend on http://127.0.0.1:8765 with its SQLite
# database in your user data directory. Prints the token to paste into the extension's options.
# Extra arguments go to `hugdesk serve` (e.g. --port 9000 --db ./hugdesk.db).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh

if [ -z "${HUGDESK_TOKEN:-}" ]; then
  # One token kept beside the database, so the extension's settings survive restarts.
  token_file=$(.venv/bin/python -c 'from hugdesk.config import default_db_path; print(default_db_path().parent / "token")')
  if [ ! -s "$token_file" ]; then
    mkdir -p "$(dirname "$token_file")"
    (umask 077; .venv/bin/python -c 'from hugdesk.store.agents import new_token; print(new_token())' > "$token_file")
  fi
  HUGDESK_TOKEN=$(cat "$token_file")
  export HUGDESK_TOKEN
fi

cat <<MSG
Hugdesk backend starting (the line below says where; by default http://127.0.0.1:8765).
  Extension: chrome://extensions -> Developer mode -> Load unpacked -> $(pwd)/extension
  Then open the extension's options and paste this token:
    $HUGDESK_TOKEN
Stop with Ctrl+C.
MSG
exec .venv/bin/hugdesk serve "$@"
