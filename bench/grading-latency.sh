#!/usr/bin/env bash
# Verdict latency and throughput of the grading path vs a bare `docker run --rm` of the same image.
# Needs: the Docker engine and pyprep-sandbox:latest (sandbox-images/python/build-offline.sh), JDK 21+.
# Usage: bench/grading-latency.sh [submissions per concurrency level, default 40]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
java -cp "target/classes:$(cat target/classpath.txt)" bench/GradingBenchmark.java "$@"
