package io.gpuipowatch.api;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.view.FigureFilter;
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
@Tag(name = ApiDocumentation.FIGURES)
class FiguresApi {

	private final Catalog catalog;

	private final Representations json;

	FiguresApi(Catalog catalog, Representations json) {
		this.catalog = catalog;
		this.json = json;
	}

	@GetMapping("/api/v1/figures")
	@Operation(summary = "Figures, filtered",
			description = "Every figure in the data's order, including those not shown where sources disagree "
					+ "(shown = false, with the same conflict group and the reason). Each filter is optional and "
					+ "repeatable: values of one filter are alternatives, filters narrow each other. A venue filter "
					+ "leaves out facts about the market as a whole, which belong to no company.")
	@ApiResponse(responseCode = "200", description = "The figures")
	@ApiResponse(responseCode = "400",
			description = "An unknown company, metric, venue, period or language, named with the valid ones")
	ApiModel.Answer<List<ApiModel.Figure>> figures(
			@Parameter(description = "Company slug") @RequestParam(name = "company", required = false)
			@Nullable List<String> company,
			@Parameter(description = "Metric code") @RequestParam(name = "metric", required = false)
			@Nullable List<String> metric,
			@Parameter(description = "Listing venue of the company") @RequestParam(name = "venue", required = false)
			@Nullable List<String> venue,
			@Parameter(description = "Period key") @RequestParam(name = "period", required = false)
			@Nullable List<String> period,
			@Parameter(description = "Language of the labels")
			@RequestParam(name = "lang", defaultValue = "en") String lang) {
		Lang language = Representations.lang(lang);
		List<ApiModel.Figure> figures = FigureFilter.of(catalog, company, metric, venue, period)
			.apply(catalog)
			.stream()
			.map(f -> json.figure(f, language))
			.toList();
		return json.answer(figures, language);
	}

}
