# The production launch, shared by bench/run.sh and bench/load.sh; the Dockerfile uses the same
# flags (ProductionFlagsTests checks that they agree). Source it, then:
#   prepare_production_app   # packages, extracts and records the class data sharing archive
#   "${PRODUCTION_LAUNCH[@]}" --server.port=...
#
# Java 17 runs the extracted jar with Spring's ahead-of-time initialization (bean definitions
# generated at build time instead of parsing configuration classes at start) and a class data
# sharing archive recorded by a training run. The heap may grow to 128 MB, starts small and is
# kept compact: a small young generation and tight free ratios make the serial collector reuse
# the old generation instead of growing it. C1 only: the responses are prepared bytes, so full
# optimisation buys no throughput here and costs start-up time and code cache.

# Fewer glibc malloc arenas: less native memory for the same work.
export MALLOC_ARENA_MAX=2

PRODUCTION_JAVA=${PRODUCTION_JAVA:-java}
PRODUCTION_FLAGS=(-Xmx128m -Xms32m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30
  -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m
  -XX:MaxMetaspaceSize=128m -Dspring.aot.enabled=true)

# Sets JAR (the packaged jar), APP (the extracted one) and PRODUCTION_LAUNCH; needs WORK.
prepare_production_app() {
  ./mvnw -q -B -DskipTests package
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
