package io.gpuipowatch.dataset;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Provenance;
import org.jspecify.annotations.Nullable;

/**
 * The checks that span rows of one kind: reports of the same thing by several sources
 * form a group with exactly one shown, and each company's status follows from its events.
 */
final class ConflictChecks extends DatasetStep {

	ConflictChecks(DatasetParts data, Problems problems) {
		super(data, problems);
	}

	void run() {
		checkFigureConflicts();
		checkEventConflicts();
		checkCompanyStatus();
	}

	/**
	 * Figures for the same company, metric and period are either one figure, or a
	 * conflict group with exactly one shown by default; a figure may not repeat another's
	 * company, metric, period, basis and source.
	 */
	private void checkFigureConflicts() {
		Map<String, Figure> byFullKey = new HashMap<>();
		Map<String, Figure> byKey = new HashMap<>();
		for (Figure figure : data.figures) {
			String key = slug(figure.getCompany()) + "/" + figure.getMetric().getCode() + "/"
					+ figure.getPeriod().key();
			String fullKey = key + "/" + (figure.getBasis() == null ? "" : figure.getBasis().getCode()) + "/"
					+ figure.getSource().getId();
			Figure same = byFullKey.putIfAbsent(fullKey, figure);
			if (same != null) {
				problems.add(row(figure), "source",
						"duplicate figure: same company, metric, period, basis and source as '" + same.getId()
								+ "' on line " + row(same).line());
				continue;
			}
			Figure other = byKey.putIfAbsent(key, figure);
			if (other != null && (figure.getProvenance().getConflict() == null
					|| !figure.getProvenance().getConflict().equals(other.getProvenance().getConflict()))) {
				problems.add(row(figure), "conflict", "'" + other.getId() + "' on line " + row(other).line()
						+ " has the same company, metric and period: put both in one conflict group");
			}
			if (figure.getProvenance().getConflict() == null && !figure.isShown()) {
				problems.add(row(figure), "shown", "a figure outside a conflict group is always shown");
			}
		}
		checkGroups(data.figures, Figure::getProvenance, f -> slug(f.getCompany()) + "/" + f.getMetric().getCode());
	}

	private void checkEventConflicts() {
		Map<String, ListingEvent> byKey = new HashMap<>();
		for (ListingEvent event : data.events) {
			String key = slug(event.getCompany()) + "/" + event.getKind().code() + "/" + event.getVenue().getCode();
			ListingEvent other = byKey.putIfAbsent(key, event);
			if (other != null && (event.getProvenance().getConflict() == null
					|| !event.getProvenance().getConflict().equals(other.getProvenance().getConflict()))) {
				problems.add(row(event), "conflict", "'" + other.getId() + "' on line " + row(other).line()
						+ " is the same step at the same venue: put both in one conflict group");
			}
			if (event.getProvenance().getConflict() == null && !event.isShown()) {
				problems.add(row(event), "shown", "an event outside a conflict group is always shown");
			}
		}
		checkGroups(data.events, ListingEvent::getProvenance, e -> slug(e.getCompany()) + "/" + e.getKind().code());
	}

	/**
	 * Each conflict group has two or more members about one thing, exactly one shown, and
	 * reasons.
	 */
	private <T> void checkGroups(List<T> items, Function<T, Provenance> provenance, Function<T, String> subject) {
		Map<String, List<T>> groups = items.stream()
			.filter(item -> provenance.apply(item).getConflict() != null)
			.collect(Collectors.groupingBy(item -> Objects.requireNonNull(provenance.apply(item).getConflict()),
					LinkedHashMap::new, Collectors.toList()));
		groups.forEach((group, members) -> {
			Row first = row(members.get(0));
			if (members.size() < 2) {
				problems.add(first, "conflict", "conflict group '" + group + "' has only one member");
			}
			long shownCount = members.stream().filter(m -> provenance.apply(m).isShown()).count();
			if (shownCount != 1) {
				problems.add(first, "shown",
						"conflict group '" + group + "' must have exactly one figure shown (yes), has " + shownCount);
			}
			for (T member : members) {
				if (!subject.apply(member).equals(subject.apply(members.get(0)))) {
					problems.add(row(member), "conflict",
							"conflict group '" + group + "' mixes different companies or metrics");
				}
				if (provenance.apply(member).getReason() == null) {
					problems.add(row(member), "shown_reason",
							"in conflict group '" + group + "': say why this one is shown or not");
				}
			}
		});
	}

	/**
	 * A company's status is its latest shown event; a listed company has a listing event
	 * at its venue, and one that has applied has an event at the venue it applied to.
	 */
	private void checkCompanyStatus() {
		for (Company company : data.companies.values()) {
			List<ListingEvent> events = data.events.stream()
				.filter(e -> e.isShown() && e.getCompany() == company)
				.sorted(Comparator.comparing(ListingEvent::getDate).thenComparing(e -> e.getKind().ordinal()))
				.toList();
			Row row = row(company);
			if (events.isEmpty()) {
				problems.add(row, "status", "no events for this company in " + DatasetFiles.EVENTS);
				continue;
			}
			EventKind latest = events.get(events.size() - 1).getKind();
			if (latest != company.getStatus()) {
				problems.add(row, "status",
						"'" + company.getStatus().code() + "' but the latest event is '" + latest.code() + "'");
			}
			if (company.getVenue().isListed() && events.stream()
				.noneMatch(e -> e.getKind() == EventKind.LISTED && e.getVenue() == company.getVenue())) {
				problems.add(row, "venue",
						"listed on '" + company.getVenue().getCode() + "' but no 'listed' event there");
			}
			if (company.getAppliedVenue() != null
					&& events.stream().noneMatch(e -> e.getVenue() == company.getAppliedVenue())) {
				problems.add(row, "applied_venue", "no event at '" + company.getAppliedVenue().getCode() + "'");
			}
		}
	}

	private static String slug(@Nullable Company company) {
		return company == null ? "" : company.getSlug();
	}

}
