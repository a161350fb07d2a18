#!/usr/bin/env bash
# Page load under 50 concurrent clients (hey, Debian package `hey`) against a server this script starts (database
# pyprep_bench, port 18080, the full questions/ bank). Pages: the question list, a question page and the progress
# page of a signed-in candidate who has practised; baseline: a static file (/css/app.css) served by the same server
# in the same run. Prints p50/p95 per page and the ratio to the baseline.
# Needs: PostgreSQL on 127.0.0.1 (user postgres), JDK 21+ (JAVA_HOME), hey. Docker is not needed.
# Usage: bench/pages-load.sh [requests per page, default 2000]
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
concurrency=50
command -v hey >/dev/null || { echo "needs hey (apt-get install hey)"; exit 1; }
. bench/lib.sh
bench_build
bench_start 0 --pyprep.grading.workers=0
cookie=$(bench_session "pages-bench@example.com")
# some history for the progress page: answers to the first 24 listed questions that take one (multiple choice,
# predict the output, concept), so it shows attempts, a review schedule and the activity chart
answered=0
for slug in $(curl -fs -H "$cookie" "$base/questions?page=0" "$base/questions?page=1" | grep -o 'href="/questions/[a-z0-9-]*"' | sed 's|.*/||;s|"||' | head -n 40); do
  page=$(curl -fs -H "$cookie" "$base/questions/$slug")
  version=$(sed -n 's/.*name="versionId" value="\([0-9]*\)".*/\1/p' <<<"$page" | head -n 1)
  [ -n "$version" ] || continue
  csrf=$(sed -n 's/.*name="_csrf" content="\([^"]*\)".*/\1/p' <<<"$page" | head -n 1)
  curl -fs -o /dev/null -H "$cookie" --data-urlencode "_csrf=$csrf" --data-urlencode "versionId=$version" \
    --data-urlencode "answer=0" "$base/questions/$slug/answer"
  answered=$((answered + 1)); [ $answered -lt 24 ] || break
done
[ $answered -gt 0 ] || { echo "could not answer any question for the progress page's history"; exit 1; }

hey_run() { # $1 = path; prints "p50 p95 rps" in milliseconds
  hey -n "$requests" -c $concurrency -H "$cookie" "$base$1" >/tmp/pyprep-hey.txt
  grep -q '\[200\]' /tmp/pyprep-hey.txt || { cat /tmp/pyprep-hey.txt; echo "non-200 answers for $1"; exit 1; }
  if grep -A20 'Status code distribution' /tmp/pyprep-hey.txt | grep -v '\[200\]' | grep -q '\['; then
    cat /tmp/pyprep-hey.txt; echo "errors for $1"; exit 1
  fi
  awk '/ 50%% in| 50% in/ {p50=$3*1000} / 95% in/ {p95=$3*1000} /Requests\/sec/ {rps=$2} END {printf "%.1f %.1f %.0f", p50, p95, rps}' /tmp/pyprep-hey.txt
}

slug=two-sum
curl -fs -o /dev/null -H "$cookie" "$base/questions/$slug" || { echo "no question $slug"; exit 1; }
# warm up (JIT, caches) before measuring
for p in /css/app.css /questions "/questions/$slug" /progress; do hey -n 300 -c 10 -H "$cookie" "$base$p" >/dev/null; done

echo "Pages under load: $requests requests each, $concurrency concurrent, $(nproc) cores, hey"
echo "the progress page's candidate has answered $answered questions"
printf '%-26s %9s %9s %9s %12s\n' "" "p50 ms" "p95 ms" "req/s" "p95 / base"
read -r b50 b95 brps <<<"$(hey_run /css/app.css)"
printf '%-26s %9s %9s %9s %12s\n' "baseline: /css/app.css" "$b50" "$b95" "$brps" "1.00"
for p in /questions "/questions/$slug" /progress; do
  read -r p50 p95 rps <<<"$(hey_run "$p")"
  printf '%-26s %9s %9s %9s %12.2f\n' "$p" "$p50" "$p95" "$rps" "$(echo "$p95 / $b95" | bc -l)"
done
bench_stop
