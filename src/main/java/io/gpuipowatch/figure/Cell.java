package io.gpuipowatch.figure;

import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;

/**
 * One value in a table: a figure shown by default, or the reason there is none ("not
 * listed yet", "not disclosed"), never a zero.
 */
public record Cell(@Nullable FigureView figure, @Nullable String missingKey) {

	public static Cell of(Optional<Figure> figure, Company company, @Nullable Metric metric, Catalog catalog,
			Lang lang) {
		if (figure.isPresent()) {
			return new Cell(FigureView.of(figure.get(), catalog, lang), null);
		}
		return new Cell(null, missingKey(company, metric));
	}

	/**
	 * Why a company has no figure for a metric: not listed yet, or the sources do not
	 * say.
	 */
	public static String missingKey(Company company, @Nullable Metric metric) {
		boolean notListed = metric != null && metric.isNeedsListing() && !company.getVenue().isListed();
		return notListed ? "missing.notListed" : "missing.notDisclosed";
	}

	public boolean present() {
		return figure != null;
	}

}
