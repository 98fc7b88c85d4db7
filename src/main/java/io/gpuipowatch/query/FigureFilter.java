package io.gpuipowatch.query;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Metric;
import org.jspecify.annotations.Nullable;

/**
 * Which figures a link asks for, by company, metric, venue and period, each optional and
 * repeatable: every value is checked against the data (an unknown one is a bad request
 * naming the valid ones), values of one parameter are alternatives, and parameters narrow
 * each other. The figures API and the CSV export read links the same way.
 */
public final class FigureFilter {

	private final Set<String> companies;

	private final Set<String> metrics;

	/**
	 * The companies of the venues and groups chosen; null when the link chooses neither,
	 * so figures of no company pass too.
	 */
	private final @Nullable Set<String> chosen;

	private final Set<String> periods;

	private FigureFilter(Set<String> companies, Set<String> metrics, @Nullable Set<String> chosen,
			Set<String> periods) {
		this.companies = companies;
		this.metrics = metrics;
		this.chosen = chosen;
		this.periods = periods;
	}

	public static FigureFilter of(Catalog catalog, @Nullable List<String> companies, @Nullable List<String> metrics,
			@Nullable List<String> venues, @Nullable List<String> groups, @Nullable List<String> periods) {
		Set<String> companySlugs = checked("company", companies,
				catalog.companies().stream().map(Company::getSlug).toList());
		Set<String> metricCodes = checked("metric", metrics, catalog.metrics().stream().map(Metric::getCode).toList());
		boolean narrowed = venues != null && !venues.isEmpty() || groups != null && !groups.isEmpty();
		Set<String> chosen = !narrowed ? null
				: Filters.companiesIn(catalog, Filters.venues(catalog, venues), Filters.groups(catalog, groups, true))
					.stream()
					.map(Company::getSlug)
					.collect(Collectors.toSet());
		Set<String> periodKeys = checked("period", periods, periods(catalog));
		return new FigureFilter(companySlugs, metricCodes, chosen, periodKeys);
	}

	/** Every period key the data has a figure for, in order. */
	public static List<String> periods(Catalog catalog) {
		return List.copyOf(catalog.figures()
			.stream()
			.map(f -> f.getPeriod().key())
			.collect(Collectors.toCollection(TreeSet::new)));
	}

	private static Set<String> checked(String parameter, @Nullable List<String> values, Collection<String> valid) {
		if (values == null) {
			return Set.of();
		}
		for (String value : values) {
			if (!valid.contains(value)) {
				throw new BadRequestException(parameter, value, valid);
			}
		}
		return Set.copyOf(values);
	}

	/**
	 * The figures that pass, shown by default or not, in the order of the data. A venue
	 * or group filter leaves out the facts about the market as a whole, which belong to
	 * no company.
	 */
	public List<Figure> apply(Catalog catalog) {
		return catalog.figures().stream().filter(this::passes).toList();
	}

	private boolean passes(Figure figure) {
		Company company = figure.getCompany();
		return (companies.isEmpty() || company != null && companies.contains(company.getSlug()))
				&& (metrics.isEmpty() || metrics.contains(figure.getMetric().getCode()))
				&& (chosen == null || company != null && chosen.contains(company.getSlug()))
				&& (periods.isEmpty() || periods.contains(figure.getPeriod().key()));
	}

}
