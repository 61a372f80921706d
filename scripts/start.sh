#!/usr/bin/env bash
# `npm start`: install what is missing, build the service (dist/callwatch.mjs) and the extension, and run the service
# on SQLite (./callwatch.db).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/node-env.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
node scripts/build-service.mjs
npx --no-install wxt build >/dev/null
npx --no-install wxt build -b firefox --mv3 >/dev/null
echo "callwatch: extension built — load $(pwd)/.output/chrome-mv3 (Chrome/Edge: chrome://extensions → Entpackte Erweiterung laden)"
echo "           or $(pwd)/.output/firefox-mv3 (Firefox: about:debugging → Temporäres Add-on laden)"
# the service's V8 flags (heap sizes) live in one file, read by the benchmark too
# shellcheck disable=SC2046
exec node $(grep -v '^#' scripts/serve-node-flags) dist/callwatch.mjs serve "$@"
