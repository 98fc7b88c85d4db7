# GPU IPO Watch: build with the Maven wrapper on a JDK 17 image, run the extracted, layered jar
# on a Java 17 JRE image as a non-root user, with Spring's ahead-of-time initialization and a
# class data sharing archive for a fast start (bench/production.sh measures this same launch).
#
#   docker build -t gpu-ipo-watch .
#   docker run -p 8080:8080 gpu-ipo-watch
#   docker run -p 8080:8080 -v "$PWD/data:/data:ro" -e DASHBOARD_DATA_DIR=/data gpu-ipo-watch

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY data data
RUN ./mvnw -B -q -DskipTests package \
 && cp target/gpu-ipo-watch-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /application app
WORKDIR /application
# Layers from the least to the most often changed, so a new build re-sends only the app itself.
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
# The same flags as PRODUCTION_FLAGS in bench/production.sh; DASHBOARD_DATA_DIR may name a mounted dataset.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xmx128m -Xms32m -Xmn16m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=128m -XX:+ExitOnOutOfMemoryError -Dspring.aot.enabled=true"
# Training run: start the context once and record every class it loaded.
RUN java $JAVA_OPTS -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
      -jar application.jar --server.port=0 \
 && chown -R app /application
USER app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=application.jsa -jar application.jar"]
