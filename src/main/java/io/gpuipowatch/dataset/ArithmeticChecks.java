package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Derivation;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.catalog.MetricKind;
import io.gpuipowatch.catalog.Qualifier;

/**
 * Derived figures recomputed from the figures they follow from: a first-day gain from the
 * prices, a market cap from price × shares, a multi-year total from its years.
 *
 * <p>
 * An exact figure must match its recomputed value to the rounding of the digits it is
 * stated with (47.5亿 may be 47.45–47.55亿), widened by the rounding of the figures it is
 * computed from. "Over" and "nearly" are bounds; "about" allows the configured
 * approximate tolerance. A mismatch is a problem unless the row's {@code check_note} says
 * why the figure differs.
 */
final class ArithmeticChecks extends DatasetStep {

	private static final MathContext MATH = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final BigDecimal approximateTolerance;

	/**
	 * The figures of a company's metric over a period, in the order of the data: looked
	 * up for each figure checked, where a scan of every figure grew with the square of
	 * the companies.
	 */
	private final Map<String, List<Figure>> bySubject = new HashMap<>();

	ArithmeticChecks(DatasetParts data, Problems problems, BigDecimal approximateTolerancePercent) {
		super(data, problems);
		this.approximateTolerance = approximateTolerancePercent.divide(HUNDRED, MATH);
	}

	void run() {
		for (Figure f : data.figures) {
			if (f.getCompany() != null) {
				bySubject
					.computeIfAbsent(subject(f.getCompany(), f.getMetric().getCode(), f.getPeriod().key()),
							k -> new ArrayList<>())
					.add(f);
			}
		}
		Set<Figure> checked = Collections.newSetFromMap(new IdentityHashMap<>());
		// A variant on another basis, date or account is not a figure of the inputs shown
		List<Figure> fromFiles = data.figures.stream()
			.filter(data::has)
			.filter(f -> f.getProvenance().getDifference() == null
					|| f.getProvenance().getDifference() == Difference.ROUNDED)
			.toList();
		for (Figure figure : fromFiles) {
			if (checkDerivation(figure) | checkSum(figure)) {
				checked.add(figure);
			}
		}
		for (Figure figure : fromFiles) {
			if (figure.getMethod() == Method.COMPUTED && !checked.contains(figure)) {
				problems.add(row(figure), "method",
						"a computed figure must follow from figures in the dataset, and none were found to check it");
			}
		}
	}

	/**
	 * Recomputes a figure whose metric follows from two others, when both are in the
	 * dataset.
	 */
	private boolean checkDerivation(Figure figure) {
		Derivation derivation = figure.getMetric().getDerivedFrom();
		if (derivation == null || figure.getCompany() == null) {
			return false;
		}
		Optional<Figure> first = shownOperand(figure, derivation.first());
		Optional<Figure> second = shownOperand(figure, derivation.second());
		if (first.isEmpty() || second.isEmpty()) {
			return false;
		}
		BigDecimal a = first.get().getValue();
		BigDecimal b = second.get().getValue();
		if (b.signum() == 0 && derivation.operation() != Derivation.Operation.PRODUCT) {
			problems.add(row(second.get()), "value",
					"is 0, so '" + figure.getId() + "' (" + derivation + ") cannot be computed from it");
			return true;
		}
		BigDecimal computed = derivation.apply(a, b);
		BigDecimal relativeError = relativeRounding(first.get()).add(relativeRounding(second.get()));
		BigDecimal slack = computed.abs().multiply(relativeError, MATH);
		if (derivation.operation() == Derivation.Operation.GAIN) {
			slack = computed.add(HUNDRED).abs().multiply(relativeError, MATH);
		}
		compare(figure, computed, slack, derivation.toString().replace(':', ' '));
		return true;
	}

	/**
	 * Recomputes a multi-year total from its years, on the same basis where the years
	 * have one.
	 */
	private boolean checkSum(Figure figure) {
		List<String> years = figure.getPeriod().annualParts();
		MetricKind kind = figure.getMetric().getKind();
		if (years.isEmpty() || figure.getCompany() == null
				|| !(kind == MetricKind.MONEY || kind == MetricKind.SHARES || kind == MetricKind.COUNT)) {
			return false;
		}
		List<Figure> parts = new ArrayList<>();
		for (String year : years) {
			List<Figure> candidates = figures(figure.getCompany(), figure.getMetric().getCode(), year).stream()
				.filter(f -> f.getUnit() == figure.getUnit())
				.toList();
			Optional<Figure> part = candidates.stream()
				.filter(f -> f.getBasis() == figure.getBasis())
				.findFirst()
				.or(() -> candidates.stream().filter(Figure::isShown).findFirst());
			if (part.isEmpty()) {
				return false;
			}
			parts.add(part.get());
		}
		BigDecimal computed = parts.stream().map(Figure::getValue).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal slack = parts.stream().map(f -> halfUlp(f.getValue())).reduce(BigDecimal.ZERO, BigDecimal::add);
		compare(figure, computed, slack, "the sum of " + String.join(", ", years));
		return true;
	}

	private Optional<Figure> shownOperand(Figure figure, String metric) {
		return figures(figure.getCompany(), metric, figure.getPeriod().key()).stream()
			.filter(Figure::isShown)
			.findFirst();
	}

	private List<Figure> figures(Company company, String metric, String period) {
		return bySubject.getOrDefault(subject(company, metric, period), List.of());
	}

	private void compare(Figure figure, BigDecimal computed, BigDecimal slack, String how) {
		BigDecimal stated = figure.getValue();
		if (figure.getMethod() == Method.COMPUTED && figure.getQualifier() == Qualifier.EXACT) {
			// Ours, not a source's: exactly what its inputs give, to its own digits
			BigDecimal rounded = computed.setScale(stated.scale(), RoundingMode.HALF_UP);
			if (rounded.compareTo(stated) != 0) {
				problems.add(row(figure), "value", "'" + stated.toPlainString() + "' is marked computed, but " + how
						+ " = " + rounded.toPlainString() + " to its digits; correct it");
			}
			return;
		}
		BigDecimal allowed = slack.add(halfUlp(stated));
		BigDecimal approximate = stated.abs().multiply(approximateTolerance, MATH);
		boolean matches = switch (figure.getQualifier()) {
			case EXACT -> computed.subtract(stated).abs().compareTo(allowed) <= 0;
			case ABOUT -> computed.subtract(stated).abs().compareTo(allowed.max(approximate)) <= 0;
			case OVER -> computed.compareTo(stated.subtract(allowed)) >= 0;
			case NEARLY -> computed.compareTo(stated.add(allowed)) <= 0
					&& computed.compareTo(stated.subtract(allowed.max(approximate))) >= 0;
		};
		if (!matches && figure.getCheckNote().isEmpty()) {
			problems.add(row(figure), "value",
					"'" + stated.toPlainString() + "' (" + figure.getQualifier().code() + ") does not match " + how
							+ " = " + computed.round(new MathContext(8)).stripTrailingZeros().toPlainString()
							+ "; correct it, or say why it differs in check_note");
		}
	}

	/** Half the last stated digit's place: the rounding a stated value may carry. */
	private static BigDecimal halfUlp(BigDecimal value) {
		return value.ulp().divide(BigDecimal.valueOf(2), MATH);
	}

	private static BigDecimal relativeRounding(Figure figure) {
		BigDecimal value = figure.getValue().abs();
		if (value.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return halfUlp(figure.getValue()).divide(value, MATH);
	}

}
