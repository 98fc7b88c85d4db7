package io.gpuipowatch.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.figure.Missing;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the charts' data from the shown figures. Missing figures stay missing (no bar,
 * with the reason written in its place), and figures in different currencies are never
 * put on one axis: a chart whose companies report in CNY and HKD is split into one chart
 * per currency.
 */
@Component
public class Charts {

	private final Catalog catalog;

	private final MessageSource messages;

	private final JsonMapper json;

	Charts(Catalog catalog, MessageSource messages, JsonMapper json) {
		this.catalog = catalog;
		this.messages = messages;
		this.json = json;
	}

	/**
	 * One series of a chart: a measure over one of its periods (none at listing), and its
	 * label.
	 */
	private record Series(ChartSpec.Measure measure, @Nullable Period period, String label) {
	}

	/**
	 * The views of a chart of the catalogue for these companies: more than one when they
	 * report in several currencies.
	 */
	public List<ChartView> build(ChartSpec spec, List<Company> companies, Lang lang) {
		return build(spec, companies, Lens.SHOWN, lang);
	}

	/**
	 * The same, with the figures a lens chooses: those on the basis a reader picked,
	 * where there are.
	 */
	public List<ChartView> build(ChartSpec spec, List<Company> companies, Lens lens, Lang lang) {
		if (companies.isEmpty()) {
			return List.of();
		}
		return switch (spec.layout()) {
			case COMPANIES -> companiesSideBySide(spec, companies, lang);
			case PERIODS ->
				companies.stream().map(c -> byPeriod(spec, c, lens, lang)).flatMap(Optional::stream).toList();
		};
	}

