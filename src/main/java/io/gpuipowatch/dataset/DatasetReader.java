package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Derivation;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.MetricKind;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.catalog.Venue;
import org.jspecify.annotations.Nullable;

/**
 * Turns the dataset's CSV tables into entities, row by row, recording every problem: a missing
 * or malformed value, an unknown reference, a duplicate key. Rows with a problem are left out, so
 * later checks see only what parsed; the loader stores nothing if any problem was found.
 */
final class DatasetReader {

	static final String SOURCES = "sources.csv";

	static final String VENUES = "venues.csv";

	static final String BASES = "bases.csv";

	static final String METRICS = "metrics.csv";

	static final String COMPANIES = "companies.csv";

	static final String EVENTS = "events.csv";

	static final String FIGURES = "figures.csv";

	/** The tables a dataset cannot do without: an empty one is a mistake, not a choice. */
	static final List<String> NOT_EMPTY = List.of(SOURCES, VENUES, METRICS, COMPANIES, EVENTS, FIGURES);

	/** Each table's required columns, then its optional ones. */
	static final Map<String, List<List<String>>> COLUMNS = Map.of(
			SOURCES, List.of(List.of("id", "title", "publisher", "language"), List.of("published", "url", "locator")),
			VENUES, List.of(List.of("code", "name_en", "name_zh", "short_en", "short_zh", "listed"), List.of()),
			BASES, List.of(List.of("code", "label_en", "label_zh"), List.of()),
			METRICS, List.of(List.of("code", "label_en", "label_zh", "kind", "position", "needs_listing"),
					List.of("derived_from")),
			COMPANIES, List.of(List.of("slug", "name_en", "name_zh", "city_en", "city_zh", "founded", "venue", "status",
					"sources"), List.of("applied_venue", "stock_code", "products_en", "products_zh")),
			EVENTS, List.of(List.of("id", "date", "kind", "venue", "source"),
					List.of("company", "phrase", "conflict", "shown", "shown_reason", "note")),
			FIGURES, List.of(List.of("id", "metric", "period", "value", "unit", "source"),
					List.of("company", "qualifier", "basis", "method", "phrase", "conflict", "shown", "shown_reason",
							"check_note", "note")));

	private final Problems problems;

	final Map<String, Source> sources = new LinkedHashMap<>();

	final Map<String, Venue> venues = new LinkedHashMap<>();

	final Map<String, Basis> bases = new LinkedHashMap<>();

	final Map<String, Metric> metrics = new LinkedHashMap<>();

	final Map<String, Company> companies = new LinkedHashMap<>();

	final List<ListingEvent> events = new ArrayList<>();

	final List<Figure> figures = new ArrayList<>();

	/** The row each figure and event came from, for checks that report on it later. */
	final Map<Object, Row> rowOf = new HashMap<>();

	DatasetReader(Problems problems) {
		this.problems = problems;
	}

