package io.gpuipowatch.catalog;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the day, the month or only the year, as sources give them ("Sep 2019",
 * "2023年3月"). Written in the files as {@code 2019}, {@code 2019-09} or
 * {@code 2019-09-14}.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private static final Comparator<PartialDate> ORDER = Comparator.comparingInt(PartialDate::year)
		.thenComparingInt(PartialDate::month)
		.thenComparingInt(PartialDate::day);

	public enum Precision {

		YEAR, MONTH, DAY

	}

	/**
	 * Parses {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}; rejects impossible
	 * dates.
	 */
	public static PartialDate parse(String text) {
		Matcher m = FORMAT.matcher(text);
		if (!m.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a date (expected yyyy, yyyy-MM or yyyy-MM-dd)");
		}
		int year = Integer.parseInt(m.group(1));
		int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
		int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
		try {
			// By what is written, not by value: a month or day of 00 is impossible, not
			// absent
			if (m.group(3) != null) {
				LocalDate.of(year, month, day);
			}
			else if (m.group(2) != null) {
				YearMonth.of(year, month);
			}
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + text + "' is an impossible date", ex);
		}
		return new PartialDate(year, month, day);
	}

	public Precision precision() {
		return day > 0 ? Precision.DAY : month > 0 ? Precision.MONTH : Precision.YEAR;
	}

	/** The first day this date can mean, for ordering on a timeline. */
	public LocalDate start() {
		return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
	}

	@Override
	public int compareTo(PartialDate other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return switch (precision()) {
			case YEAR -> String.format("%04d", year);
			case MONTH -> String.format("%04d-%02d", year, month);
			case DAY -> String.format("%04d-%02d-%02d", year, month, day);
		};
	}

}
