package io.gpuipowatch.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.gpuipowatch.catalog.Catalog;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches API answers through MockMvc and checks what every answer must hold. */
final class ApiAnswers {

	/** Numbers read as BigDecimal, so values compare exactly with the catalog's. */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final MockMvc mvc;

	private final Catalog catalog;

	ApiAnswers(MockMvc mvc, Catalog catalog) {
		this.mvc = mvc;
		this.catalog = catalog;
	}

	/**
	 * A successful answer: JSON, naming the dataset's version and as-of date; returns its
	 * data.
	 */
	JsonNode data(String url) throws Exception {
		JsonNode body = read(MockMvcRequestBuilders.get(URI.create(url)), url, 200, MediaType.APPLICATION_JSON);
		assertThat(body.path("dataset").path("version").asString()).as(url).isEqualTo(catalog.info().getVersion());
		assertThat(body.path("dataset").path("asOf").asString()).as(url).isEqualTo(catalog.info().getAsOf().toString());
		assertThat(body.has("data")).as(url).isTrue();
		return body.get("data");
	}

	/**
	 * An error: a problem detail with the status, and nothing from the server's insides.
	 */
	JsonNode problem(String url, int status) throws Exception {
		return problem(MockMvcRequestBuilders.get(URI.create(url)), url, status);
	}

	JsonNode problem(MockHttpServletRequestBuilder request, String url, int status) throws Exception {
		JsonNode body = read(request, url, status, MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(body.path("status").asInt()).as(url).isEqualTo(status);
		assertThat(body.path("title").asString()).as(url).isNotBlank();
		assertThat(body.path("detail").asString()).as(url).isNotBlank();
		return body;
	}

	private JsonNode read(MockHttpServletRequestBuilder request, String url, int status, MediaType type)
			throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		assertThat(MediaType.parseMediaType(result.getResponse().getContentType()).isCompatibleWith(type)).as(url)
			.isTrue();
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		if (type.equals(MediaType.APPLICATION_PROBLEM_JSON)) {
			assertNothingFromInside(text, url);
		}
		return JSON.readTree(text);
	}

	static void assertNothingFromInside(String body, String url) {
		assertThat(body).as("no stack trace, exception or SQL in " + url)
			.doesNotContain("Exception")
			.doesNotContain("at io.gpuipowatch")
			.doesNotContain("at org.springframework")
			.doesNotContainIgnoringCase("select ")
			.doesNotContain("trace");
	}

}
