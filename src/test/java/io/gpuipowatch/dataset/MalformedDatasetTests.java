package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.gpuipowatch.catalog.Absence;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.CatalogStore;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Contents;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.TestCatalogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.springframework.core.io.DefaultResourceLoader;

import static io.gpuipowatch.dataset.DatasetFiles.COMPANIES;
import static io.gpuipowatch.dataset.DatasetFiles.EVENTS;
import static io.gpuipowatch.dataset.DatasetFiles.FIGURES;
import static io.gpuipowatch.dataset.DatasetFiles.SOURCES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Each case copies the bundled dataset, breaks one thing, and expects the load to stop
 * with the exact problem (file, line, column, what is wrong) and nothing stored. Most
 * cases call the loader directly with a mocked store; a few go through the real start-up
 * and look into H2 afterwards.
 */
class MalformedDatasetTests {

	@TempDir
	Path dir;

	DatasetFolder data;

	/** The day the data is checked against: no step or price may lie after it. */
	static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

	final CatalogStore store = mock(CatalogStore.class);

	@BeforeEach
	void copyBundledDataset() {
		data = DatasetFolder.copyOfBundled(dir);
	}

	/**
	 * The slugs of companies.csv, in its order, but those left out: as a problem lists
	 * the known ones.
	 */
	private String slugsBut(String... left) {
		return String.join(", ",
				data.lines(COMPANIES)
					.stream()
					.skip(1)
					.map(line -> line.substring(0, line.indexOf(',')))
					.filter(slug -> !List.of(left).contains(slug))
					.toList());
	}

	/**
	 * Where a row is now, named by its id: tests name rows by what they are, never by a
	 * line number.
	 */
	private String at(String file, String id) {
		return file + " line " + data.lineOf(file, id);
	}

	private DatasetLoader loader() {
		return new DatasetLoader(new DefaultResourceLoader(),
				new DatasetProperties(dir.toString(), BigDecimal.valueOf(2)), store, TODAY);
	}

	/** Loads the folder, expects it rejected, and checks nothing reached the database. */
	private List<String> problems() {
		InvalidDatasetException ex = assertThrows(InvalidDatasetException.class, loader()::load);
		verifyNoInteractions(store);
		assertThat(ex)
			.hasMessageStartingWith(ex.problems().size() + " problem(s) in the dataset at " + data.location());
		return ex.problems();
	}

	/** Loads the folder, expects it accepted and stored once. */
	private Catalog loaded() {
		ArgumentCaptor<Contents> stored = ArgumentCaptor.forClass(Contents.class);
		when(store.read()).thenAnswer(invocation -> {
			verify(store).store(stored.capture());
			return TestCatalogs.of(stored.getValue());
		});
		Catalog catalog = loader().load();
		verify(store).store(any());
		return catalog;
	}

	@Test
	void loadsTheUneditedCopy() {
		Catalog catalog = loaded();
		assertThat(catalog.companies()).hasSize(data.lines(COMPANIES).size() - 1);
		assertThat(catalog.info().getLoadedFrom()).isEqualTo(data.location());
	}

	@Test
	void rejectsUnknownCompany() {
		data.set(FIGURES, "mt-issue-price", "company", "moore-thread");
		assertThat(problems()).containsExactly(at(FIGURES, "mt-issue-price")
				+ ", column company: unknown company 'moore-thread' (known: " + slugsBut() + ")");
	}

	@Test
	void rejectsValueThatIsNotANumber() {
		data.set(FIGURES, "mt-issue-price", "value", "114.28元");
		assertThat(problems()).containsExactly(at(FIGURES, "mt-issue-price")
				+ ", column value: '114.28元' is not a number " + "(write 50.05E8 for 50.05亿, 42.64E4 for 42.64万)");
	}

	@Test
	void rejectsUnknownUnit() {
		data.set(FIGURES, "mt-issue-price", "unit", "RMB");
		assertThat(problems()).containsExactly(at(FIGURES, "mt-issue-price")
				+ ", column unit: unknown unit 'RMB' (known: CNY, HKD, USD, %, shares, count, years, x)");
	}

