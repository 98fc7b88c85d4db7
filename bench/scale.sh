#!/usr/bin/env bash
# Cost as the data grows: writes a dataset of 100 companies into target/scale-data/ (bench/
# scale-data.py: the bundled five copied 20 times, with every row naming a company and every
# source), launches the production build (bench/production.sh) on the bundled data and on that
# one in the same run, and reports side by side start-up, RSS after the load, and req/s, p99 and
# bytes per path; then a PASS/FAIL line for every target. Not part of ./mvnw verify. About 6
# minutes.
#
#   bench/scale.sh                     # port 18080, 20 copies, wrk 10 s per path
#   COPIES=5 DURATION=5s bench/scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/production.sh

PORT=${PORT:-18080}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
LAUNCHES=${LAUNCHES:-3}
COPIES=${COPIES:-20}
BASE="http://127.0.0.1:$PORT"
WORK=target/bench-scale
SCALE_DATA=target/scale-data
. bench/measure.sh
require_wrk_and_a_free_port "$PORT"

echo "== Packaging, and the training run for the class data sharing archive"
prepare_production_app
# After the package: it cleans target/
rm -rf "$SCALE_DATA" && python3 bench/scale-data.py data "$SCALE_DATA" "$COPIES"
trap stop EXIT

declare -A URLS=(
  [overview]="/"
  [compare-4]="/compare?c=moore-threads&c=metax&c=biren&c=enflame"
  [company]="/companies/metax"
  [api-companies]="/api/v1/companies"
  [api-figures]="/api/v1/figures"
  [sources]="/sources"
)
ORDER=(overview compare-4 company api-companies api-figures sources)
declare -A V # V[dataset/measure], V[dataset/path/measure]

# Start-up (median of LAUNCHES), then each path, then the RSS after that load; arguments after
# the dataset's name go to the app
measure() {
  local set=$1 times=() jvm=()
  shift
  echo "== $set: $LAUNCHES launches, then wrk -t2 -c32 -d$DURATION per path after a $WARMUP warm-up"
  for i in $(seq "$LAUNCHES"); do
    launch "$WORK/$set-start-$i.log" "${PRODUCTION_LAUNCH[@]}" "$@"; times+=("$ELAPSED_MS"); stop
    jvm+=("$(started_in "$WORK/$set-start-$i.log")")
  done
  V[$set/start]=$(printf '%s\n' "${times[@]}" | median)
  V[$set/jvm]="${jvm[*]}"
  launch "$WORK/$set-load.log" "${PRODUCTION_LAUNCH[@]}" "$@"
  V[$set/data]=$(grep -oE 'companies=[0-9]+ events=[0-9]+ figures=[0-9]+ sources=[0-9]+' "$WORK/$set-load.log")
  for name in "${ORDER[@]}"; do
    plain_answer "${URLS[$name]}"
    V[$set/$name/html]=$ANSWER_BYTES V[$set/$name/first]=$ANSWER_MS
    V[$set/$name/gzip]=$(gzip_bytes "${URLS[$name]}")
    wrk_path "${URLS[$name]}"
    V[$set/$name/rps]=$WRK_RPS V[$set/$name/p99]=$WRK_P99 V[$set/$name/err]=$WRK_ERRORS
  done
  V[$set/rss]=$(($(rss_kb) / 1024))
  stop
}
measure bundled
measure scaled --dashboard.data-dir="$PWD/$SCALE_DATA"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == 0) print "–"; else printf "%.2f×", b / a}'; }
kb() { awk -v n="$1" 'BEGIN {printf "%.1f KB", n / 1024}'; }
echo
echo "Machine: $(nproc) cores; $("$PRODUCTION_JAVA" -version 2>&1 | head -1) ${PRODUCTION_FLAGS[*]} + class data sharing; $(date -u +%Y-%m-%d)"
echo "Bundled: ${V[bundled/data]}; scaled ($COPIES copies): ${V[scaled/data]}"
echo
echo "| Measure | bundled | scaled | scaled ÷ bundled |"
echo "|---|---|---|---|"
echo "| Start-up to first page, median of $LAUNCHES | ${V[bundled/start]} ms | ${V[scaled/start]} ms | $(ratio "${V[bundled/start]}" "${V[scaled/start]}") |"
echo "| JVM \"Started in\" | ${V[bundled/jvm]} | ${V[scaled/jvm]} | |"
echo "| RSS after the load, -Xmx128m | ${V[bundled/rss]} MB | ${V[scaled/rss]} MB | $(ratio "${V[bundled/rss]}" "${V[scaled/rss]}") |"
for name in "${ORDER[@]}"; do
  b="bundled/$name" s="scaled/$name"
  echo "| $name \`${URLS[$name]}\` req/s | ${V[$b/rps]} | ${V[$s/rps]} | $(ratio "${V[$b/rps]}" "${V[$s/rps]}") |"
  echo "| $name p99 | ${V[$b/p99]} | ${V[$s/p99]} | $(ratio "$(to_ms "${V[$b/p99]}")" "$(to_ms "${V[$s/p99]}")") |"
  echo "| $name first answer (its render; the overview's is in the start-up) | ${V[$b/first]} ms | ${V[$s/first]} ms | $(ratio "${V[$b/first]}" "${V[$s/first]}") |"
  echo "| $name bytes, gzip (plain) | $(kb "${V[$b/gzip]}") ($(kb "${V[$b/html]}")) | $(kb "${V[$s/gzip]}") ($(kb "${V[$s/html]}")) | $(ratio "${V[$b/gzip]}" "${V[$s/gzip]}") |"
done

FAILED=()
awk -v a="${V[bundled/start]}" -v b="${V[scaled/start]}" 'BEGIN {exit !(b <= 2 * a)}' ||
  FAILED+=("start-up ${V[scaled/start]} ms > 2 × ${V[bundled/start]} ms")
for name in compare-4 company; do
  [ $((2 * V[scaled/$name/rps])) -ge "${V[bundled/$name/rps]}" ] ||
    FAILED+=("$name at ${V[scaled/$name/rps]} req/s, under half its bundled ${V[bundled/$name/rps]}")
done
[ "${V[scaled/rss]}" -le 300 ] || FAILED+=("RSS ${V[scaled/rss]} MB > 300 MB")
[ "${V[scaled/overview/html]}" -le $((250 * 1024)) ] || FAILED+=("overview $(kb "${V[scaled/overview/html]}") of HTML > 250 KB")
[ "${V[scaled/overview/gzip]}" -le $((100 * 1024)) ] || FAILED+=("overview $(kb "${V[scaled/overview/gzip]}") gzip > 100 KB")
for set in bundled scaled; do
  for name in "${ORDER[@]}"; do
    [ "${V[$set/$name/err]}" = 0 ] || FAILED+=("$set $name: ${V[$set/$name/err]} errors")
  done
done
echo
if [ ${#FAILED[@]} = 0 ]; then
  echo "PASS: start-up <= 2× bundled, compare and company page >= 50% of bundled, RSS <= 300 MB, overview <= 250 KB (100 KB gzip), no errors"
else
  printf 'FAIL: %s\n' "${FAILED[@]}" >&2; exit 1
fi
