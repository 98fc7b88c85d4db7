package io.gpuipowatch.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The security headers are on every kind of answer, through the real server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	final HttpClient client = HttpClient.newHttpClient();

	HttpResponse<String> send(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
		String html = send("GET", "/?lang=en").body();
		String css = html.replaceAll("(?s).*href=\"(/css/app-[0-9a-f]{32}\\.css)\".*", "$1");
		for (String path : List.of("/?lang=en", "/companies/metax", "/compare?c=biren&c=metax", css,
				"/webjars/chart.js/dist/chart.umd.min.js", "/companies/nope", "/?venue=nope", "/no/such/path",
				"/actuator/health", "/actuator/info", "/WEB-INF/web.xml")) {
			HttpResponse<String> response = send("GET", path);
			var headers = response.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(csp -> assertThat(csp)
					.contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
							"script-src 'self'", "style-src 'self'")
					.doesNotContain("unsafe-inline"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
			assertThat(headers.firstValue("Permissions-Policy")).as(path)
				.hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
			assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
			assertThat(headers.firstValue("Server")).as(path).isEmpty();
			assertThat(headers.firstValue("X-Powered-By")).as(path).isEmpty();
			assertThat(headers.firstValue("Set-Cookie")).as(path).isEmpty();
		}
	}

	@Test
	void onlyReadingMethodsAreAllowed() throws Exception {
		for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
			for (String path : List.of("/", "/compare", "/companies/metax", "/actuator/health", "/nowhere")) {
				HttpResponse<String> response = send(method, path);
				assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
				assertThat(response.headers().firstValue("Allow")).as(method + " " + path)
					.contains("GET, HEAD, OPTIONS");
				assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.");
			}
		}
		assertThat(send("HEAD", "/").statusCode()).isEqualTo(200);
	}

	@Test
	void diagnosticsStayClosed() throws Exception {
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/h2-console",
				"/actuator/configprops")) {
			assertThat(send("GET", path).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(send("GET", "/actuator/info").body()).contains("\"version\"", "\"asOf\"");
	}

}
