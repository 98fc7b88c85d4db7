#!/usr/bin/env bash
# Load test: 60 s at 64 connections over a mix of pages, API calls and exports (bench/mix.lua),
# twice, against the app launched the production way. Passes when both runs have zero errors and
# the resident memory after the second run is no higher than after the first (no leak).
#
#   bench/load.sh            # port 18080; DURATION=60s CONNECTIONS=64 by default
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/production.sh
. bench/measure.sh

PORT=${PORT:-18080}
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-64}
BASE="http://127.0.0.1:$PORT"
WORK=target/bench-load
# Memory may wobble by a page or two between runs; more than this counts as growth.
RSS_SLACK_KB=${RSS_SLACK_KB:-8192}

require_wrk_and_a_free_port "$PORT"

prepare_production_app
"${PRODUCTION_LAUNCH[@]}" --server.port="$PORT" >"$WORK/app.log" 2>&1 &
PID=$!
cleanup() { local rc=$?; kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; exit $rc; }
trap cleanup EXIT
until curl -s -o /dev/null "$BASE/"; do kill -0 $PID || exit 1; sleep 0.1; done

status=0
declare -a RSS
for run in 1 2; do
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/mix.lua "$BASE")
  wrk_figures "$out"
  RSS[$run]=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
  echo "run $run: $WRK_TOTAL requests, $WRK_RPS req/s, p99 $WRK_P99, errors $WRK_ERRORS, RSS $((RSS[$run] / 1024)) MB"
  [ "$WRK_ERRORS" = 0 ] || status=1
done
if [ "${RSS[2]}" -gt $(( RSS[1] + RSS_SLACK_KB )) ]; then
  echo "RSS grew from $((RSS[1] / 1024)) MB to $((RSS[2] / 1024)) MB between the runs" >&2
  status=1
fi
[ $status = 0 ] && echo "PASS: no errors, no memory growth" || echo "FAIL" >&2
exit $status
