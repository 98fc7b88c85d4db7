package io.gpuipowatch.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JVM flags of the production launch, as bench/production.sh and the Dockerfile spell
 * them.
 */
final class ProductionFlags {

	private static final Pattern BENCH_FLAGS = Pattern.compile("PRODUCTION_FLAGS=\\(([^)]*)\\)");

	private static final Pattern DOCKER_FLAGS = Pattern.compile("ENV JAVA_OPTS=\"([^\"]*)\"");

	private ProductionFlags() {
	}

	static List<String> fromBench() throws IOException {
		return flags(Path.of("bench/production.sh"), BENCH_FLAGS);
	}

	static List<String> fromDockerfile() throws IOException {
		return flags(Path.of("Dockerfile"), DOCKER_FLAGS);
	}

	private static List<String> flags(Path file, Pattern pattern) throws IOException {
		Matcher matcher = pattern.matcher(Files.readString(file));
		if (!matcher.find()) {
			throw new IllegalStateException(file + " has no line matching " + pattern);
		}
		return Arrays.stream(matcher.group(1).trim().split("\\s+")).toList();
	}

}
