#!/usr/bin/env bash
# A throwaway UnionHome cluster on loopback (issue 6, item 2): PostgreSQL (durable settings), Redis, two published
# nodes and nginx in front of them, everything under one state directory.
#
#   deploy/cluster.sh start [PUBLISH-DIR]   publish once (or reuse PUBLISH-DIR), start whatever is not running
#   deploy/cluster.sh status                /readyz on each node and through nginx
#   deploy/cluster.sh stop                  nginx, nodes, Redis, PostgreSQL, in that order
#
# Run as root like the bench scripts (PostgreSQL runs as the postgres user). Needs postgresql, redis-server and nginx:
#   apt-get install -y postgresql redis-server nginx
# Environment: UH_STATE (default /tmp/unionhome-cluster), UH_PG_PORT (55440), UH_REDIS_PORT (56379),
# UH_NODE_PORTS ("5101 5102"), UH_NGINX_PORT (8080). Keys are generated once and kept in $UH_STATE/environment,
# so a restart keeps tokens, cookies and encrypted values readable. Delete the state directory to start afresh.
# Real settings only (a Production node refuses Demo:SkipStaffTotp and development key files): after seeding, the
# demo staff the drills sign in as get the demo authenticator secret through the enrol-totp verb.
# Lines in $UH_STATE/environment.local (same KEY=value form) override it: the drills under bench/ use it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
state=${UH_STATE:-/tmp/unionhome-cluster}
pg_port=${UH_PG_PORT:-55440}
redis_port=${UH_REDIS_PORT:-56379}
node_ports=(${UH_NODE_PORTS:-5101 5102})
nginx_port=${UH_NGINX_PORT:-8080}
demo_totp_secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP # DemoSeeder.DemoTotpSecret, published in README.md
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

wait_for() { # $1 = seconds, rest = command
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.2
  done
}

start_postgres() {
  local data=$state/pg/data
  if [ -f "$data/postmaster.pid" ] && runuser -u postgres -- "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "postgres: already running on 127.0.0.1:$pg_port"; return
  fi
  mkdir -p "$state/pg"; chown postgres:postgres "$state/pg"
  if [ ! -f "$data/PG_VERSION" ]; then
    runuser -u postgres -- "$pgbin/initdb" -D "$data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  # Durable: fsync, synchronous_commit and full_page_writes stay at their defaults (on).
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$data" -l "$state/pg/log" -w -o \
    "-c listen_addresses=127.0.0.1 -p $pg_port -c max_connections=300 -c unix_socket_directories=$state/pg -c fsync=on -c synchronous_commit=on -c full_page_writes=on" \
    start >/dev/null
  "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qtA -c "SELECT 1 FROM pg_database WHERE datname='unionhome'" postgres | grep -q 1 \
    || "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres unionhome
  echo "postgres: started on 127.0.0.1:$pg_port"
}

start_redis() {
  if alive "$state/redis.pid"; then echo "redis: already running on 127.0.0.1:$redis_port"; return; fi
  mkdir -p "$state/redis"
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$state/redis" --daemonize yes \
    --pidfile "$state/redis.pid" --logfile "$state/redis.log" --save '' --appendonly no --protected-mode yes
  wait_for 10 redis-cli -p "$redis_port" ping || { echo "redis: not answering on $redis_port:" >&2; tail -5 "$state/redis.log" >&2; exit 1; }
  echo "redis: started on 127.0.0.1:$redis_port"
}

write_environment() {
  [ -f "$state/environment" ] && return
  # Values are double-quoted: the file is sourced by bash here and read by systemd EnvironmentFile= elsewhere.
  umask 077
  cat >"$state/environment" <<EOF
ASPNETCORE_ENVIRONMENT=Production
Database__Provider=Postgres
Database__MigrateOnStart=false
ConnectionStrings__UnionHome="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=unionhome;SSL Mode=Disable;Maximum Pool Size=100"
Redis__Connection=127.0.0.1:$redis_port,abortConnect=false
Encryption__ActiveKeyId=c1
Encryption__Keys__c1=$(openssl rand -base64 32)
Encryption__BlindIndexKey=$(openssl rand -base64 32)
Auth__TokenSigningKey=$(openssl rand -base64 32)
Membership__CardSigningKey=$(openssl ecparam -name prime256v1 -genkey 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)
Audit__SigningKey=$(openssl ecparam -name prime256v1 -genkey 2>/dev/null | openssl pkcs8 -topk8 -nocrypt -outform DER | base64 -w0)
Audit__CheckpointFile=$state/audit-checkpoints.jsonl
Sms__Provider=Outbox
Serilog__MinimumLevel__Default=Warning
EOF
  umask 022
}

publish() { # $1 = optional publish dir to reuse
  if [ -n "${1:-}" ]; then
    [ -x "$1/UnionHome.Web" ] || { echo "no UnionHome.Web in $1" >&2; exit 1; }
    ln -sfn "$(cd "$1" && pwd)" "$state/app"
  elif [ ! -x "$state/app/UnionHome.Web" ]; then
    echo "publishing to $state/app-published ..."
    dotnet publish "$repo/src/UnionHome.Web" -c Release -o "$state/app-published" -nologo -v quiet
    ln -sfn "$state/app-published" "$state/app"
  fi
}

