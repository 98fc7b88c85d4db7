package io.gpuipowatch.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, launched with the production flags (bench/production.sh, the
 * Dockerfile): Spring's ahead-of-time initialization runs code generated at build time,
 * which the in-process tests never exercise, so a bean that only breaks there is caught
 * here.
 */
class ProductionLaunchIT {

	private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final List<String> log = new CopyOnWriteArrayList<>();

	private static Process app;

	private static String base;

	@BeforeAll
	static void launchThePackagedJar() throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ProductionFlags.fromBench());
		command.addAll(List.of("-jar", packagedJar().toString(), "--server.port=0"));
		app = new ProcessBuilder(command).redirectErrorStream(true).start();
		CompletableFuture<Integer> port = new CompletableFuture<>();
		Thread reader = new Thread(() -> readLog(port), "production-launch-log");
		reader.setDaemon(true);
		reader.start();
		base = "http://127.0.0.1:" + port.get(90, TimeUnit.SECONDS);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (app != null) {
			app.destroy();
			app.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void startsInAheadOfTimeModeWithTheBundledDataset() {
		assertThat(log).anyMatch((line) -> line.contains("Starting AOT-processed GpuIpoWatchApplication"));
		assertThat(log).anyMatch((line) -> line.contains("Dataset loaded: companies=5"));
		assertThat(log).noneMatch((line) -> line.contains(" ERROR ") || line.contains(" WARN "));
	}

	@Test
	void servesPagesInBothLanguages() throws Exception {
		assertThat(get("/").body()).contains("Moore Threads", "MetaX", "Biren", "Enflame");
		assertThat(get("/?lang=zh").body()).contains("摩尔线程", "沐曦");
		assertThat(get("/companies/metax").body()).contains("688802");
		assertThat(get("/compare?c=moore-threads&c=metax").body()).contains("<canvas");
		assertThat(get("/sources").statusCode()).isEqualTo(200);
	}

	@Test
	void servesTheOpenDataAndTheExports() throws Exception {
		assertThat(get("/api/v1/companies").body()).contains("\"slug\":\"biren\"");
		assertThat(get("/v3/api-docs").body()).contains("/api/v1/figures");
		assertThat(get("/figures.csv").statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health").body()).contains("UP");
	}

	@Test
	void answersBadLinksWithTheAppsOwnErrors() throws Exception {
		HttpResponse<String> missing = get("/companies/no-such-company");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("moore-threads");
		HttpResponse<String> badFilter = get("/api/v1/figures?period=1999");
		assertThat(badFilter.statusCode()).isEqualTo(400);
		assertThat(badFilter.body()).contains("\"parameter\":\"period\"");
	}

	/**
	 * A data file with a seven-megabyte line, at the production heap of 128 MB: the
	 * start-up stops with the line named, and neither runs out of memory nor prints a
	 * stack trace.
	 */
	@Test
	void refusesARunawayLineAtTheProductionHeap(@TempDir Path data) throws Exception {
		for (String file : List.of("sources.csv", "venues.csv", "bases.csv", "metrics.csv", "companies.csv",
				"events.csv", "figures.csv")) {
			try (var in = ProductionLaunchIT.class.getResourceAsStream("/data/" + file)) {
				Files.write(data.resolve(file), in.readAllBytes());
			}
		}
		List<String> figures = Files.readAllLines(data.resolve("figures.csv"), StandardCharsets.UTF_8);
		String junk = "mt-junk,moore-threads,revenue,2024,1,CNY,,,S0,,\"" + "长".repeat(7 * 1024 * 1024 / 3) + "\"";
		Files.writeString(data.resolve("figures.csv"), String.join("\n", figures) + "\n" + junk + "\n");
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(ProductionFlags.fromBench());
		command.addAll(List.of("-jar", packagedJar().toString(), "--server.port=0", "--dashboard.data-dir=" + data));
		Process refused = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(refused.waitFor(90, TimeUnit.SECONDS)).isTrue();
		assertThat(refused.exitValue()).isNotZero();
		assertThat(output)
			.contains("figures.csv line " + (figures.size() + 1) + ": is " + (junk.length())
					+ " characters long; a line may have at most 16384")
			.doesNotContain("OutOfMemoryError")
			.doesNotContain("\tat ");
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void readLog(CompletableFuture<Integer> port) {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				log.add(line);
				Matcher matcher = PORT.matcher(line);
				if (matcher.find()) {
					port.complete(Integer.valueOf(matcher.group(1)));
				}
			}
			port.completeExceptionally(
					new IllegalStateException("the app stopped before it served; its log:\n" + String.join("\n", log)));
		}
		catch (IOException ex) {
			port.completeExceptionally(ex);
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("gpu-ipo-watch-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run mvn package first"));
		}
	}

}
