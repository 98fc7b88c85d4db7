package io.gpuipowatch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * One CSV file of the dataset, parsed with Commons CSV: a header line naming the columns,
 * then one record per line (quoted values may hold commas and line breaks). Each row
 * keeps the line it starts on, so problems can name it.
 *
 * <p>
 * Before Commons CSV sees a file, it is checked for what would make the parser fail
 * without saying where, or make the loader run out of memory: its size, strict UTF-8 (the
 * line of the first bad byte is named), the length of every line, and its quoting (an
 * unclosed quote, text after a closing quote, a quote inside an unquoted value), each
 * named by line and column. Every value is then checked for characters that have no place
 * in the data.
 */
final class CsvTable {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
		.get();

	private final String file;

	private final List<Row> rows;

	private final boolean readable;

	private CsvTable(String file, List<Row> rows, boolean readable) {
		this.file = file;
		this.rows = rows;
		this.readable = readable;
	}

	String file() {
		return file;
	}

	List<Row> rows() {
		return rows;
	}

	/** A file that could not be read as a table at all: its problems say why. */
	private static CsvTable unreadable(String file) {
		return new CsvTable(file, List.of(), false);
	}

	/**
	 * False when the file could not be read as a table, so rows of other files that name
	 * its rows tell nothing.
	 */
	boolean readable() {
		return readable;
	}

	/**
	 * Reads a file's bytes as strict UTF-8 (a byte-order mark is allowed, as spreadsheets
	 * write one) and checks its header against the columns the table needs and allows.
	 */
	static CsvTable read(String file, InputStream in, List<String> required, List<String> optional, Problems problems) {
		byte[] bytes;
		try {
			bytes = in.readNBytes(Limits.MAX_FILE_BYTES + 1);
		}
		catch (IOException ex) {
			problems.add(file, 0, "", "cannot be read: " + ex.getMessage());
			return unreadable(file);
		}
		if (bytes.length > Limits.MAX_FILE_BYTES) {
			problems.add(file, 0, "", "is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024)
					+ " MB; a dataset file this size is not one of ours");
			return unreadable(file);
		}
		String text = CsvText.decode(file, bytes, problems);
		if (text == null) {
			return unreadable(file);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CsvText.Lines lines = CsvText.Lines.of(text);
		if (!lines.checkLength(file, problems) || !CsvText.Quoting.check(file, text, lines, problems)) {
			return unreadable(file);
		}
		try (Reader reader = new StringReader(text); CSVParser parser = FORMAT.parse(reader)) {
			List<String> header = parser.getHeaderNames();
			if (!checkHeader(file, header, required, optional, problems)) {
				return unreadable(file);
			}
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				int line = lines.lineOf(record.getCharacterPosition());
				if (!record.isConsistent()) {
					problems.add(file, line, "", "has " + record.size() + " values but the header names "
							+ header.size() + " columns (a value with a comma needs double quotes)");
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (String column : header) {
					String value = record.get(column);
					values.put(column, Characters.check(file, line, column, value, problems) ? value : "");
				}
				rows.add(new Row(file, line, values));
			}
			return new CsvTable(file, rows, true);
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			// The checks above leave nothing for the parser to refuse; if it still does,
			// say where.
			problems.add(file, 0, "", "is not valid CSV: " + Characters.shorten(String.valueOf(ex.getMessage())));
			return unreadable(file);
		}
	}

	private static boolean checkHeader(String file, List<String> header, List<String> required, List<String> optional,
			Problems problems) {
		boolean ok = true;
		for (String column : required) {
			if (!header.contains(column)) {
				problems.add(file, 1, column,
						"the header lacks this column (it needs " + String.join(", ", required) + ")");
				ok = false;
			}
		}
		for (String column : header) {
			if (!required.contains(column) && !optional.contains(column)) {
				problems.add(file, 1, Characters.shorten(column),
						"unknown column (known: " + String.join(", ", required)
								+ (optional.isEmpty() ? "" : ", " + String.join(", ", optional)) + ")");
				ok = false;
			}
		}
		return ok;
	}

}
