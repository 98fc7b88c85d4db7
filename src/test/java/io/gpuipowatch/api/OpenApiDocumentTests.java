package io.gpuipowatch.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Venue;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The OpenAPI document and Swagger UI, both served by the app itself. */
@PageTest
class OpenApiDocumentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void documentsEveryEndpointWithASummaryAndItsErrors() throws Exception {
		JsonNode doc = document();
		List<String> paths = new ArrayList<>(ApiFallback.PATHS);
		paths.addAll(List.of("/figures.csv", "/compare.csv", "/race.csv", "/unlocks.csv", "/unlocks.ics"));
		assertThat(doc.path("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(paths);
		for (String path : paths) {
			JsonNode get = doc.path("paths").path(path).path("get");
			assertThat(get.path("summary").asString()).as(path).isNotBlank();
			assertThat(get.path("responses").propertyNames()).as(path).contains("200", "400", "405", "406");
			if (path.startsWith("/api/")) {
				assertThat(get.path("responses").path("200").path("content").has("application/json")).as(path).isTrue();
				assertThat(get.path("responses")
					.path("400")
					.path("content")
					.path("application/problem+json")
					.path("schema")
					.path("$ref")
					.asString()).as(path).isEqualTo("#/components/schemas/Problem");
			}
		}
		JsonNode company = doc.path("paths").path("/api/v1/companies/{slug}").path("get");
		assertThat(company.path("responses").has("404")).isTrue();
		assertThat(doc.path("components").path("schemas").path("Problem").path("properties").propertyNames())
			.contains("parameter", "value", "valid");
	}

	@Test
	void listsTheAllowedValuesOfEachParameterFromTheData() throws Exception {
		JsonNode doc = document();
		JsonNode parameters = doc.path("paths").path("/api/v1/figures").path("get").path("parameters");
		List<String> names = ApiContractTests.texts(parameters, "name");
		assertThat(names).containsExactlyInAnyOrder("company", "metric", "venue", "group", "period", "currency",
				"lang");
		for (JsonNode parameter : parameters) {
			JsonNode schema = parameter.path("schema");
			JsonNode values = schema.has("items") ? schema.path("items").path("enum") : schema.path("enum");
			List<String> allowed = ApiContractTests.texts(values);
			switch (parameter.path("name").asString()) {
				case "venue" -> assertThat(allowed)
					.containsExactlyElementsOf(catalog.venues().stream().map(Venue::getCode).toList());
				case "lang" -> assertThat(allowed).containsExactly("en", "zh");
				case "currency" -> assertThat(allowed).containsExactly("CNY", "HKD", "USD");
				case "group" -> assertThat(allowed).containsExactly("four-dragons", "other-gpu", "all");
				default -> assertThat(allowed).as(parameter.path("name").asString()).isNotEmpty();
			}
		}
	}

	@Test
	void servesSwaggerUiFromItsWebJarPointedAtTheDocument() throws Exception {
		MvcResult page = mvc.perform(get("/swagger-ui/index.html")).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		assertThat(page.getResponse().getContentAsString()).doesNotContain("https://");
		// A phone lays it out at its own width, once
		assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select("head meta[name=viewport]"))
			.singleElement()
			.satisfies(meta -> assertThat(meta.attr("content")).isEqualTo("width=device-width, initial-scale=1"));
		String config = mvc.perform(get("/v3/api-docs/swagger-config")).andReturn().getResponse().getContentAsString();
		assertThat(config).contains("\"url\":\"/v3/api-docs\"");
		String initializer = mvc.perform(get("/swagger-ui/swagger-initializer.js"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(initializer).doesNotContain("petstore");
	}

	private JsonNode document() throws Exception {
		MvcResult result = mvc.perform(get("/v3/api-docs")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return ApiAnswers.JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