	@Test
	void rejectsUnitThatDoesNotFitTheMetric() {
		data.set(FIGURES, "mt-issue-price", "unit", "%");
		assertThat(problems()).containsExactly(
				at(FIGURES, "mt-issue-price") + ", column unit: unit '%' does not fit metric 'issue-price' (price)");
	}

	@Test
	void rejectsUnknownQualifier() {
		data.set(FIGURES, "en-pre-ipo-funding", "qualifier", "almost");
		assertThat(problems()).containsExactly(at(FIGURES, "en-pre-ipo-funding")
				+ ", column qualifier: unknown qualifier 'almost' (known: exact, over, nearly, about)");
	}

	@Test
	void rejectsDuplicateFigureId() {
		String second = at(FIGURES, "mt-shares-offered");
		int first = data.lineOf(FIGURES, "mt-issue-price");
		data.set(FIGURES, "mt-shares-offered", "id", "mt-issue-price");
		assertThat(problems())
			.containsExactly(second + ", column id: duplicate key 'mt-issue-price' (first on line " + first + ")");
	}

	@Test
	void rejectsTheSameFigureUnderAnotherId() {
		data.insertCopy(FIGURES, "mt-issue-price", "id", "mt-issue-price-again");
		assertThat(problems()).containsExactly(at(FIGURES, "mt-issue-price-again") + ", column source: duplicate "
				+ "figure: same company, metric, period, basis and source as 'mt-issue-price' on line "
				+ data.lineOf(FIGURES, "mt-issue-price"));
	}

	@Test
	void rejectsImpossibleEventDate() {
		data.set(EVENTS, "mt-listed", "date", "2025-02-30");
		assertThat(problems())
			.containsExactly(at(EVENTS, "mt-listed") + ", column date: '2025-02-30' is an impossible date");
	}

	@Test
	void rejectsDateWithMonthOrDayZero() {
		data.set(EVENTS, "mt-listed", "date", "2025-12-00");
		data.set(EVENTS, "mx-listed", "date", "2025-00");
		assertThat(problems()).containsExactly(
				at(EVENTS, "mt-listed") + ", column date: '2025-12-00' is an impossible date",
				at(EVENTS, "mx-listed") + ", column date: '2025-00' is an impossible date");
	}

	@Test
	void rejectsImpossibleFoundingDateAndEveryRowNamingThatCompany() {
		data.set(COMPANIES, "metax", "founded", "2020-09-31");
		List<String> problems = problems();
		assertThat(problems).first()
			.isEqualTo(at(COMPANIES, "metax") + ", column founded: '2020-09-31' is an impossible date");
		assertThat(problems).contains(
				at(EVENTS, "mx-listed") + ", column company: unknown company 'metax' (known: " + slugsBut("metax")
						+ ")",
				at(FIGURES, "mx-issue-price") + ", column company: unknown company 'metax' (known: " + slugsBut("metax")
						+ ")");
		// A change names a figure of the company: that figure is gone with it
		assertThat(problems.subList(1, problems.size()))
			.allMatch(p -> p.contains("unknown company 'metax'") || p.contains("unknown figure 'mx-"));
	}

	@Test
	void rejectsEventReportedBeforeItHappened() {
		data.set(EVENTS, "mt-listed", "date", "2025-12-20");
		assertThat(problems()).containsExactly(
				at(EVENTS, "mt-listed") + ", column date: '2025-12-20' is after source S0 was published (2025-12-19)");
	}

	@Test
	void rejectsFigureWithoutSource() {
		data.set(FIGURES, "mt-issue-price", "source", "");
		assertThat(problems())
			.containsExactly(at(FIGURES, "mt-issue-price") + ", column source: is empty; a value is required");
	}

	@Test
	void rejectsFigureWithUnknownSource() {
		data.set(FIGURES, "mt-issue-price", "source", "S99");
		assertThat(problems()).singleElement(STRING)
			.startsWith(at(FIGURES, "mt-issue-price") + ", column source: unknown source 'S99' (known: S0, S1, S2, ")
			.endsWith(", S15, … (" + (data.lines(SOURCES).size() - 1) + " in all))");
	}

