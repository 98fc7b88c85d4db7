package io.gpuipowatch.http;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What one misbehaving client can do to everyone else, tried through the real server with
 * a small cache budget: links padded with unknown parameters or Accept parameters,
 * clients that never read, forged Host headers. The server must stay within its memory
 * budget, keep answering others, and never let what a client sent reach an answer another
 * client gets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dashboard.http.cache-megabytes=" + HostileTrafficTests.BUDGET_MEGABYTES)
@ExtendWith(OutputCaptureExtension.class)
class HostileTrafficTests {

	static final int BUDGET_MEGABYTES = 2;

	static final String PADDING = "a".repeat(7600);

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("responseCacheFilter")
	FilterRegistrationBean<ResponseCacheFilter> registration;

	final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void aFloodOfPaddedLinksMakesNoNewEntriesAndStaysWithinTheBudget(CapturedOutput output) throws Exception {
		ResponseCacheFilter cache = registration.getFilter();
		List<String> canonical = List.of("/?lang=en", "/compare?lang=en", "/api/v1/companies", "/favicon.svg",
				"/companies/metax?lang=zh");
		for (String link : canonical) {
			assertThat(get(link).statusCode()).as(link).isEqualTo(200);
		}
		long entries = cache.keptCount();
		List<HttpRequest> flood = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			for (String link : canonical) {
				String separator = link.contains("?") ? "&" : "?";
				flood.add(request(link + separator + "utm_source=" + i + PADDING).build());
			}
			flood.add(request("/compare?lang=en").header("Accept", "text/html;p=" + i + PADDING.substring(0, 7000))
				.build());
			flood.add(request("/api/v1/companies").header("Accept", "application/json;charset=UTF-16;x=" + i).build());
		}
		List<Integer> statuses = sendAll(flood);
		assertThat(statuses).as("every padded link answers as its canonical link does").containsOnly(200);
		assertThat(cache.keptCount()).as("no entry for a padded link").isEqualTo(entries);
		assertThat(cache.keptBytes()).isLessThanOrEqualTo(BUDGET_MEGABYTES * 1024L * 1024L);

