#!/usr/bin/env bash
# One command from a fresh clone to the demo site on http://localhost:3000:
# installs, builds, migrates the embedded SQLite database, seeds demo content when it has none, serves.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
# `npm install` rather than `npm ci`: vite lists an optional dependency the registry does not serve,
# which `npm ci` refuses as "missing from lock file"; the lock file still pins every version.
npm install --no-audit --no-fund
# Accounts need a secret in production; the demo makes one once and keeps it in .env.local (not committed).
if [ -z "${BETTER_AUTH_SECRET:-}" ] && ! grep -qs '^BETTER_AUTH_SECRET=' .env.local; then
  echo "BETTER_AUTH_SECRET=$(node -e "console.log(require('node:crypto').randomBytes(32).toString('base64url'))")" >> .env.local
  echo "Wrote a new BETTER_AUTH_SECRET to .env.local"
fi
npm run build
npm run db:migrate
npm run db:seed -- --if-empty
# A first admin for the newsroom desk (/desk), made once; its generated password is printed here once.
npm run --silent admin:create -- --email admin@example.com --name "Demo admin" --if-none
exec npm start
