package io.gpuipowatch.dataset;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Price;
import io.gpuipowatch.catalog.Reported;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled data copied three times, as bench/scale-data.py copies it for the
 * benchmark's 100 companies: every company, and every row naming one, under a new slug
 * and id, citing its own copy of each source. The look-ups the loader and the catalog
 * build once must find each copy's own rows, never another copy's, and derive for each
 * exactly what they derive for the original.
 */
class ScaledDatasetTests {

	private static final int COPIES = 3;

	private static final String SHARED_SOURCE = DatasetFiles.COMPUTED_SOURCE;

	@TempDir
	static Path dir;

	static StartUp startUp;

	static ConfigurableApplicationContext context;

	static Catalog catalog;

	@BeforeAll
	static void startOnThreeCopies() throws IOException {
		copy(Path.of("data"), dir);
		startUp = new StartUp(dir);
		context = startUp.run();
		catalog = context.getBean(Catalog.class);
	}

	@AfterAll
	static void stop() throws SQLException {
		if (context != null) {
			context.close();
		}
		if (startUp != null) {
			startUp.dropDatabase();
		}
	}

	@Test
	void holdsEveryCopyWithAsManyFiguresAsItsOriginal() {
		List<Company> originals = originals();
		assertThat(catalog.companies()).hasSize(COPIES * originals.size());
		for (Company original : originals) {
			for (int copyNumber = 2; copyNumber <= COPIES; copyNumber++) {
				int n = copyNumber;
				Company copy = catalog.company(original.getSlug() + "-0" + n).orElseThrow();
				assertThat(catalog.figures(copy)).extracting(f -> f.getId().replace(copy.getSlug(), original.getSlug()))
					.containsExactlyElementsOf(catalog.figures(original).stream().map(f -> unsuffixed(f, n)).toList());
				assertThat(catalog.figures(copy)).extracting(Figure::getValue)
					.usingElementComparator(BigDecimal::compareTo)
					.containsExactlyElementsOf(catalog.figures(original).stream().map(Figure::getValue).toList());
			}
		}
	}

	@Test
	void derivesEachCopysFiguresFromItsOwnFigures() {
		List<Figure> computed = catalog.figures().stream().filter(f -> !f.getInputs().isEmpty()).toList();
		assertThat(computed).hasSizeGreaterThanOrEqualTo(COPIES * originals().size());
		assertThat(computed)
			.allSatisfy(f -> assertThat(f.getInputs()).extracting(Figure::getCompany).containsOnly(f.getCompany()));
	}

	@Test
	void computesEachCopysPricesAsTheOriginals() {
		for (Company original : originals()) {
			Company copy = catalog.company(original.getSlug() + "-0" + COPIES).orElseThrow();
			assertThat(catalog.prices(copy)).extracting(Price::getMarketCap)
				.containsExactlyElementsOf(catalog.prices(original).stream().map(Price::getMarketCap).toList());
		}
	}

	@Test
	void findsAStepsVariantsInItsOwnCopy() {
		List<ListingEvent> withVariants = catalog.events()
			.stream()
			.filter(e -> e.getProvenance().getVariants() != null)
			.toList();
		assertThat(withVariants).isNotEmpty();
		for (ListingEvent event : withVariants) {
			assertThat(catalog.variants(event)).isNotEmpty()
				.doesNotContain(event)
				.extracting(Reported::getCompany)
				.containsOnly(event.getCompany());
		}
	}

	private static List<Company> originals() {
		return catalog.companies().stream().filter(c -> !c.getSlug().matches(".*-0\\d")).toList();
	}

	private static String unsuffixed(Figure figure, int n) {
		return figure.getId().startsWith("computed-") ? figure.getId() : figure.getId() + "-0" + n;
	}

	/**
	 * Writes the dataset in {@code from} with every company copied: copy 1 is the
	 * original, copy n has "-0n" after its slug, ids and variants keys.
	 */
	static void copy(Path from, Path to) throws IOException {
		Map<String, List<Map<String, String>>> files = new LinkedHashMap<>();
		try (Stream<Path> csv = Files.list(from)) {
			for (Path file : csv.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
				files.put(file.getFileName().toString(), read(file));
			}
		}
		Set<String> slugs = values(files.get("companies.csv"), "slug");
		Set<String> companyFigures = files.get("figures.csv")
			.stream()
			.filter(r -> !r.get("company").isEmpty())
			.map(r -> r.get("id"))
			.collect(Collectors.toSet());
		for (Map.Entry<String, List<Map<String, String>>> file : files.entrySet()) {
			List<Map<String, String>> rows = file.getValue();
			Predicate<Map<String, String>> aboutACompany = switch (file.getKey()) {
				case "companies.csv" -> r -> true;
				case "sources.csv" -> r -> !r.get("id").equals(SHARED_SOURCE);
				case "changes.csv" -> r -> companyFigures.contains(r.get("figure"));
				default -> r -> slugs.contains(r.getOrDefault("company", ""));
			};
			List<Map<String, String>> out = new ArrayList<>(rows.stream().filter(aboutACompany.negate()).toList());
			for (int n = 1; n <= COPIES; n++) {
				for (Map<String, String> row : rows.stream().filter(aboutACompany).toList()) {
					out.add(copy(row, n, companyFigures));
				}
			}
			write(to.resolve(file.getKey()),
					rows.isEmpty() ? header(from.resolve(file.getKey())) : rows.get(0).keySet(), out);
		}
	}

	private static Map<String, String> copy(Map<String, String> row, int n, Set<String> companyFigures) {
		Map<String, String> copy = new LinkedHashMap<>(row);
		for (String column : List.of("id", "slug", "company", "variants")) {
			copy.computeIfPresent(column, (c, v) -> suffix(v, n));
		}
		copy.computeIfPresent("source", (c, v) -> v.equals(SHARED_SOURCE) ? v : suffix(v, n));
		copy.computeIfPresent("figure", (c, v) -> companyFigures.contains(v) ? suffix(v, n) : v);
		copy.computeIfPresent("sources",
				(c, v) -> Stream.of(v.split(" ")).map(s -> suffix(s, n)).collect(Collectors.joining(" ")));
		if (n > 1 && copy.containsKey("name_en")) {
			copy.put("name_en", row.get("name_en") + " 0" + n);
			copy.put("name_zh", row.get("name_zh") + "0" + n);
		}
		return copy;
	}

	private static String suffix(String value, int n) {
		return n == 1 || value.isEmpty() ? value : value + "-0" + n;
	}

	private static Set<String> values(List<Map<String, String>> rows, String column) {
		return rows.stream().map(r -> r.get(column)).collect(Collectors.toSet());
	}

	private static List<Map<String, String>> read(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file)) {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(in)
				.stream()
				.map(CSVRecord::toMap)
				.map(m -> (Map<String, String>) new LinkedHashMap<>(m))
				.toList();
		}
	}

	private static Set<String> header(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file)) {
			return CSVFormat.RFC4180.builder().setHeader().get().parse(in).getHeaderMap().keySet();
		}
	}

	private static void write(Path file, Set<String> header, List<Map<String, String>> rows) throws IOException {
		try (Writer out = Files.newBufferedWriter(file);
				CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
			printer.printRecord(header);
			for (Map<String, String> row : rows) {
				printer.printRecord(header.stream().map(row::get).toList());
			}
		}
	}

}
