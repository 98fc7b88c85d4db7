package io.gpuipowatch.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the charts' data from the shown figures. Missing figures stay missing (no bar, with the
 * reason written in its place), and figures in different currencies are never put on one axis:
 * a chart whose companies report in CNY and HKD is split into one chart per currency.
 */
@Component
public class Charts {

	/** Okabe–Ito colours, told apart by readers with any common colour-vision deficiency. */
	private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
			"#D55E00", "#F0E442", "#999999");

	private final Catalog catalog;

	private final MessageSource messages;

	private final JsonMapper json;

	Charts(Catalog catalog, MessageSource messages, JsonMapper json) {
		this.catalog = catalog;
		this.messages = messages;
		this.json = json;
	}

	/** One series of a chart: a metric over a period (or at listing, when the period is empty). */
	public record Series(String metric, @Nullable String period, String labelKey) {
	}

	/** What charts.js reads. */
	record ChartData(String lang, List<String> labels, List<String> labelColors, List<SeriesData> series, boolean log,
			String unit) {
	}

	record SeriesData(String label, String color, List<@Nullable Double> values, List<String> texts) {
	}

	/**
	 * A chart of companies side by side, one bar per series, split by currency when the companies
	 * report in several.
	 */
	public List<ChartView> compareCompanies(String id, String titleKey, String captionKey, List<Company> companies,
			List<Series> series, boolean log, Lang lang) {
		Map<String, List<Company>> byUnit = new LinkedHashMap<>();
		for (Company company : companies) {
			String unit = series.stream()
				.map(s -> figure(company, s))
				.flatMap(Optional::stream)
				.map(f -> f.getUnit().code())
				.findFirst()
				.orElse("");
			byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(company);
		}
		List<Company> unknown = byUnit.remove("");
		if (unknown != null) {
			if (byUnit.isEmpty()) {
				byUnit.put("", unknown);
			}
			else {
				byUnit.values().iterator().next().addAll(unknown);
			}
		}
		List<ChartView> charts = new ArrayList<>();
		boolean split = byUnit.size() > 1;
		byUnit.forEach((unit, group) -> {
			List<String> labels = group.stream().map(c -> Names.company(c, lang)).toList();
			String title = text(titleKey, lang) + (split ? " (" + unit + ")" : "");
			List<String> notes = new ArrayList<>();
			if (split) {
				notes.add(text("chart.note.currencySplit", lang));
			}
			List<String> colours = group.stream().map(c -> colour(c.getPosition())).toList();
			charts.add(build(split ? id + "-" + unit.toLowerCase(Locale.ROOT) : id, title, text(captionKey, lang),
					group, labels, colours, series, group.size(), (s, i) -> figure(group.get(i), s),
					(s, i) -> Cell.missingKey(group.get(i), catalog.metric(s.metric()).orElse(null)), log, unit, notes,
					lang));
		});
		return charts;
	}

	/** A chart of one company's metrics by year. */
	public ChartView companyByYear(String id, String titleKey, String captionKey, Company company,
			List<String> metrics, List<String> years, boolean log, Lang lang) {
		List<Series> series = metrics.stream()
			.map(m -> new Series(m, null, "metric:" + m))
			.toList();
		List<String> labels = years.stream().map(y -> Formats.period(Period.parse(y), lang)).toList();
		String unit = series.stream()
			.flatMap(s -> years.stream().map(y -> catalog.shown(company, s.metric(), y)))
			.flatMap(Optional::stream)
			.map(f -> f.getUnit().code())
			.findFirst()
			.orElse("");
		return build(id, text(titleKey, lang), text(captionKey, lang), List.of(company), labels, List.of(), series,
				years.size(), (s, i) -> catalog.shown(company, s.metric(), years.get(i)),
				(s, i) -> Cell.missingKey(company, catalog.metric(s.metric()).orElse(null)), log, unit, List.of(),
				lang);
	}

	private ChartView build(String id, String title, String caption, List<Company> companies, List<String> labels,
			List<String> labelColours, List<Series> series, int count,
			BiFunction<Series, Integer, Optional<Figure>> figureAt, BiFunction<Series, Integer, String> missingAt,
			boolean log, String unit, List<String> notes, Lang lang) {
		Set<SourceRef> sources = new LinkedHashSet<>();
		Map<String, String> bases = new LinkedHashMap<>();
		List<SeriesData> data = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			List<String> row = new ArrayList<>();
			row.add(labels.get(i));
			rows.add(row);
		}
		for (int s = 0; s < series.size(); s++) {
			Series one = series.get(s);
			List<@Nullable Double> values = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Optional<Figure> figure = figureAt.apply(one, i);
				if (figure.isPresent()) {
					Figure f = figure.get();
					values.add(f.getValue().doubleValue());
					String text = Formats.figure(f, lang);
					texts.add(text);
					rows.get(i).add(text + " [" + f.getSource().getId() + "]");
					sources.add(SourceRef.of(f.getSource(), lang));
					if (f.getBasis() != null) {
						bases.putIfAbsent(labels.get(i), Names.basis(f.getBasis(), lang));
					}
				}
				else {
					values.add(null);
					String missing = text(missingAt.apply(one, i), lang);
					texts.add(missing);
					rows.get(i).add(missing);
				}
			}
			data.add(new SeriesData(seriesLabel(one, lang), colour(s), values, texts));
		}
		List<String> allNotes = new ArrayList<>(notes);
		if (log) {
			allNotes.add(text("chart.note.log", lang));
		}
		if (new LinkedHashSet<>(bases.values()).size() > 1) {
			allNotes.add(text("chart.note.basis", lang) + " " + bases.entrySet()
				.stream()
				.map(e -> e.getKey() + ": " + e.getValue())
				.collect(Collectors.joining("; ")));
		}
		String chartJson = json.writeValueAsString(new ChartData(lang.code(), labels, labelColours, data, log, unit));
		String downloadName = id + companies.stream().map(c -> "_" + c.getSlug()).collect(Collectors.joining());
		return new ChartView(id, title, caption, allNotes, List.copyOf(sources), chartJson,
				data.stream().map(SeriesData::label).toList(), rows, downloadName);
	}

	/** The colour of a series, or of a company where a chart has one series and a bar per company. */
	static String colour(int index) {
		return PALETTE.get(index % PALETTE.size());
	}

	private String seriesLabel(Series series, Lang lang) {
		if (series.labelKey().startsWith("year:")) {
			return Formats.period(Period.parse(series.labelKey().substring(5)), lang);
		}
		if (series.labelKey().startsWith("metric:")) {
			return catalog.metric(series.metric()).map(m -> Names.metric(m, lang)).orElse(series.metric());
		}
		return text(series.labelKey(), lang);
	}

	private Optional<Figure> figure(Company company, Series series) {
		return series.period() == null ? catalog.shownLatest(company, series.metric())
				: catalog.shown(company, series.metric(), series.period());
	}

	private String text(String key, Lang lang) {
		return messages.getMessage(key, null, lang.locale());
	}

}
