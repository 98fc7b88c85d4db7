package io.gpuipowatch.figure;

import java.util.Comparator;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Absence;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * Why a value is missing, as a cell says it: not applicable (the venue has no such
 * figure, or the company is not listed yet), not disclosed (with the source that says
 * so), or not in our data.
 *
 * @param code as the API and the CSV files write it
 * @param labelKey the message key of the short label
 * @param venues where the metric does exist, for "not applicable": the venues' short
 * names
 * @param source for "not disclosed": the source that says the figure is not published
 */
public record Missing(String code, String labelKey, String venues, @Nullable SourceRef source) {

	public static Missing of(Catalog catalog, Company company, Metric metric, @Nullable Period period, Lang lang) {
		Absence absence = catalog.absence(company, metric, period);
		return switch (absence) {
			case NOT_LISTED -> new Missing(absence.code(), "missing.notListed", "", null);
			case NOT_APPLICABLE -> new Missing(absence.code(), "missing.notApplicable",
					metric.getVenues()
						.stream()
						.sorted(Comparator.comparingInt(Venue::getPosition))
						.map(v -> Names.venueShort(v, lang))
						.collect(Collectors.joining(lang.pick(", ", "、"))),
					null);
			case NOT_DISCLOSED -> new Missing(absence.code(), "missing.notDisclosed", "",
					SourceRef.of(catalog.gap(company, metric, period).orElseThrow().getSource(), lang));
			case NOT_IN_DATA -> new Missing(absence.code(), "missing.notInData", "", null);
		};
	}

}
