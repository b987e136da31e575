#!/usr/bin/env bash
# The PerfEval benchmark, one command:  bash tests/PerfEval.Benchmarks/run.sh [--quick] [options]   (--help lists them)
# Starts a throwaway PostgreSQL with production durability (fsync, synchronous_commit, full_page_writes on) on
# 127.0.0.1, publishes the service in Release, runs the phases (raw limit, intake, derivation, in-process CPU), prints
# a table and writes tests/PerfEval.Benchmarks/results/latest.json. Not part of the test run.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
bench_dll=tests/PerfEval.Benchmarks/bin/Release/net10.0/PerfEval.Benchmarks.dll

case " $* " in
  *" --help "*|*" -h "*)
    dotnet build tests/PerfEval.Benchmarks/PerfEval.Benchmarks.csproj -c Release --nologo -v quiet >/dev/null && dotnet "$bench_dll" --help
    exit 0 ;;
esac

work=$(mktemp -d /tmp/perfeval-bench.XXXXXX)
chmod 755 "$work"
results="$root/tests/PerfEval.Benchmarks/results"

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$initdb" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing PostgreSQL (apt-get install -y postgresql) ..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    initdb=$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  else
    echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2
    exit 1
  fi
fi
pgbin=$(dirname "$initdb")

free_port_from() {
  local candidate=$1
  while (exec 3<>/dev/tcp/127.0.0.1/$candidate) 2>/dev/null; do candidate=$((candidate + 1)); done
  echo "$candidate"
}

pgdata="$work/pg"
mkdir -p "$pgdata"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"

stop() {
  as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -m fast -w stop >/dev/null 2>&1 || true
  mkdir -p "$results/logs" && cp "$work"/*.log "$pgdata/postgres.log" "$results/logs/" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

as_pg "$pgbin/initdb" -D "$pgdata/data" -A trust -U postgres -E UTF8 --locale=C >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; exit 1; }
# Production durability: every commit waits for its WAL flush. The rest is ordinary sizing for a 2-core, 24 GiB host.
# Another cluster (the test suite's, another run's) may take the probed port before this one binds it: try the next.
port=56431
started=0
for attempt in 1 2 3 4 5; do
  port=$(free_port_from $((port + 1)))
  if as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/postgres.log" -w -t 60 start -o "-c listen_addresses=127.0.0.1 -p $port -k $pgdata \
    -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=300 \
    -c shared_buffers=2GB -c effective_cache_size=8GB -c work_mem=16MB -c maintenance_work_mem=256MB \
    -c shared_preload_libraries=pg_stat_statements \
    -c wal_buffers=16MB -c max_wal_size=8GB -c checkpoint_timeout=15min -c checkpoint_completion_target=0.9" >/dev/null; then started=1; break; fi
done
[ "$started" = 1 ] || { cat "$pgdata/postgres.log" >&2; exit 1; }

echo "Publishing the service and building the benchmark (Release) ..."
dotnet publish src/PerfEval.Api/PerfEval.Api.csproj -c Release -o "$work/api" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }
dotnet build tests/PerfEval.Benchmarks/PerfEval.Benchmarks.csproj -c Release --nologo -v quiet >"$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }

set +e
dotnet "$bench_dll" \
  --pg "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres" \
  --service "$work/api/PerfEval.Api.dll" --work "$work" "$@"
rc=$?
set -e
exit $rc
