package io.gpuipowatch.race;

import io.gpuipowatch.catalog.ListingEvent;

/**
 * How long a company took from one step of its listing to a later one, computed from the
 * two events' dates (each with its source).
 */
public record Span(ListingEvent from, ListingEvent to, DayRange.Days days) {

	static Span between(ListingEvent from, ListingEvent to) {
		return new Span(from, to, DayRange.of(from.getDate()).until(DayRange.of(to.getDate())));
	}

}
