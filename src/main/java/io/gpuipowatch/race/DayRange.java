package io.gpuipowatch.race;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.gpuipowatch.catalog.PartialDate;

/**
 * The days a date of the data can mean: one day, or every day of the month or year a
 * source gave, so that a step known only to the month never yields a day count more
 * precise than its source.
 */
public record DayRange(LocalDate earliest, LocalDate latest) {

	public static DayRange of(PartialDate date) {
		LocalDate start = date.start();
		return switch (date.precision()) {
			case DAY -> new DayRange(start, start);
			case MONTH -> new DayRange(start, start.plusMonths(1).minusDays(1));
			case YEAR -> new DayRange(start, start.plusYears(1).minusDays(1));
		};
	}

	public static DayRange of(LocalDate day) {
		return new DayRange(day, day);
	}

	public boolean exact() {
		return earliest.equals(latest);
	}

	/** The fewest and the most days from this range to a later one. */
	Days until(DayRange later) {
		return new Days(Math.max(0, ChronoUnit.DAYS.between(latest, later.earliest)),
				ChronoUnit.DAYS.between(earliest, later.latest));
	}

	/**
	 * A number of days between two dates of the data: exact when both are known to the
	 * day, otherwise the fewest and the most the dates allow.
	 */
	public record Days(long min, long max) {

		public boolean exact() {
			return min == max;
		}

	}

}
