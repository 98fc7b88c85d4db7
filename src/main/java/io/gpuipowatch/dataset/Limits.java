package io.gpuipowatch.dataset;

/**
 * How large the dataset's parts may be. The columns of {@code db/schema.sql} are at least
 * this wide (a test checks it), so whatever the loader accepts the database can hold, and
 * whatever it cannot hold is refused here with its file, line and column instead of
 * failing in the database.
 */
final class Limits {

	/**
	 * Far beyond a dataset of every Chinese AI-chip listing; well within a 128 MB heap.
	 */
	static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

	/**
	 * Any record of ours fits, a long quote included; a runaway line is refused before it
	 * is parsed.
	 */
	static final int MAX_LINE_CHARACTERS = 16 * 1024;

	/** A text value: a source's words, a note, a title. */
	static final int MAX_TEXT = 4000;

	/** A key, code or id, as links and other files name a row. */
	static final int MAX_KEY = 64;

	/** A source's address. */
	static final int MAX_URL = 2000;

	/** The digits a stored value keeps before and after the point: decimal(28, 6). */
	static final int MAX_INTEGER_DIGITS = 22;

	static final int MAX_DECIMALS = 6;

	/** The years a date of the dataset may fall in. */
	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	private Limits() {
	}

}
