package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Period;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem found while reading the dataset, so one start-up reports them all, and
 * reads typed values out of rows, recording a problem for each value that does not parse.
 */
final class Problems {

	private final List<Problem> found = new ArrayList<>();

	void add(String file, int line, String column, String message) {
		found.add(new Problem(file, line, column, message));
	}

	void add(Row row, String column, String message) {
		add(row.file(), row.line(), column, message);
	}

	boolean isEmpty() {
		return found.isEmpty();
	}

	List<Problem> all() {
		return List.copyOf(found);
	}

	/** A value that must be there, and fits the database. */
	Optional<String> required(Row row, String column) {
		String value = row.get(column);
		if (value.isEmpty()) {
			add(row, column, "is empty; a value is required");
			return Optional.empty();
		}
		return fits(row, column, value) ? Optional.of(value) : Optional.empty();
	}

	@Nullable String optional(Row row, String column) {
		String value = row.get(column);
		return value.isEmpty() || !fits(row, column, value) ? null : value;
	}

	private boolean fits(Row row, String column, String value) {
		if (value.length() > Limits.MAX_TEXT) {
			add(row, column, "is " + value.length() + " characters long; a value may have at most " + Limits.MAX_TEXT);
			return false;
		}
		return true;
	}

	/** An id as other files name the row by it: at most {@link Limits#MAX_KEY} characters. */
	Optional<String> id(Row row, String column) {
		return required(row, column).filter(value -> {
			if (value.length() > Limits.MAX_KEY || !value.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*")) {
				add(row, column, "'" + Characters.shorten(value) + "' is not a valid id (letters, digits and single "
						+ "hyphens, at most " + Limits.MAX_KEY + " characters)");
				return false;
			}
			return true;
		});
	}

	/** An optional key (a conflict group); null when empty or not a key, which is recorded. */
	@Nullable String optionalKey(Row row, String column) {
		return row.get(column).isEmpty() ? null : key(row, column).orElse(null);
	}

	/** An optional short code (a stock code): at most {@link Limits#MAX_KEY} characters. */
	@Nullable String optionalCode(Row row, String column) {
		String value = optional(row, column);
		if (value != null && value.length() > Limits.MAX_KEY) {
			add(row, column, "'" + Characters.shorten(value) + "' is longer than " + Limits.MAX_KEY + " characters");
			return null;
		}
		return value;
	}

	/** A key: lower-case letters, digits and hyphens, as used in links. */
	Optional<String> key(Row row, String column) {
		return required(row, column).filter(value -> {
			if (value.length() > Limits.MAX_KEY || !value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				add(row, column, "'" + Characters.shorten(value) + "' is not a valid key (lower-case letters, digits "
						+ "and single hyphens, at most " + Limits.MAX_KEY + " characters)");
				return false;
			}
			return true;
		});
	}

	/**
	 * A number the database can hold exactly: at most {@link Limits#MAX_INTEGER_DIGITS} digits
	 * before the point and {@link Limits#MAX_DECIMALS} after it. Checked on the parsed value
	 * before anything expands it, so {@code 1E999999999} costs no more than {@code 1}.
	 */
	Optional<BigDecimal> decimal(Row row, String column) {
		return required(row, column).flatMap(value -> {
			BigDecimal number;
			try {
				number = new BigDecimal(value);
			}
			catch (NumberFormatException ex) {
				add(row, column, "'" + Characters.shorten(value)
						+ "' is not a number (write 50.05E8 for 50.05亿, 42.64E4 for 42.64万)");
				return Optional.empty();
			}
			if (number.signum() == 0) {
				return Optional.of(number);
			}
			long integerDigits = (long) number.precision() - number.scale();
			long decimals = number.stripTrailingZeros().scale();
			if (integerDigits > Limits.MAX_INTEGER_DIGITS) {
				add(row, column, "'" + Characters.shorten(value) + "' is too large: at most "
						+ Limits.MAX_INTEGER_DIGITS + " digits before the point");
				return Optional.empty();
			}
			if (decimals > Limits.MAX_DECIMALS) {
				add(row, column, "'" + Characters.shorten(value) + "' has more than " + Limits.MAX_DECIMALS
						+ " decimals, which would be lost; round it as the source does");
				return Optional.empty();
			}
			return Optional.of(number);
		});
	}

