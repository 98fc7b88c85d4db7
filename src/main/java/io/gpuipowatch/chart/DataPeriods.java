package io.gpuipowatch.chart;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.chart.ChartSpec.Measure;
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;

/**
 * The periods a measure covers for some companies, chosen from the figures shown for
 * them: every whole year, the latest year, or the latest multi-year total. A measure at
 * listing has no period.
 */
public final class DataPeriods {

	/** Whole years first by year; spans by their last year, then the longest. */
	private static final Comparator<Period> SPAN_ORDER = Comparator.comparingInt(Period::lastYear)
		.thenComparing(Comparator.comparingInt(Period::firstYear).reversed());

	private DataPeriods() {
	}

	/**
	 * The periods to show, oldest first; empty for a measure at listing, or when no
	 * company has a figure.
	 */
	public static List<Period> of(Catalog catalog, Measure measure, Collection<Company> companies) {
		return switch (measure.periods()) {
			case AT_LISTING -> List.of();
			case EACH_YEAR -> List.copyOf(years(catalog, measure, companies));
			case LATEST_YEAR -> {
				TreeSet<Period> years = years(catalog, measure, companies);
				yield years.isEmpty() ? List.of() : List.of(years.last());
			}
			case LATEST_SPAN -> mostCoveredSpan(catalog, measure, companies).map(List::of).orElse(List.of());
		};
	}

	/**
	 * The figure a company shows for a measure over a period; the listing's for a measure
	 * at listing.
	 */
	public static Optional<Figure> figure(Catalog catalog, Company company, Measure measure, @Nullable Period period) {
		return figure(catalog, company, measure, period, Lens.SHOWN);
	}

	/**
	 * The same, on the basis a lens chooses where the company reports it on that basis
	 * too.
	 */
	public static Optional<Figure> figure(Catalog catalog, Company company, Measure measure, @Nullable Period period,
			Lens lens) {
		return lens.figure(catalog, company, measure.metric(), period);
	}

	/**
	 * What the periods cover, as a title says it: "2022–2024", "2024"; empty at listing.
	 */
	public static String label(List<Period> periods, Lang lang) {
		if (periods.isEmpty()) {
			return "";
		}
		if (periods.size() == 1) {
			return Formats.period(periods.get(0), lang);
		}
		return Formats
			.period(Period.parse(periods.get(0).firstYear() + "-" + periods.get(periods.size() - 1).lastYear()), lang);
	}

	/**
	 * The multi-year total most of the companies have, the latest of those that tie: one
	 * company's newer total does not leave the others without one.
	 */
	private static Optional<Period> mostCoveredSpan(Catalog catalog, Measure measure, Collection<Company> companies) {
		Map<Period, Set<Company>> byPeriod = new HashMap<>();
		shown(catalog, measure, companies)
			.filter(f -> f.getPeriod().kind() == Period.Kind.SPAN && f.getPeriod().part().isEmpty())
			.forEach(f -> byPeriod.computeIfAbsent(f.getPeriod(), p -> new HashSet<>()).add(f.getCompany()));
		return byPeriod.keySet()
			.stream()
			.max(Comparator.comparingInt((Period p) -> byPeriod.get(p).size()).thenComparing(SPAN_ORDER));
	}

	private static TreeSet<Period> years(Catalog catalog, Measure measure, Collection<Company> companies) {
		TreeSet<Period> years = new TreeSet<>(Comparator.comparingInt(Period::firstYear));
		shown(catalog, measure, companies).map(Figure::getPeriod)
			.filter(p -> p.kind() == Period.Kind.YEAR)
			.forEach(years::add);
		return years;
	}

	private static Stream<Figure> shown(Catalog catalog, Measure measure, Collection<Company> companies) {
		return companies.stream()
			.flatMap(c -> catalog.figures(c).stream())
			.filter(f -> f.isShown() && f.getMetric().getCode().equals(measure.metric()));
	}

}
