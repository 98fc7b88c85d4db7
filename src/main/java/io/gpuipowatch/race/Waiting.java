package io.gpuipowatch.race;

import java.time.LocalDate;

import io.gpuipowatch.catalog.ListingEvent;

/**
 * Where a company not listed yet stands: its latest step and how long it has been there,
 * counted to a day.
 */
public record Waiting(ListingEvent latest, LocalDate today, DayRange.Days days) {

	static Waiting since(ListingEvent latest, LocalDate today) {
		return new Waiting(latest, today, DayRange.of(latest.getDate()).until(DayRange.of(today)));
	}

}
