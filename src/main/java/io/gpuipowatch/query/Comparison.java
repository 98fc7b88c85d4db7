package io.gpuipowatch.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Group;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Venue;
import org.jspecify.annotations.Nullable;

/**
 * What a compare link chooses: the companies (those it names that pass the venue filter,
 * or the first four that pass when it names none) and the columns of their table. The
 * compare page, the compare API and the CSV export all read it, so they hold the same
 * figures.
 *
 * @param venues the venues chosen, all of them when the link chooses none
 * @param groups the groups chosen: the seed article's four when the link chooses none and
 * names no company, every group when it names companies
 * @param eligible the companies under those venues
 * @param named the companies the link names, in its order
 * @param chosen the companies compared
 * @param hidden the companies the link names that the venue filter leaves out
 * @param columns one per metric and period any chosen company has a shown figure for
 */
public record Comparison(List<Venue> venues, List<Group> groups, List<Company> eligible, List<Company> named,
		List<Company> chosen, List<Company> hidden, List<Column> columns) {

	/**
	 * A column: one metric over one period, or at listing (no period) for figures dated
	 * by the listing day.
	 */
	public record Column(String key, Metric metric, @Nullable String period) {

		public Optional<Figure> figure(Catalog catalog, Company company) {
			return period == null ? catalog.shownLatest(company, metric.getCode())
					: catalog.shown(company, metric.getCode(), period);
		}

	}

	/**
	 * Reads a link's companies and venues; an unknown one, or more than four, is a bad
	 * request.
	 */
	public static Comparison of(Catalog catalog, @Nullable List<String> companies, @Nullable List<String> venues,
			@Nullable List<String> groups) {
		List<Venue> chosenVenues = Filters.venues(catalog, venues);
		List<Company> named = Filters.companies(catalog, companies);
		List<Group> chosenGroups = Filters.groups(catalog, groups, !named.isEmpty());
		List<Company> eligible = Filters.companiesIn(catalog, chosenVenues, chosenGroups);
		List<Company> chosen = named.isEmpty() ? eligible.stream().limit(Filters.MAX_COMPARED).toList()
				: named.stream().filter(eligible::contains).toList();
		List<Company> hidden = named.stream().filter(c -> !eligible.contains(c)).toList();
		return new Comparison(chosenVenues, chosenGroups, eligible, named, chosen, hidden, columns(catalog, chosen));
	}

	private static List<Column> columns(Catalog catalog, List<Company> companies) {
		Map<String, Column> columns = new LinkedHashMap<>();
		companies.stream()
			.flatMap(c -> catalog.figures(c).stream())
			.filter(Figure::isShown)
			.sorted(Comparator.comparingInt((Figure f) -> f.getMetric().getPosition())
				.thenComparing(Figure::getPeriod, Period.TIME_ORDER))
			.forEach(f -> {
				boolean dated = f.getPeriod().kind() == Period.Kind.DATE;
				String key = dated ? f.getMetric().getCode() : f.getMetric().getCode() + "@" + f.getPeriod().key();
				columns.putIfAbsent(key, new Column(key, f.getMetric(), dated ? null : f.getPeriod().key()));
			});
		return List.copyOf(columns.values());
	}

	/** The columns by key, in table order. */
	public Map<String, Column> columnsByKey() {
		Map<String, Column> byKey = new LinkedHashMap<>();
		columns.forEach(c -> byKey.put(c.key(), c));
		return byKey;
	}

	/**
	 * The columns in the order the page's tables show them: IPO terms first, then the
	 * rest.
	 */
	public List<Column> tableOrder() {
		List<Column> ordered = new ArrayList<>(columns.stream().filter(c -> c.metric().isNeedsListing()).toList());
		ordered.addAll(columns.stream().filter(c -> !c.metric().isNeedsListing()).toList());
		return ordered;
	}

	/**
	 * The figures the tables show, company by company, column by column; a missing value
	 * has none.
	 */
	public List<Figure> figures(Catalog catalog) {
		List<Column> ordered = tableOrder();
		return chosen.stream()
			.flatMap(company -> ordered.stream().map(column -> column.figure(catalog, company)))
			.flatMap(Optional::stream)
			.toList();
	}

}