	@Test
	void rejectsSpanThatRunsBackwards() {
		data.set(FIGURES, "br-loss-total", "period", "2024-2022");
		assertThat(problems()).containsExactly(
				at(FIGURES, "br-loss-total") + ", column period: '2024-2022' is a span that does not run forwards");
	}

	@Test
	void rejectsDerivedFigureThatDoesNotMatchWhatItFollowsFrom() {
		data.set(FIGURES, "mt-gain-open", "value", "470.00");
		assertThat(problems())
			.containsExactly(at(FIGURES, "mt-gain-open") + ", column value: '470.00' (exact) does not match "
					+ "gain first-day-open issue-price = 468.77844; correct it, or say why it differs in check_note");
	}

	@Test
	void rejectsComputedFigureOffByItsLastDigit() {
		// 895 ÷ 104.66 − 1 = 755.1500…%: a computed figure gets no tolerance, a check
		// note
		// no excuse
		data.set(FIGURES, "mx-gain-high", "value", "755.16").set(FIGURES, "mx-gain-high", "check_note_en", "Close");
		assertThat(problems()).containsExactly(
				at(FIGURES, "mx-gain-high") + ", column value: '755.16' is marked computed, but gain first-day-high "
						+ "issue-price = 755.15 to its digits; correct it",
				at(DatasetFiles.CHANGES, "c1-mx-gain-high")
						+ ", column to_value: '755.15' is not the value figures.csv gives 'mx-gain-high' (755.16)");
	}

	@Test
	void rejectsMetricThatDoesNotExistOnTheCompanysVenue() {
		// A STAR Market IPO has no retail tranche: the multiple is an HKEX one
		data.insertCopy(FIGURES, "br-sub-retail", "id", "mt-sub-retail", "company", "moore-threads", "period",
				"2025-12-05", "variants", "", "shown", "", "reason_en", "", "reason_zh", "", "basis", "");
		assertThat(problems()).containsExactly(at(FIGURES, "mt-sub-retail")
				+ ", column metric: 'subscription-retail' does not exist on star (metrics.csv, column venues)");
	}

	@Test
	void rejectsVariantCalledADisputeWhereItIsAnotherBasis() {
		// Enflame's 扣非 loss is the same measure on another basis, not a source that
		// disagrees
		data.set(FIGURES, "en-loss-2022-recurring", "difference", "disagree");
		assertThat(problems()).containsExactly(at(FIGURES, "en-loss-2022-recurring")
				+ ", column difference: sources that disagree report the same figure on the same basis; this one is "
				+ "on another basis (say basis)");
	}

	@Test
	void acceptsDerivedFigureThatDoesNotMatchWhenCheckNoteSaysWhy() {
		data.set(FIGURES, "mt-gain-open", "value", "470.00")
			.set(FIGURES, "mt-gain-open", "check_note_en", "Rounded up by the source");
		Catalog catalog = loaded();
		assertThat(catalog.figures()).filteredOn(f -> f.getId().equals("mt-gain-open")).singleElement().satisfies(f -> {
			assertThat(f.getValue()).isEqualByComparingTo("470.00");
			assertThat(f.getCheckNote().en()).isEqualTo("Rounded up by the source");
		});
	}

	@Test
	void rejectsMultiYearTotalThatDoesNotMatchItsYears() {
		data.set(FIGURES, "br-loss-total", "value", "48.5E8");
		assertThat(problems()).containsExactly(at(FIGURES, "br-loss-total")
				+ ", column value: '4850000000' (exact) does not "
				+ "match the sum of 2022, 2023, 2024 = 4756000000; correct it, or say why it differs in check_note");
	}

	@Test
	void rejectsConflictGroupWithTwoShown() {
		data.set(FIGURES, "mt-gain-close-chinacom", "shown", "yes");
		assertThat(problems()).containsExactly(
				at(FIGURES, "mt-gain-close")
						+ ", column shown: variants 'mt-gain-close' must have exactly one shown (yes), has 2",
				at(FIGURES, "mt-gain-close-chinacom")
						+ ", column difference: the variant shown differs from nothing: leave it empty");
	}