app() { # runs a CLI verb with the cluster's environment, from the state directory
  (cd "$state" && set -a && . "$state/environment" && { [ ! -f "$state/environment.local" ] || . "$state/environment.local"; } && set +a && "$state/app/UnionHome.Web" "$@") # the verb must come first
}

start_nodes() {
  if [ ! -f "$state/seeded" ]; then
    app migrate >"$state/migrate.log" 2>&1 || { cat "$state/migrate.log" >&2; exit 1; }
    app seed-demo >"$state/seed.log" 2>&1 || { cat "$state/seed.log" >&2; exit 1; }
    local staff
    for staff in zs.staff zj.staff sc.staff by.staff gy.liaison hz.liaison hb.station; do
      echo "$demo_totp_secret" | app enrol-totp --user "$staff" --secret-from-stdin >>"$state/seed.log" 2>&1 || { cat "$state/seed.log" >&2; exit 1; }
    done
    touch "$state/seeded"
    echo "database: migrated and demo seeded"
  fi
  local port
  for port in "${node_ports[@]}"; do
    if alive "$state/node-$port.pid"; then echo "node $port: already running"; continue; fi
    mkdir -p "$state/node-$port"
    (cd "$state/node-$port" && set -a && . "$state/environment" && { [ ! -f "$state/environment.local" ] || . "$state/environment.local"; } && set +a \
      && exec setsid "$state/app/UnionHome.Web" --contentRoot "$state/app" --urls "http://127.0.0.1:$port") \
      >"$state/node-$port.log" 2>&1 </dev/null &
    echo $! >"$state/node-$port.pid"
  done
  for port in "${node_ports[@]}"; do
    wait_for 60 curl -sf "http://127.0.0.1:$port/readyz" || { echo "node $port: not ready, see $state/node-$port.log" >&2; exit 1; }
    echo "node $port: ready (pid $(cat "$state/node-$port.pid"))"
  done
}

start_nginx() {
  local prefix=$state/nginx
  if alive "$prefix/nginx.pid"; then echo "nginx: already running on 127.0.0.1:$nginx_port"; return; fi
  mkdir -p "$prefix/logs" "$prefix/temp"
  local servers="" port
  for port in "${node_ports[@]}"; do servers+="        server 127.0.0.1:$port max_fails=2 fail_timeout=5s;"$'\n'; done
  UH_PREFIX=$prefix UH_LISTEN=127.0.0.1:$nginx_port UH_SERVERS=$servers UH_MIME=/etc/nginx/mime.types \
    perl -pe 's/\$\{(UH_\w+)\}/$ENV{$1}/g' "$repo/deploy/nginx.conf.template" >"$prefix/nginx.conf"
  nginx -t -q -c "$prefix/nginx.conf" -p "$prefix/"
  nginx -c "$prefix/nginx.conf" -p "$prefix/"
  wait_for 10 curl -sf "http://127.0.0.1:$nginx_port/readyz" || { echo "nginx: /readyz not answering, see $prefix/logs/error.log" >&2; exit 1; }
  echo "nginx: started on 127.0.0.1:$nginx_port"
}

status() {
  local rc=0 port code
  for port in "${node_ports[@]}"; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port/readyz" || true)
    echo "node 127.0.0.1:$port /readyz: ${code:-000}"; [ "$code" = 200 ] || rc=1
  done
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$nginx_port/readyz" || true)
  echo "nginx 127.0.0.1:$nginx_port /readyz: ${code:-000}"; [ "$code" = 200 ] || rc=1
  if redis-cli -p "$redis_port" ping >/dev/null 2>&1; then echo "redis 127.0.0.1:$redis_port: PONG"; else echo "redis: down"; rc=1; fi
  if [ -n "$pgbin" ] && "$pgbin/pg_isready" -q -h 127.0.0.1 -p "$pg_port"; then echo "postgres 127.0.0.1:$pg_port: accepting"; else echo "postgres: down"; rc=1; fi
  return $rc
}

stop() {
  local prefix=$state/nginx port pid
  if alive "$prefix/nginx.pid"; then nginx -c "$prefix/nginx.conf" -p "$prefix/" -s quit; wait_for 10 test ! -f "$prefix/nginx.pid" || true; echo "nginx: stopped"; fi
  for port in "${node_ports[@]}"; do
    if alive "$state/node-$port.pid"; then
      pid=$(cat "$state/node-$port.pid"); kill -TERM "$pid"
      wait_for 30 bash -c "! kill -0 $pid" || kill -KILL "$pid"
      echo "node $port: stopped"
    fi
    rm -f "$state/node-$port.pid"
  done
  if alive "$state/redis.pid"; then redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || kill "$(cat "$state/redis.pid")"; echo "redis: stopped"; fi
  if [ -f "$state/pg/data/postmaster.pid" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$state/pg/data" -m fast -w stop >/dev/null && echo "postgres: stopped"
  fi
}

case "${1:-}" in
  start)
    [ "$(id -u)" = 0 ] || { echo "run as root (PostgreSQL runs as postgres)" >&2; exit 1; }
    [ -n "$pgbin" ] || { echo "postgresql is not installed" >&2; exit 1; }
    mkdir -p "$state"; chmod 755 "$state"
    publish "${2:-}"
    write_environment
    start_postgres
    start_redis
    start_nodes
    start_nginx
    status ;;
  status) status ;;
  stop) stop ;;
  *) echo "usage: $0 start [PUBLISH-DIR] | status | stop" >&2; exit 2 ;;
esac
