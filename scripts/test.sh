#!/usr/bin/env bash
# Every test: lint, typecheck, unit and integration (SQLite and PostgreSQL), then e2e in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
[ -d node_modules ] || npm install --no-audit --no-fund
npm run lint
npm run typecheck
npm run test:unit
npm run test:e2e
