#!/usr/bin/env bash
# Submit -> verdict over HTTP, against a server this script starts (database pyprep_bench, port 18080), with the
# warm pool on and then off, next to a bare `docker run --rm` of the same work. Prints the tables for bench/README.md.
# Needs: PostgreSQL on 127.0.0.1 (user postgres), the Docker engine with pyprep-sandbox:latest, JDK 21+ (JAVA_HOME).
# Usage: bench/e2e-latency.sh [submissions per level, default 40]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
. bench/lib.sh
bench_build

run() { # $1 = label, $2 = pool size
  bench_start "$2"
  echo "### $1"
  PYPREP_SANDBOX_POOL_SIZE=$2 "$java" -cp "$cp" EndToEndBenchmark "$base" "$db" "$runs"
  bench_stop
}

run "warm pool on (default: one warm container per grading worker)" -1
run "warm pool off (PYPREP_SANDBOX_POOL_SIZE=0: a cold container per submission)" 0