	/**
	 * Companies side by side, one bar per series, split by currency when the companies
	 * report in several.
	 */
	private List<ChartView> companiesSideBySide(ChartSpec spec, List<Company> companies, Lang lang) {
		List<Series> series = new ArrayList<>();
		for (ChartSpec.Measure measure : spec.measures()) {
			List<Period> periods = DataPeriods.of(catalog, measure, companies);
			if (measure.periods() == ChartSpec.Periods.AT_LISTING) {
				series.add(new Series(measure, null, seriesLabel(measure, null, lang)));
			}
			periods.forEach(p -> series.add(new Series(measure, p, seriesLabel(measure, p, lang))));
		}
		String covered = DataPeriods.label(DataPeriods.of(catalog, spec.measures().get(0), companies), lang);
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
			String title = text(spec.titleKey(), lang, covered) + (split ? " (" + unit + ")" : "");
			List<String> notes = new ArrayList<>();
			if (split) {
				notes.add(text("chart.note.currencySplit", lang));
			}
			List<String> colours = group.stream().map(c -> ChartData.colour(c.getPosition())).toList();
			String id = split ? spec.id() + "-" + unit.toLowerCase(Locale.ROOT) : spec.id();
			charts.add(build(id, title, text(spec.captionKey(), lang, covered), group, labels, colours, series,
					group.size(), (s, i) -> figure(group.get(i), s),
					(s, i) -> missing(group.get(i), s.measure(), s.period(), lang), spec.scale() == ChartSpec.Scale.LOG,
					unit, notes, lang));
		});
		return charts;
	}

	/** One company's measures by period; none when it has no figure for any of them. */
	private Optional<ChartView> byPeriod(ChartSpec spec, Company company, Lens lens, Lang lang) {
		TreeSet<Period> union = new TreeSet<>(Comparator.comparing(Period::key));
		spec.measures().forEach(m -> union.addAll(DataPeriods.of(catalog, m, List.of(company))));
		if (union.isEmpty()) {
			return Optional.empty();
		}
		List<Period> periods = List.copyOf(union);
		List<Series> series = spec.measures()
			.stream()
			.map(m -> new Series(m, null, seriesLabel(m, null, lang)))
			.toList();
		List<String> labels = periods.stream().map(p -> Formats.period(p, lang)).toList();
		String unit = series.stream()
			.flatMap(s -> periods.stream().map(p -> DataPeriods.figure(catalog, company, s.measure(), p, lens)))
			.flatMap(Optional::stream)
			.map(f -> f.getUnit().code())
			.findFirst()
			.orElse("");
		String covered = DataPeriods.label(periods, lang);
		return Optional.of(build(spec.id(), text(spec.titleKey(), lang, covered),
				text(spec.captionKey(), lang, covered), List.of(company), labels, List.of(), series, periods.size(),
				(s, i) -> DataPeriods.figure(catalog, company, s.measure(), periods.get(i), lens),
				(s, i) -> missing(company, s.measure(), periods.get(i), lang), spec.scale() == ChartSpec.Scale.LOG,
				unit, List.of(), lang));
	}

	private ChartView build(String id, String title, String caption, List<Company> companies, List<String> labels,
			List<String> labelColours, List<Series> series, int count,
			BiFunction<Series, Integer, Optional<Figure>> figureAt, BiFunction<Series, Integer, String> missingAt,
			boolean log, String unit, List<String> notes, Lang lang) {
		Set<SourceRef> sources = new LinkedHashSet<>();
		Map<String, String> bases = new LinkedHashMap<>();
		List<ChartData.Series> data = new ArrayList<>();
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
					String missing = missingAt.apply(one, i);
					texts.add(missing);
					rows.get(i).add(missing);
				}
			}
			data.add(new ChartData.Series(one.label(), ChartData.colour(s), values, texts));
		}
		List<String> allNotes = new ArrayList<>(notes);
		if (log) {
			allNotes.add(text("chart.note.log", lang));
		}
		if (new LinkedHashSet<>(bases.values()).size() > 1) {
			allNotes.add(text("chart.note.basis", lang) + " "
					+ bases.entrySet()
						.stream()
						.map(e -> e.getKey() + ": " + e.getValue())
						.collect(Collectors.joining("; ")));
		}
		String chartJson = json.writeValueAsString(new ChartData(lang.code(), labels, labelColours, data, log, unit));
		String downloadName = id + companies.stream().map(c -> "_" + c.getSlug()).collect(Collectors.joining());
		return new ChartView(id, title, caption, allNotes, List.copyOf(sources), chartJson,
				data.stream().map(ChartData.Series::label).toList(), rows, downloadName);
	}

	/**
	 * A series' label: its own message with the period, the period of a measure over each
	 * year, or the metric's name.
	 */
	private String seriesLabel(ChartSpec.Measure measure, @Nullable Period period, Lang lang) {
		String periodLabel = period == null ? "" : Formats.period(period, lang);
		if (measure.labelKey() != null) {
			return text(measure.labelKey(), lang, periodLabel);
		}
		if (measure.periods() == ChartSpec.Periods.EACH_YEAR && period != null) {
			return periodLabel;
		}
		return catalog.metric(measure.metric()).map(m -> Names.metric(m, lang)).orElse(measure.metric());
	}

	/** Why a company has no figure for a measure over a period, in words. */
	private String missing(Company company, ChartSpec.Measure measure, @Nullable Period period, Lang lang) {
		Metric metric = catalog.metric(measure.metric()).orElseThrow();
		Missing missing = Missing.of(catalog, company, metric, period, lang);
		return messages.getMessage(missing.labelKey(), new Object[] { missing.venues() }, lang.locale());
	}

	private Optional<Figure> figure(Company company, Series series) {
		return DataPeriods.figure(catalog, company, series.measure(), series.period());
	}

	/**
	 * A message, with the period it covers where there is one (only then is it a message
	 * format: "day's" stays as written).
	 */
	private String text(String key, Lang lang, String... period) {
		boolean none = period.length == 0 || period[0].isEmpty();
		return messages.getMessage(key, none ? null : period, lang.locale());
	}

}
