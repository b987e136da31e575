#!/usr/bin/env bash
# Runs every PerfEval test: starts a throwaway PostgreSQL on 127.0.0.1 (so the PostgreSQL half of the API tests
# runs, never skips), runs `dotnet test` with TRX output, then the crash and topology checks, and prints "N passed, N failed, N skipped" last.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

work=$(mktemp -d /tmp/perfeval-tests.XXXXXX)
chmod 755 "$work"
results="$work/results"
pgdata="$work/pg"

initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
if [ -z "$initdb" ]; then
  echo "PostgreSQL is not installed (apt-get install -y postgresql); the PostgreSQL tests cannot run." >&2
  echo "0 passed, 1 failed"
  exit 1
fi
pgbin=$(dirname "$initdb")

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port_from() {
  local candidate=$1
  while (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null; do candidate=$((candidate + 1)); done
  echo "$candidate"
}

mkdir -p "$pgdata"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata" "$work"
as_pg "$pgbin/initdb" -D "$pgdata/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; echo "0 passed, 1 failed"; exit 1; }
# Test cluster only: durability is traded for speed (never use these settings in deploy/). Another cluster may take
# the free port between the probe and the start, so a failed start tries the next ports.
port=55431
started=0
for attempt in 1 2 3 4 5; do
  port=$(free_port_from $((port + 1)))
  if as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -l "$work/postgres.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
    >/dev/null; then started=1; break; fi
done
[ "$started" = 1 ] || { cat "$work/postgres.log" >&2; echo "0 passed, 1 failed"; exit 1; }
stop_pg() {
  [ -f "$work/pgbouncer.pid" ] && kill "$(cat "$work/pgbouncer.pid")" 2>/dev/null
  [ -d "$pgdata/standby" ] && as_pg "$pgbin/pg_ctl" -D "$pgdata/standby" -m immediate -w stop >/dev/null 2>&1
  as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$work"
}
trap stop_pg EXIT

export PERFEVAL_TEST_PG="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"

# A streaming standby of the test cluster (read-replica tests): PostgreSQL 15's defaults already give wal_level=replica,
# max_wal_senders=10 and, with initdb -A trust, a loopback replication entry in pg_hba.conf. pg_basebackup -R writes
# standby.signal and primary_conninfo; the standby is ready when it streams (pg_stat_replication on the primary).
fail_setup() { cat "$@" >&2; echo "0 passed, 1 failed"; exit 1; }
as_pg "$pgbin/pg_basebackup" -h 127.0.0.1 -p "$port" -U postgres -D "$pgdata/standby" -R -X stream -c fast >"$work/basebackup.log" 2>&1 \
  || fail_setup "$work/basebackup.log"
standby_port=$port
started=0
for attempt in 1 2 3 4 5; do
  standby_port=$(free_port_from $((standby_port + 1)))
  if as_pg "$pgbin/pg_ctl" -D "$pgdata/standby" -l "$work/standby.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $standby_port -k $pgdata -c hot_standby=on -c max_connections=400 -c fsync=off -c hot_standby_feedback=on" \
    >/dev/null; then started=1; break; fi
done
[ "$started" = 1 ] || fail_setup "$work/standby.log"
for attempt in $(seq 1 100); do
  streaming=$(as_pg "$pgbin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atc "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'" 2>/dev/null)
  [ "$streaming" = 1 ] && break
  sleep 0.1
done
[ "$streaming" = 1 ] || fail_setup "$work/standby.log"
export PERFEVAL_TEST_PG_STANDBY="Host=127.0.0.1;Port=$standby_port;Username=postgres;Database=postgres"

# PgBouncer (Debian's /usr/sbin/pgbouncer) in transaction pooling mode in front of the test cluster; any database name
# is passed through. It refuses to run as root, so it runs as postgres like the clusters.
pgbouncer_bin=$(command -v pgbouncer || echo /usr/sbin/pgbouncer)
[ -x "$pgbouncer_bin" ] || { echo "PgBouncer is not installed (apt-get install -y pgbouncer); the pooler tests cannot run." >&2; echo "0 passed, 1 failed"; exit 1; }
pooler_port=$(free_port_from $((standby_port + 1)))
echo '"postgres" ""' >"$work/userlist.txt"
cat >"$work/pgbouncer.ini" <<INI
[databases]
* = host=127.0.0.1 port=$port
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $pooler_port
unix_socket_dir =
auth_type = trust
auth_file = $work/userlist.txt
pool_mode = transaction
default_pool_size = 20
max_client_conn = 2000
server_reset_query =
ignore_startup_parameters = extra_float_digits
pidfile = $work/pgbouncer.pid
logfile = $work/pgbouncer.log
INI
[ "$(id -u)" = 0 ] && chown postgres "$work/pgbouncer.ini" "$work/userlist.txt"
as_pg "$pgbouncer_bin" -d "$work/pgbouncer.ini" >"$work/pgbouncer.out" 2>&1 || fail_setup "$work/pgbouncer.out"
for attempt in $(seq 1 100); do
  (exec 3<>/dev/tcp/127.0.0.1/$pooler_port) 2>/dev/null && break
  sleep 0.1
done
export PERFEVAL_TEST_PG_POOLER="Host=127.0.0.1;Port=$pooler_port;Username=postgres;Database=postgres"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Screenshots the browser tests take of /app (kept after the run; TestResults/ is git-ignored).
export PERFEVAL_ARTIFACTS="${PERFEVAL_ARTIFACTS:-$root/TestResults/artifacts}"

# The suite runs once per provider: every test with PERFEVAL_TEST_PROVIDER=sqlite; the classes marked
# [Trait("Provider", "each")] again with postgres (at the same time: they use separate databases), then the classes
# also marked [Trait("Pooler", "too")] through PgBouncer. A --filter given to this script narrows every pass.
filter=""; pass_args=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    --filter) filter="$2"; shift 2 ;;
    --filter=*) filter="${1#--filter=}"; shift ;;
    *) pass_args+=("$1"); shift ;;
  esac
