package io.gpuipowatch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file of the dataset, parsed with Commons CSV: a header line naming the columns, then
 * one record per line (quoted values may hold commas and line breaks). Each row keeps the line it
 * starts on, so problems can name it.
 *
 * <p>
 * Before Commons CSV sees a file, it is checked for what would make the parser fail without
 * saying where, or make the loader run out of memory: its size, strict UTF-8 (the line of the
 * first bad byte is named), the length of every line, and its quoting (an unclosed quote, text
 * after a closing quote, a quote inside an unquoted value), each named by line and column. Every
 * value is then checked for characters that have no place in the data.
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

	/** False when the file could not be read as a table, so rows of other files that name its rows tell nothing. */
	boolean readable() {
		return readable;
	}

	/**
	 * Reads a file's bytes as strict UTF-8 (a byte-order mark is allowed, as spreadsheets write
	 * one) and checks its header against the columns the table needs and allows.
	 */
	static CsvTable read(String file, InputStream in, List<String> required, List<String> optional,
			Problems problems) {
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
		String text = decode(file, bytes, problems);
		if (text == null) {
			return unreadable(file);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		Lines lines = Lines.of(text);
		if (!lines.checkLength(file, problems) || !Quoting.check(file, text, lines, problems)) {
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
			// The checks above leave nothing for the parser to refuse; if it still does, say where.
			problems.add(file, 0, "", "is not valid CSV: " + Characters.shorten(String.valueOf(ex.getMessage())));
			return unreadable(file);
		}
	}

	/** Strict UTF-8, naming the line of the first byte that is not. */
	private static @Nullable String decode(String file, byte[] bytes, Problems problems) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int line = 1;
			int lineStart = 0;
			for (int i = 0; i < in.position(); i++) {
				if (bytes[i] == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			problems.add(file, line, "", String.format("is not UTF-8 text (byte 0x%02X, %d bytes into the line); "
					+ "save the file as UTF-8", bytes[in.position()] & 0xFF, in.position() - lineStart));
			return null;
		}
		decoder.flush(out);
		return out.flip().toString();
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
				problems.add(file, 1, Characters.shorten(column), "unknown column (known: "
						+ String.join(", ", required) + (optional.isEmpty() ? "" : ", " + String.join(", ", optional))
						+ ")");
				ok = false;
			}
		}
		return ok;
	}

	/** Where each line of a file starts, to name the line of a character. */
	private record Lines(String text, int[] starts) {

		static Lines of(String text) {
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					count++;
				}
			}
			int[] starts = new int[count];
			int line = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					starts[line++] = i + 1;
				}
			}
			return new Lines(text, starts);
		}

		/** The line (from 1, the header) a character of the text is on. */
		int lineOf(long position) {
			int found = Arrays.binarySearch(starts, (int) position);
			return found >= 0 ? found + 1 : -found - 1;
		}

		/** The column (from 1) of a character within its line. */
		int columnOf(int position) {
			return position - starts[lineOf(position) - 1] + 1;
		}

		boolean checkLength(String file, Problems problems) {
			for (int i = 0; i < starts.length; i++) {
				int end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
				if (end - starts[i] > Limits.MAX_LINE_CHARACTERS) {
					problems.add(file, i + 1, "", "is " + (end - starts[i]) + " characters long; a line may have at most "
							+ Limits.MAX_LINE_CHARACTERS);
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * RFC 4180 quoting, checked by line and column: a quoted value ends with a quote followed by a
	 * comma or the end of the line; a quote inside a value is doubled; an unquoted value has no quote.
	 */
	private static final class Quoting {

		private final String file;

		private final String text;

		private final Lines lines;

		private final Problems problems;

		/** Which value of its record a character is in, from 0. */
		private int field;

		private Quoting(String file, String text, Lines lines, Problems problems) {
			this.file = file;
			this.text = text;
			this.lines = lines;
			this.problems = problems;
		}

		static boolean check(String file, String text, Lines lines, Problems problems) {
			return new Quoting(file, text, lines, problems).check();
		}

		private boolean check() {
			boolean quoted = false;
			boolean fieldStart = true;
			int openedAt = -1;
			int openedField = 0;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (quoted) {
					if (c == '"') {
						if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
							i++;
						}
						else {
							quoted = false;
							int next = skipSpaces(i + 1);
							if (next < text.length() && !isEnd(text.charAt(next))) {
								return refuse(next, field,
										"text after the closing quote of a value (a quote inside a value is written \"\")");
							}
						}
					}
				}
				else if (c == '"') {
					if (!fieldStart) {
						return refuse(i, field, "a quote inside a value that does not start with one "
								+ "(quote the whole value, and double the quote inside)");
					}
					quoted = true;
					openedAt = i;
					openedField = field;
					fieldStart = false;
				}
				else if (c == ',') {
					field++;
					fieldStart = true;
				}
				else if (c == '\n' || c == '\r') {
					field = 0;
					fieldStart = true;
				}
				else if (c != ' ' && c != '\t') {
					fieldStart = false;
				}
			}
			if (quoted) {
				return refuse(openedAt, openedField, "a quote that is never closed");
			}
			return true;
		}

		private int skipSpaces(int from) {
			int i = from;
			while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
				i++;
			}
			return i;
		}

		private static boolean isEnd(char c) {
			return c == ',' || c == '\n' || c == '\r';
		}

		/** Names the column by its header name where the header reads, and the character in the line. */
		private boolean refuse(int position, int fieldIndex, String what) {
			int headerEnd = text.indexOf('\n');
			String[] header = (headerEnd < 0 ? text : text.substring(0, headerEnd)).split(",", -1);
			int line = lines.lineOf(position);
			String name = line > 1 && fieldIndex < header.length ? header[fieldIndex].strip() : "";
			String where = (name.isEmpty() ? "" : name + ", ") + "character " + lines.columnOf(position);
			problems.add(file, line, Characters.shorten(where), what);
			return false;
		}

	}

}