		// Links that are all different and all valid fill the cache to its budget, never
		// past it
		List<HttpRequest> variants = new ArrayList<>();
		List<String> slugs = List.of("moore-threads", "metax", "biren", "enflame");
		for (String a : slugs) {
			for (String b : slugs) {
				for (String c : slugs) {
					for (String lang : List.of("en", "zh")) {
						variants.add(request("/compare?c=" + a + "&c=" + b + "&c=" + c + "&lang=" + lang).build());
					}
				}
			}
		}
		assertThat(sendAll(variants)).containsOnly(200);
		assertThat(cache.keptBytes()).isLessThanOrEqualTo(BUDGET_MEGABYTES * 1024L * 1024L);
		assertThat(get("/?lang=en").statusCode()).isEqualTo(200);
		assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
	}

	@Test
	void unknownParametersGetTheCanonicalAnswer() throws Exception {
		HttpResponse<String> plain = get("/compare?c=metax&c=biren&lang=en");
		HttpResponse<String> shared = get("/compare?utm_source=wechat&c=metax&fbclid=x&c=biren&lang=en");
		assertThat(shared.statusCode()).isEqualTo(200);
		assertThat(shared.body()).isEqualTo(plain.body());
		assertThat(shared.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag"));
	}

	@Test
	void staticFilesUnderAQueryStringAreServedButNotKept() throws Exception {
		ResponseCacheFilter cache = registration.getFilter();
		get("/favicon.svg");
		long entries = cache.keptCount();
		for (int i = 0; i < 50; i++) {
			assertThat(get("/favicon.svg?v=" + i).statusCode()).isEqualTo(200);
		}
		assertThat(cache.keptCount()).isEqualTo(entries);
	}

	/**
	 * Sixteen clients pipeline hundreds of requests for the compare page each and read
	 * none of the answers, with tiny receive windows: every other client is still
	 * answered within two seconds.
	 */
	@Test
	void clientsThatNeverReadDoNotStarveOthers() throws Exception {
		List<Socket> stalled = new ArrayList<>();
		byte[] requests = "GET /compare?lang=en HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n\r\n"
			.repeat(200)
			.getBytes(StandardCharsets.ISO_8859_1);
		try {
			for (int i = 0; i < 16; i++) {
				Socket socket = new Socket();
				socket.setReceiveBufferSize(4096);
				socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
				OutputStream out = socket.getOutputStream();
				Thread writer = new Thread(() -> {
					try {
						out.write(requests);
					}
					catch (IOException ex) {
						// The server cut the connection off: what it should do.
					}
				});
				writer.setDaemon(true);
				writer.start();
				stalled.add(socket);
			}
			for (int i = 0; i < 10; i++) {
				long start = System.nanoTime();
				HttpResponse<String> answer = client.send(
						request("/?lang=en&try=" + i).timeout(Duration.ofSeconds(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				assertThat(answer.statusCode()).isEqualTo(200);
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
			}
		}
		finally {
			for (Socket socket : stalled) {
				socket.close();
			}
		}
	}

	@Test
	void nothingAClientSaysOfTheHostReachesAnAnswer() throws Exception {
		List<String> links = List.of("/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/swagger-config", "/",
				"/compare", "/companies/metax", "/sources", "/api/v1/companies", "/figures.csv",
				"/swagger-ui/index.html");
		for (String link : links) {
			RawHttp.Answer forged = RawHttp.get(port, link, "Host: evil.example", "X-Forwarded-Host: evil.example",
					"X-Forwarded-Proto: https", "X-Forwarded-Port: 666", "Forwarded: host=evil.example;proto=https");
			RawHttp.Answer later = RawHttp.get(port, link);
			assertThat(forged.status()).as(link).isEqualTo(200);
			assertThat(forged.text()).as(link).doesNotContain("evil.example").doesNotContain(":666");
			assertThat(later.text()).as(link).doesNotContain("evil.example").doesNotContain(":666");
		}
		assertThat(RawHttp.get(port, "/v3/api-docs.yaml").text()).contains("- url: /");
	}

	@Test
	void mediaTypeParametersInAcceptAreIgnored(CapturedOutput output) throws Exception {
		for (String accept : List.of("application/json;charset=UTF-16", "application/json;charset=ISO-8859-1",
				"application/json;x=" + PADDING, "*/*;charset=UTF-16")) {
			HttpResponse<String> answer = client.send(request("/api/v1/companies").header("Accept", accept).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(accept).isEqualTo(200);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
		}
		HttpResponse<String> xml = client.send(request("/api/v1/companies").header("Accept", "application/xml").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(xml.statusCode()).isEqualTo(406);
		assertThat(xml.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(get("/api/v1/companies").statusCode()).as("a refused format is not kept").isEqualTo(200);
		assertThat(output).doesNotContain("\tat ").doesNotContain("ERROR");
	}

	@Test
	void answersSayWhatTheyVaryBy() throws Exception {
		HttpResponse<String> api = client.send(request("/api/v1/companies").header("Origin", "https://example.org")
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.headers().firstValue("Vary").orElseThrow()).contains("Accept").contains("Origin");
		assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		HttpResponse<String> page = get("/compare?lang=en");
		assertThat(page.headers().firstValue("Vary").orElseThrow()).contains("Accept");
	}

	@Test
	void gzipWithAWeightOfZeroIsRefusedGzip() throws Exception {
		for (String refusal : List.of("gzip;q=0", "gzip;q=0.0, identity", "*;q=0", "identity")) {
			HttpResponse<byte[]> answer = client.send(request("/?lang=en").header("Accept-Encoding", refusal).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.headers().firstValue("Content-Encoding")).as(refusal).isEmpty();
			assertThat(new String(answer.body(), StandardCharsets.UTF_8)).as(refusal).startsWith("<!DOCTYPE html>");
		}
		HttpResponse<byte[]> gzip = client.send(
				request("/?lang=en").header("Accept-Encoding", "br;q=1, gzip;q=0.5").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void errorPagesAreHtmlWhateverTheLinkEndsIn() throws Exception {
		for (String link : List.of("/companies/x.js", "/companies/x.css", "/companies/x.json", "/companies/x.png")) {
			HttpResponse<String> answer = get(link);
			assertThat(answer.statusCode()).as(link).isEqualTo(404);
			assertThat(answer.headers().firstValue("Content-Type")).as(link).hasValue("text/html;charset=UTF-8");
		}
	}

	@Test
	void apiPathsTomcatRefusesStillAnswerProblems() throws Exception {
		for (String path : List.of("/api/v1/companies/a%2Fb", "/api/v1/companies/a%00b", "/api/v1/companies/a%5cb",
				"/api/v1/%c0%ae%c0%ae/x")) {
			RawHttp.Answer answer = RawHttp.get(port, path);
			assertThat(answer.status()).as(path).isEqualTo(400);
			assertThat(answer.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(answer.header("Content-Security-Policy")).as(path).contains("default-src 'self'");
			assertThat(answer.header("Permissions-Policy")).as(path).isNotNull();
		}
	}

	@Test
	void preflightsAdvertiseOnlyTheMethodsThatWork() throws Exception {
		HttpResponse<String> delete = client
			.send(request("/api/v1/companies").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://example.org")
				.header("Access-Control-Request-Method", "DELETE")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(delete.statusCode()).isEqualTo(403);
		assertThat(delete.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
		HttpResponse<String> read = client
			.send(request("/api/v1/companies").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", "https://example.org")
				.header("Access-Control-Request-Method", "GET")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).doesNotContain("POST")
			.doesNotContain("DELETE")
			.contains("GET");
		for (String link : List.of("/", "/api/v1/companies", "/css/app.css")) {
			HttpResponse<String> options = client.send(
					request(link).method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(options.statusCode()).as(link).isEqualTo(204);
			assertThat(options.headers().firstValue("Allow")).as(link).hasValue("GET, HEAD, OPTIONS");
		}
		HttpResponse<String> page = client.send(request("/").method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://example.org")
			.header("Access-Control-Request-Method", "GET")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).as("pages are not open to other sites")
			.isEmpty();
	}

	@Test
	void http09GetsNoAnswerAtAll() throws Exception {
		assertThat(RawHttp.send(port, "GET /\r\n")).isEmpty();
		assertThat(RawHttp.send(port, "GET /api/v1/companies\r\n")).isEmpty();
	}

	private HttpResponse<String> get(String link) throws IOException, InterruptedException {
		return client.send(request(link).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String link) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + link)).timeout(Duration.ofSeconds(20));
	}

	/** Sends every request, eight at a time, and gives the statuses in order. */
	private List<Integer> sendAll(List<HttpRequest> requests) {
		Semaphore inFlight = new Semaphore(8);
		List<CompletableFuture<Integer>> answers = new ArrayList<>();
		for (HttpRequest request : requests) {
			inFlight.acquireUninterruptibly();
			answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
				.thenApply(HttpResponse::statusCode)
				.whenComplete((status, failure) -> inFlight.release()));
		}
		return answers.stream().map(CompletableFuture::join).toList();
	}

}
