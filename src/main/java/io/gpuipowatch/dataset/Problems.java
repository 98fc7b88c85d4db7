package io.gpuipowatch.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while reading the dataset, so one start-up reports them
 * all.
 */
final class Problems {

	private final List<Problem> found = new ArrayList<>();

	private final List<Problem> untranslated = new ArrayList<>();

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

	/**
	 * A text with one of its languages missing: loaded, shown with a mark, and reported
	 * at start-up.
	 */
	void untranslated(Row row, String column) {
		untranslated.add(new Problem(row.file(), row.line(), column, "has no translation"));
	}

	List<Problem> untranslated() {
		return List.copyOf(untranslated);
	}

}
