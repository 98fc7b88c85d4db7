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

	/** A value that must be there. */
	Optional<String> required(Row row, String column) {
		String value = row.get(column);
		if (value.isEmpty()) {
			add(row, column, "is empty; a value is required");
			return Optional.empty();
		}
		return Optional.of(value);
	}

	@Nullable String optional(Row row, String column) {
		String value = row.get(column);
		return value.isEmpty() ? null : value;
	}

	/** A key: lower-case letters, digits and hyphens, as used in links. */
	Optional<String> key(Row row, String column) {
		return required(row, column).filter(value -> {
			if (!value.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
				add(row, column, "'" + value + "' is not a valid key (lower-case letters, digits and single hyphens)");
				return false;
			}
			return true;
		});
	}

	Optional<BigDecimal> decimal(Row row, String column) {
		return required(row, column).flatMap(value -> {
			try {
				return Optional.of(new BigDecimal(value));
			}
			catch (NumberFormatException ex) {
				add(row, column, "'" + value + "' is not a number (write 50.05E8 for 50.05亿, 42.64E4 for 42.64万)");
				return Optional.empty();
			}
		});
	}

	Optional<Integer> integer(Row row, String column) {
		return required(row, column).flatMap(value -> {
			try {
				return Optional.of(Integer.parseInt(value));
			}
			catch (NumberFormatException ex) {
				add(row, column, "'" + value + "' is not a whole number");
				return Optional.empty();
			}
		});
	}

	Optional<Boolean> bool(Row row, String column) {
		return required(row, column).flatMap(value -> switch (value) {
			case "true", "yes" -> Optional.of(true);
			case "false", "no" -> Optional.of(false);
			default -> {
				add(row, column, "'" + value + "' is not true/false or yes/no");
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
		try {
			return Optional.of(PartialDate.parse(value));
		}
		catch (IllegalArgumentException ex) {
			add(row, column, ex.getMessage());
			return Optional.empty();
		}
	}

	Optional<Period> period(Row row, String column) {
		return required(row, column).flatMap(value -> {
			try {
				return Optional.of(Period.parse(value));
			}
			catch (IllegalArgumentException ex) {
				add(row, column, ex.getMessage());
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
			add(row, column, "unknown " + column.replace('_', ' ') + " '" + value + "' (known: " + codes + ")");
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
			add(row, column, "unknown " + what + " '" + value + "' (known: " + String.join(", ", known.keySet()) + ")");
			return Optional.empty();
		}
		return Optional.of(target);
	}

	/** Records a problem for each key seen before in the same file. */
	boolean unique(Row row, String column, String key, Map<String, Integer> seen) {
		Integer first = seen.putIfAbsent(key, row.line());
		if (first != null) {
			add(row, column, "duplicate key '" + key + "' (first on line " + first + ")");
			return false;
		}
		return true;
	}

}
