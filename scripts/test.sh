#!/usr/bin/env bash
# `npm test`: typecheck, then every vitest suite (unit, service on SQLite and PostgreSQL, e2e in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/node-env.sh
[ -d node_modules/.bin ] || npm ci --no-audit --no-fund
echo "› typecheck"
npx --no-install tsc --noEmit -p tsconfig.json
echo "› vitest"
exec npx --no-install vitest run "$@"
