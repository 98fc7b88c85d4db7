package io.gpuipowatch.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.CatalogStore;
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

	DatasetLoader(ResourceLoader resources, DatasetProperties properties, CatalogStore store) {
		this.resources = resources;
		this.properties = properties;
		this.store = store;
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
			new ConflictChecks(data, problems).run();
			new ArithmeticChecks(data, problems, properties.approximateTolerancePercent()).run();
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
		store.store(new CatalogStore.Contents(List.copyOf(data.sources.values()), List.copyOf(data.venues.values()),
				List.copyOf(data.metrics.values()), List.copyOf(data.bases.values()),
				List.copyOf(data.companies.values()), data.events, data.figures, info));
		Catalog catalog = store.read();
		log.info(
				"Dataset loaded: companies={} events={} figures={} sources={} venues={} metrics={} version={} asOf={} from={}",
				catalog.companies().size(), catalog.events().size(), catalog.figures().size(), catalog.sources().size(),
				catalog.venues().size(), catalog.metrics().size(), catalog.info().getVersion(),
				catalog.info().getAsOf(), location);
		return catalog;
	}

	/** Each file's rows, in the order files refer to each other. */
	private static void read(Map<String, CsvTable> tables, DatasetParts data, Problems problems) {
		ReferenceTables references = new ReferenceTables(data, problems);
		CompanyTables companies = new CompanyTables(data, problems);
		references.readSources(tables.get(DatasetFiles.SOURCES));
		references.readVenues(tables.get(DatasetFiles.VENUES));
		references.readBases(tables.get(DatasetFiles.BASES));
		references.readMetrics(tables.get(DatasetFiles.METRICS));
		companies.readCompanies(tables.get(DatasetFiles.COMPANIES));
		companies.readEvents(tables.get(DatasetFiles.EVENTS));
		companies.readFigures(tables.get(DatasetFiles.FIGURES));
	}

	private Map<String, byte[]> readFiles(String location, Problems problems) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String file : DatasetFiles.IN_ORDER) {
			Resource resource = resources.getResource(location + file);
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
