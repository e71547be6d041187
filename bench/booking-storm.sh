#!/usr/bin/env bash
# Booking storm (issue 5): MEMBERS distinct members book SEATS places at once over 64 connections to a published
# node, on SQLite and on a throwaway PostgreSQL cluster (durable settings). Checks the database afterwards and
# times a raw conditional-update loop on the same database; on PostgreSQL also the same transaction in pgbench.
# Usage: bench/booking-storm.sh [MEMBERS] [SEATS]     Needs postgresql installed (apt-get install -y postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
members=${1:-5000}
seats=${2:-500}
work=$(mktemp -d /tmp/uh-storm.XXXXXX)
chmod 755 "$work"
trap 'kill $node 2>/dev/null || true; [ -n "${pgdata:-}" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

dotnet publish src/UnionHome.Web -c Release -o "$work/app" -nologo -v quiet
dotnet build bench/UnionHome.Bench -c Release -nologo -v quiet

export ASPNETCORE_ENVIRONMENT=Production Sms__Provider=Outbox
export Encryption__ActiveKeyId=b1 Encryption__Keys__b1=$(openssl rand -base64 32) Encryption__BlindIndexKey=$(openssl rand -base64 32)
export Auth__TokenSigningKey=$(openssl rand -base64 32) Membership__CardSigningKey=$(openssl ecparam -name prime256v1 -genkey 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0) Audit__SigningKey=$(openssl ecparam -name prime256v1 -genkey 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)
export Serilog__MinimumLevel__Default=Warning

run() { # $1 = label
  local label=$1; shift
  (cd "$work" && ./app/UnionHome.Web migrate >/dev/null && ./app/UnionHome.Web seed-demo >/dev/null \
    && for u in gy.liaison zs.staff; do echo JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP | ./app/UnionHome.Web enrol-totp --user $u --secret-from-stdin >/dev/null; done)
  (cd "$work" && exec ./app/UnionHome.Web --contentRoot "$work/app" --urls http://127.0.0.1:5080) >"$work/$label.log" 2>&1 &
  node=$!
  for _ in $(seq 50); do curl -sf http://127.0.0.1:5080/readyz >/dev/null && break; sleep 0.2; done
  echo "== $label"
  (cd "$work" && dotnet "$OLDPWD/bench/UnionHome.Bench/bin/Release/net10.0/UnionHome.Bench.dll" storm --url http://127.0.0.1:5080 --members "$members" --seats "$seats" --connections 64)
  kill $node; wait $node 2>/dev/null || true
}

export Storage__DataDirectory="$work/sqlite"
run sqlite

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort | tail -1)
mkdir -p "$work/pg"; chown postgres:postgres "$work/pg"; pgdata="$work/pg/data"; port=55434
runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -c max_connections=200 -c unix_socket_directories=$work/pg" start >/dev/null
connection="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres;SSL Mode=Disable;Maximum Pool Size=100"
export Database__Provider=Postgres ConnectionStrings__UnionHome="$connection" Storage__DataDirectory="$work/pgdata"
run postgres

# The same transaction as the raw loop, driven by pgbench: an outside reference for the database's own rate.
cat >"$work/book.sql" <<SQL
\set member random(1, 1000000000)
BEGIN;
UPDATE bench_seats SET taken = taken + 1 WHERE id = 1 AND taken < capacity;
INSERT INTO bench_bookings VALUES (md5(random()::text || clock_timestamp()::text), :member, 1);
COMMIT;
SQL
"$pgbin/psql" -h 127.0.0.1 -p $port -U postgres -q -c "UPDATE bench_seats SET taken = 0" postgres
echo "== pgbench, 64 clients, $members transactions"
"$pgbin/pgbench" -h 127.0.0.1 -p $port -U postgres -n -c 64 -j 2 -t $(( members / 64 )) -f "$work/book.sql" postgres 2>&1 | grep -E "tps|latency average|failed"
