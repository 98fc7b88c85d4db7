package io.gpuipowatch.dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.gpuipowatch.dataset.DatasetFiles.EVENTS;
import static io.gpuipowatch.dataset.DatasetFiles.FIGURES;
import static io.gpuipowatch.dataset.DatasetFiles.SOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

/**
 * Data files written to break the loader, each through the real start-up: the start-up
 * stops with the problem located to file, line and column, nothing is stored, and no
 * value the database could not hold, nor a file too large for the heap, gets as far as
 * the database or the parser.
 */
class HostileDatasetTests {

	@TempDir
	Path dir;

	DatasetFolder data;

	@BeforeEach
	void copyBundledDataset() {
		data = DatasetFolder.copyOfBundled(dir);
	}

	/**
	 * Starts the application on the folder: it must stop on the dataset and store
	 * nothing.
	 */
	private List<String> problems() throws SQLException {
		StartUp startUp = new StartUp(dir);
		try {
			List<String> problems = startUp.failure().problems();
			assertThat(startUp.rowCounts()).as("rows in each table after the failed start-up")
				.allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
			return problems;
		}
		finally {
			startUp.dropDatabase();
		}
	}

	private String problem() throws SQLException {
		List<String> problems = problems();
		assertThat(problems).hasSize(1);
		return problems.get(0);
	}

	private int line(String file, String id) {
		return data.lineOf(file, id);
	}

	@Test
	void aQuoteThatIsNeverClosed() throws SQLException {
		List<String> lines = data.lines(EVENTS);
		String row = "zz-unclosed,,2023-03,rule-change,hkex,S0,\"never closed,,,,";
		lines.add(row);
		data.write(EVENTS, lines);
		assertThat(problem()).isEqualTo("events.csv line " + lines.size() + ", column phrase, character "
				+ (row.indexOf('"') + 1) + ": a quote that is never closed");
	}

	@Test
	void textAfterAClosingQuote() throws SQLException {
		int line = line(EVENTS, "br-hearing");
		data.replace(EVENTS, "br-hearing", "聆讯\",", "聆讯\"x,");
		assertThat(problem()).startsWith("events.csv line " + line + ", column phrase, character ")
			.endsWith(": text after the closing quote of a value (a quote inside a value is written \"\")");
	}

	@Test
	void aQuoteInsideAnUnquotedValue() throws SQLException {
		int line = line(EVENTS, "mt-listed");
		data.replace(EVENTS, "mt-listed", "摩尔线程已于", "摩尔\"线程已于");
		assertThat(problem()).startsWith("events.csv line " + line + ", column phrase, character 53: a quote inside "
				+ "a value that does not start with one");
	}

	@Test
	void aLongQuoteIsKeptWhole() {
		String quote = "长".repeat(1001);
		data.set(FIGURES, "mt-issue-price", "phrase", quote);
		StartUp startUp = new StartUp(dir);
		try (var context = startUp.run()) {
			var catalog = context.getBean(io.gpuipowatch.catalog.Catalog.class);
			assertThat(catalog.figures()).filteredOn(f -> f.getId().equals("mt-issue-price"))
				.singleElement()
				.satisfies(f -> assertThat(f.getProvenance().getPhrase()).isEqualTo(quote));
		}
	}

	@Test
	void textLongerThanTheDatabaseHolds() throws SQLException {
		data.set(FIGURES, "mt-issue-price", "phrase", "长".repeat(4001));
		assertThat(problem()).isEqualTo("figures.csv line " + line(FIGURES, "mt-issue-price")
				+ ", column phrase: is 4001 characters long; a value may have at most 4000");
	}

	@Test
	void anIdLongerThanTheDatabaseHolds() throws SQLException {
		int line = line(FIGURES, "mt-issue-price");
		data.set(FIGURES, "mt-issue-price", "id", "x".repeat(65));
		assertThat(problem()).startsWith("figures.csv line " + line + ", column id: '" + "x".repeat(60)
				+ "… (65 characters)' is not a valid key");
	}

	@Test
	void numbersTheDatabaseCannotHold() throws SQLException {
		data.set(FIGURES, "mt-issue-price", "value", "1E23");
		data.set(FIGURES, "mt-open", "value", "1E999999999");
		data.set(FIGURES, "mt-close", "value", "4E-999999999");
		data.set(FIGURES, "mx-issue-price", "value", "4.0000004");
		assertThat(problems()).containsExactly(
				"figures.csv line " + line(FIGURES, "mt-issue-price")
						+ ", column value: '1E23' is too large: at most 22 digits before the point",
				"figures.csv line " + line(FIGURES, "mt-open")
						+ ", column value: '1E999999999' is too large: at most 22 digits before the point",
				"figures.csv line " + line(FIGURES, "mt-close") + ", column value: '4E-999999999' has more than 6 "
						+ "decimals, which would be lost; round it as the source does",
				"figures.csv line " + line(FIGURES, "mx-issue-price") + ", column value: '4.0000004' has more than 6 "
						+ "decimals, which would be lost; round it as the source does");
	}

