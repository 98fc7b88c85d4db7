# The production launch, shared by bench/run.sh and bench/load.sh; the Dockerfile uses the same
# flags (ProductionFlagsTests checks that they agree). Source it, then:
#   require_wrk_and_a_free_port "$PORT"
#   prepare_production_app   # packages, extracts and records the class data sharing archive
#   "${PRODUCTION_LAUNCH[@]}" --server.port=...
#
# Java 17 runs the extracted jar with Spring's ahead-of-time initialization (bean definitions
# generated at build time instead of parsing configuration classes at start) and a class data
# sharing archive recorded by a training run. The heap may grow to 128 MB, starts small and is
# kept compact: a small young generation and tight free ratios make the serial collector reuse
# the old generation instead of growing it. C1 only: the responses are prepared bytes, so full
# optimisation buys no throughput here and costs start-up time and code cache. An out-of-memory
# error ends the process, so a supervisor (Docker's restart policy, systemd) starts a fresh one,
# instead of leaving a server that takes connections and answers none.

# Fewer glibc malloc arenas: less native memory for the same work.
export MALLOC_ARENA_MAX=2

PRODUCTION_JAVA=${PRODUCTION_JAVA:-java}
PRODUCTION_FLAGS=(-Xmx128m -Xms32m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
  -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m
  -XX:MaxMetaspaceSize=128m -XX:+ExitOnOutOfMemoryError -Dspring.aot.enabled=true)

# Installs wrk with apt when it is missing and we are root; refuses a port something listens on.
require_wrk_and_a_free_port() {
  if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing wrk"; apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
    fi
    command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
  fi
  if (exec 3<>/dev/tcp/127.0.0.1/"$1") 2>/dev/null; then
    echo "Port $1 is busy; choose another with PORT=..." >&2; exit 2
  fi
}

# Sets JAR (the packaged jar), APP (the extracted one) and PRODUCTION_LAUNCH; needs WORK.
prepare_production_app() {
  # clean: a fresh build, as CI and the Dockerfile make it (generated classes of an earlier build
  # would otherwise stay in target/classes and in the jar)
  ./mvnw -q -B -DskipTests clean package
  JAR=$(ls target/gpu-ipo-watch-*.jar | grep -v plain | head -1)
  rm -rf "$WORK" && mkdir -p "$WORK"
  java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
  APP="$WORK/app/$(basename "$JAR")"
  # Training run: start the context once, then record every class it loaded.
  "$PRODUCTION_JAVA" "${PRODUCTION_FLAGS[@]}" -XX:ArchiveClassesAtExit="$WORK/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$APP" --server.port=0 >"$WORK/training.log" 2>&1 || true
  [ -f "$WORK/app.jsa" ] || { echo "no class data sharing archive; see $WORK/training.log" >&2; exit 1; }
  PRODUCTION_LAUNCH=("$PRODUCTION_JAVA" "${PRODUCTION_FLAGS[@]}" -XX:SharedArchiveFile="$WORK/app.jsa" -jar "$APP")
}
