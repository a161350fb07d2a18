#!/usr/bin/env bash
# A soak against a server this script starts (database pyprep_bench, port 18080, warm pool on): for 10 minutes,
# 4 submissions/s mixed (correct, wrong, infinite loop, memory bomb) plus 50 page requests/s. Prints per-minute
# verdict and page latency, errors and the server's resident memory, then the first/last-minute ratios, and after
# the server stops, the sandbox containers left behind (must be 0). Not run in CI.
# Needs: PostgreSQL, the Docker engine with pyprep-sandbox:latest, JDK 21+.
# Usage: bench/soak.sh [minutes, default 10] [submissions/s, default 4] [pages/s, default 50]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
. bench/lib.sh
bench_build
bench_start -1
"$java" -cp "$cp" Soak "$base" "$server" "$minutes" "${2:-4}" "${3:-50}"
bench_stop
sleep 5
left=$(docker ps -aq --filter label=dev.pyprep.sandbox | wc -l)
echo "sandbox containers left after the server stopped: $left"
[ "$left" -eq 0 ]
