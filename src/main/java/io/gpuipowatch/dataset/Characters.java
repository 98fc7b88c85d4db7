package io.gpuipowatch.dataset;

import java.util.Collection;

/**
 * Characters that have no place in the data: control characters (a line break inside a
 * quoted value is fine), a byte-order mark inside a value, and the invisible characters
 * that change how text around them reads (bidirectional overrides and isolates,
 * zero-width characters, line and paragraph separators). A value holding one is refused
 * with its line and column, and the character named by its code point, so a hidden U+202E
 * cannot turn a figure's text around.
 */
final class Characters {

	/** How much of a bad value a problem quotes. */
	private static final int QUOTED = 60;

	/** How many valid values a problem lists. */
	private static final int LISTED = 16;

	private Characters() {
	}

	static boolean check(String file, int line, String column, String value, Problems problems) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (forbidden(c)) {
				problems.add(file, line, column,
						String.format("holds the invisible character U+%04X (%s) at " + "character %d; remove it",
								(int) c, Character.getName(c), i + 1));
				return false;
			}
		}
		return true;
	}

	static boolean forbidden(char c) {
		if (c == '\n' || c == '\r') {
			return false;
		}
		return Character.isISOControl(c) || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F')
				|| (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u2028'
				|| c == '\u2029' || c == '\u061C';
	}

	/** The valid values a problem lists: all of a few, the first of many. */
	static String list(Collection<String> values) {
		if (values.size() <= LISTED) {
			return String.join(", ", values);
		}
		return String.join(", ", values.stream().limit(LISTED).toList()) + ", … (" + values.size() + " in all)";
	}

	/**
	 * A parser's own message, which may quote a value whole: a few hundred characters at
	 * most.
	 */
	static String shortenMessage(String message) {
		return message.length() <= 400 ? message : message.substring(0, 400) + "…";
	}

	/**
	 * A value as a problem quotes it: whole when short, its start and length when long.
	 */
	static String shorten(String value) {
		return value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "… (" + value.length() + " characters)";
	}

}
