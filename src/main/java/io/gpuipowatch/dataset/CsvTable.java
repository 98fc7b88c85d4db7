package io.gpuipowatch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * One CSV file of the dataset, parsed with Commons CSV: a header line naming the columns, then
 * one record per line (quoted values may hold commas and line breaks). Each row keeps the line it
 * starts on, so problems can name it.
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

	private CsvTable(String file, List<Row> rows) {
		this.file = file;
		this.rows = rows;
	}

	String file() {
		return file;
	}

	List<Row> rows() {
		return rows;
	}

	/**
	 * Reads a file's bytes as strict UTF-8 (a byte-order mark is allowed, as spreadsheets write
	 * one) and checks its header against the columns the table needs and allows.
	 */
	static CsvTable read(String file, InputStream in, List<String> required, List<String> optional,
			Problems problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(in.readAllBytes()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(file, 0, "", "is not UTF-8 text; save it as UTF-8");
			return new CsvTable(file, List.of());
		}
		catch (IOException ex) {
			problems.add(file, 0, "", "cannot be read: " + ex.getMessage());
			return new CsvTable(file, List.of());
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		try (Reader reader = new StringReader(text); CSVParser parser = FORMAT.parse(reader)) {
			List<String> header = parser.getHeaderNames();
			if (!checkHeader(file, header, required, optional, problems)) {
				return new CsvTable(file, List.of());
			}
			List<Row> rows = new ArrayList<>();
			String[] lines = text.split("\r?\n", -1);
			long lineBefore = parser.getCurrentLineNumber();
			for (CSVRecord record : parser) {
				int line = (int) lineBefore + 1 + blankLinesAfter(lines, lineBefore);
				lineBefore = parser.getCurrentLineNumber();
				if (!record.isConsistent()) {
					problems.add(file, line, "", "has " + record.size() + " values but the header names "
							+ header.size() + " columns (a value with a comma needs double quotes)");
					continue;
				}
				Map<String, String> values = new LinkedHashMap<>();
				for (String column : header) {
					values.put(column, record.get(column));
				}
				rows.add(new Row(file, line, values));
			}
			return new CsvTable(file, rows);
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(file, 0, "", "is not valid CSV: " + ex.getMessage());
			return new CsvTable(file, List.of());
		}
	}

	private static boolean checkHeader(String file, List<String> header, List<String> required,
			List<String> optional, Problems problems) {
		boolean ok = true;
		for (String column : required) {
			if (!header.contains(column)) {
				problems.add(file, 1, column, "the header lacks this column (it needs " + String.join(", ", required)
						+ ")");
				ok = false;
			}
		}
		for (String column : header) {
			if (!required.contains(column) && !optional.contains(column)) {
				problems.add(file, 1, column, "unknown column (known: " + String.join(", ", required)
						+ (optional.isEmpty() ? "" : ", " + String.join(", ", optional)) + ")");
				ok = false;
			}
		}
		return ok;
	}

	/** Empty lines are skipped by the parser, but a person counts them. */
	private static int blankLinesAfter(String[] lines, long linesRead) {
		int blank = 0;
		for (int i = (int) linesRead; i < lines.length && lines[i].isEmpty(); i++) {
			blank++;
		}
		return blank;
	}

}
