package io.gpuipowatch.dataset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * A data file's text, checked before it is parsed for what would make the parser fail
 * without saying where, or make the loader run out of memory: strict UTF-8 (the line of
 * the first bad byte is named), the length of every line, and its quoting (an unclosed
 * quote, text after a closing quote, a quote inside an unquoted value), each named by
 * line and column. Commons CSV parses it afterwards; this only locates what it would
 * refuse.
 */
final class CsvText {

	private CsvText() {
	}

	/** Strict UTF-8, naming the line of the first byte that is not. */
	static @Nullable String decode(String file, byte[] bytes, Problems problems) {
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
			problems.add(file, line, "",
					String.format(
							"is not UTF-8 text (byte 0x%02X, %d bytes into the line); " + "save the file as UTF-8",
							bytes[in.position()] & 0xFF, in.position() - lineStart));
			return null;
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/** Where each line of a file starts, to name the line of a character. */
	record Lines(String text, int[] starts) {

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
					problems.add(file, i + 1, "", "is " + (end - starts[i])
							+ " characters long; a line may have at most " + Limits.MAX_LINE_CHARACTERS);
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * RFC 4180 quoting, checked by line and column: a quoted value ends with a quote
	 * followed by a comma or the end of the line; a quote inside a value is doubled; an
	 * unquoted value has no quote.
	 */
	static final class Quoting {

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

		/**
		 * Names the column by its header name where the header reads, and the character
		 * in the line.
		 */
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