	void readSources(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			Optional<String> id = problems.id(row, "id");
			Optional<String> title = problems.required(row, "title");
			Optional<String> publisher = problems.required(row, "publisher");
			Optional<String> language = problems.required(row, "language").filter(l -> check(row, "language",
					l.matches("[a-z]{2}"), "'" + l + "' is not a two-letter language code such as zh or en"));
			Optional<PartialDate> published = problems.optionalDate(row, "published");
			String url = problems.optional(row, "url");
			String locator = problems.optional(row, "locator");
			boolean urlOk = url == null || check(row, "url", url.length() <= Limits.MAX_URL && url.matches("https?://\\S+"),
					"'" + Characters.shorten(url) + "' is not a full http(s) address of at most " + Limits.MAX_URL
							+ " characters");
			boolean findable = check(row, "url", url != null || locator != null,
					"a source needs a url, or a locator saying where to find it");
			if (id.isPresent() && title.isPresent() && publisher.isPresent() && language.isPresent() && urlOk
					&& findable && (row.get("published").isEmpty() || published.isPresent())
					&& problems.unique(row, "id", id.get(), seen)) {
				sources.put(id.get(), new Source(id.get(), title.get(), publisher.get(), published.orElse(null), url,
						locator, language.get()));
			}
		}
	}

	void readVenues(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (Row row : table.rows()) {
			Optional<String> code = problems.key(row, "code");
			Optional<String> nameEn = problems.required(row, "name_en");
			Optional<String> nameZh = problems.required(row, "name_zh");
			Optional<String> shortEn = problems.required(row, "short_en");
			Optional<String> shortZh = problems.required(row, "short_zh");
			Optional<Boolean> listed = problems.bool(row, "listed");
			if (code.isPresent() && nameEn.isPresent() && nameZh.isPresent() && shortEn.isPresent()
					&& shortZh.isPresent() && listed.isPresent() && problems.unique(row, "code", code.get(), seen)) {
				venues.put(code.get(), new Venue(code.get(), nameEn.get(), nameZh.get(), shortEn.get(), shortZh.get(),
						listed.get(), position++));
			}
		}
		if (!table.rows().isEmpty() && venues.values().stream().noneMatch(v -> !v.isListed())) {
			problems.add(table.file(), 0, "listed", "no venue stands for \"not listed yet\" (listed = false)");
		}
	}

	void readBases(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			Optional<String> code = problems.key(row, "code");
			Optional<String> en = problems.required(row, "label_en");
			Optional<String> zh = problems.required(row, "label_zh");
			if (code.isPresent() && en.isPresent() && zh.isPresent()
					&& problems.unique(row, "code", code.get(), seen)) {
				bases.put(code.get(), new Basis(code.get(), en.get(), zh.get()));
			}
		}
	}

	void readMetrics(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Row> derivedRows = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			Optional<String> code = problems.key(row, "code");
			Optional<String> en = problems.required(row, "label_en");
			Optional<String> zh = problems.required(row, "label_zh");
			Optional<MetricKind> kind = problems.choice(row, "kind", MetricKind.class);
			Optional<Integer> position = problems.integer(row, "position");
			Optional<Boolean> needsListing = problems.bool(row, "needs_listing");
			Derivation derivation = null;
			boolean derivationOk = true;
			String derivedFrom = problems.optional(row, "derived_from");
			if (derivedFrom != null) {
				try {
					derivation = Derivation.parse(derivedFrom);
				}
				catch (IllegalArgumentException ex) {
					problems.add(row, "derived_from", ex.getMessage());
					derivationOk = false;
				}
			}
			if (code.isPresent() && en.isPresent() && zh.isPresent() && kind.isPresent() && position.isPresent()
					&& needsListing.isPresent() && derivationOk && problems.unique(row, "code", code.get(), seen)) {
				metrics.put(code.get(),
						new Metric(code.get(), en.get(), zh.get(), kind.get(), derivation, needsListing.get(),
								position.get()));
				if (derivation != null) {
					derivedRows.put(code.get(), row);
				}
			}
		}
		derivedRows.forEach((code, row) -> {
			Derivation derivation = Objects.requireNonNull(metrics.get(code).getDerivedFrom());
			for (String operand : List.of(derivation.first(), derivation.second())) {
				problems.referenceTo(row, "derived_from", metrics, "metric", operand);
			}
		});
	}

	void readCompanies(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (Row row : table.rows()) {
			Optional<String> slug = problems.key(row, "slug");
			Optional<String> nameEn = problems.required(row, "name_en");
			Optional<String> nameZh = problems.required(row, "name_zh");
			Optional<String> cityEn = problems.required(row, "city_en");
			Optional<String> cityZh = problems.required(row, "city_zh");
			Optional<PartialDate> founded = problems.date(row, "founded");
			Optional<Venue> venue = problems.reference(row, "venue", venues, "venue");
			String appliedCode = problems.optional(row, "applied_venue");
			Optional<Venue> applied = appliedCode == null ? Optional.empty()
					: problems.referenceTo(row, "applied_venue", venues, "venue", appliedCode);
			Optional<EventKind> status = problems.choice(row, "status", EventKind.class);
			String stockCode = problems.optionalCode(row, "stock_code");
			List<Source> companySources = references(row, "sources", sources, "source");
			boolean consistent = venue.map(v -> {
				boolean ok = check(row, "stock_code", !v.isListed() || stockCode != null,
						"a company listed on " + v.getCode() + " needs a stock code");
				ok &= check(row, "stock_code", v.isListed() || stockCode == null,
						"a company not listed yet cannot have a stock code");
				ok &= check(row, "applied_venue", appliedCode == null || !appliedCode.equals(v.getCode()),
						"the venue applied to is the one it is listed on");
				ok &= check(row, "applied_venue", applied.map(Venue::isListed).orElse(true),
						"'" + appliedCode + "' is not a venue a company can apply to");
				return ok;
			}).orElse(false);
			if (slug.isPresent() && nameEn.isPresent() && nameZh.isPresent() && cityEn.isPresent()
					&& cityZh.isPresent() && founded.isPresent() && venue.isPresent()
					&& (appliedCode == null || applied.isPresent()) && status.isPresent() && consistent
					&& !companySources.isEmpty() && problems.unique(row, "slug", slug.get(), seen)) {
				Company company = new Company(slug.get(), nameEn.get(), nameZh.get(), cityEn.get(), cityZh.get(),
						founded.get(), venue.get(), applied.orElse(null), stockCode, status.get(),
						problems.optional(row, "products_en"), problems.optional(row, "products_zh"), position++,
						companySources);
				companies.put(slug.get(), company);
				rowOf.put(company, row);
			}
		}
	}

	void readEvents(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			Optional<String> id = problems.key(row, "id");
			String companySlug = problems.optional(row, "company");
			Optional<Company> company = companySlug == null ? Optional.empty()
					: problems.referenceTo(row, "company", companies, "company", companySlug);
			Optional<PartialDate> date = problems.date(row, "date");
			Optional<EventKind> kind = problems.choice(row, "kind", EventKind.class);
			Optional<Venue> venue = problems.reference(row, "venue", venues, "venue");
			Optional<Source> source = problems.reference(row, "source", sources, "source");
			Optional<Boolean> shown = shown(row);
			if (id.isPresent() && (companySlug == null || company.isPresent()) && date.isPresent()
					&& kind.isPresent() && venue.isPresent() && source.isPresent() && shown.isPresent()
					&& problems.unique(row, "id", id.get(), seen)) {
				checkReportedAfter(row, source.get(), date.get());
				ListingEvent event = new ListingEvent(id.get(), company.orElse(null), date.get(), kind.get(),
						venue.get(), source.get(), problems.optional(row, "phrase"), problems.optionalKey(row, "conflict"),
						shown.get(), problems.optional(row, "shown_reason"), problems.optional(row, "note"));
				events.add(event);
				rowOf.put(event, row);
			}
		}
	}

	void readFigures(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (Row row : table.rows()) {
			Optional<String> id = problems.key(row, "id");
			String companySlug = problems.optional(row, "company");
			Optional<Company> company = companySlug == null ? Optional.empty()
					: problems.referenceTo(row, "company", companies, "company", companySlug);
			Optional<Metric> metric = problems.reference(row, "metric", metrics, "metric");
			Optional<Period> period = problems.period(row, "period");
			Optional<BigDecimal> value = problems.decimal(row, "value");
			Optional<Unit> unit = problems.required(row, "unit").flatMap(code -> Unit.fromCode(code).or(() -> {
				problems.add(row, "unit", "unknown unit '" + code + "' (known: CNY, HKD, USD, %, shares, count, years, x)");
				return Optional.empty();
			}));
			Optional<Qualifier> qualifier = row.get("qualifier").isEmpty() ? Optional.of(Qualifier.EXACT)
					: problems.choice(row, "qualifier", Qualifier.class);
			String basisCode = problems.optional(row, "basis");
			Optional<Basis> basis = basisCode == null ? Optional.empty()
					: problems.referenceTo(row, "basis", bases, "basis", basisCode);
			Optional<Source> source = problems.reference(row, "source", sources, "source");
			Optional<Method> method = row.get("method").isEmpty() ? Optional.of(Method.REPORTED)
					: problems.choice(row, "method", Method.class);
			Optional<Boolean> shown = shown(row);
			boolean unitFits = metric.isPresent() && unit.isPresent()
					&& check(row, "unit", metric.get().getKind().units().contains(unit.get()),
							"unit '" + unit.get().code() + "' does not fit metric '" + metric.get().getCode() + "' ("
									+ metric.get().getKind().code() + ")");
			boolean signOk = metric.isPresent() && value.isPresent()
					&& check(row, "value", value.get().signum() >= 0 || metric.get().getKind().signed(),
							"'" + value.get().toPlainString() + "' is negative; only a percentage or an amount of money "
									+ "can be (a loss is stated as a positive net loss)");
			boolean listedIfNeeded = metric.isPresent() && company.isPresent()
					&& metric.get().isNeedsListing() ? check(row, "metric", isListedOrApplying(company.get()),
							"only a listed company can have '" + metric.get().getCode() + "'")
					: true;
			if (id.isPresent() && (companySlug == null || company.isPresent()) && metric.isPresent()
					&& period.isPresent() && value.isPresent() && unitFits && signOk && qualifier.isPresent()
					&& (basisCode == null || basis.isPresent()) && source.isPresent() && method.isPresent()
					&& shown.isPresent() && listedIfNeeded && problems.unique(row, "id", id.get(), seen)) {
				Figure figure = new Figure(id.get(), company.orElse(null), metric.get(), period.get(), value.get(),
						unit.get(), qualifier.get(), basis.orElse(null), source.get(), method.get(),
						problems.optional(row, "phrase"), problems.optionalKey(row, "conflict"), shown.get(),
						problems.optional(row, "shown_reason"), problems.optional(row, "check_note"),
						problems.optional(row, "note"), position++);
				figures.add(figure);
				rowOf.put(figure, row);
			}
		}
	}

	/** A listed company, or one that has applied somewhere: IPO terms exist from the application on. */
	private static boolean isListedOrApplying(Company company) {
		return company.getVenue().isListed() || company.getAppliedVenue() != null;
	}

	/** The {@code shown} column: blank means yes; yes or no otherwise. */
	private Optional<Boolean> shown(Row row) {
		return row.get("shown").isEmpty() ? Optional.of(true) : problems.bool(row, "shown");
	}

	/** A source cannot report an event that happened after it was published. */
	private void checkReportedAfter(Row row, Source source, PartialDate date) {
		PartialDate published = source.getPublished();
		if (published != null && published.precision() == PartialDate.Precision.DAY
				&& published.start().isBefore(date.start())) {
			problems.add(row, "date", "'" + date + "' is after source " + source.getId() + " was published ("
					+ published + ")");
		}
	}

	private <T> List<T> references(Row row, String column, Map<String, T> known, String what) {
		List<T> found = new ArrayList<>();
		Optional<String> value = problems.required(row, column);
		if (value.isEmpty()) {
			return found;
		}
		for (String key : value.get().split("\\s+")) {
			problems.referenceTo(row, column, known, what, key).ifPresent(found::add);
		}
		return found.size() == value.get().split("\\s+").length ? found : List.of();
	}

	private boolean check(Row row, String column, boolean condition, String message) {
		if (!condition) {
			problems.add(row, column, message);
		}
		return condition;
	}

	/** How many rows of a file were read. */
	int rowCount(String file) {
		return switch (file) {
			case SOURCES -> sources.size();
			case VENUES -> venues.size();
			case BASES -> bases.size();
			case METRICS -> metrics.size();
			case COMPANIES -> companies.size();
			case EVENTS -> events.size();
			case FIGURES -> figures.size();
			default -> throw new IllegalArgumentException(file);
		};
	}

	@Nullable Row row(Object entity) {
		return rowOf.get(entity);
	}

}
