package io.gpuipowatch.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Venue;

/**
 * What has been read of the dataset so far, file by file, keyed as the files name their
 * rows; and the row each entity came from, for checks that report on it later. Rows with
 * a problem are left out, so later files and checks see only what parsed.
 */
final class DatasetParts {

	final Map<String, Source> sources = new LinkedHashMap<>();

	final Map<String, Venue> venues = new LinkedHashMap<>();

	final Map<String, Basis> bases = new LinkedHashMap<>();

	final Map<String, Metric> metrics = new LinkedHashMap<>();

	final Map<String, Company> companies = new LinkedHashMap<>();

	final List<ListingEvent> events = new ArrayList<>();

	final List<Figure> figures = new ArrayList<>();

	private final Map<Object, Row> rowOf = new HashMap<>();

	/** Remembers the row an entity was read from. */
	<T> T from(Row row, T entity) {
		rowOf.put(entity, row);
		return entity;
	}

	Row row(Object entity) {
		return Objects.requireNonNull(rowOf.get(entity), "an entity read from a row");
	}

}