	@Test
	void negativeCountsSharesPricesAndMultiples() throws SQLException {
		data.set(FIGURES, "mt-issue-price", "value", "-114.28");
		data.set(FIGURES, "mt-shares-offered", "value", "-70000000");
		data.set(FIGURES, "en-funding-rounds", "value", "-8");
		data.set(FIGURES, "br-sub-retail", "value", "-2347.53");
		String why = " is negative; only a percentage or an amount of money can be (a loss is stated as a positive "
				+ "net loss)";
		assertThat(problems()).contains(
				"figures.csv line " + line(FIGURES, "mt-issue-price") + ", column value: '-114.28'" + why,
				"figures.csv line " + line(FIGURES, "mt-shares-offered") + ", column value: '-70000000'" + why,
				"figures.csv line " + line(FIGURES, "en-funding-rounds") + ", column value: '-8'" + why,
				"figures.csv line " + line(FIGURES, "br-sub-retail") + ", column value: '-2347.53'" + why);
	}

	@Test
	void aRunawayLineIsRefusedBeforeItIsParsed() throws SQLException {
		List<String> lines = data.lines(FIGURES);
		lines.add("junk," + "x".repeat(100_000));
		data.write(FIGURES, lines);
		assertThat(problem()).isEqualTo(
				"figures.csv line " + lines.size() + ": is 100005 characters long; a line may have at most 16384");
	}

	@Test
	void aFileTooLargeForADatasetIsNotRead() throws SQLException {
		List<String> lines = data.lines(FIGURES);
		lines.add("\"" + "x".repeat(10 * 1024 * 1024) + "\"");
		data.write(FIGURES, lines);
		assertThat(problem())
			.isEqualTo("figures.csv: is larger than 8 MB; a dataset file this size is not one of ours");
	}

	@Test
	void invisibleAndControlCharacters() throws SQLException {
		data.set(FIGURES, "mt-issue-price", "note_en", "Confirm\u0000ed");
		data.set(FIGURES, "mt-open", "note_en", "One site says\uFEFF it opened at 688");
		data.set(EVENTS, "mt-listed", "phrase", "\u202E摩尔线程已于12月5日");
		assertThat(problems()).containsExactly(
				"events.csv line " + line(EVENTS, "mt-listed") + ", column phrase: holds the invisible character "
						+ "U+202E (RIGHT-TO-LEFT OVERRIDE) at character 1; remove it",
				"figures.csv line " + line(FIGURES, "mt-issue-price")
						+ ", column note_en: holds the invisible character "
						+ "U+0000 (NULL) at character 8; remove it",
				"figures.csv line " + line(FIGURES, "mt-open")
						+ ", column note_en: holds the invisible character U+FEFF "
						+ "(ZERO WIDTH NO-BREAK SPACE) at character 14; remove it");
	}

	@Test
	void aFileThatIsNotUtf8NamesTheLine() throws SQLException {
		int line = line(SOURCES, "S3");
		List<String> lines = data.lines(SOURCES);
		byte[] before = (String.join("\n", lines.subList(0, line - 1)) + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] bad = "S3,Moore Threads final prospectus \u00e9".getBytes(StandardCharsets.ISO_8859_1);
		byte[] after = ("\n" + String.join("\n", lines.subList(line, lines.size())) + "\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[before.length + bad.length + after.length];
		System.arraycopy(before, 0, all, 0, before.length);
		System.arraycopy(bad, 0, all, before.length, bad.length);
		System.arraycopy(after, 0, all, before.length + bad.length, after.length);
		data.writeBytes(SOURCES, all);
		assertThat(problem()).isEqualTo("sources.csv line " + line + ": is not UTF-8 text (byte 0xE9, 34 bytes into "
				+ "the line); save the file as UTF-8");
	}

	@Test
	void aFigureFileWithAHeaderAndNoRows() throws SQLException {
		data.clear(FIGURES);
		assertThat(problems()).singleElement(STRING)
			.isEqualTo("figures.csv: has a header and no rows; the dataset needs at least one");
	}

}
