package io.gpuipowatch.api;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.view.BadRequestException;
import io.gpuipowatch.view.Comparison;
import io.gpuipowatch.view.Lang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = ApiDocumentation.COMPARE)
class CompareApi {

	private final Catalog catalog;

	private final Representations json;

	CompareApi(Catalog catalog, Representations json) {
		this.catalog = catalog;
		this.json = json;
	}

	@GetMapping("/api/v1/compare")
	@Operation(summary = "Compare two to four companies",
			description = "The compare page's table: a column per metric and period any of the companies has a "
					+ "figure for, a row per company in the order named, each cell the figure shown by default or "
					+ "why there is none. A venue filter leaves out the named companies listed elsewhere.")
	@ApiResponse(responseCode = "200", description = "The comparison")
	@ApiResponse(responseCode = "400", description = "Fewer than two or more than four companies, or an unknown "
			+ "company, venue or language, named with the valid ones")
	ApiModel.Answer<ApiModel.Comparison> compare(
			@Parameter(description = "Company slug; name 2 to 4") @RequestParam(name = "c", required = false)
			@Nullable List<String> c,
			@Parameter(description = "Listing venue; repeat for several; none means all")
			@RequestParam(name = "venue", required = false) @Nullable List<String> venue,
			@Parameter(description = "Language of the labels")
			@RequestParam(name = "lang", defaultValue = "en") String lang) {
		Lang language = Representations.lang(lang);
		Comparison comparison = Comparison.of(catalog, c, venue);
		if (comparison.named().isEmpty() || comparison.chosen().size() < 2) {
			throw new BadRequestException("c", String.join(", ", c == null ? List.of() : c),
					comparison.eligible().stream().map(Company::getSlug).toList(), "error.tooFew");
		}
		return json.answer(json.comparison(comparison, language), language);
	}

}
