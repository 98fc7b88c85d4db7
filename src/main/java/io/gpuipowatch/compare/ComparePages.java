package io.gpuipowatch.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.chart.ChartCatalogue;
import io.gpuipowatch.chart.ChartView;
import io.gpuipowatch.chart.Charts;
import io.gpuipowatch.figure.Cell;
import io.gpuipowatch.figure.CompanySummary;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.CompareQuery;
import io.gpuipowatch.query.Comparison;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Magnitude;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the compare page: the chosen companies (by default all that pass the venue
 * filter), a table with a column per metric and period, sorted by any column, and the
 * charts.
 */
@Component
class ComparePages {

	static final String SORT_NAME = "name";

	record Column(String key, String label, String period, String sortUrl, @Nullable String sortDir) {
	}

	record TableRow(CompanySummary company, List<Cell> cells) {
	}

	record Table(String titleKey, List<Column> columns, List<TableRow> rows) {
	}

	record PickerOption(String slug, String name, boolean selected, String toggleUrl, boolean canAdd) {
	}

	record Page(List<CompanySummary> companies, List<PickerOption> picker, List<String> venueCodes,
			List<String> venueNames, List<CompanySummary> hiddenByFilter, String showAllUrl, List<Table> tables,
			List<ChartView> charts, String nameSortUrl, @Nullable String nameSortDir, boolean tooFew, int max,
			String shareUrl, String csvUrl) {
	}

	private final Catalog catalog;

	private final Charts charts;

	ComparePages(Catalog catalog, Charts charts) {
		this.catalog = catalog;
		this.charts = charts;
	}

	Page build(CompareQuery request, Lang lang) {
		Comparison comparison = request.comparison(catalog);
		List<Venue> venues = comparison.venues();
		List<Company> eligible = comparison.eligible();
		List<Company> named = comparison.named();
		List<Company> chosen = comparison.chosen();
		List<Company> hidden = comparison.hidden();
		boolean descending = "desc".equals(request.dir());
		if (request.dir() != null && !List.of("asc", "desc").contains(request.dir())) {
			throw new BadRequestException("dir", request.dir(), List.of("asc", "desc"));
		}
		List<String> venueCodes = Filters.isFiltered(catalog, venues) && request.venue() != null
				? venues.stream().map(Venue::getCode).toList() : List.of();
		Links links = new Links(chosen, venueCodes, request.sort(), request.dir(), lang);

		Map<String, Comparison.Column> specs = comparison.columnsByKey();
		String sort = request.sort();
		if (sort != null && !sort.equals(SORT_NAME) && !specs.containsKey(sort)) {
			List<String> valid = new ArrayList<>();
			valid.add(SORT_NAME);
			valid.addAll(specs.keySet());
			throw new BadRequestException("sort", sort, valid);
		}
		List<Company> ordered = order(chosen, sort, descending, specs, lang);
		List<Table> tables = List.of(table("compare.table.ipo", true, specs, ordered, sort, descending, links, lang),
				table("compare.table.financials", false, specs, ordered, sort, descending, links, lang));
		List<PickerOption> picker = eligible.stream()
			.map(c -> new PickerOption(c.getSlug(), Names.company(c, lang), chosen.contains(c), links.toggle(c),
					chosen.contains(c) || chosen.size() < Filters.MAX_COMPARED))
			.toList();
		List<String> venueNames = venueCodes.stream()
			.map(code -> Names.venue(catalog.venue(code).orElseThrow(), lang))
			.toList();
		return new Page(ordered.stream().map(c -> CompanySummary.of(c, catalog, lang)).toList(), picker, venueCodes,
				venueNames, hidden.stream().map(c -> CompanySummary.of(c, catalog, lang)).toList(),
				links.withoutVenues(named), tables, chosen.size() < 2 ? List.of() : charts(ordered, lang),
				links.sort(SORT_NAME, sort, descending),
				SORT_NAME.equals(sort) ? (descending ? "descending" : "ascending") : null, chosen.size() < 2,
				Filters.MAX_COMPARED, links.self(named), links.csv());
	}

