package io.gpuipowatch.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client sees through the real server: a wrong method or format is refused before
 * any controller runs and reaches the error controller, which must still answer a problem
 * detail under /api, and the site's HTML page elsewhere.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dashboard.data-dir=", "spring.datasource.url=jdbc:h2:mem:smoke-tests;DB_CLOSE_DELAY=-1" })
class ApiOverHttpTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void refusesOtherMethodsWith405NamingTheAllowedOne() throws Exception {
		for (String method : List.of("POST", "PUT", "DELETE")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/companies"))
				.method(method, HttpRequest.BodyPublishers.noBody()));
			JsonNode problem = problem(response, 405);
			assertThat(problem.path("value").asString()).isEqualTo(method);
			assertThat(ApiContractTests.texts(problem.path("valid"))).containsExactly("GET");
			assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/companies");
			assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		}
		problem(send(HttpRequest.newBuilder(uri("/api/v1/compare?c=metax&c=biren"))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))), 405);
	}

	@Test
	void refusesFormatsOtherThanJsonWith406NamingTheValidOne() throws Exception {
		for (String path : List.of("/api/v1/companies", "/api/v1/figures?company=metax", "/api/v1/nothing")) {
			HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/xml"));
			JsonNode problem = problem(response, 406);
			assertThat(problem.path("parameter").asString()).isEqualTo("Accept");
			assertThat(problem.path("value").asString()).isEqualTo("application/xml");
			assertThat(ApiContractTests.texts(problem.path("valid"))).containsExactly("application/json");
		}
	}

	@Test
	void answersBadValuesAndUnknownPathsAsProblemsThroughTheServerToo() throws Exception {
		JsonNode badVenue = problem(send(HttpRequest.newBuilder(uri("/api/v1/companies?venue=nyse"))), 400);
		assertThat(badVenue.path("value").asString()).isEqualTo("nyse");
		JsonNode unknown = problem(send(HttpRequest.newBuilder(uri("/api/v1/acme"))), 404);
		assertThat(unknown.path("value").asString()).isEqualTo("/api/v1/acme");
	}

	@Test
	void keepsTheHtmlErrorPagesOutsideTheApi() throws Exception {
		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/nothing-here")));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(html());
		HttpResponse<String> post = send(
				HttpRequest.newBuilder(uri("/compare")).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(post.statusCode()).isEqualTo(405);
		assertThat(post.headers().firstValue("Content-Type")).hasValueSatisfying(html());
	}

	private static Consumer<String> html() {
		return type -> assertThat(type).startsWith("text/html");
	}

	private JsonNode problem(HttpResponse<String> response, int status) {
		String url = response.request().method() + " " + response.uri();
		assertThat(response.statusCode()).as(url).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(url).hasValue("application/problem+json");
		ApiAnswers.assertNothingFromInside(response.body(), url);
		JsonNode problem = ApiAnswers.JSON.readTree(response.body());
		assertThat(problem.path("status").asInt()).as(url).isEqualTo(status);
		assertThat(problem.path("title").asString()).as(url).isNotBlank();
		assertThat(problem.path("detail").asString()).as(url).isNotBlank();
		return problem;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

}
