#!/usr/bin/env bash
# Submit -> verdict over HTTP, against a server this script starts (database pyprep_bench, port 18080), with the
# warm pool on and then off, next to a bare `docker run --rm` of the same work. Prints the tables for bench/README.md.
# Needs: PostgreSQL on 127.0.0.1 (user postgres), the Docker engine with pyprep-sandbox:latest, JDK 21+ (JAVA_HOME).
# Usage: bench/e2e-latency.sh [submissions per level, default 40]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-40}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=18080
db=jdbc:postgresql://127.0.0.1:5432/pyprep_bench
./mvnw -q -B package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
psql -h 127.0.0.1 -U postgres -qc "drop database if exists pyprep_bench" >/dev/null
cp="target/classes:$(cat target/classpath.txt)"

run() { # $1 = label, $2 = pool size
  log=$(mktemp /tmp/pyprep-bench-server.XXXXXX)
  PYPREP_SANDBOX_POOL_SIZE=$2 "$java" -jar target/pyprep.jar --server.port=$port --spring.datasource.url=$db \
    --pyprep.grading.max-submissions-per-minute=100000 --pyprep.grading.max-queued-per-user=1000 \
    --pyprep.admin.password=bench-admin-password >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 1 120); do curl -fs http://localhost:$port/actuator/health | grep -q UP && break; sleep 1; done
  curl -fs http://localhost:$port/actuator/health | grep -q UP || { tail -n 40 "$log"; exit 1; }
  sleep 3 # the warm containers start in the background
  echo "### $1"
  "$java" -cp "$cp" bench/EndToEndBenchmark.java "http://localhost:$port" "$db" "$runs"
  kill $server; wait $server 2>/dev/null || true
  trap - EXIT
}

run "warm pool on (default: one warm container per grading worker)" -1
run "warm pool off (PYPREP_SANDBOX_POOL_SIZE=0: a cold container per submission)" 0
