package io.gpuipowatch.export;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Cells that a spreadsheet would run as a formula are written as text (OWASP's rule for
 * CSV injection): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return gets a leading apostrophe, which Excel and LibreOffice hide. A
 * number stays a number, negative or not.
 */
public final class SpreadsheetCells {

	private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

	private SpreadsheetCells() {
	}

	public static List<@Nullable Object> safe(List<@Nullable Object> cells) {
		return cells.stream().map(SpreadsheetCells::safe).toList();
	}

	public static @Nullable Object safe(@Nullable Object cell) {
		if (!(cell instanceof String text) || text.isEmpty() || NUMBER.matcher(text).matches()) {
			return cell;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

}
