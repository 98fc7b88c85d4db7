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
import java.util.function.BiConsumer;

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
 * Reads the dataset's files, validates all of it, and stores it in one transaction. Any problem
 * stops the start-up with every problem listed, and nothing is stored.
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
		DatasetReader reader = new DatasetReader(problems);
		Map<String, byte[]> files = readFiles(location, problems);
		Map<String, BiConsumer<DatasetReader, CsvTable>> steps = new LinkedHashMap<>();
		steps.put(DatasetReader.SOURCES, DatasetReader::readSources);
		steps.put(DatasetReader.VENUES, DatasetReader::readVenues);
		steps.put(DatasetReader.BASES, DatasetReader::readBases);
		steps.put(DatasetReader.METRICS, DatasetReader::readMetrics);
		steps.put(DatasetReader.COMPANIES, DatasetReader::readCompanies);
		steps.put(DatasetReader.EVENTS, DatasetReader::readEvents);
		steps.put(DatasetReader.FIGURES, DatasetReader::readFigures);
		Map<String, CsvTable> tables = new LinkedHashMap<>();
		steps.keySet().forEach(file -> {
			byte[] bytes = files.get(file);
			if (bytes != null) {
				List<List<String>> columns = DatasetReader.COLUMNS.get(file);
				tables.put(file, CsvTable.read(file, new ByteArrayInputStream(bytes), columns.get(0), columns.get(1),
						problems));
			}
		});
		// A file that cannot be read as a table would make every row naming its rows a problem too
		if (tables.size() == steps.size() && tables.values().stream().allMatch(CsvTable::readable)) {
			steps.forEach((file, step) -> step.accept(reader, tables.get(file)));
		}
		if (problems.isEmpty()) {
			new DatasetChecks(reader, problems, properties.approximateTolerancePercent()).run();
		}
		for (String file : DatasetReader.NOT_EMPTY) {
			if (problems.isEmpty() && reader.rowCount(file) == 0) {
				problems.add(file, 0, "", "has a header and no rows; the dataset needs at least one");
			}
		}
		Optional<PartialDate> asOf = reader.sources.values().stream()
			.map(Source::getPublished)
			.filter(Objects::nonNull)
			.max(PartialDate::compareTo);
		if (asOf.isEmpty() && problems.isEmpty()) {
			problems.add(DatasetReader.SOURCES, 0, "published", "no source has a publication date, so the dataset has no as-of date");
		}
		if (!problems.isEmpty()) {
			throw new InvalidDatasetException(location, problems.all());
		}
		DatasetInfo info = new DatasetInfo(version(files), asOf.get(), location);
		store.store(new CatalogStore.Contents(List.copyOf(reader.sources.values()),
				List.copyOf(reader.venues.values()), List.copyOf(reader.metrics.values()),
				List.copyOf(reader.bases.values()), List.copyOf(reader.companies.values()), reader.events,
				reader.figures, info));
		Catalog catalog = store.read();
		log.info("Dataset loaded: companies={} events={} figures={} sources={} venues={} metrics={} version={} asOf={} from={}",
				catalog.companies().size(), catalog.events().size(), catalog.figures().size(),
				catalog.sources().size(), catalog.venues().size(), catalog.metrics().size(),
				catalog.info().getVersion(), catalog.info().getAsOf(), location);
		return catalog;
	}

	private Map<String, byte[]> readFiles(String location, Problems problems) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		for (String file : DatasetReader.COLUMNS.keySet().stream().sorted().toList()) {
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

	/** A short hash of every file's name and bytes: changes whenever any figure changes. */
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
