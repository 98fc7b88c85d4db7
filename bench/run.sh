#!/usr/bin/env bash
# Benchmark: packages the jar, launches it the production way (bench/production.sh: extracted jar,
# Spring AOT, class data sharing, as in the Dockerfile and the README), and reports start-up,
# throughput, latency, bytes on the wire and memory in one table. Not part of ./mvnw verify.
# Takes about 4 minutes.
#
#   bench/run.sh            # port 18080
#   PORT=19000 bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/production.sh

PORT=${PORT:-18080}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
LAUNCHES=${LAUNCHES:-5}
BASE="http://127.0.0.1:$PORT"
WORK=target/bench

. bench/measure.sh
require_wrk_and_a_free_port "$PORT"

echo "== Packaging, and the training run for the class data sharing archive"
prepare_production_app

trap stop EXIT

echo "== Start-up ($LAUNCHES launches each)"
plain=(); tuned=(); jvm_plain=(); jvm_tuned=()
for i in $(seq "$LAUNCHES"); do
  launch "$WORK/plain-$i.log" java -jar "$JAR"; plain+=("$ELAPSED_MS"); stop
  jvm_plain+=("$(started_in "$WORK/plain-$i.log")")
  launch "$WORK/tuned-$i.log" "${PRODUCTION_LAUNCH[@]}"; tuned+=("$ELAPSED_MS"); stop
  jvm_tuned+=("$(started_in "$WORK/tuned-$i.log")")
done
PLAIN_MS=$(printf '%s\n' "${plain[@]}" | median)
TUNED_MS=$(printf '%s\n' "${tuned[@]}" | median)

echo "== Load: wrk -t2 -c32 -d$DURATION after a $WARMUP warm-up"
launch "$WORK/load.log" "${PRODUCTION_LAUNCH[@]}"
CSS=$(curl -s "$BASE/" | grep -oE '/css/app[^"]*\.css' | head -1)
declare -A URLS=(
  [overview]="/"
  [compare-all]="/compare"
  [company]="/companies/metax"
  [api]="/api/v1/companies"
  [csv-export]="/figures.csv"
  [static-css]="$CSS"
)
ORDER=(overview compare-all company api csv-export static-css)
declare -A RPS P50 P99 ERR BYTES
for name in "${ORDER[@]}"; do
  BYTES[$name]=$(gzip_bytes "${URLS[$name]}")
  wrk_path "${URLS[$name]}"
  RPS[$name]=$WRK_RPS; P50[$name]=$WRK_P50; P99[$name]=$WRK_P99; ERR[$name]=$WRK_ERRORS
done
RSS_KB=$(rss_kb)
COMPARE_TOTAL=0; COMPARE_REQUESTS=1
page=$(curl -s "$BASE/compare")
# Bytes on the wire of a first visit, and what a second visit may skip: assets kept for a year
# without asking, the page revalidated with its ETag (304)
fetch() { curl -s -o /dev/null -D "$WORK/headers" -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$1"; }
header() { tr -d '\r' <"$WORK/headers" | awk -v name="$1" 'tolower($1) == name ":" {sub(/^[^:]*: /, ""); print}'; }
COMPARE_TOTAL=$(fetch /compare)
ETAG=$(header etag)
ASSETS_KEPT=0
for asset in $(grep -oE '(href|src)="/[^"]+\.(css|js|svg)"' <<<"$page" | cut -d'"' -f2 | sort -u); do
  COMPARE_TOTAL=$((COMPARE_TOTAL + $(fetch "$asset")))
  COMPARE_REQUESTS=$((COMPARE_REQUESTS + 1))
  max_age=$(header cache-control | grep -oE 'max-age=[0-9]+' | cut -d= -f2 || true)
  if [ "${max_age:-0}" -ge 31536000 ]; then ASSETS_KEPT=$((ASSETS_KEPT + 1)); fi
done
REVALIDATED=$(curl -s -o /dev/null -w '%{http_code}' -H 'Accept-Encoding: gzip' -H "If-None-Match: $ETAG" "$BASE/compare")
stop

STATIC=${RPS[static-css]}
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; plain launch: $(java -version 2>&1 | head -1); production launch: $("$PRODUCTION_JAVA" -version 2>&1 | head -1) ${PRODUCTION_FLAGS[*]} + class data sharing; $(date -u +%Y-%m-%d)"
echo
echo "| Measure | Value |"
echo "|---|---|"
echo "| Start-up to first page, plain \`java -jar\` (median of $LAUNCHES) | ${PLAIN_MS} ms (JVM: ${jvm_plain[*]}) |"
echo "| Start-up to first page, production launch (median of $LAUNCHES) | ${TUNED_MS} ms (JVM: ${jvm_tuned[*]}) |"
echo "| RSS after the load, -Xmx128m | $((RSS_KB / 1024)) MB |"
echo "| Compare page with all its assets, first visit | $((COMPARE_TOTAL / 1024)) KB gzip in $COMPARE_REQUESTS requests |"
echo "| Second visit | $ASSETS_KEPT of $((COMPARE_REQUESTS - 1)) assets cached for a year; page revalidated: $REVALIDATED |"
echo
echo "| Path | req/s | vs static | p50 | p99 | bytes (gzip) | errors |"
echo "|---|---|---|---|---|---|---|"
for name in "${ORDER[@]}"; do
  pct=$(awk -v a="${RPS[$name]}" -v b="$STATIC" 'BEGIN {printf "%.0f%%", 100*a/b}')
  echo "| $name \`${URLS[$name]}\` | ${RPS[$name]} | $pct | ${P50[$name]} | ${P99[$name]} | ${BYTES[$name]} | ${ERR[$name]} |"
done

# The performance targets, checked on this run's figures
FAILED=()
[ "$TUNED_MS" -le 3000 ] || FAILED+=("start-up ${TUNED_MS} ms > 3000 ms")
[ $((RSS_KB / 1024)) -le 250 ] || FAILED+=("RSS $((RSS_KB / 1024)) MB > 250 MB")
[ "$COMPARE_TOTAL" -le $((150 * 1024)) ] || FAILED+=("compare page $((COMPARE_TOTAL / 1024)) KB > 150 KB")
[ "$COMPARE_REQUESTS" -le 10 ] || FAILED+=("compare page $COMPARE_REQUESTS requests > 10")
[ "$ASSETS_KEPT" = $((COMPARE_REQUESTS - 1)) ] || FAILED+=("only $ASSETS_KEPT assets cached for a year")
[ "$REVALIDATED" = 304 ] || FAILED+=("compare page revalidation answered $REVALIDATED, not 304")
for name in "${ORDER[@]}"; do
  [ $((2 * RPS[$name])) -ge "$STATIC" ] || FAILED+=("$name at ${RPS[$name]} req/s, under half the static file's $STATIC")
  awk -v p="$(to_ms "${P99[$name]}")" 'BEGIN {exit !(p <= 20)}' || FAILED+=("$name p99 ${P99[$name]} > 20 ms")
  [ "${ERR[$name]}" = 0 ] || FAILED+=("$name: ${ERR[$name]} errors")
done
echo
if [ ${#FAILED[@]} = 0 ]; then
  echo "PASS: every target holds (start-up <= 3 s, each path >= 50% of static with p99 <= 20 ms and no errors, RSS <= 250 MB, compare page <= 150 KB in <= 10 requests, cached on a second visit)"
else
  printf 'FAIL: %s\n' "${FAILED[@]}" >&2; exit 1
fi
