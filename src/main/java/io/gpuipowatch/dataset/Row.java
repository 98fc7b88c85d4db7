package io.gpuipowatch.dataset;

import java.util.Map;

/** One record of a CSV file, with the line it starts on. */
record Row(String file, int line, Map<String, String> values) {

	/** The value of a column, trimmed; empty when the cell is empty. */
	String get(String column) {
		String value = values.get(column);
		return value == null ? "" : value.strip();
	}

}