	Optional<Integer> integer(Row row, String column) {
		return required(row, column).flatMap(value -> {
			try {
				return Optional.of(Integer.parseInt(value));
			}
			catch (NumberFormatException ex) {
				add(row, column, "'" + Characters.shorten(value) + "' is not a whole number");
				return Optional.empty();
			}
		});
	}

	Optional<Boolean> bool(Row row, String column) {
		return required(row, column).flatMap(value -> switch (value) {
			case "true", "yes" -> Optional.of(true);
			case "false", "no" -> Optional.of(false);
			default -> {
				add(row, column, "'" + Characters.shorten(value) + "' is not true/false or yes/no");
				yield Optional.empty();
			}
		});
	}

	Optional<PartialDate> date(Row row, String column) {
		return required(row, column).flatMap(value -> parseDate(row, column, value));
	}

	Optional<PartialDate> optionalDate(Row row, String column) {
		String value = row.get(column);
		return value.isEmpty() ? Optional.empty() : parseDate(row, column, value);
	}

	private Optional<PartialDate> parseDate(Row row, String column, String value) {
		PartialDate date;
		try {
			date = PartialDate.parse(value);
		}
		catch (IllegalArgumentException ex) {
			add(row, column, Characters.shorten(String.valueOf(ex.getMessage())));
			return Optional.empty();
		}
		if (date.year() < Limits.FIRST_YEAR || date.year() > Limits.LAST_YEAR) {
			add(row, column, "'" + value + "' is not a year of this dataset (" + Limits.FIRST_YEAR + "–"
					+ Limits.LAST_YEAR + ")");
			return Optional.empty();
		}
		return Optional.of(date);
	}

	Optional<Period> period(Row row, String column) {
		return required(row, column).flatMap(value -> {
			try {
				return Optional.of(Period.parse(value));
			}
			catch (IllegalArgumentException ex) {
				add(row, column, Characters.shorten(String.valueOf(ex.getMessage())));
				return Optional.empty();
			}
		});
	}

	/** One of an enum's constants, written in lower case with hyphens ({@code hearing-passed}). */
	<E extends Enum<E>> Optional<E> choice(Row row, String column, Class<E> type) {
		return required(row, column).flatMap(value -> choiceOf(row, column, type, value));
	}

	<E extends Enum<E>> Optional<E> choiceOf(Row row, String column, Class<E> type, String value) {
		String codes = Arrays.stream(type.getEnumConstants()).map(Problems::code).collect(Collectors.joining(", "));
		return Arrays.stream(type.getEnumConstants()).filter(e -> code(e).equals(value)).findFirst().or(() -> {
			add(row, column, "unknown " + column.replace('_', ' ') + " '" + Characters.shorten(value) + "' (known: "
					+ codes + ")");
			return Optional.empty();
		});
	}

	private static String code(Enum<?> constant) {
		return constant.name().toLowerCase().replace('_', '-');
	}

	/** A reference to a row of another file, by its key. */
	<T> Optional<T> reference(Row row, String column, Map<String, T> known, String what) {
		return required(row, column).flatMap(value -> referenceTo(row, column, known, what, value));
	}

	<T> Optional<T> referenceTo(Row row, String column, Map<String, T> known, String what, String value) {
		T target = known.get(value);
		if (target == null) {
			add(row, column, "unknown " + what + " '" + Characters.shorten(value) + "' (known: "
					+ Characters.list(known.keySet()) + ")");
			return Optional.empty();
		}
		return Optional.of(target);
	}

	/** Records a problem for each key seen before in the same file. */
	boolean unique(Row row, String column, String key, Map<String, Integer> seen) {
		Integer first = seen.putIfAbsent(key, row.line());
		if (first != null) {
			add(row, column, "duplicate key '" + Characters.shorten(key) + "' (first on line " + first + ")");
			return false;
		}
		return true;
	}

}
