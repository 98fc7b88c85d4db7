package io.gpuipowatch.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Change;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ExchangeRate;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Gap;
import io.gpuipowatch.catalog.Group;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Lockup;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Price;
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

	final Map<String, Group> groups = new LinkedHashMap<>();

	final Map<String, Basis> bases = new LinkedHashMap<>();

	final Map<String, Metric> metrics = new LinkedHashMap<>();

	final Map<String, Company> companies = new LinkedHashMap<>();

	final List<ListingEvent> events = new ArrayList<>();

	final List<Figure> figures = new ArrayList<>();

	final List<Gap> gaps = new ArrayList<>();

	final List<Price> prices = new ArrayList<>();

	final List<ExchangeRate> rates = new ArrayList<>();

	final List<Lockup> lockups = new ArrayList<>();

	final List<Change> changes = new ArrayList<>();

	private final Map<Object, Row> rowOf = new HashMap<>();

	/** Remembers the row an entity was read from. */
	<T> T from(Row row, T entity) {
		rowOf.put(entity, row);
		return entity;
	}

	/** Whether an entity was read from a row of the files (a computed figure was not). */
	boolean has(Object entity) {
		return rowOf.containsKey(entity);
	}

	Row row(Object entity) {
		return Objects.requireNonNull(rowOf.get(entity), "an entity read from a row");
	}

}
