#!/usr/bin/env bash
# Runs every test on a fresh machine: unit tests, integration tests through HTTP on SQLite and on a throwaway
# PostgreSQL cluster (started and stopped by the tests themselves), the migrations check for both providers,
# the two-node tests on that cluster and a throwaway Redis, the OpenAPI contract checks (Spectral, a Kiota client) and
# the browser tests in Debian's Chromium. Installs Chromium, PostgreSQL, Redis, CJK fonts and Node.js when missing.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
command -v redis-server > /dev/null || missing+=(redis-server)
{ command -v fc-list > /dev/null && fc-list | grep -qi "noto.*cjk"; } || missing+=(fonts-noto-cjk)
command -v npm > /dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

dotnet tool restore > /dev/null
# Spectral lints the OpenAPI document (tests/UnionHome.Tests/Contract); installed again only when its lock file changed.
if [ ! tools/openapi/node_modules/.package-lock.json -nt tools/openapi/package-lock.json ]; then
  npm ci --prefix tools/openapi --no-audit --no-fund --loglevel=error > /dev/null
fi
dotnet build UnionHome.slnx -nologo -v quiet
tools/check-migrations.sh
# The run's log is kept so that a failure is repeated at the very end, where a CI log's tail shows it.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test --solution UnionHome.slnx --no-build 2>&1 | tee "$log" || status=$?
if [ "$status" -ne 0 ]; then
  echo
  echo "==== failed tests (repeated from above) ===="
  grep -E -A30 '^[[:space:]]*failed [^w]' "$log" | grep -v -E 'WRN\]|PRAGMA foreign_keys|cannot be executed in a transaction' | head -n 300 || true
fi
exit "$status"
