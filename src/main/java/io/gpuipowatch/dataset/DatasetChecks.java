package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Derivation;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Method;
import io.gpuipowatch.catalog.MetricKind;
import org.jspecify.annotations.Nullable;

/**
 * The checks that span rows: conflicting reports, each company's status against its events, and
 * derived figures recomputed from the figures they follow from (a first-day gain from the prices,
 * a market cap from price × shares, a multi-year total from its years).
 *
 * <p>
 * An exact figure must match its recomputed value to the rounding of the digits it is stated with
 * (47.5亿 may be 47.45–47.55亿), widened by the rounding of the figures it is computed from. "Over"
 * and "nearly" are bounds; "about" allows the configured approximate tolerance. A mismatch is a
 * problem unless the row's {@code check_note} says why the figure differs.
 */
final class DatasetChecks {

	private static final MathContext MATH = MathContext.DECIMAL64;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final DatasetReader data;

	private final Problems problems;

	private final BigDecimal approximateTolerance;

	DatasetChecks(DatasetReader data, Problems problems, BigDecimal approximateTolerancePercent) {
		this.data = data;
		this.problems = problems;
		this.approximateTolerance = approximateTolerancePercent.divide(HUNDRED, MATH);
	}

	void run() {
		checkFigureConflicts();
		checkEventConflicts();
		checkCompanyStatus();
		List<Figure> checked = new ArrayList<>();
		for (Figure figure : data.figures) {
			if (checkDerivation(figure) | checkSum(figure)) {
				checked.add(figure);
			}
		}
		for (Figure figure : data.figures) {
			if (figure.getMethod() == Method.COMPUTED && !checked.contains(figure)) {
				problems.add(row(figure), "method",
						"a computed figure must follow from figures in the dataset, and none were found to check it");
			}
		}
	}

	/**
	 * Figures for the same company, metric and period are either one figure, or a conflict group
	 * with exactly one shown by default; a figure may not repeat another's company, metric,
	 * period, basis and source.
	 */
	private void checkFigureConflicts() {
		Map<String, Figure> byFullKey = new HashMap<>();
		Map<String, Figure> byKey = new HashMap<>();
		for (Figure figure : data.figures) {
			String key = slug(figure.getCompany()) + "/" + figure.getMetric().getCode() + "/" + figure.getPeriod().key();
			String fullKey = key + "/" + (figure.getBasis() == null ? "" : figure.getBasis().getCode()) + "/"
					+ figure.getSource().getId();
			Figure same = byFullKey.putIfAbsent(fullKey, figure);
			if (same != null) {
				problems.add(row(figure), "source", "duplicate figure: same company, metric, period, basis and source as '"
						+ same.getId() + "' on line " + row(same).line());
				continue;
			}
			Figure other = byKey.putIfAbsent(key, figure);
			if (other != null && (figure.getConflict() == null || !figure.getConflict().equals(other.getConflict()))) {
				problems.add(row(figure), "conflict", "'" + other.getId() + "' on line " + row(other).line()
						+ " has the same company, metric and period: put both in one conflict group");
			}
			if (figure.getConflict() == null && !figure.isShown()) {
				problems.add(row(figure), "shown", "a figure outside a conflict group is always shown");
			}
		}
		checkGroups(data.figures, Figure::getConflict, Figure::isShown, Figure::getShownReason, this::row,
				f -> slug(f.getCompany()) + "/" + f.getMetric().getCode());
	}

	private void checkEventConflicts() {
		Map<String, ListingEvent> byKey = new HashMap<>();
		for (ListingEvent event : data.events) {
			String key = slug(event.getCompany()) + "/" + event.getKind().code() + "/" + event.getVenue().getCode();
			ListingEvent other = byKey.putIfAbsent(key, event);
			if (other != null && (event.getConflict() == null || !event.getConflict().equals(other.getConflict()))) {
				problems.add(row(event), "conflict", "'" + other.getId() + "' on line " + row(other).line()
						+ " is the same step at the same venue: put both in one conflict group");
			}
			if (event.getConflict() == null && !event.isShown()) {
				problems.add(row(event), "shown", "an event outside a conflict group is always shown");
			}
		}
		checkGroups(data.events, ListingEvent::getConflict, ListingEvent::isShown, ListingEvent::getShownReason,
				this::row, e -> slug(e.getCompany()) + "/" + e.getKind().code());
	}

