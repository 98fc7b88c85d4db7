package io.gpuipowatch.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.money.Fixings;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;

/**
 * What each chart must hold, read from the database's catalog. Each bar says what it
 * stands for (a company's metric over a period); behind it must be the figure shown for
 * that, or a variant of it on another basis the reader chose, or no bar when there is
 * none, with the reason in its place. In the accessible table, that figure's display text
 * and its source. Every axis is linear; a bar has its company's colour, and only a
 * company's bar has a company colour; a lower bound is marked as one. Charts are never
 * drawn across currencies.
 */
final class ChartChecks {

	/** The company colours, by position (Okabe–Ito), as the style sheet has them. */
	private static final List<String> COMPANY_COLOURS = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
			"#D55E00", "#F0E442", "#999999");

	/**
	 * The company page's chart: a group per year with any annual figure, a bar per
	 * metric.
	 */
	static final String ANNUAL = "company-annual";

	private static final List<String> ANNUAL_METRICS = List.of("revenue", "net-loss", "rd-expense", "rd-to-revenue");

	private final Catalog catalog;

	ChartChecks(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The years a company's by-year chart shows, oldest first. */
	List<String> annualYears(Company company) {
		return catalog.figures(company)
			.stream()
			.filter(f -> f.isShown() && f.getPeriod().kind() == Period.Kind.YEAR
					&& ANNUAL_METRICS.subList(0, 3).contains(f.getMetric().getCode()))
			.map(f -> f.getPeriod().key())
			.distinct()
			.sorted()
			.toList();
	}

	/**
	 * A figure's money in another currency, from the fixings of rates.csv nearest its day
	 * (the day it is of, or the end of its last year): yuan per unit of each.
	 */
	private double inCurrency(Figure figure, String currency) {
		LocalDate day = Fixings.dayOf(figure.getPeriod().key());
		String from = figure.getUnit().code();
		return figure.getValue().doubleValue()
				* Fixings.yuanPer(catalog, from, day)
					.orElseThrow(() -> new AssertionError("a bar converted from " + from + " with no rate near " + day))
				/ Fixings.yuanPer(catalog, currency, day)
					.orElseThrow(
							() -> new AssertionError("a bar converted to " + currency + " with no rate near " + day));
	}

	void check(DrawnChart chart, Lang lang, @Nullable Company company, SoftAssertions soft, String page) {
		String what = page + " #" + chart.id();
		soft.assertThat(chart.drawn()).as("%s: canvas marked drawn", what).isTrue();
		soft.assertThat(chart.instance()).as("%s: Chart.getChart(canvas) holds a chart", what).isTrue();
		soft.assertThat(chart.painted()).as("%s: painted pixels on the canvas", what).isPositive();
		soft.assertThat(chart.scales()).as("%s: no logarithmic axis", what).isNotEmpty().doesNotContain("logarithmic");
		if (chart.kind().equals("line")) {
			// Dated points, checked by the page's own test against the prices
			return;
		}
		soft.assertThat(chart.values()).as("%s: a slot per bar", what).hasSameSizeAs(chart.slots());
		soft.assertThat(chart.rows()).as("%s: one table row per label", what).hasSize(chart.labels().size());
		if (chart.values().size() != chart.slots().size() || chart.rows().size() != chart.labels().size()) {
			return;
		}
		boolean annual = chart.id().equals(ANNUAL);
		Set<String> units = new TreeSet<>();
		for (int s = 0; s < chart.slots().size(); s++) {
			for (int i = 0; i < chart.labels().size(); i++) {
				String cell = what + " [" + chart.labels().get(i) + ", series " + (s + 1) + "]";
				String[] slot = chart.slots().get(s).get(i).split("/", -1);
				Company owner = catalog.company(slot[0]).orElse(null);
				if (owner == null) {
					soft.fail(cell + ": the bar names no company: " + slot[0]);
					continue;
				}
				if (annual) {
					soft.assertThat(owner).as("%s: a company page charts its own figures", cell).isEqualTo(company);
					soft.assertThat(COMPANY_COLOURS)
						.as("%s: years and metrics are never in a company colour", cell)
						.doesNotContain(chart.colours().get(s).get(i).toUpperCase(Locale.ROOT));
				}
				else {
					soft.assertThat(chart.colours().get(s).get(i).toUpperCase(Locale.ROOT))
						.as("%s: the bar has its company's colour", cell)
						.isEqualTo(COMPANY_COLOURS.get(owner.getPosition() % COMPANY_COLOURS.size()));
				}
				Optional<Figure> shown = slot[2].isEmpty() ? catalog.shownLatest(owner, slot[1])
						: catalog.shown(owner, slot[1], slot[2]);
				String id = chart.figures().get(s).get(i);
				List<String> row = chart.rows().get(i);
				String tableCell = row.size() > s + 1 ? row.get(s + 1) : "";
				if (id != null) {
					Figure f = catalog.figures(owner)
						.stream()
						.filter(x -> x.getId().equals(id))
						.findFirst()
						.orElse(null);
					if (f == null) {
						soft.fail(cell + ": no such figure of the company: " + id);
						continue;
					}
					soft.assertThat(shown).as("%s: a bar only where a figure is shown", cell).isPresent();
					shown.ifPresent(sf -> soft.assertThat(f == sf || catalog.variants(sf).contains(f))
						.as("%s: the figure shown, or a variant of it on another basis", cell)
						.isTrue());
					String text = Formats.figure(f, lang);
					if (f.getUnit().isCurrency() && !chart.unit().equals(f.getUnit().code())) {
						// Drawn in the currency the reader chose, at the fixings nearest
						// its date
						units.add(chart.unit());
						soft.assertThat(chart.values().get(s).get(i))
							.as("%s: converted bar value vs database and rates", cell)
							.isCloseTo(inCurrency(f, chart.unit()),
									Offset.offset(Math.abs(inCurrency(f, chart.unit())) * 1e-9));
						soft.assertThat(chart.texts().get(s).get(i))
							.as("%s: converted bar text", cell)
							.contains(chart.unit())
							.endsWith("(" + text + ")");
						soft.assertThat(tableCell)
							.as("%s: converted table cell names the figure as listed and its rate", cell)
							.contains(text + " [" + f.getSource().getId() + "]")
							.containsPattern("\\[S\\d+]$");
					}
					else {
						units.add(f.getUnit().code());
						soft.assertThat(chart.values().get(s).get(i))
							.as("%s: bar value vs database", cell)
							.isEqualTo(f.getValue().doubleValue());
						soft.assertThat(chart.texts().get(s).get(i)).as("%s: bar text", cell).isEqualTo(text);
						soft.assertThat(tableCell)
							.as("%s: table cell vs database", cell)
							.startsWith(text)
							.endsWith("[" + f.getSource().getId() + "]");
					}
					soft.assertThat("lower-bound".equals(chart.marks().get(s).get(i)))
						.as("%s: a lower bound is drawn as one", cell)
						.isEqualTo(f.getQualifier() == Qualifier.OVER);
				}
				else {
					soft.assertThat(shown).as("%s: no bar, so no figure in the database", cell).isEmpty();
					soft.assertThat(chart.values().get(s).get(i)).as("%s: no bar value", cell).isNull();
					soft.assertThat(tableCell)
						.as("%s: table cell says why there is no figure", cell)
						.isNotBlank()
						.doesNotContainPattern("\\[S\\d+]");
				}
			}
		}
		soft.assertThat(units).as("%s: one unit per chart, never mixed currencies", what).hasSizeLessThanOrEqualTo(1);
		if (chart.id().matches(".*-(cny|hkd|usd)$") && units.size() == 1) {
			soft.assertThat(chart.id())
				.as("%s: a currency split names its currency", what)
				.endsWith("-" + units.iterator().next().toLowerCase(Locale.ROOT));
		}
	}

}
