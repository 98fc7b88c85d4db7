package io.gpuipowatch.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Derivation;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Group;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.MetricKind;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Section;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Text;
import io.gpuipowatch.catalog.Venue;

/** Reads the files other files refer to: sources, venues, groups, bases and metrics. */
final class ReferenceTables extends DatasetStep {

	ReferenceTables(DatasetParts data, Problems problems) {
		super(data, problems);
	}

	void readSources(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String id = r.id("id");
			Text title = r.text("title");
			Text publisher = r.text("publisher");
			r.check("title_en", !title.isEmpty(), "a source needs a title (title_en or title_zh)");
			r.check("publisher_en", !publisher.isEmpty(), "a source needs a publisher (publisher_en or publisher_zh)");
			String language = r.required("language");
			if (language != null) {
				r.check("language", language.matches("[a-z]{2}"),
						"'" + Characters.shorten(language) + "' is not a two-letter language code such as zh or en");
			}
			PartialDate published = r.optionalDate("published");
			String url = r.optional("url");
			Text locator = r.text("locator");
			if (url != null) {
				r.check("url", url.length() <= Limits.MAX_URL && url.matches("https?://\\S+"),
						"'" + Characters.shorten(url) + "' is not a full http(s) address of at most " + Limits.MAX_URL
								+ " characters");
			}
			r.check("url", url != null || !locator.isEmpty(),
					"a source needs a url, or a locator saying where to find it");
			if (r.ok() && r.unique("id", id, seen)) {
				data.sources.put(id, new Source(id, title, publisher, published, url, locator, language));
			}
		}
	}

	void readVenues(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String code = r.key("code");
			String nameEn = r.required("name_en");
			String nameZh = r.required("name_zh");
			String shortEn = r.required("short_en");
			String shortZh = r.required("short_zh");
			Boolean listed = r.bool("listed");
			List<EventKind> steps = steps(r);
			if (r.ok() && r.unique("code", code, seen)) {
				data.venues.put(code, new Venue(code, nameEn, nameZh, shortEn, shortZh, listed, position++, steps));
			}
		}
		if (!table.rows().isEmpty() && data.venues.values().stream().allMatch(Venue::isListed)) {
			problems.add(table.file(), 0, "listed", "no venue stands for \"not listed yet\" (listed = false)");
		}
	}

	/** The kinds of step a venue's IPO process has, in order. */
	private static List<EventKind> steps(RowReader r) {
		String steps = r.optional("steps");
		List<EventKind> kinds = new ArrayList<>();
		if (steps != null) {
			for (String step : steps.split("\\s+")) {
				EventKind kind = r.parse("steps", step, v -> Cells.choice("step", EventKind.class, v));
				if (kind != null) {
					kinds.add(kind);
				}
			}
		}
		return kinds;
	}

	/** Groups of companies, exactly one of them the default selection. */
	void readGroups(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		int position = 0;
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String code = r.key("code");
			Text name = r.requiredText("name");
			Text shortName = r.requiredText("short");
			Text description = r.text("description");
			boolean byDefault = !row.get("default_selection").isEmpty()
					&& Boolean.TRUE.equals(r.bool("default_selection"));
			if (r.ok() && r.unique("code", code, seen)) {
				data.groups.put(code, new Group(code, name, shortName, description, byDefault, position++));
			}
		}
		long defaults = data.groups.values().stream().filter(Group::isDefaultSelection).count();
		if (!table.rows().isEmpty() && defaults != 1) {
			problems.add(table.file(), 0, "default_selection",
					"exactly one group is the default selection (yes); " + defaults + " are");
		}
	}

	void readBases(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String code = r.key("code");
			String en = r.required("label_en");
			String zh = r.required("label_zh");
			if (r.ok() && r.unique("code", code, seen)) {
				data.bases.put(code, new Basis(code, en, zh));
			}
		}
	}

	/**
	 * Metrics, then what each derived metric follows from, which may come later in the
	 * file.
	 */
	void readMetrics(CsvTable table) {
		Map<String, Integer> seen = new HashMap<>();
		Map<Metric, RowReader> derived = new LinkedHashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String code = r.key("code");
			String en = r.required("label_en");
			String zh = r.required("label_zh");
			MetricKind kind = r.choice("kind", MetricKind.class);
			Integer position = r.integer("position");
			Boolean needsListing = r.bool("needs_listing");
			String derivedFrom = r.optional("derived_from");
			Derivation derivation = derivedFrom == null ? null
					: r.parse("derived_from", derivedFrom, Derivation::parse);
			Set<Venue> venues = new LinkedHashSet<>(r.optionalReferences("venues", data.venues, "venue"));
			Section section = r.choiceOr("section", Section.class, Section.MARKET);
			if (r.ok() && r.unique("code", code, seen)) {
				Metric metric = new Metric(new Metric.Definition(code, en, zh, kind, derivation),
						new Metric.Scope(needsListing, venues, section, position));
				data.metrics.put(code, metric);
				if (derivation != null) {
					derived.put(metric, r);
				}
			}
		}
		derived.forEach((metric, r) -> {
			Derivation derivation = metric.getDerivedFrom();
			for (String operand : new String[] { derivation.first(), derivation.second() }) {
				r.check("derived_from", data.metrics.containsKey(operand),
						"unknown metric '" + operand + "' (known: " + Characters.list(data.metrics.keySet()) + ")");
			}
		});
	}

}
