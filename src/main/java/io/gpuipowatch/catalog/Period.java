package io.gpuipowatch.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What a figure covers: a year ({@code 2024}), part of a year ({@code 2025H1},
 * {@code 2025Q1}, {@code 2025M9} for January to September), a span of years
 * ({@code 2022-2024}, which may end in part of a year: {@code 2022-2025H1}), or a day or
 * month ({@code 2025-12-05}) for figures true on a date, such as IPO terms.
 */
public record Period(String key, Kind kind, int firstYear, int lastYear, String part, PartialDate date) {

	public enum Kind {

		YEAR, PART_YEAR, SPAN, DATE

	}

	private static final String PART = "(Q[1-4]|H[12]|M(?:[1-9]|1[0-2]))";

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern PART_YEAR = Pattern.compile("(\\d{4})" + PART);

	private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4})" + PART + "?");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}(?:-\\d{2})?");

	/**
	 * Periods as a reader expects them: whole years in order, then parts of years, then
	 * spans of years, then days and months (IPO terms); each in time order.
	 */
	public static final Comparator<Period> TIME_ORDER = Comparator.comparingInt((Period p) -> p.kind().ordinal())
		.thenComparingInt(Period::firstYear)
		.thenComparingInt(Period::lastYear)
		.thenComparingInt(Period::endMonth)
		.thenComparing(p -> p.kind() == Kind.DATE ? p.date().start() : LocalDate.MIN);

	/**
	 * The day a period's figure is of: its own day, or the last day of the period (30
	 * June for H1, 31 December for a year or a span of years).
	 */
	public LocalDate lastDay() {
		return kind == Kind.DATE ? date.start() : YearMonth.of(lastYear, endMonth()).atEndOfMonth();
	}

	/** The month a period ends in: 6 for H1, 9 for Jan–Sep, 12 for a whole year. */
	int endMonth() {
		if (part.isEmpty()) {
			return 12;
		}
		int n = Integer.parseInt(part.substring(1));
		return switch (part.charAt(0)) {
			case 'Q' -> 3 * n;
			case 'H' -> 6 * n;
			default -> n;
		};
	}

	public static Period parse(String key) {
		Matcher m;
		if ((m = YEAR.matcher(key)).matches()) {
			int year = Integer.parseInt(m.group(1));
			return new Period(key, Kind.YEAR, year, year, "", null);
		}
		if ((m = PART_YEAR.matcher(key)).matches()) {
			int year = Integer.parseInt(m.group(1));
			return new Period(key, Kind.PART_YEAR, year, year, m.group(2), null);
		}
		if ((m = SPAN.matcher(key)).matches()) {
			int first = Integer.parseInt(m.group(1));
			int last = Integer.parseInt(m.group(2));
			if (last <= first) {
				throw new IllegalArgumentException("'" + key + "' is a span that does not run forwards");
			}
			return new Period(key, Kind.SPAN, first, last, m.group(3) == null ? "" : m.group(3), null);
		}
		if (DATE.matcher(key).matches()) {
			PartialDate date = PartialDate.parse(key);
			return new Period(key, Kind.DATE, date.year(), date.year(), "", date);
		}
		throw new IllegalArgumentException("'" + key
				+ "' is not a period (expected 2024, 2025H1, 2025Q1, 2025M9, 2022-2024, 2022-2025H1 or a date 2025-12-05)");
	}

	/**
	 * The whole years a span adds up from, or an empty list when it ends in part of a
	 * year.
	 */
	public List<String> annualParts() {
		if (kind != Kind.SPAN || !part.isEmpty()) {
			return List.of();
		}
		return IntStream.rangeClosed(firstYear, lastYear).mapToObj(Integer::toString).toList();
	}

}
