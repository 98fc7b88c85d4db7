package io.gpuipowatch.dataset;

import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Provenance;
import io.gpuipowatch.catalog.Reported;
import org.jspecify.annotations.Nullable;

/**
 * The checks that span rows of one kind. Reports of the same thing form a group of
 * variants with exactly one shown, and each other one says how it differs, which must
 * hold: a basis variant is on another basis, a dated one of another period, a rounding
 * rounds another member, a restatement is older than what restated it. And each company's
 * status follows from its events.
 */
final class VariantChecks extends DatasetStep {

	/**
	 * The figures read from the files, by variants key: a rounding is checked against its
	 * group's members, not against every figure.
	 */
	private Map<String, List<Figure>> figureGroups = Map.of();

	VariantChecks(DatasetParts data, Problems problems) {
		super(data, problems);
	}

	void run() {
		checkFigureKeys();
		checkEventKeys();
		figureGroups = variants(data.figures.stream().filter(f -> data.has(f)).toList());
		checkGroups(figureGroups, f -> slug(f.getCompany()) + "/" + f.getMetric().getCode(),
				this::checkFigureDifference);
		checkGroups(variants(data.events), e -> slug(e.getCompany()) + "/" + e.getKind().code(), (event, shown) -> {
		});
		checkCompanyStatus();
	}

	/**
	 * Figures for the same company, metric and period are one figure or variants of one;
	 * a figure may not repeat another's company, metric, period, basis and source.
	 */
	private void checkFigureKeys() {
		Map<String, Figure> byFullKey = new HashMap<>();
		Map<String, Figure> byKey = new HashMap<>();
		for (Figure figure : data.figures) {
			if (!data.has(figure)) {
				continue;
			}
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
			checkSameKey(figure, byKey.putIfAbsent(key, figure), "has the same company, metric and period");
		}
	}

	private void checkEventKeys() {
		Map<String, ListingEvent> byKey = new HashMap<>();
		for (ListingEvent event : data.events) {
			String key = slug(event.getCompany()) + "/" + event.getKind().code() + "/" + event.getVenue().getCode();
			checkSameKey(event, byKey.putIfAbsent(key, event), "is the same step at the same venue");
		}
	}

	private void checkSameKey(Reported item, @Nullable Reported other, String same) {
		String group = item.getProvenance().getVariants();
		if (other != null && (group == null || !group.equals(other.getProvenance().getVariants()))) {
			problems.add(row(item), "variants", "'" + other.getId() + "' on line " + row(other).line() + " " + same
					+ ": make both variants of one (the same variants key)");
		}
		if (group == null && !item.isShown()) {
			problems.add(row(item), "shown", "a row with no variants is always shown");
		}
	}

	/** The groups of variants, by key, each in the order of its file. */
	private static <T extends Reported> Map<String, List<T>> variants(List<T> items) {
		return items.stream()
			.filter(item -> item.getProvenance().getVariants() != null)
			.collect(Collectors.groupingBy(item -> Objects.requireNonNull(item.getProvenance().getVariants()),
					LinkedHashMap::new, Collectors.toList()));
	}

	/** What a difference must be true of, against the variant shown. */
	private interface DifferenceCheck<T> {

		void check(T member, T shown);

	}

	/**
	 * Each group has two or more members about one thing, one shown, a difference and a
	 * reason on each.
	 */
	private <T extends Reported> void checkGroups(Map<String, List<T>> groups, Function<T, String> subject,
			DifferenceCheck<T> differenceCheck) {
		groups.forEach((group, members) -> {
			Row first = row(members.get(0));
			if (members.size() < 2) {
				problems.add(first, "variants", "variants '" + group + "' has only one member");
			}
			List<T> shown = members.stream().filter(Reported::isShown).toList();
			if (shown.size() != 1) {
				problems.add(first, "shown",
						"variants '" + group + "' must have exactly one shown (yes), has " + shown.size());
			}
			for (T member : members) {
				Provenance provenance = member.getProvenance();
				if (!subject.apply(member).equals(subject.apply(members.get(0)))) {
					problems.add(row(member), "variants", "variants '" + group + "' mixes companies or metrics");
				}
				if (provenance.getReason().isEmpty()) {
					problems.add(row(member), "reason_en",
							"in variants '" + group + "': say why this one is shown, or how it differs");
				}
				if (member.isShown() && provenance.getDifference() != null) {
					problems.add(row(member), "difference", "the variant shown differs from nothing: leave it empty");
				}
				if (!member.isShown() && provenance.getDifference() == null) {
					problems.add(row(member), "difference", "say how this differs from the one shown (disagree, "
							+ "restated, basis, rounded or dated)");
				}
				if (!member.isShown() && provenance.getDifference() != null && shown.size() == 1) {
					differenceCheck.check(member, shown.get(0));
				}
			}
		});
	}

	private void checkFigureDifference(Figure member, Figure shown) {
		Difference difference = Objects.requireNonNull(member.getProvenance().getDifference());
		boolean samePeriod = member.getPeriod().equals(shown.getPeriod());
		switch (difference) {
			case BASIS -> check(member, Objects.equals(member.getBasis(), shown.getBasis()) || !samePeriod,
					"a basis variant is on another basis than the one shown, over the same period");
			case DATED -> check(member, samePeriod, "a dated variant is of another period than the one shown");
			case ROUNDED -> check(member, !roundsAnother(member),
					"'" + member.getValue().toPlainString() + "' is not a rounding of another variant's figure");
			case DISAGREE -> {
				checkSamePeriod(member, shown);
				check(member, !Objects.equals(member.getBasis(), shown.getBasis()),
						"sources that disagree report the same figure on the same basis; this one is on another "
								+ "basis (say basis)");
			}
			case RESTATED -> checkSamePeriod(member, shown);
		}
	}

	/** Two sources' "as of" dates for one holding differ by their publication only. */
	private void checkSamePeriod(Figure member, Figure shown) {
		check(member, !member.getPeriod().equals(shown.getPeriod()) && !(isDay(member) && isDay(shown)),
				"a variant that disagrees or is restated must be of the period shown (" + shown.getPeriod().key()
						+ "), not " + member.getPeriod().key() + "; another period is 'dated'");
	}

	private static boolean isDay(Figure figure) {
		return figure.getPeriod().kind() == Period.Kind.DATE;
	}

	/** Where the condition holds, the difference claimed is false. */
	private void check(Reported member, boolean wrong, String message) {
		if (wrong) {
			problems.add(row(member), "difference", message);
		}
	}

	private boolean roundsAnother(Figure member) {
		int scale = member.getValue().scale();
		return figureGroups.get(member.getProvenance().getVariants())
			.stream()
			.filter(f -> f != member)
			.anyMatch(f -> f.getValue().scale() > scale
					&& f.getValue().setScale(scale, RoundingMode.HALF_UP).compareTo(member.getValue()) == 0);
	}

	/**
	 * A company's status is its latest shown event; a listed company has a listing event
	 * at its venue, and one that has applied has an event at the venue it applied to.
	 */
	private void checkCompanyStatus() {
		Map<Company, List<ListingEvent>> byCompany = data.events.stream()
			.filter(e -> e.isShown() && e.getCompany() != null)
			.collect(Collectors.groupingBy(ListingEvent::getCompany));
		for (Company company : data.companies.values()) {
			List<ListingEvent> events = byCompany.getOrDefault(company, List.of())
				.stream()
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
