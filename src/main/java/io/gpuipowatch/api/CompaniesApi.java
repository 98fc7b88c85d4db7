package io.gpuipowatch.api;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.view.Filters;
import io.gpuipowatch.view.Lang;
import io.gpuipowatch.view.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/companies", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = ApiDocumentation.COMPANIES)
class CompaniesApi {

	private final Catalog catalog;

	private final Representations json;

	CompaniesApi(Catalog catalog, Representations json) {
		this.catalog = catalog;
		this.json = json;
	}

	@GetMapping
	@Operation(summary = "List the companies",
			description = "Every company in the data's order, or those listed (or not yet listed) under the chosen "
					+ "venues, as the overview's venue filter does.")
	@ApiResponse(responseCode = "200", description = "The companies")
	@ApiResponse(responseCode = "400", description = "An unknown venue or language, named with the valid ones")
	ApiModel.Answer<List<ApiModel.Company>> companies(
			@Parameter(description = "Listing venue; repeat for several; none means all")
			@RequestParam(name = "venue", required = false) @Nullable List<String> venue,
			@Parameter(description = "Language of the labels")
			@RequestParam(name = "lang", defaultValue = "en") String lang) {
		Lang language = Representations.lang(lang);
		List<ApiModel.Company> companies = Filters.companiesIn(catalog, Filters.venues(catalog, venue))
			.stream()
			.map(c -> json.company(c, language))
			.toList();
		return json.answer(companies, language);
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One company",
			description = "A company's names, venue, stock code, listing status and sources.")
	@ApiResponse(responseCode = "200", description = "The company")
	@ApiResponse(responseCode = "400", description = "An unknown language, named with the valid ones")
	@ApiResponse(responseCode = "404", description = "No company has this slug; the valid ones are listed")
	ApiModel.Answer<ApiModel.Company> company(
			@Parameter(description = "The company's slug") @PathVariable String slug,
			@Parameter(description = "Language of the labels")
			@RequestParam(name = "lang", defaultValue = "en") String lang) {
		Lang language = Representations.lang(lang);
		return json.answer(json.company(company(slug), language), language);
	}

	@GetMapping("/{slug}/events")
	@Operation(summary = "A company's listing timeline",
			description = "Every step towards its listing, oldest first, including the versions not shown where "
					+ "sources disagree (shown = false, with the same conflict group).")
	@ApiResponse(responseCode = "200", description = "The events")
	@ApiResponse(responseCode = "400", description = "An unknown language, named with the valid ones")
	@ApiResponse(responseCode = "404", description = "No company has this slug; the valid ones are listed")
	ApiModel.Answer<List<ApiModel.Event>> events(
			@Parameter(description = "The company's slug") @PathVariable String slug,
			@Parameter(description = "Language of the labels")
			@RequestParam(name = "lang", defaultValue = "en") String lang) {
		Lang language = Representations.lang(lang);
		List<ApiModel.Event> events = catalog.events(company(slug))
			.stream()
			.map(e -> json.event(e, language))
			.toList();
		return json.answer(events, language);
	}

	private Company company(String slug) {
		return catalog.company(slug)
			.orElseThrow(() -> new NotFoundException(slug,
					catalog.companies().stream().map(Company::getSlug).toList()));
	}

}
