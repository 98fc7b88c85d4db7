package io.gpuipowatch.query;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * What a compare link asks for: the companies, in the link's order, the venues they are
 * chosen from, the row the companies are sorted by and which rows are shown. The compare
 * page, the compare API and the compare CSV bind it, so they show the same comparison for
 * the same link.
 */
public record CompareQuery(@Parameter(description = "Company slug; name 2 to 4") @Nullable List<String> c,
		@Parameter(description = "Listing venue; repeat for several; none means all") @Nullable List<String> venue,
		@Parameter(description = "Group code, or all; none means the seed article's four, or every group when "
				+ "companies are named") @Nullable List<String> group,
		@Parameter(description = "The column to sort by: a column key, or name") @Nullable String sort,
		@Parameter(description = "Sort direction: asc or desc") @Nullable String dir,
		@Parameter(description = "Which rows: all (the default), or complete for only the rows every company "
				+ "compared has a figure in") @Nullable String rows,
		@Parameter(description = "Show money also in CNY, HKD or USD, converted at the PBOC central parity nearest "
				+ "each figure's date, and rank by it; none means as listed") @Nullable String currency) {

	/** The values of {@code rows}. */
	public static final List<String> ROWS = List.of("all", "complete");

	/** Only the rows every company has a figure in; an unknown value is a bad request. */
	public boolean completeRowsOnly() {
		if (rows != null && !ROWS.contains(rows)) {
			throw new BadRequestException("rows", rows, ROWS);
		}
		return "complete".equals(rows);
	}

	public Comparison comparison(Catalog catalog) {
		return Comparison.of(catalog, c, venue, group);
	}

}