	@Test
	void rejectsConflictingFiguresOutsideAVariantsGroup() {
		data.insertCopy(FIGURES, "mt-open", "id", "mt-open-s4", "value", "688", "source", "S4", "phrase", "", "note_en",
				"", "note_zh", "");
		assertThat(problems()).containsExactly(at(FIGURES, "mt-open-s4") + ", column variants: 'mt-open' on line "
				+ data.lineOf(FIGURES, "mt-open")
				+ " has the same company, metric and period: make both variants of one (the same variants key)");
	}

	@Nested
	class MarketFiles {

		@Test
		void rejectsPriceWithoutSource() {
			data.set(DatasetFiles.PRICES, "mt-price-2025-12-26", "source", "");
			assertThat(problems()).containsExactly(
					at(DatasetFiles.PRICES, "mt-price-2025-12-26") + ", column source: is empty; a value is required");
		}

		@Test
		void rejectsPriceDatedAfterToday() {
			data.set(DatasetFiles.PRICES, "mt-price-2025-12-26", "date", "2026-12-02");
			assertThat(problems()).containsExactly(at(DatasetFiles.PRICES, "mt-price-2025-12-26")
					+ ", column date: '2026-12-02' is in the future (today is 2026-12-01)");
		}

		@Test
		void rejectsRateForAnUnknownCurrency() {
			data.set(DatasetFiles.RATES, "2025-12-31", "currency", "EUR");
			assertThat(problems()).singleElement(STRING)
				.startsWith(at(DatasetFiles.RATES, "2025-12-31") + ", column currency: ")
				.contains("'EUR'", "USD", "HKD");
		}

		@Test
		void rejectsRateWithoutSource() {
			data.set(DatasetFiles.RATES, "2025-12-31", "source", "");
			assertThat(problems()).containsExactly(
					at(DatasetFiles.RATES, "2025-12-31") + ", column source: is empty; a value is required");
		}

		@Test
		void rejectsLockupRuleForAnUnknownVenue() {
			data.set(DatasetFiles.LOCKUPS, "star-sponsor-co-investment", "venue", "nasdaq");
			assertThat(problems()).containsExactly(at(DatasetFiles.LOCKUPS, "star-sponsor-co-investment")
					+ ", column venue: unknown venue 'nasdaq' (known: star, hkex, unlisted)");
		}

		@Test
		void rejectsChangeNamingAnUnknownFigure() {
			data.set(DatasetFiles.CHANGES, "c1-mx-gain-high", "figure", "mx-gain-highest");
			assertThat(problems()).singleElement(STRING)
				.startsWith(at(DatasetFiles.CHANGES, "c1-mx-gain-high")
						+ ", column figure: unknown figure 'mx-gain-highest' (known: ");
		}

		@Test
		void rejectsChangeWhoseNewValueIsNotTheFiguresValue() {
			data.set(DatasetFiles.CHANGES, "c1-mx-gain-high", "to_value", "755.14");
			assertThat(problems()).containsExactly(at(DatasetFiles.CHANGES, "c1-mx-gain-high")
					+ ", column to_value: '755.14' is not the value figures.csv gives 'mx-gain-high' (755.15)");
		}

		@Test
		void saysAFigureIsNotDisclosedOnlyWhereASourceSaysSo() {
			data.write(DatasetFiles.GAPS, List.of("company,metric,period,reason,source,note_en,note_zh",
					"enflame,rd-expense,,not-disclosed,S37,Annual R&D not published,未公布年度研发费用"));
			Catalog catalog = loaded();
			Company enflame = catalog.company("enflame").orElseThrow();
			Company metax = catalog.company("metax").orElseThrow();
			Metric rd = catalog.metric("rd-expense").orElseThrow();
			assertThat(catalog.absence(enflame, rd, Period.parse("2023"))).isEqualTo(Absence.NOT_DISCLOSED);
			assertThat(catalog.absence(metax, rd, Period.parse("2021"))).isEqualTo(Absence.NOT_IN_DATA);
			Metric retail = catalog.metric("subscription-retail").orElseThrow();
			assertThat(catalog.absence(catalog.company("moore-threads").orElseThrow(), retail, null))
				.isEqualTo(Absence.NOT_APPLICABLE);
			assertThat(catalog.absence(enflame, catalog.metric("issue-price").orElseThrow(), null))
				.isEqualTo(Absence.NOT_LISTED);
		}