	/** Each conflict group has two or more members about one thing, exactly one shown, and reasons. */
	private <T> void checkGroups(List<T> items, Function<T, @Nullable String> conflict, Function<T, Boolean> shown,
			Function<T, @Nullable String> reason, Function<T, Row> row, Function<T, String> subject) {
		Map<String, List<T>> groups = items.stream()
			.filter(item -> conflict.apply(item) != null)
			.collect(Collectors.groupingBy(item -> Objects.requireNonNull(conflict.apply(item)), LinkedHashMap::new,
					Collectors.toList()));
		groups.forEach((group, members) -> {
			Row first = row.apply(members.get(0));
			if (members.size() < 2) {
				problems.add(first, "conflict", "conflict group '" + group + "' has only one member");
			}
			long shownCount = members.stream().filter(shown::apply).count();
			if (shownCount != 1) {
				problems.add(first, "shown", "conflict group '" + group + "' must have exactly one figure shown (yes), has "
						+ shownCount);
			}
			for (T member : members) {
				if (!subject.apply(member).equals(subject.apply(members.get(0)))) {
					problems.add(row.apply(member), "conflict",
							"conflict group '" + group + "' mixes different companies or metrics");
				}
				if (reason.apply(member) == null) {
					problems.add(row.apply(member), "shown_reason",
							"in conflict group '" + group + "': say why this one is shown or not");
				}
			}
		});
	}

	/**
	 * A company's status is its latest shown event; a listed company has a listing event at its
	 * venue, and one that has applied has an event at the venue it applied to.
	 */
	private void checkCompanyStatus() {
		for (Company company : data.companies.values()) {
			List<ListingEvent> events = data.events.stream()
				.filter(e -> e.isShown() && e.getCompany() == company)
				.sorted(Comparator.comparing(ListingEvent::getDate).thenComparing(e -> e.getKind().ordinal()))
				.toList();
			Row row = row(company);
			if (events.isEmpty()) {
				problems.add(row, "status", "no events for this company in " + DatasetReader.EVENTS);
				continue;
			}
			EventKind latest = events.get(events.size() - 1).getKind();
			if (latest != company.getStatus()) {
				problems.add(row, "status", "'" + company.getStatus().code() + "' but the latest event is '"
						+ latest.code() + "'");
			}
			if (company.getVenue().isListed() && events.stream()
				.noneMatch(e -> e.getKind() == EventKind.LISTED && e.getVenue() == company.getVenue())) {
				problems.add(row, "venue", "listed on '" + company.getVenue().getCode() + "' but no 'listed' event there");
			}
			if (company.getAppliedVenue() != null
					&& events.stream().noneMatch(e -> e.getVenue() == company.getAppliedVenue())) {
				problems.add(row, "applied_venue", "no event at '" + company.getAppliedVenue().getCode() + "'");
			}
		}
	}

	/** Recomputes a figure whose metric follows from two others, when both are in the dataset. */
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
			problems.add(row(second.get()), "value", "is 0, so '" + figure.getId() + "' (" + derivation
					+ ") cannot be computed from it");
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

	/** Recomputes a multi-year total from its years, on the same basis where the years have one. */
	private boolean checkSum(Figure figure) {
		List<String> years = figure.getPeriod().annualParts();
		MetricKind kind = figure.getMetric().getKind();
		if (years.isEmpty() || figure.getCompany() == null
				|| !(kind == MetricKind.MONEY || kind == MetricKind.SHARES || kind == MetricKind.COUNT)) {
			return false;
		}
		List<Figure> parts = new ArrayList<>();
		for (String year : years) {
			List<Figure> candidates = data.figures.stream()
				.filter(f -> f.getCompany() == figure.getCompany() && f.getMetric() == figure.getMetric()
						&& f.getPeriod().key().equals(year) && f.getUnit() == figure.getUnit())
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
		return data.figures.stream()
			.filter(f -> f.isShown() && f.getCompany() == figure.getCompany() && f.getMetric().getCode().equals(metric)
					&& f.getPeriod().key().equals(figure.getPeriod().key()))
			.findFirst();
	}

	private void compare(Figure figure, BigDecimal computed, BigDecimal slack, String how) {
		BigDecimal stated = figure.getValue();
		BigDecimal allowed = slack.add(halfUlp(stated));
		BigDecimal approximate = stated.abs().multiply(approximateTolerance, MATH);
		boolean matches = switch (figure.getQualifier()) {
			case EXACT -> computed.subtract(stated).abs().compareTo(allowed) <= 0;
			case ABOUT -> computed.subtract(stated).abs().compareTo(allowed.max(approximate)) <= 0;
			case OVER -> computed.compareTo(stated.subtract(allowed)) >= 0;
			case NEARLY -> computed.compareTo(stated.add(allowed)) <= 0
					&& computed.compareTo(stated.subtract(allowed.max(approximate))) >= 0;
		};
		if (!matches && figure.getCheckNote() == null) {
			problems.add(row(figure), "value", "'" + stated.toPlainString() + "' ("
					+ figure.getQualifier().code() + ") does not match " + how + " = "
					+ computed.round(new MathContext(8)).stripTrailingZeros().toPlainString()
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

	private static String slug(@Nullable Company company) {
		return company == null ? "" : company.getSlug();
	}

	private Row row(Object entity) {
		return Objects.requireNonNull(data.row(entity));
	}

}
