package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Derivation;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.MetricKind;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Provenance;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Text;
import io.gpuipowatch.catalog.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Computes what the data implies and no source states: every derived metric (an R&D
 * ratio, a first-day gain, a market cap) for every company and period whose inputs are
 * shown, and every multi-year total the data uses elsewhere for a company that has all
 * its years. A computed figure cites the dataset itself and names its inputs; one a
 * source states is never replaced.
 *
 * <p>
 * Its digits follow its inputs: a price, a share count or a count stated exactly is
 * exact; any other input counts the digits it is written with, and a result keeps two
 * more significant digits than its least precise input (Moore Threads' 2022 R&D ratio
 * from revenue of 0.46亿 is "about 2,427%"), never more than two decimals, and is "about"
 * when that cuts its decimals.
 */
final class Derivations extends DatasetStep {

	private static final MathContext MATH = MathContext.DECIMAL64;

	/**
	 * Sums and products of exact inputs keep this many significant digits: as many as
	 * sources state.
	 */
	private static final int EXACT_DIGITS = 6;

	private final List<Figure> derived = new ArrayList<>();

	/**
	 * The first figure of the files shown for a company's metric, by period, in the order
	 * of the file; built once, as scanning every figure for each company, metric and
	 * period grew with the square of the companies.
	 */
	private final Map<String, Map<String, Figure>> shownInFiles = new HashMap<>();

	/** The figure shown for a company's metric and period: the files', else ours. */
	private final Map<String, Figure> shownByKey = new HashMap<>();

	private int position;

	Derivations(DatasetParts data, Problems problems) {
		super(data, problems);
	}

	void run() {
		position = data.figures.size();
		for (Figure f : data.figures) {
			if (f.isShown() && f.getCompany() != null) {
				shownInFiles.computeIfAbsent(key(f.getCompany(), f.getMetric().getCode()), k -> new LinkedHashMap<>())
					.putIfAbsent(f.getPeriod().key(), f);
				shownByKey.putIfAbsent(subject(f.getCompany(), f.getMetric().getCode(), f.getPeriod().key()), f);
			}
		}
		for (Metric metric : data.metrics.values()) {
			if (metric.getDerivedFrom() != null) {
				data.companies.values().forEach(company -> derive(company, metric));
			}
		}
		totals();
		if (!derived.isEmpty() && !data.sources.containsKey(DatasetFiles.COMPUTED_SOURCE)) {
			problems.add(DatasetFiles.SOURCES, 0, "id", "the data implies " + derived.size() + " computed figures, "
					+ "which cite the dataset itself: add the source " + DatasetFiles.COMPUTED_SOURCE);
			return;
		}
		data.figures.addAll(derived);
	}

	/**
	 * The metric over every period both its inputs are shown for, where no figure is
	 * shown yet.
	 */
	private void derive(Company company, Metric metric) {
		Derivation derivation = Objects.requireNonNull(metric.getDerivedFrom());
		Map<String, Figure> firsts = shownByPeriod(company, derivation.first());
		Map<String, Figure> seconds = shownByPeriod(company, derivation.second());
		firsts.forEach((period, a) -> {
			Figure b = seconds.get(period);
			if (b == null || b.getValue().signum() == 0 || shown(company, metric, period) != null) {
				return;
			}
			BigDecimal value = derivation.apply(a.getValue(), b.getValue());
			Unit unit = metric.getKind() == MetricKind.PERCENT ? Unit.PERCENT : a.getUnit();
			add(company, metric, a.getPeriod(), value, unit, null, List.of(a, b));
		});
	}

	/**
	 * Every multi-year total of whole years the data has for a metric, for each company
	 * that has all its years.
	 */
	private void totals() {
		Map<Metric, Set<Period>> spans = new LinkedHashMap<>();
		for (Figure figure : data.figures) {
			MetricKind kind = figure.getMetric().getKind();
			if (!figure.getPeriod().annualParts().isEmpty() && (kind == MetricKind.MONEY || kind == MetricKind.COUNT)) {
				spans.computeIfAbsent(figure.getMetric(), m -> new LinkedHashSet<>()).add(figure.getPeriod());
			}
		}
		spans.forEach((metric, periods) -> periods.forEach(span -> {
			for (Company company : data.companies.values()) {
				if (shown(company, metric, span.key()) == null) {
					total(company, metric, span);
				}
			}
		}));
	}

	private void total(Company company, Metric metric, Period span) {
		List<Figure> parts = new ArrayList<>();
		for (String year : span.annualParts()) {
			Figure part = shown(company, metric, year);
			if (part == null || (!parts.isEmpty() && (part.getUnit() != parts.get(0).getUnit()
					|| !Objects.equals(part.getBasis(), parts.get(0).getBasis())))) {
				return;
			}
			parts.add(part);
		}
		BigDecimal sum = parts.stream().map(Figure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
		add(company, metric, span, sum, parts.get(0).getUnit(), parts.get(0).getBasis(), parts);
	}

	private void add(Company company, Metric metric, Period period, BigDecimal exact, Unit unit, @Nullable Basis basis,
			List<Figure> inputs) {
		Source source = data.sources.get(DatasetFiles.COMPUTED_SOURCE);
		boolean approximate = inputs.stream().anyMatch(f -> f.getQualifier() != Qualifier.EXACT);
		BigDecimal value = round(exact, inputs, metric.getKind() == MetricKind.PERCENT ? 2 : 0);
		approximate |= value.scale() < Math.min(exact.stripTrailingZeros().scale(), unit == Unit.PERCENT ? 2 : 0);
		String id = "computed-" + company.getSlug() + "-" + metric.getCode() + "-" + period.key().toLowerCase();
		Provenance provenance = new Provenance(new Provenance.Origin(source, null, Text.NONE),
				Provenance.Standing.ALONE);
		Figure figure = new Figure(
				id, new Figure.Subject(company, metric, period), new Figure.Statement(value, unit,
						approximate ? Qualifier.ABOUT : Qualifier.EXACT, basis, Method.COMPUTED),
				provenance, Text.NONE, position++);
		derived.add(figure.withInputs(inputs));
		shownByKey.putIfAbsent(subject(company, metric.getCode(), period.key()), figure);
	}

	/**
	 * Two more significant digits than the least precise input, at most {@code maxScale}
	 * decimals.
	 */
	private static BigDecimal round(BigDecimal exact, List<Figure> inputs, int maxScale) {
		int digits = inputs.stream().mapToInt(Derivations::digits).min().orElse(EXACT_DIGITS);
		BigDecimal rounded = exact.round(new MathContext(Math.min(digits + 2, 34), RoundingMode.HALF_UP));
		if (rounded.scale() > maxScale) {
			rounded = rounded.setScale(maxScale, RoundingMode.HALF_UP);
		}
		return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
	}

	/**
	 * The significant digits an input carries: a price, a share count or a count stated
	 * exactly is exact.
	 */
	private static int digits(Figure figure) {
		MetricKind kind = figure.getMetric().getKind();
		boolean exact = figure.getQualifier() == Qualifier.EXACT
				&& (kind == MetricKind.PRICE || kind == MetricKind.SHARES || kind == MetricKind.COUNT);
		return exact ? EXACT_DIGITS + 30 : figure.getValue().precision();
	}

	private Map<String, Figure> shownByPeriod(Company company, String metric) {
		return shownInFiles.getOrDefault(key(company, metric), Map.of());
	}

	private @Nullable Figure shown(Company company, Metric metric, String period) {
		return shownByKey.get(subject(company, metric.getCode(), period));
	}

	private static String key(Company company, String metric) {
		return company.getSlug() + "/" + metric;
	}

}