		@Test
		void rejectsAGapWithAReasonOtherThanNotDisclosed() {
			data.write(DatasetFiles.GAPS, List.of("company,metric,period,reason,source,note_en,note_zh",
					"enflame,rd-expense,,not-collected,S37,,"));
			assertThat(problems()).singleElement(STRING).contains("gaps.csv line 2, column reason", "not-collected");
		}

		@Test
		void loadsADatasetWithoutTheMarketFiles() {
			for (String file : DatasetFiles.MAY_BE_ABSENT) {
				data.delete(file);
			}
			Catalog catalog = loaded();
			assertThat(catalog.changes()).isEmpty();
			assertThat(catalog.rates()).isEmpty();
			assertThat(catalog.prices(catalog.company("moore-threads").orElseThrow())).isEmpty();
		}

	}

	@Test
	void rejectsMissingFile() {
		data.delete(EVENTS);
		assertThat(problems()).containsExactly("events.csv: is missing from " + data.location());
	}

	@Test
	void rejectsHeaderWithoutARequiredColumn() {
		data.dropColumn(EVENTS, "source");
		assertThat(problems()).singleElement(STRING)
			.startsWith("events.csv line 1, column source: the header lacks this column (it needs ")
			.contains("id", "date", "kind", "venue", "source");
	}

	@Test
	void rejectsUnknownColumn() {
		data.addColumn(EVENTS, "comment");
		assertThat(problems()).singleElement(STRING)
			.startsWith("events.csv line 1, column comment: unknown column (known: ")
			.contains("reason_en", "reason_zh", "note_en", "note_zh");
	}

	@Test
	void rejectsValueWithUnquotedComma() {
		String where = at(EVENTS, "br-hearing");
		data.replace(EVENTS, "br-hearing", "\"同日,壁仞科技也通过了港交所聆讯\"", "同日,壁仞科技也通过了港交所聆讯");
		assertThat(problems()).containsExactly(where + ": has 15 values but the header names 14 columns "
				+ "(a value with a comma needs double quotes)");
	}

	@Test
	void rejectsFileThatIsNotUtf8() {
		// The first row with Chinese text is the first the GBK bytes break, some 50 bytes
		// in
		String where = at(EVENTS, "mt-listed");
		assertThat(data.line(EVENTS, data.lineOf(EVENTS, "mt-listed"))).contains(",S0,摩尔线程");
		String text = String.join("\n", data.lines(EVENTS)) + "\n";
		data.writeBytes(EVENTS, text.getBytes(Charset.forName("GBK")));
		assertThat(problems()).singleElement(STRING)
			.matches(where + ": is not UTF-8 text \\(byte 0x[0-9A-F]{2}, 5\\d bytes into the line\\); "
					+ "save the file as UTF-8");
	}

	@Test
	void acceptsByteOrderMark() {
		String text = "\uFEFF" + String.join("\n", data.lines(EVENTS)) + "\n";
		data.writeBytes(EVENTS, text.getBytes(StandardCharsets.UTF_8));
		assertThat(loaded().events()).hasSize(data.lines(EVENTS).size() - 1);
	}

	@Test
	void rejectsCompanyStatusThatDoesNotMatchItsLatestEvent() {
		data.set(COMPANIES, "enflame", "status", "application-accepted");
		assertThat(problems()).containsExactly(
				at(COMPANIES, "enflame") + ", column status: 'application-accepted' but the latest event is 'enquiry'");
	}

	@Test
	void rejectsListedCompanyWithoutStockCodeAndEveryRowNamingThatCompany() {
		data.set(COMPANIES, "moore-threads", "stock_code", "");
		List<String> problems = problems();
		assertThat(problems).first()
			.isEqualTo(at(COMPANIES, "moore-threads")
					+ ", column stock_code: a company listed on star needs a stock code");
		assertThat(problems.subList(1, problems.size())).isNotEmpty()
			.allMatch(p -> p
				.endsWith("column company: unknown company 'moore-threads' (known: " + slugsBut("moore-threads") + ")")
					|| p.contains("column figure: unknown figure 'mt-"));
	}

