package io.gpuipowatch.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends hundreds of generated bad inputs to every page and API endpoint through the real
 * server: never a 5xx, never the input reflected unescaped, always the same error shape
 * (an HTML error page with a heading and a detail, or an RFC 9457 problem for the API).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class FuzzTests {

	/** Values a scanner or a careless link might send. */
	static final List<String> BAD_VALUES = List.of("", " ", "nvidia", "METAX", "metax ", "Star", "star,hkex",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR '1'='1", "1; DROP TABLE figure;--",
			"../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00", "\u0000", "\r\nSet-Cookie: x=1", "${7*7}", "#{7*7}",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::x", "javascript:alert(1)", "ｍｅｔａｘ", "摩尔线程",
			"😀".repeat(50), "\u202Emetax", "null", "-1", "1e309", "NaN", "a".repeat(3000), "[]", "{}", "%ZZ");

	/**
	 * Every place a value goes: query parameters and path segments of pages, API and
	 * exports.
	 */
	static final List<String> TEMPLATES = List.of("/?venue=%s", "/?lang=%s", "/compare?c=%s", "/compare?c=metax&c=%s",
			"/compare?venue=%s", "/compare?sort=%s", "/compare?sort=name&dir=%s", "/companies/%s",
			"/companies/%s?lang=zh", "/sources?lang=%s", "/api/v1/companies?venue=%s", "/api/v1/companies/%s",
			"/api/v1/companies/%s/events", "/api/v1/figures?company=%s", "/api/v1/figures?metric=%s",
			"/api/v1/figures?venue=%s", "/api/v1/figures?period=%s", "/api/v1/compare?c=metax&c=%s",
			"/api/v1/compare?c=%s", "/figures.csv?company=%s", "/compare.csv?c=%s");

	static final List<String> RAW_PATHS = List.of("/companies/..%2F..%2Fetc%2Fpasswd", "/companies/%2e%2e/%2e%2e/",
			"//compare", "/companies/metax/", "/companies/metax%2F", "/%2e%2e/%2e%2e/etc/passwd", "/WEB-INF/web.xml",
			"/META-INF/MANIFEST.MF", "/application.properties", "/data/figures.csv", "/.git/config", "/api/v1",
			"/api/v1/", "/api/v2/companies", "/companies/metax;jsessionid=1", "/compare;x=1",
			"/css/../application.properties", "/webjars/../../application.properties", "/actuator/env", "/h2-console",
			"/error", "/companies/x.js", "/companies/x.css", "/companies/metax.json", "/nope.js", "/favicon.svg?x=1",
			"/css/app.css?v=1", "/api/v1/companies/a%2Fb", "/api/v1/companies/a%5cb", "/api/v1/%c0%ae%c0%ae/x", "/api",
			"/api/");

	static final List<String> ACCEPTS = List.of("application/xml", "text/csv", "image/png", "*/*;q=0", "garbage",
			"application/json;q=0.1, text/html;q=0.0", "", "text/html", "application/json;charset=UTF-16",
			"application/json;charset=ISO-8859-1", "text/html;x=" + "a".repeat(7600), "*/*;q=0.5;charset=x",
			"application/problem+json", "text/*", ";;;", "application/" + "x".repeat(500));

	static final Set<Integer> ALLOWED = Set.of(200, 301, 302, 304, 400, 404, 405, 406);

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void badInputsNeverBreakTheServerOrLeakIt(CapturedOutput output) throws Exception {
		List<String> failures = new ArrayList<>();
		int tried = 0;
		for (String template : TEMPLATES) {
			for (String value : BAD_VALUES) {
				String path = String.format(template, URLEncoder.encode(value, StandardCharsets.UTF_8));
				if (template.startsWith("/companies/%s") || template.startsWith("/api/v1/companies/%s")) {
					path = String.format(template,
							URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
				}
				check("GET", path, null, value, failures);
				tried++;
			}
		}
		for (String path : RAW_PATHS) {
			check("GET", path, null, "", failures);
			tried++;
		}
		for (String accept : ACCEPTS) {
			for (String path : List.of("/", "/compare?c=metax&c=biren", "/api/v1/companies", "/api/v1/companies/nope",
					"/figures.csv", "/companies/nope")) {
				check("GET", path, accept, "", failures);
				tried++;
			}
		}
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "TRACE")) {
			for (String path : List.of("/", "/api/v1/companies", "/figures.csv", "/actuator/health")) {
				check(method, path, null, "", failures);
				tried++;
			}
		}
		tried += repeatedAndEmptyParameters(failures);
		assertThat(tried).isGreaterThanOrEqualTo(300);
		assertThat(failures).isEmpty();
		assertThat(output).as("a client's mistake logs a line at most, never a stack trace")
			.doesNotContain("\tat ")
			.doesNotContain(" ERROR ");
	}

	private int repeatedAndEmptyParameters(List<String> failures) throws Exception {
		List<String> paths = List.of("/?" + "venue=star&".repeat(40), "/?" + "venue=x&".repeat(200),
				"/compare?" + "c=metax&".repeat(60), "/compare?c=&c=&c=", "/?venue=&lang=", "/compare?sort=&dir=",
				"/api/v1/figures?" + "company=metax&".repeat(100), "/api/v1/compare?c=&c=", "/?lang=en&lang=zh",
				"/?" + "x".repeat(7000) + "=1");
		for (String path : paths) {
			check("GET", path, null, "", failures);
		}
		return paths.size();
	}

	private void check(String method, String path, String accept, String value, List<String> failures) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.timeout(Duration.ofSeconds(20))
				.method(method, HttpRequest.BodyPublishers.noBody());
			if (accept != null && !accept.isEmpty()) {
				request.header("Accept", accept);
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String where = method + " " + path + (accept == null ? "" : " Accept: " + accept) + " -> "
					+ response.statusCode();
			if (!ALLOWED.contains(response.statusCode())) {
				failures.add(where + " (unexpected status)");
				return;
			}
			String body = response.body();
			if (body.contains("Exception") || body.contains("at io.gpuipowatch") || body.contains("at org.")
					|| body.contains("SQL") || body.contains("Whitelabel")) {
				failures.add(where + " (leaks internals)");
			}
			if (value.contains("<") && body.contains(value)) {
				failures.add(where + " (reflects the input unescaped)");
			}
			if (response.statusCode() >= 400 && !"HEAD".equals(method)) {
				checkErrorShape(response, where, failures);
			}
		}
		catch (IllegalArgumentException ex) {
			// java.net.URI refuses it before it is sent: nothing reached the server.
		}
		catch (Exception ex) {
			failures.add(method + " " + path + " (no answer: " + ex.getClass().getSimpleName() + ")");
		}
	}

	private void checkErrorShape(HttpResponse<String> response, String where, List<String> failures) {
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (type.startsWith("application/problem+json")) {
			JsonNode problem = json.readTree(response.body());
			if (!problem.has("status") || !problem.has("title")
					|| problem.get("status").asInt() != response.statusCode()) {
				failures.add(where + " (problem without status or title)");
			}
		}
		else if (type.startsWith("text/html")) {
			Document page = Jsoup.parse(response.body());
			if (page.select("main h1").isEmpty() || page.select("main .error-detail").isEmpty()) {
				failures.add(where + " (error page without heading or detail)");
			}
		}
		else if (!response.body().isEmpty()) {
			failures.add(where + " (error in an unexpected type: " + type + ")");
		}
	}

}
