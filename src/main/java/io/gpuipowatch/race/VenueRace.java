package io.gpuipowatch.race;

import java.util.List;
import java.util.stream.IntStream;

import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Venue;

/**
 * The companies that list (or applied to list) on one venue, and the milestones of its
 * process that any of them reached, in the venue's order.
 */
public record VenueRace(Venue venue, List<EventKind> milestones, List<CompanyRace> companies) {

	/** The stages between consecutive milestones, as pairs of kinds. */
	public List<List<EventKind>> stages() {
		return IntStream.range(1, milestones.size())
			.mapToObj(i -> List.of(milestones.get(i - 1), milestones.get(i)))
			.toList();
	}

}