	@Test
	void rejectsSourceWithoutAddressOrLocator() {
		data.set(SOURCES, "S12", "url", "");
		assertThat(problems()).containsExactly(
				at(SOURCES, "S12") + ", column url: a source needs a url, or a locator saying where to find it");
	}

	@Test
	void rejectsSourceAddressThatIsNotAFullAddress() {
		data.set(SOURCES, "S12", "url", "tansuo.caiding5.cn/news/565908.html");
		assertThat(problems()).containsExactly(at(SOURCES, "S12")
				+ ", column url: 'tansuo.caiding5.cn/news/565908.html' is not a full http(s) address "
				+ "of at most 2000 characters");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		data.set(FIGURES, "mt-issue-price", "unit", "RMB").set(FIGURES, "mx-issue-price", "value", "abc");
		assertThat(problems()).containsExactly(
				at(FIGURES, "mt-issue-price")
						+ ", column unit: unknown unit 'RMB' (known: CNY, HKD, USD, %, shares, count, years, x)",
				at(FIGURES, "mx-issue-price")
						+ ", column value: 'abc' is not a number (write 50.05E8 for 50.05亿, 42.64E4 for 42.64万)");
	}

	@Test
	void countsLinesFromTheHeaderIncludingBlankLinesAndLineBreaksInQuotes() {
		// Two more lines before the rows: a blank one, and a line break inside a quoted
		// value
		int issuePrice = data.lineOf(FIGURES, "mt-issue-price") + 2;
		int rdTotal = data.lineOf(FIGURES, "en-rd-total") + 2;
		data.set(FIGURES, "mt-issue-price", "unit", "RMB");
		data.insertAfter(FIGURES, data.lineOf(FIGURES, "cuda-moat"), "");
		data.set(FIGURES, "group-size", "note_en", "Biren, Moore Threads,\nMetaX and Enflame");
		data.set(FIGURES, "en-rd-total", "unit", "EUR");
		assertThat(problems()).containsExactly(
				"figures.csv line " + issuePrice
						+ ", column unit: unknown unit 'RMB' (known: CNY, HKD, USD, %, shares, count, years, x)",
				"figures.csv line " + rdTotal
						+ ", column unit: unknown unit 'EUR' (known: CNY, HKD, USD, %, shares, count, years, x)");
	}

	/**
	 * The same rejection through the real start-up: the context fails and H2 holds no
	 * dataset rows.
	 */
	@Nested
	class ThroughTheRealStartUp {

		private List<String> problemsAtStartUp() throws SQLException {
			StartUp startUp = new StartUp(dir);
			try {
				List<String> problems = startUp.failure().problems();
				assertThat(startUp.rowCounts()).as("rows in each table after the failed start-up")
					.containsOnlyKeys(StartUp.TABLES)
					.allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
				return problems;
			}
			finally {
				startUp.dropDatabase();
			}
		}

		@Test
		void rejectsUnknownCompany() throws SQLException {
			data.set(FIGURES, "mt-issue-price", "company", "moore-thread");
			assertThat(problemsAtStartUp()).containsExactly(at(FIGURES, "mt-issue-price")
					+ ", column company: unknown company 'moore-thread' (known: " + slugsBut() + ")");
		}

		@Test
		void rejectsDerivedFigureThatDoesNotMatchWhatItFollowsFrom() throws SQLException {
			data.set(FIGURES, "mt-gain-open", "value", "470.00");
			assertThat(problemsAtStartUp()).containsExactly(at(FIGURES, "mt-gain-open")
					+ ", column value: '470.00' (exact) does "
					+ "not match gain first-day-open issue-price = 468.77844; correct it, or say why it differs in check_note");
		}

		@Test
		void rejectsCompanyStatusThatDoesNotMatchItsLatestEvent() throws SQLException {
			data.set(COMPANIES, "enflame", "status", "application-accepted");
			assertThat(problemsAtStartUp()).containsExactly(at(COMPANIES, "enflame")
					+ ", column status: 'application-accepted' but the latest event is 'enquiry'");
		}

	}

}
