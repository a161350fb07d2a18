#!/usr/bin/env bash
# Start-up: time from launching the JVM to /actuator/health UP, and the question import's own time, for
#   1. a first start on an empty database (the whole questions/ bank is imported),
#   2. a restart with the bank unchanged (baseline: plain `java -jar target/pyprep.jar`),
#   3. the same restart through bin/pyprep (an unpacked jar with a JDK 25 AOT cache, or a CDS archive on 21-24).
# Database pyprep_bench, port 18080. Needs PostgreSQL, JDK 21+ (JAVA_HOME); Docker is not needed (no workers).
# Usage: bench/start.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
bench_build
args=(--server.port="$port" --spring.datasource.url=$db --pyprep.admin.password=bench-admin-password --pyprep.grading.workers=0)
psql -h 127.0.0.1 -U postgres -qc "drop database if exists pyprep_bench" >/dev/null

timed() { # $1 = label, rest = command; prints seconds to UP and the import line
  local log; log=$(mktemp /tmp/pyprep-start.XXXXXX)
  local t0; t0=$(date +%s.%N)
  "${@:2}" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 1200); do curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP && break; sleep 0.05; done
  local t1; t1=$(date +%s.%N)
  sleep 2 # the import runs after start-up, in the background of serving
  local imported; imported=$(grep -o 'Question import finished.*' "$log" | sed 's/Question import finished: //' || true)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  secs=$(echo "$t1 - $t0" | bc -l)
  printf '%-44s %6.1f s %8s   import: %s\n' "$1" "$secs" "${base_s:+$(printf '%.2f' "$(echo "$secs / $base_s" | bc -l)")}" \
    "${imported:-(not in the log)}"
  rm -f "$log"
}

# one unmeasured start through bin/pyprep: it unpacks the jar and trains its cache when the jar is new
echo "(a first, unmeasured bin/pyprep start: unpacks the jar and trains its cache if needed)"
bin/pyprep "${args[@]}" >/tmp/pyprep-start-training.log 2>&1 &
p=$!; for _ in $(seq 1 300); do curl -fs "$base/actuator/health" 2>/dev/null | grep -q UP && break; sleep 1; done
kill $p; wait $p 2>/dev/null || true
psql -h 127.0.0.1 -U postgres -qc "drop database if exists pyprep_bench" >/dev/null

echo "Start to health UP, $(nproc) cores; ratio to the plain restart"
base_s=
timed "first start, empty database (java -jar)" "$java" -jar target/pyprep.jar "${args[@]}"
timed "restart, bank unchanged (java -jar): base" "$java" -jar target/pyprep.jar "${args[@]}"
base_s=$secs
timed "restart, bank unchanged (bin/pyprep, AOT)" bin/pyprep "${args[@]}"
