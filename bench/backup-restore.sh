#!/usr/bin/env bash
# Backup and restore drill (issue 6): pg_dump of the cluster's database while the nodes run, pg_restore into a
# fresh database, then compared: the rows of every table in the dump and in the restored database, a sample of
# decrypted records in the original and the restored database (the load driver's "sample" mode prints a keyed
# digest per record, never the values) and the audit log (verify-audit). The restored database is dropped after.
# Uses the cluster of deploy/cluster.sh under $UH_STATE (default /tmp/unionhome-cluster), started if not running.
# Run as root.
set -euo pipefail
export PGOPTIONS="-c client_min_messages=warning"
cd "$(dirname "$0")/.."
repo=$PWD
export UH_STATE=${UH_STATE:-/tmp/unionhome-cluster}
pg_port=${UH_PG_PORT:-55440}
pgbin=${UH_PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
started=""
if ! deploy/cluster.sh status >/dev/null 2>&1; then deploy/cluster.sh start; started=1; fi
work=$(mktemp -d /tmp/uh-backup.XXXXXX)
trap 'psql -d postgres -c "DROP DATABASE IF EXISTS unionhome_restored" >/dev/null 2>&1 || true; [ -n "$started" ] && deploy/cluster.sh stop >/dev/null; rm -rf "$work"' EXIT
psql() { "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qtA "$@"; }
bench=$repo/bench/UnionHome.Bench/bin/Release/net10.0/UnionHome.Bench.dll
[ -f "$bench" ] || dotnet build bench/UnionHome.Bench -c Release -nologo -v quiet
against() { # $1 = database; the rest = a driver or CLI command with the cluster's keys, pointed at that database
  local database=$1; shift
  (cd "$UH_STATE" && set -a && . ./environment && { [ ! -f ./environment.local ] || . ./environment.local; } && set +a \
    && export ConnectionStrings__UnionHome="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$database;SSL Mode=Disable" && "$@")
}

counts() { # $1 = database: "schema.table count" for every table of the application, sorted
  psql -d "$1" -c "SELECT table_schema || '.' || table_name FROM information_schema.tables
                   WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1" \
    | while read -r table; do echo "$table $(psql -d "$1" -c "SELECT count(*) FROM $table")"; done
}

dump_counts() { # $1 = dump file: rows per table in the dump itself (COPY text format: one line a row)
  "$pgbin/pg_restore" --data-only -f - "$1" | awk '
    /^COPY / { table = $2; rows[table] = 0; copying = 1; next }
    copying && $0 == "\\." { copying = 0; next }
    copying { rows[table]++ }
    END { for (t in rows) print t, rows[t] }' | sort
}

start=$SECONDS
"$pgbin/pg_dump" -h 127.0.0.1 -p "$pg_port" -U postgres -Fc -f "$work/unionhome.dump" unionhome
dumped=$SECONDS
psql -d postgres -c "DROP DATABASE IF EXISTS unionhome_restored" -c "CREATE DATABASE unionhome_restored"
"$pgbin/pg_restore" -h 127.0.0.1 -p "$pg_port" -U postgres -d unionhome_restored --no-owner -j 2 "$work/unionhome.dump"
restored=$SECONDS
echo "dump: $(du -h "$work/unionhome.dump" | cut -f1) in $((dumped - start)) s; restore into a fresh database in $((restored - dumped)) s"

# The dump is one MVCC snapshot taken while the nodes keep writing: the restored database is compared with what
# the dump holds, table by table, and the original's live counts are shown beside them.
dump_counts "$work/unionhome.dump" >"$work/counts.dump"
counts unionhome_restored >"$work/counts.restored"
counts unionhome >"$work/counts.original"
echo "tables: $(wc -l <"$work/counts.restored"), rows: $(awk '{s+=$2} END {print s}' "$work/counts.dump") in the dump, $(awk '{s+=$2} END {print s}' "$work/counts.restored") restored, $(awk '{s+=$2} END {print s}' "$work/counts.original") in the live original now"
if diff "$work/counts.dump" "$work/counts.restored" >"$work/counts.diff"; then echo "row counts: the restored database holds exactly the dump's rows in every table"; else echo "row counts DIFFER:"; cat "$work/counts.diff"; fi
sort -k2 -n -r "$work/counts.restored" | head -8 | sed 's/^/  /'

export UH_SAMPLE_KEY=$(openssl rand -hex 32) # digests keyed per run: the printed lines cannot be brute-forced back to values
against unionhome dotnet "$bench" sample --count 200 >"$work/sample.original" 2>"$work/sample.log"
against unionhome_restored dotnet "$bench" sample --count 200 >"$work/sample.restored" 2>>"$work/sample.log"
echo "decrypted sample: $(wc -l <"$work/sample.original") records ($(cut -d' ' -f1 "$work/sample.original" | sort | uniq -c | awk '{printf "%s %s, ", $1, $2}'))"
if cmp -s "$work/sample.original" "$work/sample.restored"; then echo "decrypted sample: identical"; else echo "decrypted sample DIFFERS"; diff "$work/sample.original" "$work/sample.restored" | head; fi
echo "audit log of the restored database: $(against unionhome_restored "$UH_STATE/app/UnionHome.Web" verify-audit 2>&1 | tail -1)"

cmp -s "$work/sample.original" "$work/sample.restored" && [ ! -s "$work/counts.diff" ]