done
narrow() { if [ -n "$filter" ]; then echo "($filter)&($1)"; else echo "$1"; fi; }
dotnet build "$root/PerfEval.sln" -v q -nologo >"$work/build.log" 2>&1 || { grep -E "error" "$work/build.log" | sort -u >&2; echo "0 passed, 1 failed"; exit 1; }
sqlite_filter=(); [ -n "$filter" ] && sqlite_filter=(--filter "$filter")
PERFEVAL_TEST_PROVIDER=sqlite dotnet test "$root/PerfEval.sln" --no-build --logger "trx" --results-directory "$results/sqlite" "${sqlite_filter[@]}" "${pass_args[@]}" &
sqlite_pid=$!
PERFEVAL_TEST_PROVIDER=postgres dotnet test "$root/tests/PerfEval.Api.Tests" --no-build --logger "trx" --results-directory "$results/postgres" \
  --filter "$(narrow "Provider=each")" "${pass_args[@]}" >"$work/postgres-pass.log" 2>&1
postgres_rc=$?
wait "$sqlite_pid"; sqlite_rc=$?
cat "$work/postgres-pass.log"
PERFEVAL_TEST_PROVIDER=pooler dotnet test "$root/tests/PerfEval.Api.Tests" --no-build --logger "trx" --results-directory "$results/pooler" \
  --filter "$(narrow "Pooler=too")" "${pass_args[@]}" >"$work/pooler-pass.log" 2>&1
pooler_rc=$?
cat "$work/pooler-pass.log"
# A filter that selects nothing in a pass is not a failure of that pass.
no_match() { grep -q "No test matches the given testcase filter" "$1" 2>/dev/null; }
no_match "$work/postgres-pass.log" && postgres_rc=0
no_match "$work/pooler-pass.log" && pooler_rc=0
rc=0; [ "$sqlite_rc" -ne 0 ] || [ "$postgres_rc" -ne 0 ] || [ "$pooler_rc" -ne 0 ] && rc=1
set -- ${filter:+--filter "$filter"} "${pass_args[@]}"

passed=0; failed=0; skipped=0
for trx in "$results"/*/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
ls "$PERFEVAL_ARTIFACTS"/*.png >/dev/null 2>&1 && echo "browser test screenshots: $PERFEVAL_ARTIFACTS" >&2

# The crash check (tests/PerfEval.Benchmarks, phase "crash"): the service under load on PostgreSQL with production
# durability is killed with SIGKILL and restarted; it passes when no acknowledged report is lost and every version is
# scored exactly once. It counts as one test. It runs with the whole suite (no arguments); PERFEVAL_SKIP_CRASH_CHECK=1
# leaves it out of a local run (never in CI).
if [ "$#" -gt 0 ]; then
  :
elif [ "${PERFEVAL_SKIP_CRASH_CHECK:-0}" = 1 ] && [ "${CI:-}" != true ]; then
  echo "crash check left out (PERFEVAL_SKIP_CRASH_CHECK=1)" >&2
  skipped=$((skipped + 1))
elif bash "$root/tests/PerfEval.Benchmarks/run.sh" --quick --phases crash --duration 10 --out "$work/crash.json" >"$work/crash.log" 2>&1; then
  grep -E "crash check:" "$work/crash.log" >&2 || true
  passed=$((passed + 1))
else
  echo "crash check failed:" >&2
  tail -n 30 "$work/crash.log" >&2
  failed=$((failed + 1))
  rc=1
fi

# The topology check (phase "topology"): 2 API and 2 worker processes on one PostgreSQL database, clients spread over
# both APIs, a webhook receiver subscribed; one worker and one API are killed with SIGKILL and restarted mid-run. It
# passes when no acknowledged report is lost, every version's results and every webhook event are stored or delivered
# exactly once and nothing is left in the ledger. One test; PERFEVAL_SKIP_TOPOLOGY_CHECK=1 leaves it out locally.
if [ "$#" -gt 0 ]; then
  :
elif [ "${PERFEVAL_SKIP_TOPOLOGY_CHECK:-0}" = 1 ] && [ "${CI:-}" != true ]; then
  echo "topology check left out (PERFEVAL_SKIP_TOPOLOGY_CHECK=1)" >&2
  skipped=$((skipped + 1))
elif bash "$root/tests/PerfEval.Benchmarks/run.sh" --quick --phases topology --duration 20 --rate 40 --out "$work/topology.json" >"$work/topology.log" 2>&1; then
  grep -E "topology check:" "$work/topology.log" | tail -n 1 >&2 || true
  passed=$((passed + 1))
else
  echo "topology check failed:" >&2
  tail -n 30 "$work/topology.log" >&2
  failed=$((failed + 1))
  rc=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit $rc
