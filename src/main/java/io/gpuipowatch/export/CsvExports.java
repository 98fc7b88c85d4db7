package io.gpuipowatch.export;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.FigureQuery;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The figures as CSV files, with the same filters as the pages and the API, so a download
 * holds what the page showed: a bad filter is the same bad request.
 */
@RestController
@Tag(name = "CSV")
class CsvExports {

	static final String TEXT_CSV = CsvFile.TEXT_CSV;

	private final Catalog catalog;

	private final FigureCsv csv;

	private final Currencies currencies;

	CsvExports(Catalog catalog, FigureCsv csv, Currencies currencies) {
		this.catalog = catalog;
		this.csv = csv;
		this.currencies = currencies;
	}

	@GetMapping(path = "/figures.csv", produces = TEXT_CSV)
	@Operation(summary = "Figures as CSV",
			description = "Every figure that passes the filters, including those not shown where sources disagree "
					+ "(column shown = false), with the same filters as /api/v1/figures. A company page links to "
					+ "its own figures, the overview to those of the companies it shows.")
	@ApiResponse(responseCode = "200", description = "A CSV file, one row per figure",
			content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "An unknown company, metric, venue, period, currency or language")
	ResponseEntity<byte[]> figures(@ParameterObject FigureQuery query,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang lang) {
		Exchange exchange = currencies.exchange(query.currency());
		return file("figures", csv.write(query.filter(catalog).apply(catalog), exchange, lang));
	}

	private ResponseEntity<byte[]> file(String name, byte[] body) {
		return CsvFile.attachment(name, catalog.info().getVersion(), body);
	}

}
