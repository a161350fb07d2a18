# Shared by the bench scripts: builds the jar once and starts/stops a server on port 18080 against the database
# pyprep_bench (dropped first), so benchmarks never touch a real installation's data.
# shellcheck shell=bash
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
port=${BENCH_PORT:-18080}
base=http://localhost:$port
db=jdbc:postgresql://127.0.0.1:5432/pyprep_bench

bench_build() {
  ./mvnw -q -B package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
  cp="target/classes:$(cat target/classpath.txt)"
  # the bench programs, compiled together (they share BenchCandidate)
  "${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d target/bench -cp "$cp" bench/*.java
  cp="target/bench:$cp"
}

# bench_start <pool size> [extra server args...]: a fresh database, then waits for health UP.
bench_start() {
  local pool=$1; shift
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists pyprep_bench" >/dev/null
  server_log=$(mktemp /tmp/pyprep-bench-server.XXXXXX)
  PYPREP_SANDBOX_POOL_SIZE=$pool "$java" -jar target/pyprep.jar --server.port="$port" --spring.datasource.url=$db \
    --pyprep.grading.max-submissions-per-minute=100000 --pyprep.grading.max-queued-per-user=1000 \
    --pyprep.admin.password=bench-admin-password "$@" >"$server_log" 2>&1 &
  server=$!
  trap 'bench_stop' EXIT
  for _ in $(seq 1 180); do curl -fs "$base/actuator/health" | grep -q UP && break; sleep 1; done
  curl -fs "$base/actuator/health" | grep -q UP || { tail -n 40 "$server_log"; exit 1; }
  sleep 3 # the warm containers start in the background
}

bench_stop() {
  if [ -n "${server:-}" ]; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  server=
  trap - EXIT
}

# bench_session <email>: signs a candidate up and in with curl; prints the session cookie header.
bench_session() {
  local jar; jar=$(mktemp)
  local csrf
  csrf=$(curl -fs -c "$jar" -b "$jar" "$base/signup" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "email=$1" \
    --data-urlencode "displayName=Bench" --data-urlencode "password=bench password long enough" \
    "$base/signup"
  csrf=$(curl -fs -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$csrf" --data-urlencode "username=$1" \
    --data-urlencode "password=bench password long enough" "$base/login"
  printf 'Cookie: JSESSIONID=%s' "$(awk '$6 == "JSESSIONID" {print $7}' "$jar")"
  rm -f "$jar"
}
