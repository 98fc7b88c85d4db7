package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Text;
import org.jspecify.annotations.Nullable;

/**
 * Reads the typed values of one row, recording a problem (file, line, column) for each
 * value that is missing or does not parse, and remembering whether any did: a row becomes
 * an entity only when {@link #ok()}. A value that failed is returned as null, so the
 * checks that follow can still run on the others and report everything wrong with the row
 * at once.
 */
final class RowReader {

	private final Row row;

	private final Problems problems;

	private boolean ok = true;

	RowReader(Row row, Problems problems) {
		this.row = row;
		this.problems = problems;
	}

	Row row() {
		return row;
	}

	/** True when every value read so far was there and parsed, and every check passed. */
	boolean ok() {
		return ok;
	}

	void problem(String column, String message) {
		problems.add(row, column, message);
		ok = false;
	}

	/** Records a problem unless the condition holds; returns the condition. */
	boolean check(String column, boolean condition, String message) {
		if (!condition) {
			problem(column, message);
		}
		return condition;
	}

	/** A value that must be there, and fits the database. */
	@Nullable String required(String column) {
		String value = row.get(column);
		if (value.isEmpty()) {
			problem(column, "is empty; a value is required");
			return null;
		}
		return fits(column, value) ? value : null;
	}

	/** A value that may be empty (null then); one that is too long is a problem. */
	@Nullable String optional(String column) {
		String value = row.get(column);
		return value.isEmpty() || !fits(column, value) ? null : value;
	}

	private boolean fits(String column, String value) {
		return check(column, value.length() <= Limits.MAX_TEXT,
				"is " + value.length() + " characters long; a value may have at most " + Limits.MAX_TEXT);
	}

	/**
	 * A text a reader sees, from its two columns ({@code note_en}, {@code note_zh}):
	 * either may be empty, which is recorded as a missing translation when the other is
	 * not; the Chinese one must use full-width punctuation.
	 */
	Text text(String name) {
		String en = optional(name + "_en");
		String zh = optional(name + "_zh");
		if (zh != null) {
			String problem = ChineseText.problem(zh);
			if (problem != null) {
				problem(name + "_zh", problem);
			}
		}
		if ((en == null) != (zh == null)) {
			problems.untranslated(row, name + (en == null ? "_en" : "_zh"));
		}
		return new Text(en, zh);
	}

	/** A text that must be there in both languages (a name, a label). */
	@Nullable Text requiredText(String name) {
		String en = required(name + "_en");
		String zh = required(name + "_zh");
		if (zh != null) {
			String problem = ChineseText.problem(zh);
			if (problem != null) {
				problem(name + "_zh", problem);
			}
		}
		return en == null || zh == null ? null : new Text(en, zh);
	}

	/** A key: lower-case letters, digits and single hyphens, as used in links. */
	@Nullable String key(String column) {
		String value = required(column);
		return value == null ? null : validKey(column, value);
	}

	/** An optional key (a conflict group). */
	@Nullable String optionalKey(String column) {
		String value = optional(column);
		return value == null ? null : validKey(column, value);
	}

	private @Nullable String validKey(String column, String value) {
		return check(column, value.length() <= Limits.MAX_KEY && value.matches("[a-z0-9]+(-[a-z0-9]+)*"),
				"'" + Characters.shorten(value) + "' is not a valid key (lower-case letters, digits and single "
						+ "hyphens, at most " + Limits.MAX_KEY + " characters)") ? value : null;
	}

	/** An id other files name the row by (S12): letters, digits and single hyphens. */
	@Nullable String id(String column) {
		String value = required(column);
		if (value == null) {
			return null;
		}
		return check(column, value.length() <= Limits.MAX_KEY && value.matches("[A-Za-z0-9]+(-[A-Za-z0-9]+)*"),
				"'" + Characters.shorten(value) + "' is not a valid id (letters, digits and single hyphens, at most "
						+ Limits.MAX_KEY + " characters)") ? value : null;
	}

	/** An optional short code (a stock code). */
	@Nullable String optionalCode(String column) {
		String value = optional(column);
		if (value == null) {
			return null;
		}
		return check(column, value.length() <= Limits.MAX_KEY,
				"'" + Characters.shorten(value) + "' is longer than " + Limits.MAX_KEY + " characters") ? value : null;
	}

	/** A number the database can hold exactly (see {@link Cells#decimal}). */
	@Nullable BigDecimal decimal(String column) {
		String value = required(column);
		return value == null ? null : parse(column, value, Cells::decimal);
	}

