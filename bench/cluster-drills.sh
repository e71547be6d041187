#!/usr/bin/env bash
# Scale-out and fault drills (issue 6) on a throwaway loopback cluster started by deploy/cluster.sh: PostgreSQL
# (durable settings), Redis, two published nodes and nginx. Run as root. Every figure goes to stdout and to
# $UH_STATE/drills.log; the cluster is stopped and its state deleted at the end (UH_KEEP=1 keeps it running).
#
#   bench/cluster-drills.sh [DRILL ...]     all of them by default, in this order:
#     sms-limit     a code asked on node B right after node A is refused; bursts over both nodes send one code
#     alert         live alert delay, case filed on node A, console on node B (median, p99)
#     storm         booking storm through nginx to both nodes, every request retried until answered
#     kill          the same storm with node B killed by SIGKILL in the middle
#     pg-restart    the same storm with PostgreSQL restarted in the middle
#     hot-paths     throughput of the hot paths on one node and through nginx on two, against Kestrel "hello"
#     audit         audited writes through nginx to both nodes while their sealers seal them; verify-audit after
#     backup        bench/backup-restore.sh against the cluster's database
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
export UH_STATE=${UH_STATE:-/tmp/uh-drills}
export UH_PG_PORT=${UH_PG_PORT:-55450} UH_REDIS_PORT=${UH_REDIS_PORT:-56380} UH_NODE_PORTS="5101 5102" UH_NGINX_PORT=${UH_NGINX_PORT:-8080}
drills=("$@")
[ ${#drills[@]} -gt 0 ] || drills=(sms-limit alert storm kill pg-restart hot-paths audit backup)
[ "$(id -u)" = 0 ] || { echo "run as root (PostgreSQL runs as postgres)" >&2; exit 1; }
command -v nginx >/dev/null && command -v redis-server >/dev/null && ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 \
  || { apt-get update -qq && apt-get install -y -qq postgresql redis-server nginx >/dev/null; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
nginx_url=http://127.0.0.1:$UH_NGINX_PORT node_a=http://127.0.0.1:5101 node_b=http://127.0.0.1:5102

rm -rf "$UH_STATE"; mkdir -p "$UH_STATE"; chmod 755 "$UH_STATE"
hello=""
cleanup() {
  [ -n "$hello" ] && kill "$hello" 2>/dev/null || true
  if [ "${UH_KEEP:-}" != 1 ]; then deploy/cluster.sh stop >/dev/null 2>&1 || true; rm -rf "$UH_STATE"; fi
}
trap cleanup EXIT
exec > >(tee -a "$UH_STATE/drills.log") 2>&1

echo "== build ($(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD))"
dotnet publish src/UnionHome.Web -c Release -o "$UH_STATE/app-published" -nologo -v quiet
dotnet build bench/UnionHome.Bench -c Release -nologo -v quiet
bench=$repo/bench/UnionHome.Bench/bin/Release/net10.0/UnionHome.Bench.dll
# The load driver is one client address: lift the per-address limits that would otherwise throttle it after a
# few dozen sign-ins. The per-phone SMS limits, which the sms-limit drill checks, stay at their defaults.
cat >"$UH_STATE/environment.local" <<ENV
Sms__Login__PerIpPerHour=100000000
RateLimits__StaffLogin__PermitLimit=0
RateLimits__SmsLogin__PermitLimit=0
RateLimits__SmsCode__PermitLimit=0
ENV
deploy/cluster.sh start "$UH_STATE/app-published"

drive() { # runs the load driver with the cluster's configuration (same database, same keys, same Redis)
  (cd "$UH_STATE" && set -a && . ./environment && . ./environment.local && set +a && dotnet "$bench" "$@")
}

per_node() { # $1 = path fragment: how many requests each node answered, from nginx's log
  awk -F'"' -v p="$1" '$2 ~ p { n[$(NF-1)]++ } END { for (u in n) printf "  %s: %d\n", u, n[u] }' "$UH_STATE/nginx/logs/access.log"
}

for drill in "${drills[@]}"; do
  echo; echo "== $drill"
  case $drill in
    sms-limit) drive sms-limit --node-a "$node_a" --node-b "$node_b" --phones 50 --burst 20 ;;
    alert) drive alert-delay --node-a "$node_a" --node-b "$node_b" --cases 200 ;;
    storm)
      : >"$UH_STATE/nginx/logs/access.log"
      drive resilient-storm --url "$nginx_url" --members 5000 --seats 500 --connections 64
      echo "booking requests per node (the storm and the replay; two addresses = nginx passed it on):"; per_node "/bookings" ;;
    kill)
      : >"$UH_STATE/nginx/logs/access.log"
      drive resilient-storm --url "$nginx_url" --members 5000 --seats 500 --connections 64 --kill-pid "$(cat "$UH_STATE/node-5102.pid")" --fault-after 1500
      echo "booking requests per node (the storm with its failed attempts, and the replay):"; per_node "/bookings"
      deploy/cluster.sh start "$UH_STATE/app-published" | grep -E "node 5102" ;;
    pg-restart)
      drive resilient-storm --url "$nginx_url" --members 8000 --seats 500 --connections 64 --fault-after 2000 \
        --restart "runuser -u postgres -- $pgbin/pg_ctl -D $UH_STATE/pg/data -m fast -w restart >/dev/null"
      deploy/cluster.sh status ;;
    hot-paths)
      (cd "$UH_STATE" && exec dotnet "$bench" hello --urls http://127.0.0.1:5199) >"$UH_STATE/hello.log" 2>&1 &
      hello=$!
      for _ in $(seq 50); do curl -sf http://127.0.0.1:5199/ >/dev/null && break; sleep 0.2; done
      drive hot-paths --url "$node_a" --hello http://127.0.0.1:5199 --label "one node" --members 2000 --connections 32 --seconds 10
      drive hot-paths --url "$nginx_url" --hello http://127.0.0.1:5199 --label "two nodes behind nginx" --members 2000 --connections 32 --seconds 10
      kill "$hello"; hello="" ;;
    audit)
      : >"$UH_STATE/nginx/logs/access.log"
      drive audit-sealing --url "$nginx_url" --connections 64 --seconds 20
      echo "audited requests per node:"; per_node "/phone" ;;
    backup) UH_PGBIN=$pgbin bench/backup-restore.sh ;;
    *) echo "unknown drill $drill" >&2; exit 2 ;;
  esac
done
