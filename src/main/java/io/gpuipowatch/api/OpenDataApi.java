package io.gpuipowatch.api;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.CompareQuery;
import io.gpuipowatch.query.Comparison;
import io.gpuipowatch.query.FigureQuery;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.query.NotFoundException;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open-data API: the companies and the steps of their listings, every figure with its
 * source, and comparisons, as JSON with labels in the language the link asks for.
 */
@RestController
@RequestMapping(path = ApiProblems.PATH + "/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenDataApi {

	private final Catalog catalog;

	private final Representations json;

	OpenDataApi(Catalog catalog, Representations json) {
		this.catalog = catalog;
		this.json = json;
	}

	@GetMapping("/companies")
	@Tag(name = ApiDocumentation.COMPANIES)
	@Operation(summary = "List the companies",
			description = "Every company in the data's order, or those of the chosen groups listed (or not yet "
					+ "listed) under the chosen venues, as the overview's filters do; without a group, every group.")
	@ApiResponse(responseCode = "200", description = "The companies")
	@ApiResponse(responseCode = "400", description = "An unknown group, venue or language, named with the valid ones")
	ApiModel.Answer<List<ApiModel.Company>> companies(
			@Parameter(description = "Group code, or all; repeat for several; none means all") @RequestParam(
					name = "group", required = false) @Nullable List<String> group,
			@Parameter(description = "Listing venue; repeat for several; none means all") @RequestParam(name = "venue",
					required = false) @Nullable List<String> venue,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang language) {
		List<ApiModel.Company> companies = Filters
			.companiesIn(catalog, Filters.venues(catalog, venue), Filters.groups(catalog, group, true))
			.stream()
			.map(c -> json.company(c, language))
			.toList();
		return json.answer(companies, language);
	}

	@GetMapping("/companies/{slug}")
	@Tag(name = ApiDocumentation.COMPANIES)
	@Operation(summary = "One company",
			description = "A company's names, venue, stock code, listing status and sources.")
	@ApiResponse(responseCode = "200", description = "The company")
	@ApiResponse(responseCode = "400", description = "An unknown language, named with the valid ones")
	@ApiResponse(responseCode = "404", description = "No company has this slug; the valid ones are listed")
	ApiModel.Answer<ApiModel.Company> company(@Parameter(description = "The company's slug") @PathVariable String slug,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang language) {
		return json.answer(json.company(company(slug), language), language);
	}

	@GetMapping("/companies/{slug}/events")
	@Tag(name = ApiDocumentation.COMPANIES)
	@Operation(summary = "A company's listing timeline",
			description = "Every step towards its listing, oldest first, including the versions not shown where "
					+ "sources disagree (shown = false, with the same conflict group).")
	@ApiResponse(responseCode = "200", description = "The events")
	@ApiResponse(responseCode = "400", description = "An unknown language, named with the valid ones")
	@ApiResponse(responseCode = "404", description = "No company has this slug; the valid ones are listed")
	ApiModel.Answer<List<ApiModel.Event>> events(
			@Parameter(description = "The company's slug") @PathVariable String slug,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang language) {
		List<ApiModel.Event> events = catalog.events(company(slug)).stream().map(e -> json.event(e, language)).toList();
		return json.answer(events, language);
	}

	@GetMapping("/figures")
	@Tag(name = ApiDocumentation.FIGURES)
	@Operation(summary = "Figures, filtered",
			description = "Every figure in the data's order, including those not shown where sources disagree "
					+ "(shown = false, with the same conflict group and the reason). Each filter is optional and "
					+ "repeatable: values of one filter are alternatives, filters narrow each other. A venue filter "
					+ "leaves out facts about the market as a whole, which belong to no company.")
	@ApiResponse(responseCode = "200", description = "The figures")
	@ApiResponse(responseCode = "400",
			description = "An unknown company, metric, venue, period, currency or language, named with the valid ones")
	ApiModel.Answer<List<ApiModel.Figure>> figures(@ParameterObject FigureQuery query,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang language) {
		Exchange exchange = json.exchange(query.currency());
		List<ApiModel.Figure> figures = query.filter(catalog)
			.apply(catalog)
			.stream()
			.map(f -> json.figure(f, exchange, language))
			.toList();
		return json.answer(figures, language);
	}

	@GetMapping("/compare")
	@Tag(name = ApiDocumentation.COMPARE)
	@Operation(summary = "Compare two to four companies",
			description = "The compare page's table: a column per metric and period any of the companies has a "
					+ "figure for, a row per company in the order named, each cell the figure shown by default or "
					+ "why there is none. A venue filter leaves out the named companies listed elsewhere.")
	@ApiResponse(responseCode = "200", description = "The comparison")
	@ApiResponse(responseCode = "400", description = "Fewer than two or more than four companies, or an unknown "
			+ "company, venue, group, currency or language, named with the valid ones")
	ApiModel.Answer<ApiModel.Comparison> compare(@ParameterObject CompareQuery query,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang language) {
		Comparison comparison = query.comparison(catalog);
		if (comparison.named().isEmpty() || comparison.chosen().size() < 2) {
			List<String> named = query.c() == null ? List.of() : query.c();
			throw new BadRequestException("c", String.join(", ", named),
					Filters.companiesIn(catalog, comparison.venues(), List.copyOf(catalog.groups()))
						.stream()
						.map(Company::getSlug)
						.toList(),
					"error.tooFew");
		}
		return json.answer(json.comparison(comparison, json.exchange(query.currency()), language), language);
	}

	private Company company(String slug) {
		return catalog.company(slug)
			.orElseThrow(
					() -> new NotFoundException(slug, catalog.companies().stream().map(Company::getSlug).toList()));
	}

}
