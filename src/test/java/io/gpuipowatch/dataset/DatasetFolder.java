package io.gpuipowatch.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the bundled dataset in a temporary folder, with small edits for one test
 * case. Line numbers are as a person counts them: the header is line 1. Every edit checks
 * that it changed what it meant to, so a later change to the bundled data cannot make a
 * test pass by accident.
 */
public final class DatasetFolder {

	private static final CSVFormat LINE = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

	private final Path dir;

	private DatasetFolder(Path dir) {
		this.dir = dir;
	}

	/**
	 * Copies the dataset packaged on the classpath ({@code classpath:data/}) into
	 * {@code dir}.
	 */
	public static DatasetFolder copyOfBundled(Path dir) {
		try {
			URL url = Objects.requireNonNull(DatasetFolder.class.getResource("/data/companies.csv"),
					"the bundled dataset is not on the classpath");
			Path bundled = Path.of(url.toURI()).getParent();
			try (Stream<Path> files = Files.list(bundled)) {
				for (Path file : files.toList()) {
					Files.copy(file, dir.resolve(file.getFileName()));
				}
			}
			return new DatasetFolder(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Path dir() {
		return dir;
	}

	/** What the loader calls this folder in its messages. */
	public String location() {
		return "file:" + dir + "/";
	}

	public List<String> lines(String file) {
		try {
			return new ArrayList<>(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String line(String file, int line) {
		return lines(file).get(line - 1);
	}

	public void write(String file, List<String> lines) {
		try {
			Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void writeBytes(String file, byte[] bytes) {
		try {
			Files.write(dir.resolve(file), bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void delete(String file) {
		try {
			Files.delete(dir.resolve(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces one line as a whole. */
	public DatasetFolder editLine(String file, int line, UnaryOperator<String> edit) {
		List<String> lines = lines(file);
		String before = lines.get(line - 1);
		String after = edit.apply(before);
		assertThat(after).as("edit of %s line %d", file, line).isNotEqualTo(before);
		lines.set(line - 1, after);
		write(file, lines);
		return this;
	}

	/** Replaces the only occurrence of {@code old} on one line. */
	public DatasetFolder replace(String file, int line, String old, String replacement) {
		return editLine(file, line, text -> {
			assertThat(text).as("%s line %d", file, line).containsOnlyOnce(old);
			return text.replace(old, replacement);
		});
	}

	/** Sets one cell of a one-line record, re-quoting the line as CSV. */
	public DatasetFolder set(String file, int line, String column, String value) {
		List<String> header = header(file);
		int index = header.indexOf(column);
		assertThat(index).as("column %s of %s", column, file).isNotNegative();
		return editLine(file, line, text -> {
			List<String> values = parse(text);
			assertThat(values).as("%s line %d", file, line).hasSize(header.size());
			assertThat(values.get(index)).as("%s line %d, column %s", file, line, column).isNotEqualTo(value);
			values.set(index, value);
			return format(values);
		});
	}

	/**
	 * The line of the record whose first column (its id, slug or code) is {@code key}:
	 * tests name rows by what they are, so adding a row to the bundled data moves no
	 * test.
	 */
	public int lineOf(String file, String key) {
		List<String> lines = lines(file);
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).startsWith(key + ",")) {
				return i + 1;
			}
		}
		throw new AssertionError("no row '" + key + "' in " + file);
	}

	/** Sets one cell of the record named by its first column. */
	public DatasetFolder set(String file, String key, String column, String value) {
		return set(file, lineOf(file, key), column, value);
	}

	/**
	 * Replaces the only occurrence of {@code old} in the record named by its first
	 * column.
	 */
	public DatasetFolder replace(String file, String key, String old, String replacement) {
		return replace(file, lineOf(file, key), old, replacement);
	}

	/**
	 * Inserts a copy of the record named by its first column after it, with cells
	 * changed.
	 */
	public DatasetFolder insertCopy(String file, String key, String... columnsAndValues) {
		return insertCopy(file, lineOf(file, key), columnsAndValues);
	}

	/** Keeps the header only. */
	public DatasetFolder clear(String file) {
		write(file, List.of(line(file, 1)));
		return this;
	}

	/** The value of one cell of a one-line record. */
	public String get(String file, int line, String column) {
		return parse(line(file, line)).get(header(file).indexOf(column));
	}

	/** Inserts a line after the given one (0 inserts before the header). */
	public DatasetFolder insertAfter(String file, int line, String text) {
		List<String> lines = lines(file);
		lines.add(line, text);
		write(file, lines);
		return this;
	}

	/**
	 * Inserts a copy of one line after it, with some cells changed: pairs of column and
	 * value.
	 */
	public DatasetFolder insertCopy(String file, int line, String... columnsAndValues) {
		List<String> header = header(file);
		List<String> values = parse(line(file, line));
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			int index = header.indexOf(columnsAndValues[i]);
			assertThat(index).as("column %s of %s", columnsAndValues[i], file).isNotNegative();
			values.set(index, columnsAndValues[i + 1]);
		}
		return insertAfter(file, line, format(values));
	}

	/** Removes a column from the header and from every record. */
	public DatasetFolder dropColumn(String file, String column) {
		List<List<String>> records = records(file);
		int index = records.get(0).indexOf(column);
		assertThat(index).as("column %s of %s", column, file).isNotNegative();
		records.forEach(record -> record.remove(index));
		write(file, records.stream().map(DatasetFolder::format).toList());
		return this;
	}

	/** Adds a column at the end of the header and an empty value to every record. */
	public DatasetFolder addColumn(String file, String column) {
		List<List<String>> records = records(file);
		records.get(0).add(column);
		records.subList(1, records.size()).forEach(record -> record.add(""));
		write(file, records.stream().map(DatasetFolder::format).toList());
		return this;
	}

	public List<String> header(String file) {
		return parse(line(file, 1));
	}

	private List<List<String>> records(String file) {
		try (var parser = CSVFormat.RFC4180.parse(new StringReader(Files.readString(dir.resolve(file))))) {
			List<List<String>> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				records.add(new ArrayList<>(record.toList()));
			}
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> parse(String line) {
		try (var parser = CSVFormat.RFC4180.parse(new StringReader(line))) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(records).as("one record in '%s'", line).hasSize(1);
			return new ArrayList<>(records.get(0).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String format(List<String> values) {
		return LINE.format(values.toArray());
	}

}