	/** A number, or null when the cell is empty. */
	@Nullable BigDecimal optionalDecimal(String column) {
		String value = optional(column);
		return value == null ? null : parse(column, value, Cells::decimal);
	}

	/** A whole number, or null when the cell is empty. */
	@Nullable Integer optionalInteger(String column) {
		String value = optional(column);
		return value == null ? null : parse(column, value, Cells::integer);
	}

	@Nullable Integer integer(String column) {
		String value = required(column);
		return value == null ? null : parse(column, value, Cells::integer);
	}

	@Nullable Boolean bool(String column) {
		String value = required(column);
		return value == null ? null : parse(column, value, Cells::bool);
	}

	/** A yes/no column that means yes when empty. */
	boolean boolOrYes(String column) {
		if (row.get(column).isEmpty()) {
			return true;
		}
		Boolean value = bool(column);
		return value == null || value;
	}

	@Nullable PartialDate date(String column) {
		String value = required(column);
		return value == null ? null : parseDate(column, value);
	}

	@Nullable PartialDate optionalDate(String column) {
		String value = optional(column);
		return value == null ? null : parseDate(column, value);
	}

	private @Nullable PartialDate parseDate(String column, String value) {
		PartialDate date = parse(column, value, PartialDate::parse);
		if (date == null) {
			return null;
		}
		return check(column, date.year() >= Limits.FIRST_YEAR && date.year() <= Limits.LAST_YEAR,
				"'" + value + "' is not a year of this dataset (" + Limits.FIRST_YEAR + "–" + Limits.LAST_YEAR + ")")
						? date : null;
	}

	/** A date that has already come: what the data reports has happened. */
	@Nullable PartialDate pastDate(String column, LocalDate today) {
		PartialDate date = date(column);
		if (date != null && date.start().isAfter(today)) {
			problem(column, "'" + date + "' is in the future (today is " + today + ")");
			return null;
		}
		return date;
	}

	@Nullable Period period(String column) {
		String value = required(column);
		return value == null ? null : parse(column, value, Period::parse);
	}

	/**
	 * A value parsed by a function that says what is wrong by throwing
	 * IllegalArgumentException.
	 */
	<T> @Nullable T parse(String column, String value, Function<String, T> parser) {
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException ex) {
			problem(column, Characters.shortenMessage(String.valueOf(ex.getMessage())));
			return null;
		}
	}

	/**
	 * One of an enum's constants, written in lower case with hyphens
	 * ({@code hearing-passed}).
	 */
	<E extends Enum<E>> @Nullable E choice(String column, Class<E> type) {
		String value = required(column);
		return value == null ? null : parse(column, value, v -> Cells.choice(column, type, v));
	}

	/** An enum constant, or the given one when the cell is empty. */
	<E extends Enum<E>> @Nullable E choiceOr(String column, Class<E> type, E otherwise) {
		return row.get(column).isEmpty() ? otherwise : choice(column, type);
	}

	/** A row of another file, by its key. */
	<T> @Nullable T reference(String column, Map<String, T> known, String what) {
		String value = required(column);
		return value == null ? null : referenceTo(column, known, what, value);
	}

	/** A row of another file, or null when the cell is empty. */
	<T> @Nullable T optionalReference(String column, Map<String, T> known, String what) {
		String value = optional(column);
		return value == null ? null : referenceTo(column, known, what, value);
	}

	/** Space-separated keys of rows of another file, or none when the cell is empty. */
	<T> List<T> optionalReferences(String column, Map<String, T> known, String what) {
		return row.get(column).isEmpty() ? List.of() : references(column, known, what);
	}

	/** Space-separated keys of rows of another file, at least one. */
	<T> List<T> references(String column, Map<String, T> known, String what) {
		String value = required(column);
		List<T> found = new ArrayList<>();
		if (value != null) {
			for (String key : value.split("\\s+")) {
				T target = referenceTo(column, known, what, key);
				if (target != null) {
					found.add(target);
				}
			}
		}
		return found;
	}

	private <T> @Nullable T referenceTo(String column, Map<String, T> known, String what, String value) {
		T target = known.get(value);
		if (target == null) {
			problem(column, "unknown " + what + " '" + Characters.shorten(value) + "' (known: "
					+ Characters.list(known.keySet()) + ")");
		}
		return target;
	}

	/** Records a problem for a key seen before in the same file. */
	boolean unique(String column, @Nullable String key, Map<String, Integer> seen) {
		if (key == null) {
			return false;
		}
		Integer first = seen.putIfAbsent(key, row.line());
		return check(column, first == null,
				"duplicate key '" + Characters.shorten(key) + "' (first on line " + first + ")");
	}

}
