# Measuring a launched server, shared by bench/run.sh and bench/scale.sh (bench/load.sh uses
# wrk_figures). Source it after bench/production.sh, with PORT, BASE and WORK set.

PID=""
stop() {
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  PID=""
}

# Starts the app and waits for the first page; sets PID and ELAPSED_MS (launch to first page).
launch() {
  local log=$1; shift
  local t0 t1
  t0=$(date +%s%N)
  "$@" --server.port="$PORT" >"$log" 2>&1 &
  PID=$!
  until curl -s -o /dev/null "$BASE/"; do
    kill -0 "$PID" 2>/dev/null || { echo "the app stopped; see $log" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  ELAPSED_MS=$(( (t1 - t0) / 1000000 ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
started_in() { grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$1" | grep -oE '[0-9.]+ seconds' || echo "?"; }
rss_kb() { awk '/VmRSS/ {print $2}' /proc/"$PID"/status; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/, "", v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/, "", v)} else if (v ~ /s$/) {sub(/s$/, "", v); v*=1000}; print v}' <<<"$1"; }

# Bytes of one answer as sent with gzip accepted
gzip_bytes() { curl -s -o /dev/null -H 'Accept-Encoding: gzip' -w '%{size_download}' "$BASE$1"; }
# One answer without gzip: sets ANSWER_BYTES and ANSWER_MS (on a link's first request, its render)
plain_answer() {
  local seconds
  read -r ANSWER_BYTES seconds < <(curl -s -o /dev/null -w '%{size_download} %{time_total}\n' "$BASE$1")
  ANSWER_MS=$(awk -v s="$seconds" 'BEGIN {printf "%.0f", s * 1000}')
}

# Reads wrk's output: sets WRK_RPS, WRK_P50, WRK_P99, WRK_TOTAL and WRK_ERRORS (non-2xx/3xx
# answers and socket errors).
wrk_figures() {
  WRK_RPS=$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$1")
  WRK_P50=$(awk '$1=="50%" {print $2}' <<<"$1")
  WRK_P99=$(awk '$1=="99%" {print $2}' <<<"$1")
  WRK_TOTAL=$(awk '/requests in/ {print $1}' <<<"$1")
  WRK_ERRORS=$(awk '/Non-2xx or 3xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$1")
}

# wrk -t2 -c32 on one path after a warm-up, gzip accepted as browsers do; sets the WRK_ figures.
wrk_path() {
  wrk -t2 -c32 -d"$WARMUP" -H 'Accept-Encoding: gzip' "$BASE$1" >/dev/null
  wrk_figures "$(wrk -t2 -c32 -d"$DURATION" --latency -H 'Accept-Encoding: gzip' "$BASE$1")"
}
