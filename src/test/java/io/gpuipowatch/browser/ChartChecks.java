package io.gpuipowatch.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;

/**
 * What each chart must hold, read from the database's catalog: behind each bar the figure
 * shown for that company (or year) and series, or no bar when there is none; in the
 * accessible table, that figure's display text and its source. Charts are never drawn
 * across currencies.
 */
final class ChartChecks {

	/**
	 * A series: a metric over a period, or at listing (the latest figure) when the period
	 * is null.
	 */
	private record Series(String metric, @Nullable String period) {

		Optional<Figure> figure(Catalog catalog, Company company) {
			return period == null ? catalog.shownLatest(company, metric) : catalog.shown(company, metric, period);
		}

	}

	/**
	 * Charts with a group per company, by element id; a currency split adds "-cny",
	 * "-hkd".
	 */
	private static final Map<String, List<Series>> BY_COMPANY = Map.of("overview-gain",
			List.of(new Series("first-day-gain-close", null)), "overview-loss",
			List.of(new Series("net-loss", "2022-2024")), "compare-cumulative",
			List.of(new Series("net-loss", "2022-2024"), new Series("rd-expense", "2022-2024")), "compare-rd-ratio",
			List.of(new Series("rd-to-revenue", "2024")), "compare-revenue", years("revenue"), "compare-loss",
			years("net-loss"), "compare-gains",
			List.of(new Series("first-day-gain-open", null), new Series("first-day-gain-close", null),
					new Series("first-day-gain-high", null)),
			"compare-funds",
			List.of(new Series("funds-raised-gross", null), new Series("market-cap-first-close", null)));

	/**
	 * The company page's chart: a group per year with any annual figure, a bar per
	 * metric.
	 */
	static final String ANNUAL = "company-annual";

	private static final List<String> ANNUAL_CHARTED = List.of("revenue", "net-loss", "rd-expense");

	private static final List<String> ANNUAL_METRICS = List.of("revenue", "net-loss", "rd-expense", "rd-to-revenue");

	private final Catalog catalog;

	ChartChecks(Catalog catalog) {
		this.catalog = catalog;
	}

	private static List<Series> years(String metric) {
		return List.of(new Series(metric, "2022"), new Series(metric, "2023"), new Series(metric, "2024"));
	}

	/** The years a company's by-year chart shows, oldest first. */
	List<String> annualYears(Company company) {
		return catalog.figures(company)
			.stream()
			.filter(f -> f.getPeriod().kind() == Period.Kind.YEAR && ANNUAL_METRICS.contains(f.getMetric().getCode()))
			.map(f -> f.getPeriod().key())
			.distinct()
			.sorted()
			.toList();
	}

	void check(DrawnChart chart, Lang lang, @Nullable Company company, SoftAssertions soft, String page) {
		String what = page + " #" + chart.id();
		soft.assertThat(chart.drawn()).as("%s: canvas marked drawn", what).isTrue();
		soft.assertThat(chart.instance()).as("%s: Chart.getChart(canvas) holds a chart", what).isTrue();
		soft.assertThat(chart.painted()).as("%s: painted pixels on the canvas", what).isPositive();
		List<List<Optional<Figure>>> expected = expected(chart, lang, company, soft, what);
		if (expected == null) {
			return;
		}
		soft.assertThat(chart.values()).as("%s: one dataset per series", what).hasSize(expected.size());
		soft.assertThat(chart.rows()).as("%s: one table row per label", what).hasSize(chart.labels().size());
		if (chart.values().size() != expected.size() || chart.rows().size() != chart.labels().size()) {
			return;
		}
		Set<String> units = new TreeSet<>();
		for (int s = 0; s < expected.size(); s++) {
			for (int i = 0; i < chart.labels().size(); i++) {
				String cell = what + " [" + chart.labels().get(i) + ", series " + (s + 1) + "]";
				Optional<Figure> figure = expected.get(s).get(i);
				List<String> row = chart.rows().get(i);
				soft.assertThat(row.get(0)).as("%s: table row label", cell).isEqualTo(chart.labels().get(i));
				if (row.size() <= s + 1) {
					soft.fail(cell + ": table row has no cell for the series: " + row);
					continue;
				}
				if (figure.isPresent()) {
					Figure f = figure.get();
					units.add(f.getUnit().code());
					String text = Formats.figure(f, lang);
					soft.assertThat(chart.values().get(s).get(i))
						.as("%s: bar value vs database", cell)
						.isEqualTo(f.getValue().doubleValue());
					soft.assertThat(chart.texts().get(s).get(i)).as("%s: bar text", cell).isEqualTo(text);
					soft.assertThat(row.get(s + 1))
						.as("%s: table cell vs database", cell)
						.startsWith(text)
						.endsWith("[" + f.getSource().getId() + "]");
				}
				else {
					soft.assertThat(chart.values().get(s).get(i))
						.as("%s: no figure in the database, so no bar", cell)
						.isNull();
					soft.assertThat(row.get(s + 1))
						.as("%s: table cell says why there is no figure", cell)
						.isNotBlank()
						.doesNotContainPattern("\\[S\\d+]");
				}
			}
		}
		soft.assertThat(units).as("%s: one unit per chart, never mixed currencies", what).hasSizeLessThanOrEqualTo(1);
		if (!chart.id().equals(ANNUAL) && !BY_COMPANY.containsKey(chart.id()) && units.size() == 1) {
			soft.assertThat(chart.id())
				.as("%s: a currency split names its currency", what)
				.endsWith("-" + units.iterator().next().toLowerCase(Locale.ROOT));
		}
	}

	/**
	 * The figure behind each bar, by series then label; null (after a failure) when the
	 * chart is unknown.
	 */
	private @Nullable List<List<Optional<Figure>>> expected(DrawnChart chart, Lang lang, @Nullable Company company,
			SoftAssertions soft, String what) {
		List<List<Optional<Figure>>> expected = new ArrayList<>();
		if (chart.id().equals(ANNUAL)) {
			if (company == null) {
				soft.fail(what + ": a by-year chart outside a company page");
				return null;
			}
			List<String> years = annualYears(company);
			soft.assertThat(chart.labels())
				.as("%s: a group per year", what)
				.containsExactlyElementsOf(years.stream().map(y -> Formats.period(Period.parse(y), lang)).toList());
			if (chart.labels().size() != years.size()) {
				return null;
			}
			ANNUAL_CHARTED.stream()
				.filter(m -> catalog.metric(m).isPresent())
				.forEach(m -> expected.add(years.stream().map(y -> catalog.shown(company, m, y)).toList()));
			return expected;
		}
		Optional<String> base = BY_COMPANY.keySet().stream().filter(chart::isOrSplitOf).findFirst();
		if (base.isEmpty()) {
			soft.fail(what + ": a chart the tests know nothing about");
			return null;
		}
		List<Company> companies = new ArrayList<>();
		for (String label : chart.labels()) {
			Optional<Company> labelled = catalog.companies()
				.stream()
				.filter(c -> Names.company(c, lang).equals(label))
				.findFirst();
			if (labelled.isEmpty()) {
				soft.fail(what + ": label is no company's name: " + label);
				return null;
			}
			companies.add(labelled.get());
		}
		BY_COMPANY.get(base.get())
			.forEach(series -> expected.add(companies.stream().map(c -> series.figure(catalog, c)).toList()));
		return expected;
	}

}
