#!/usr/bin/env bash
# Roster import benchmark (issue 3): a 100,000-row roster through a published node, on SQLite and on a throwaway
# PostgreSQL cluster (durable settings), with the node's peak RSS and a raw binary COPY of the same rows.
# Usage: bench/roster-import.sh [ROWS]     Needs postgresql installed (apt-get install -y postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
work=$(mktemp -d /tmp/uh-bench.XXXXXX)
chmod 755 "$work"
trap 'kill $node 2>/dev/null || true; [ -n "${pgdata:-}" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet publish src/UnionHome.Web -c Release -o "$work/app" -nologo -v quiet
dotnet build bench/UnionHome.Bench -c Release -nologo -v quiet

export ASPNETCORE_ENVIRONMENT=Production Sms__Provider=Outbox
export Encryption__ActiveKeyId=b1 Encryption__Keys__b1=$(openssl rand -base64 32) Encryption__BlindIndexKey=$(openssl rand -base64 32)
export Auth__TokenSigningKey=$(openssl rand -base64 32) Membership__CardSigningKey=$(openssl ecparam -name prime256v1 -genkey 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0) Audit__SigningKey=$(openssl ecparam -name prime256v1 -genkey 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)
export Serilog__MinimumLevel__Default=Warning

run() { # $1 = label, then extra args for the bench tool
  local label=$1; shift
  (cd "$work" && ./app/UnionHome.Web migrate >/dev/null && ./app/UnionHome.Web seed-demo >/dev/null \
    && for u in gy.liaison zs.staff; do echo JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP | ./app/UnionHome.Web enrol-totp --user $u --secret-from-stdin >/dev/null; done)
  (cd "$work" && exec ./app/UnionHome.Web --contentRoot "$work/app" --urls http://127.0.0.1:5080) >"$work/$label.log" 2>&1 &
  node=$!
  for _ in $(seq 50); do curl -sf http://127.0.0.1:5080/readyz >/dev/null && break; sleep 0.2; done
  echo "== $label"
  dotnet bench/UnionHome.Bench/bin/Release/net10.0/UnionHome.Bench.dll --url http://127.0.0.1:5080 --pid $node --rows "$rows" "$@"
  kill $node; wait $node 2>/dev/null || true
}

export Storage__DataDirectory="$work/sqlite"
run sqlite

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
mkdir -p "$work/pg"; chown postgres:postgres "$work/pg"; pgdata="$work/pg/data"; port=55433
runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$work/pg" start >/dev/null
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;SSL Mode=Disable"
export Database__Provider=Postgres ConnectionStrings__UnionHome="$connection" Storage__DataDirectory="$work/pgdata"
run postgres --copy "$connection"
