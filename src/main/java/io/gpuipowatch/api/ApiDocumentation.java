package io.gpuipowatch.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Group;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.query.FigureFilter;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: the allowed values of each parameter come
 * from the loaded data (the companies, venues, metrics and periods it has), and every
 * error is described with its format: a problem detail under {@code /api}, the site's
 * error page for the CSV files.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String COMPANIES = "Companies";

	static final String FIGURES = "Figures";

	static final String COMPARE = "Compare";

	static final String CSV = "CSV";

	@Bean
	OpenAPI openApi(Catalog catalog) {
		return new OpenAPI()
			.info(new Info().title("GPU IPO Watch open data")
				.version("v1")
				.description("The listings and financials of China's four GPU start-ups, every figure with its source. "
						+ "Answers name the dataset they come from (version " + catalog.info().getVersion() + ", as of "
						+ catalog.info().getAsOf() + "). Labels are in English, or in Chinese with lang=zh. "
						+ "The same figures as CSV (UTF-8 with a byte-order mark, for Excel): /figures.csv and "
						+ "/compare.csv."))
			// Relative to wherever the document is read: never the Host a client sent,
			// which a
			// shared copy of the document would otherwise pass on to everyone.
			.servers(List.of(new Server().url("/").description("This site")))
			.tags(List.of(new Tag().name(COMPANIES).description("The companies and the steps of their listings"),
					new Tag().name(FIGURES).description("Every sourced number, with its source's own words"),
					new Tag().name(COMPARE).description("Two to four companies side by side, as on the compare page"),
					new Tag().name(CSV).description("The figures as CSV, UTF-8 with a byte-order mark for Excel")));
	}

	@Bean
	OpenApiCustomizer allowedValuesAndErrors(Catalog catalog) {
		List<String> slugs = catalog.companies().stream().map(Company::getSlug).toList();
		List<String> groups = new ArrayList<>(catalog.groups().stream().map(Group::getCode).toList());
		groups.add(Filters.ALL_GROUPS);
		Map<String, List<String>> allowed = Map.of("venue", catalog.venues().stream().map(Venue::getCode).toList(),
				"group", groups, "company", slugs, "c", slugs, "slug", slugs, "metric",
				catalog.metrics().stream().map(Metric::getCode).toList(), "period", FigureFilter.periods(catalog),
				"lang", Lang.codes(), "currency", Currencies.CODES);
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
				if (operation.getParameters() != null) {
					operation.getParameters().forEach(p -> allow(p, allowed.getOrDefault(p.getName(), List.of())));
				}
				describeErrors(path, operation);
			}));
		};
	}

	private static void allow(Parameter parameter, List<String> values) {
		Schema<?> schema = parameter.getSchema();
		if (values.isEmpty() || schema == null) {
			return;
		}
		Schema<?> target = schema.getItems() != null ? schema.getItems() : schema;
		setEnum(target, values);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static void setEnum(Schema target, List<String> values) {
		target.setEnum(values);
	}

	/**
	 * Every error named with its format; a wrong method or format can happen to any path.
	 */
	private static void describeErrors(String path, Operation operation) {
		boolean api = ApiProblems.isApi(path);
		operation.getResponses().putIfAbsent("405", new ApiResponse().description("Any method but GET (and HEAD)"));
		operation.getResponses()
			.putIfAbsent("406", new ApiResponse().description("An Accept header that allows no format this path has"));
		operation.getResponses().forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				response.setContent(api ? problemContent() : new Content().addMediaType("text/html",
						new MediaType().schema(new StringSchema().description("The site's error page"))));
			}
		});
	}

	private static Content problemContent() {
		return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	private static Schema<?> problemSchema() {
		return new ObjectSchema()
			.description("An RFC 9457 problem detail: what was wrong, the value refused and "
					+ "the valid ones. Never a stack trace.")
			.addProperty("type", new StringSchema().example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid parameter value"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("“nyse” is not a valid value for venue."))
			.addProperty("instance", new StringSchema().example("/api/v1/companies"))
			.addProperty("parameter",
					new StringSchema().description("The parameter, header (Accept) or 'method' refused")
						.example("venue"))
			.addProperty("value", new StringSchema().description("The value refused").example("nyse"))
			.addProperty("valid",
					new ArraySchema().items(new StringSchema())
						.description("The valid values")
						.example(List.of("star", "hkex", "unlisted")));
	}

}
