#!/usr/bin/env bash
# Start-up of another commit against this checkout, on the same machine in the same minutes:
# both packaged and trained the production way (bench/production.sh), then launched in turn.
# A start-up target that fails on a slow machine is read against this ratio, not against a
# figure measured elsewhere. Not part of ./mvnw verify. Takes about 4 minutes.
#
#   bench/startup-ab.sh 77c30d8          # 6 launches each, port 18090
#   LAUNCHES=10 bench/startup-ab.sh HEAD~3
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:?usage: bench/startup-ab.sh COMMIT}
PORT=${PORT:-18090}
LAUNCHES=${LAUNCHES:-6}
BASE="http://127.0.0.1:$PORT"
HERE=$(pwd)
# Outside target/: this checkout's own build cleans that
OTHER="${TMPDIR:-/tmp}/startup-ab-$$"
. bench/production.sh
. bench/measure.sh
require_wrk_and_a_free_port "$PORT"

rm -rf "$OTHER"; git worktree prune
git worktree add --force --detach "$OTHER" "$REF" >/dev/null
trap 'stop; git -C "$HERE" worktree remove --force "$OTHER"' EXIT

for dir in "$OTHER" "$HERE"; do
  (cd "$dir" && WORK=target/bench && prepare_production_app && declare -p PRODUCTION_LAUNCH >target/launch.sh)
done
. "$OTHER/target/launch.sh"; THEIRS=("${PRODUCTION_LAUNCH[@]}")
. "$HERE/target/launch.sh"; OURS=("${PRODUCTION_LAUNCH[@]}")
LOGS="$HERE/target/startup-ab"
mkdir -p "$LOGS"
theirs=(); ours=()
for i in $(seq "$LAUNCHES"); do
  (cd "$OTHER" && launch "$LOGS/theirs-$i.log" "${THEIRS[@]}" && echo "$ELAPSED_MS" >"$LOGS/theirs-$i.ms" && stop)
  (cd "$HERE" && launch "$LOGS/ours-$i.log" "${OURS[@]}" && echo "$ELAPSED_MS" >"$LOGS/ours-$i.ms" && stop)
  theirs+=("$(cat "$LOGS/theirs-$i.ms")"); ours+=("$(cat "$LOGS/ours-$i.ms")")
done
T=$(printf '%s\n' "${theirs[@]}" | median)
O=$(printf '%s\n' "${ours[@]}" | median)
echo "| Start-up to first page, production launch | median | all |"
echo "|---|---|---|"
echo "| $REF | $T ms | $(printf '%s\n' "${theirs[@]}" | sort -n | tr '\n' ' ')|"
echo "| this checkout | $O ms | $(printf '%s\n' "${ours[@]}" | sort -n | tr '\n' ' ')|"
awk -v o="$O" -v t="$T" 'BEGIN {printf "Ratio (this / %s): %.2f\n", "'"$REF"'", o / t}'
