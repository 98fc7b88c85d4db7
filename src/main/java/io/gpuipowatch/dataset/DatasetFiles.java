package io.gpuipowatch.dataset;

import java.util.List;
import java.util.Map;

/**
 * The files of a dataset, in the order they are read (a file names rows of those before
 * it), and their columns.
 */
final class DatasetFiles {

	static final String SOURCES = "sources.csv";

	static final String VENUES = "venues.csv";

	static final String BASES = "bases.csv";

	static final String METRICS = "metrics.csv";

	static final String COMPANIES = "companies.csv";

	static final String EVENTS = "events.csv";

	static final String FIGURES = "figures.csv";

	static final List<String> IN_ORDER = List.of(SOURCES, VENUES, BASES, METRICS, COMPANIES, EVENTS, FIGURES);

	/** The files a dataset cannot do without: an empty one is a mistake, not a choice. */
	static final List<String> NOT_EMPTY = List.of(SOURCES, VENUES, METRICS, COMPANIES, EVENTS, FIGURES);

	/** A file's required columns, then its optional ones. */
	record Columns(List<String> required, List<String> optional) {
	}

	static final Map<String, Columns> COLUMNS = Map.of(SOURCES,
			new Columns(List.of("id", "title", "publisher", "language"), List.of("published", "url", "locator")),
			VENUES, new Columns(List.of("code", "name_en", "name_zh", "short_en", "short_zh", "listed"), List.of()),
			BASES, new Columns(List.of("code", "label_en", "label_zh"), List.of()), METRICS,
			new Columns(List
				.of("code", "label_en", "label_zh", "kind", "position", "needs_listing"), List.of("derived_from")),
			COMPANIES,
			new Columns(List.of("slug", "name_en", "name_zh", "city_en", "city_zh", "founded", "venue", "status",
					"sources"), List.of("applied_venue", "stock_code", "products_en", "products_zh")),
			EVENTS,
			new Columns(List.of("id", "date", "kind", "venue", "source"),
					List.of("company", "phrase", "conflict", "shown", "shown_reason", "note")),
			FIGURES,
			new Columns(List.of("id", "metric", "period", "value", "unit", "source"), List.of("company", "qualifier",
					"basis", "method", "phrase", "conflict", "shown", "shown_reason", "check_note", "note")));

	private DatasetFiles() {
	}

}
