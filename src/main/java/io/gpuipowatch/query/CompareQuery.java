package io.gpuipowatch.query;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * What a compare link asks for: the companies, in the link's order, the venues they are
 * chosen from, and the column the table is sorted by. The compare page, the compare API
 * and the compare CSV bind it, so they show the same comparison for the same link.
 */
public record CompareQuery(@Parameter(description = "Company slug; name 2 to 4") @Nullable List<String> c,
		@Parameter(description = "Listing venue; repeat for several; none means all") @Nullable List<String> venue,
		@Parameter(description = "Group code, or all; none means the seed article's four, or every group when "
				+ "companies are named") @Nullable List<String> group,
		@Parameter(description = "The column to sort by: a column key, or name") @Nullable String sort,
		@Parameter(description = "Sort direction: asc or desc") @Nullable String dir) {

	public Comparison comparison(Catalog catalog) {
		return Comparison.of(catalog, c, venue, group);
	}

}
