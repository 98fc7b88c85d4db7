package io.gpuipowatch.money;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.ExchangeRate;

/**
 * The tests' own reading of the conversion rule, written apart from the app's: a figure
 * is of its day, or of the last day of its period; it converts at the fixing of its
 * currency nearest that day (the earlier of two as near), at most ten days away.
 */
public final class Fixings {

	/** "2025-12-05", "2024", "2022-2024", "2025H1", "2025Q3", "2025M9", "2022-2025H1". */
	private static final Pattern PERIOD = Pattern.compile("(?:\\d{4}-)?(\\d{4})(?:([HQM])(\\d{1,2}))?");

	private Fixings() {
	}

	/** The day a figure of this period is of. */
	public static LocalDate dayOf(String periodKey) {
		if (periodKey.length() == 10) {
			return LocalDate.parse(periodKey);
		}
		Matcher m = PERIOD.matcher(periodKey);
		if (!m.matches()) {
			throw new AssertionError("not a period key: " + periodKey);
		}
		int year = Integer.parseInt(m.group(1));
		int month = m.group(2) == null ? 12 : switch (m.group(2)) {
			case "H" -> 6 * Integer.parseInt(m.group(3));
			case "Q" -> 3 * Integer.parseInt(m.group(3));
			default -> Integer.parseInt(m.group(3));
		};
		return YearMonth.of(year, month).atEndOfMonth();
	}

	/** The fixing a figure of this currency and day converts at; none beyond ten days. */
	public static Optional<ExchangeRate> nearest(Catalog catalog, String currency, LocalDate day) {
		return catalog.rates()
			.stream()
			.filter(r -> r.getCurrency().code().equals(currency))
			.filter(r -> days(r, day) <= 10)
			.min(Comparator.comparingLong((ExchangeRate r) -> days(r, day)).thenComparing(r -> r.getDate().start()));
	}

	/** Yuan per unit of the currency on that day; none without a fixing near it. */
	public static Optional<Double> yuanPer(Catalog catalog, String currency, LocalDate day) {
		if (currency.equals("CNY")) {
			return Optional.of(1.0);
		}
		return nearest(catalog, currency, day).map(r -> r.getCnyPerUnit().doubleValue());
	}

	private static long days(ExchangeRate rate, LocalDate day) {
		return Math.abs(ChronoUnit.DAYS.between(rate.getDate().start(), day));
	}

}
