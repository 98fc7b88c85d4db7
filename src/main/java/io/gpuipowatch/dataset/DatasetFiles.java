package io.gpuipowatch.dataset;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of a dataset, in the order they are read (a file names rows of those before
 * it), and their columns.
 */
final class DatasetFiles {

	static final String SOURCES = "sources.csv";

	static final String VENUES = "venues.csv";

	static final String GROUPS = "groups.csv";

	static final String BASES = "bases.csv";

	static final String METRICS = "metrics.csv";

	static final String COMPANIES = "companies.csv";

	static final String EVENTS = "events.csv";

	static final String FIGURES = "figures.csv";

	static final String GAPS = "gaps.csv";

	static final String PRICES = "prices.csv";

	static final String RATES = "rates.csv";

	static final String LOCKUPS = "lockups.csv";

	static final String CHANGES = "changes.csv";

	static final List<String> IN_ORDER = List.of(SOURCES, VENUES, GROUPS, BASES, METRICS, COMPANIES, EVENTS, FIGURES,
			GAPS, PRICES, RATES, LOCKUPS, CHANGES);

	/**
	 * The files of what is dated around the figures: a dataset may leave them out, as one
	 * that has none.
	 */
	static final List<String> MAY_BE_ABSENT = List.of(GAPS, PRICES, RATES, LOCKUPS, CHANGES);

	/** The files a dataset cannot do without: an empty one is a mistake, not a choice. */
	static final List<String> NOT_EMPTY = List.of(SOURCES, VENUES, GROUPS, METRICS, COMPANIES, EVENTS, FIGURES);

	/**
	 * The source every figure the loader computes cites: the dataset itself, with the
	 * figures it follows from.
	 */
	static final String COMPUTED_SOURCE = "GPW";

	/** A file's required columns, then its optional ones. */
	record Columns(List<String> required, List<String> optional) {
	}

	/**
	 * The columns of a text a reader sees: {@code note} is {@code note_en} and
	 * {@code note_zh}.
	 */
	private static List<String> texts(String... names) {
		return Stream.of(names).flatMap(n -> Stream.of(n + "_en", n + "_zh")).toList();
	}

	private static List<String> columns(List<String> first, String... more) {
		return Stream.concat(first.stream(), Stream.of(more)).toList();
	}

	static final Map<String, Columns> COLUMNS = Map.ofEntries(
			Map.entry(SOURCES,
					new Columns(List.of("id", "language"),
							columns(texts("title", "publisher", "locator"), "published", "url"))),
			Map.entry(VENUES,
					new Columns(List.of("code", "name_en", "name_zh", "short_en", "short_zh", "listed"),
							List.of("steps"))),
			Map.entry(GROUPS,
					new Columns(List.of("code", "name_en", "name_zh", "short_en", "short_zh"),
							columns(texts("description"), "default_selection"))),
			Map.entry(BASES, new Columns(List.of("code", "label_en", "label_zh"), List.of())),
			Map.entry(METRICS,
					new Columns(List.of("code", "label_en", "label_zh", "kind", "position", "needs_listing"),
							List.of("derived_from", "venues", "section"))),
			Map.entry(COMPANIES,
					new Columns(
							List.of("slug", "name_en", "name_zh", "city_en", "city_zh", "founded", "venue", "status",
									"group", "sources"),
							columns(texts("note"), "applied_venue", "stock_code", "products_en", "products_zh"))),
			Map.entry(EVENTS,
					new Columns(List.of("id", "date", "kind", "venue", "source"),
							columns(texts("reason", "note"), "company", "phrase", "variants", "shown", "difference"))),
			Map.entry(FIGURES,
					new Columns(List.of("id", "metric", "period", "value", "unit", "source"),
							columns(texts("reason", "check_note", "note"), "company", "qualifier", "basis", "method",
									"phrase", "variants", "shown", "difference"))),
			Map.entry(GAPS,
					new Columns(List.of("company", "metric", "reason", "source"), columns(texts("note"), "period"))),
			Map.entry(PRICES,
					new Columns(List.of("id", "company", "date", "currency", "source"),
							columns(texts("note"), "kind", "close", "market_cap", "return_since_issue", "qualifier",
									"phrase"))),
			Map.entry(RATES, new Columns(List.of("date", "currency", "cny_per_unit", "source"), texts("note"))),
			Map.entry(LOCKUPS,
					new Columns(List.of("id", "venue", "holder", "holder_en", "holder_zh", "source"),
							columns(texts("condition", "note"), "company", "months", "share_percent", "phrase"))),
			Map.entry(CHANGES, new Columns(List.of("id", "date", "kind", "what_en", "what_zh"),
					columns(texts("why"), "figure", "from_value", "to_value", "source"))));

	private DatasetFiles() {
	}

}
