#!/bin/sh
# Builds dist/lexical-editor.js from the pinned npm packages (the browser tests run this when it is missing).
set -e
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npx esbuild entry.js --bundle --format=iife --target=chrome110 --outfile=dist/lexical-editor.js
