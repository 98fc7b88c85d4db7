package io.gpuipowatch.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.CatalogStore;
import io.gpuipowatch.catalog.Contents;
import io.gpuipowatch.catalog.DatasetInfo;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads the dataset's files, validates all of it, and stores it in one transaction. Any
 * problem stops the start-up with every problem listed, and nothing is stored.
 */
@Component
class DatasetLoader {

	private static final Logger log = LoggerFactory.getLogger(DatasetLoader.class);

	private final ResourceLoader resources;

	private final DatasetProperties properties;

	private final CatalogStore store;

	private final Clock clock;

	DatasetLoader(ResourceLoader resources, DatasetProperties properties, CatalogStore store, Clock clock) {
		this.resources = resources;
		this.properties = properties;
		this.store = store;
		this.clock = clock;
	}

	Catalog load() {
		String location = properties.location();
		Problems problems = new Problems();
		Map<String, byte[]> files = readFiles(location, problems);
		Map<String, CsvTable> tables = new LinkedHashMap<>();
		files.forEach((file, bytes) -> {
			DatasetFiles.Columns columns = DatasetFiles.COLUMNS.get(file);
			tables.put(file, CsvTable.read(file, new ByteArrayInputStream(bytes), columns.required(),
					columns.optional(), problems));
		});
		for (String file : DatasetFiles.NOT_EMPTY) {
			CsvTable table = tables.get(file);
			if (table != null && table.readable() && table.rows().isEmpty()) {
				problems.add(file, 0, "", "has a header and no rows; the dataset needs at least one");
			}
		}
		// A file that cannot be read as a table would make every row naming its rows a
		// problem too
		DatasetParts data = new DatasetParts();
		if (problems.isEmpty()) {
			read(tables, data, problems);
		}
		if (problems.isEmpty()) {
			new Derivations(data, problems).run();
			new VariantChecks(data, problems).run();
			new ArithmeticChecks(data, problems, properties.approximateTolerancePercent()).run();
			// Last: a change says what a figure is now, so the figures are checked first
			new MarketTables(data, problems, LocalDate.now(clock)).readChanges(tables.get(DatasetFiles.CHANGES));
		}
		Optional<PartialDate> asOf = data.sources.values()
			.stream()
			.map(Source::getPublished)
			.filter(Objects::nonNull)
			.max(PartialDate::compareTo);
		if (asOf.isEmpty() && problems.isEmpty()) {
			problems.add(DatasetFiles.SOURCES, 0, "published",
					"no source has a publication date, so the dataset has no as-of date");
		}
		if (!problems.isEmpty()) {
			throw new InvalidDatasetException(location, problems.all());
		}
		DatasetInfo info = new DatasetInfo(version(files), asOf.get(), location);
		store.store(new Contents(
				new Contents.References(List.copyOf(data.sources.values()), List.copyOf(data.venues.values()),
						List.copyOf(data.groups.values()), List.copyOf(data.bases.values()),
						List.copyOf(data.metrics.values())),
				new Contents.Companies(List.copyOf(data.companies.values()), data.events, data.figures, data.gaps,
						data.prices),
				new Contents.Market(data.rates, data.lockups, data.changes), info));
		reportUntranslated(problems);
		Catalog catalog = store.read();
		log.info(
				"Dataset loaded: companies={} events={} figures={} sources={} venues={} metrics={} version={} asOf={} from={}",
				catalog.companies().size(), catalog.events().size(), catalog.figures().size(), catalog.sources().size(),
				catalog.venues().size(), catalog.metrics().size(), catalog.info().getVersion(),
				catalog.info().getAsOf(), location);
		return catalog;
	}

	/**
	 * Each file's rows, in the order files refer to each other; nothing dated may be
	 * later than today.
	 */
	private void read(Map<String, CsvTable> tables, DatasetParts data, Problems problems) {
		LocalDate today = LocalDate.now(clock);
		ReferenceTables references = new ReferenceTables(data, problems);
		CompanyTables companies = new CompanyTables(data, problems);
		MarketTables market = new MarketTables(data, problems, today);
		references.readSources(tables.get(DatasetFiles.SOURCES));
		references.readVenues(tables.get(DatasetFiles.VENUES));
		references.readGroups(tables.get(DatasetFiles.GROUPS));
		references.readBases(tables.get(DatasetFiles.BASES));
		references.readMetrics(tables.get(DatasetFiles.METRICS));
		companies.readCompanies(tables.get(DatasetFiles.COMPANIES));
		companies.readEvents(tables.get(DatasetFiles.EVENTS));
		companies.readFigures(tables.get(DatasetFiles.FIGURES));
		market.readGaps(tables.get(DatasetFiles.GAPS));
		new PriceTable(data, problems, today).readPrices(tables.get(DatasetFiles.PRICES));
		market.readRates(tables.get(DatasetFiles.RATES));
		market.readLockups(tables.get(DatasetFiles.LOCKUPS));
	}

	/**
	 * Texts in one language only are loaded, and marked on the pages; the start-up says
	 * how many, per file.
	 */
	private static void reportUntranslated(Problems problems) {
		Map<String, List<Problem>> byFile = problems.untranslated()
			.stream()
			.collect(Collectors.groupingBy(Problem::file, LinkedHashMap::new, Collectors.toList()));
		byFile.forEach((file, missing) -> log.warn("{}: {} texts have one language only, first on line {} ({})", file,
				missing.size(), missing.get(0).line(), missing.get(0).column()));
	}

	private Map<String, byte[]> readFiles(String location, Problems problems) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String file : DatasetFiles.IN_ORDER) {
			Resource resource = resources.getResource(location + file);
			if (!resource.exists() && DatasetFiles.MAY_BE_ABSENT.contains(file)) {
				// Read as a header with no rows: a dataset without prices has none to
				// show
				String header = String.join(",", DatasetFiles.COLUMNS.get(file).required()) + "\n";
				files.put(file, header.getBytes(StandardCharsets.UTF_8));
				continue;
			}
			if (!resource.exists()) {
				problems.add(file, 0, "", "is missing from " + location);
				continue;
			}
			try (InputStream in = resource.getInputStream()) {
				files.put(file, in.readAllBytes());
			}
			catch (IOException ex) {
				problems.add(file, 0, "", "cannot be read: " + ex.getMessage());
			}
		}
		return files;
	}

	/**
	 * A short hash of every file's name and bytes: changes whenever any figure changes.
	 */
	private static String version(Map<String, byte[]> files) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			files.forEach((name, bytes) -> {
				digest.update(name.getBytes(StandardCharsets.UTF_8));
				digest.update(bytes);
			});
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
