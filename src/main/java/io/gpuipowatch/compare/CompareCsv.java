package io.gpuipowatch.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.export.CsvFile;
import io.gpuipowatch.figure.Cell;
import io.gpuipowatch.figure.CompanySummary;
import io.gpuipowatch.figure.Missing;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.CompareQuery;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The compare table as the page shows it, as CSV: the same rows in the same order (the
 * same sort and rows switch), a column per company in the page's order, each figure as
 * written on the page with its source beside it, and the reason where there is none. The
 * long format, a row per figure, is {@code /figures.csv}.
 */
@RestController
@Tag(name = "CSV")
class CompareCsv {

	private static final String TEXT_CSV = CsvFile.TEXT_CSV;

	private final ComparePages pages;

	private final Catalog catalog;

	private final MessageSource messages;

	CompareCsv(ComparePages pages, Catalog catalog, MessageSource messages) {
		this.pages = pages;
		this.catalog = catalog;
		this.messages = messages;
	}

	@GetMapping(path = "/compare.csv", produces = TEXT_CSV)
	@Operation(summary = "The compare table as CSV",
			description = "The table the compare page shows for the same link: a row per figure and period, grouped "
					+ "by section, a column per company compared (and one for its sources), in the page's order. "
					+ "A row per figure, with every field, is /figures.csv.")
	@ApiResponse(responseCode = "200", description = "A CSV file, the compare table as on the page",
			content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400",
			description = "More than four companies, or an unknown company, venue, group, sort, rows or language")
	ResponseEntity<byte[]> compare(@ParameterObject CompareQuery query,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang lang) {
		ComparePages.Page page = pages.build(query, lang, false);
		List<@Nullable Object> heading = new ArrayList<>(List.of(text("csv.section", lang),
				text("compare.metric", lang), text("csv.period", lang), text("csv.unit", lang)));
		for (CompanySummary company : page.companies()) {
			heading.add(company.name());
			heading.add(company.name() + " · " + text("csv.source", lang));
		}
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (CompareTable.SectionRows section : page.sections()) {
			for (CompareTable.Row row : section.rows()) {
				List<@Nullable Object> cells = new ArrayList<>(
						List.of(text(section.titleKey(), lang), row.label(), row.period(), row.unit()));
				for (CompareTable.RowCell cell : row.cells()) {
					cells.add(value(cell, lang));
					cells.add(sources(cell));
				}
				rows.add(cells);
			}
		}
		return CsvFile.attachment("compare", catalog.info().getVersion(), CsvFile.write(heading, rows));
	}

	/** The cell as the page writes it: the figure, a range, or why there is none. */
	private String value(CompareTable.RowCell cell, Lang lang) {
		String value = text(cell.value(), lang) + converted(cell.value());
		Cell high = cell.high();
		if (high == null || !cell.value().present() && !high.present()) {
			return value;
		}
		return value + " – " + text(high, lang) + converted(high);
	}

	/** The money in the currency asked for, and at which rate; or why it is not. */
	private static String converted(Cell cell) {
		Exchange.Shown converted = cell.figure() == null ? null : cell.figure().converted();
		if (converted == null) {
			return "";
		}
		return " (" + (converted.converted() ? converted.text() + "; " : "") + converted.note() + ")";
	}

	private String text(Cell cell, Lang lang) {
		if (cell.figure() != null) {
			return cell.figure().text();
		}
		Missing missing = Objects.requireNonNull(cell.missing());
		return messages.getMessage(missing.labelKey(), new Object[] { missing.venues() }, lang.locale());
	}

	private static String sources(CompareTable.RowCell cell) {
		List<String> ids = new ArrayList<>();
		for (Cell one : cell.high() == null ? List.of(cell.value()) : List.of(cell.value(), cell.high())) {
			if (one.figure() != null && !ids.contains(one.figure().source().id())) {
				ids.add(one.figure().source().id());
			}
			else if (one.missing() != null && one.missing().source() != null) {
				ids.add(one.missing().source().id());
			}
		}
		return String.join(" ", ids);
	}

	private String text(String key, Lang lang) {
		return messages.getMessage(key, null, lang.locale());
	}

}