	private Table table(String titleKey, boolean listing, Map<String, Comparison.Column> specs, List<Company> companies,
			@Nullable String sort, boolean descending, Links links, Lang lang) {
		List<Comparison.Column> chosen = specs.values()
			.stream()
			.filter(s -> s.metric().isNeedsListing() == listing)
			.toList();
		List<Column> columns = chosen.stream()
			.map(s -> new Column(s.key(), Names.metric(s.metric(), lang),
					s.period() == null ? "" : Formats.period(Period.parse(s.period()), lang),
					links.sort(s.key(), sort, descending),
					s.key().equals(sort) ? (descending ? "descending" : "ascending") : null))
			.toList();
		Map<String, Magnitude> magnitudes = new HashMap<>();
		chosen.forEach(s -> magnitudes.put(s.key(),
				Cell.magnitude(companies.stream().map(c -> s.figure(catalog, c)).toList(), lang)));
		List<TableRow> rows = companies.stream()
			.map(c -> new TableRow(CompanySummary.of(c, catalog, lang), chosen.stream()
				.map(s -> Cell.of(s.figure(catalog, c), c, s.metric(),
						s.period() == null ? null : Period.parse(s.period()), catalog, lang, magnitudes.get(s.key())))
				.toList()))
			.toList();
		return new Table(titleKey, columns, rows);
	}

	/** Sorted by a column's values (grouped by currency, missing last), or by name. */
	private List<Company> order(List<Company> companies, @Nullable String sort, boolean descending,
			Map<String, Comparison.Column> specs, Lang lang) {
		if (sort == null) {
			return companies;
		}
		Comparator<Company> order;
		if (sort.equals(SORT_NAME)) {
			order = Comparator.comparing(c -> Names.company(c, lang));
			return companies.stream().sorted(descending ? order.reversed() : order).toList();
		}
		Comparison.Column spec = Objects.requireNonNull(specs.get(sort));
		Comparator<Figure> byValue = Comparator.comparing((Figure f) -> f.getUnit().code())
			.thenComparing(Figure::getValue);
		Comparator<Figure> figureOrder = descending ? byValue.reversed() : byValue;
		return companies.stream()
			.sorted(Comparator.comparing((Company c) -> spec.figure(catalog, c).orElse(null),
					Comparator.nullsLast(figureOrder)))
			.toList();
	}

	private List<ChartView> charts(List<Company> companies, Lang lang) {
		return ChartCatalogue.COMPARE.stream().flatMap(spec -> charts.build(spec, companies, lang).stream()).toList();
	}

	/** Links that keep the page's state: companies, venues, sort and language. */
	private record Links(List<Company> chosen, List<String> venues, @Nullable String sort, @Nullable String dir,
			Lang lang) {

		String toggle(Company company) {
			List<Company> next = new ArrayList<>(chosen);
			if (!next.remove(company)) {
				next.add(company);
			}
			return url(next, venues, sort, dir);
		}

		String sort(String key, @Nullable String current, boolean descending) {
			String nextDir = key.equals(current) && !descending ? "desc" : "asc";
			return url(chosen, venues, key, nextDir);
		}

		String withoutVenues(List<Company> named) {
			return url(named, List.of(), sort, dir);
		}

		/**
		 * This page's own link, to share: what the link named, with its filter, order and
		 * language.
		 */
		String self(List<Company> named) {
			return url(named, venues, sort, dir);
		}

		/**
		 * The table's figures as CSV: the companies compared, with the same filter and
		 * language.
		 */
		String csv() {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/compare.csv");
			chosen.forEach(c -> url.queryParam("c", c.getSlug()));
			venues.forEach(v -> url.queryParam("venue", v));
			return url.queryParam("lang", lang.code()).encode().build().toUriString();
		}

		private String url(List<Company> companies, List<String> venueCodes, @Nullable String sortKey,
				@Nullable String direction) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/compare");
			companies.forEach(c -> url.queryParam("c", c.getSlug()));
			venueCodes.forEach(v -> url.queryParam("venue", v));
			if (sortKey != null) {
				url.queryParam("sort", sortKey);
				url.queryParam("dir", direction == null ? "asc" : direction);
			}
			return url.queryParam("lang", lang.code()).encode().build().toUriString();
		}

	}

}
