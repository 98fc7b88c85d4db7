package io.gpuipowatch.query;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;

/**
 * Which figures a link asks for: each filter optional and repeatable, values of one
 * filter alternatives, filters narrowing each other. The figures API and the CSV export
 * bind it.
 */
public record FigureQuery(@Parameter(description = "Company slug") @Nullable List<String> company,
		@Parameter(description = "Metric code") @Nullable List<String> metric,
		@Parameter(description = "Listing venue of the company") @Nullable List<String> venue,
		@Parameter(description = "Group of the company, or all; none means every group") @Nullable List<String> group,
		@Parameter(description = "Period key") @Nullable List<String> period,
		@Parameter(description = "Give money also in CNY, HKD or USD, converted at the PBOC central parity nearest "
				+ "each figure's date; none means as listed") @Nullable String currency) {

	/**
	 * The filter, every value checked against the data: an unknown one is a bad request
	 * naming the valid ones.
	 */
	public FigureFilter filter(Catalog catalog) {
		return FigureFilter.of(catalog, company, metric, venue, group, period);
	}

}
