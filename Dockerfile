# GPU IPO Watch: build with the Maven wrapper on a JDK 17 image, run the extracted, layered jar
# on a Java 25 JRE image as a non-root user, with an ahead-of-time cache for a fast start (the
# app is compiled for Java 17 and runs unchanged on 25).
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

FROM eclipse-temurin:25-jre
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
# Training run: start the context once and record the classes it loads and links.
RUN java -XX:AOTCacheOutput=application.aot -Dspring.context.exit=onRefresh -jar application.jar \
 && chown -R app /application
USER app
EXPOSE 8080
# The same flags as bench/run.sh measures; DASHBOARD_DATA_DIR may name a mounted dataset.
ENV MALLOC_ARENA_MAX=2
ENV JAVA_OPTS="-Xmx128m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=128m"
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:AOTCache=application.aot -jar application.jar"]
