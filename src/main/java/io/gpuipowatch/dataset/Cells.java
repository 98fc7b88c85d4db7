package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How a cell's text becomes a value: each parser says what is wrong by throwing
 * IllegalArgumentException.
 */
final class Cells {

	private Cells() {
	}

	/**
	 * A number the database can hold exactly: at most {@link Limits#MAX_INTEGER_DIGITS}
	 * digits before the point and {@link Limits#MAX_DECIMALS} after it. Checked on the
	 * parsed value before anything expands it, so {@code 1E999999999} costs no more than
	 * {@code 1}.
	 */
	static BigDecimal decimal(String value) {
		BigDecimal number;
		try {
			number = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + Characters.shorten(value)
					+ "' is not a number (write 50.05E8 for 50.05亿, 42.64E4 for 42.64万)");
		}
		if (number.signum() == 0) {
			return number;
		}
		if ((long) number.precision() - number.scale() > Limits.MAX_INTEGER_DIGITS) {
			throw new IllegalArgumentException("'" + Characters.shorten(value) + "' is too large: at most "
					+ Limits.MAX_INTEGER_DIGITS + " digits before the point");
		}
		if (number.stripTrailingZeros().scale() > Limits.MAX_DECIMALS) {
			throw new IllegalArgumentException("'" + Characters.shorten(value) + "' has more than "
					+ Limits.MAX_DECIMALS + " decimals, which would be lost; round it as the source does");
		}
		return number;
	}

	static Integer integer(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + Characters.shorten(value) + "' is not a whole number");
		}
	}

	static Boolean bool(String value) {
		return switch (value) {
			case "true", "yes" -> true;
			case "false", "no" -> false;
			default ->
				throw new IllegalArgumentException("'" + Characters.shorten(value) + "' is not true/false or yes/no");
		};
	}

	/**
	 * One of an enum's constants, written in lower case with hyphens
	 * ({@code hearing-passed}).
	 */
	static <E extends Enum<E>> E choice(String column, Class<E> type, String value) {
		for (E constant : type.getEnumConstants()) {
			if (code(constant).equals(value)) {
				return constant;
			}
		}
		String codes = Arrays.stream(type.getEnumConstants()).map(Cells::code).collect(Collectors.joining(", "));
		throw new IllegalArgumentException(
				"unknown " + column.replace('_', ' ') + " '" + Characters.shorten(value) + "' (known: " + codes + ")");
	}

	private static String code(Enum<?> constant) {
		return constant.name().toLowerCase().replace('_', '-');
	}

}
