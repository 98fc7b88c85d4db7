package io.gpuipowatch.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.chart.ChartAssembly.Dataset;
import io.gpuipowatch.chart.ChartAssembly.Slot;
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plans the charts of the catalogue for the companies a page shows. Bars always start at
 * zero on a linear axis; a company keeps its colour in every chart, and nothing else
 * takes a company's colour. Missing figures stay missing (no bar, with the reason written
 * in its place), and figures in different currencies are never put on one axis: a chart
 * whose companies report in CNY and HKD is split into one chart per currency, unless the
 * reader asked for one currency, when the figures that convert share one axis and those
 * that do not (no rate near their date) keep a chart of their own.
 */
@Component
public class Charts {

	private final Catalog catalog;

	private final MessageSource messages;

	private final ChartAssembly assembly;

	private final Currencies currencies;

	Charts(Catalog catalog, MessageSource messages, JsonMapper json, Currencies currencies) {
		this.catalog = catalog;
		this.messages = messages;
		this.currencies = currencies;
		this.assembly = new ChartAssembly(catalog, messages, json);
	}

	/** A measure over one of its periods (none at listing), and its label. */
	private record Series(ChartSpec.Measure measure, @Nullable Period period, String label) {
	}

	/**
	 * The views of a chart of the catalogue for these companies: more than one when they
	 * report in several currencies.
	 */
	public List<ChartView> build(ChartSpec spec, List<Company> companies, Lang lang) {
		return build(spec, companies, Lens.SHOWN, currencies.asListed(), lang);
	}

	/**
	 * The same, with the figures a lens chooses (those on the basis a reader picked,
	 * where there are) and money in the currency the reader asked for.
	 */
	public List<ChartView> build(ChartSpec spec, List<Company> companies, Lens lens, Exchange exchange, Lang lang) {
		if (companies.isEmpty()) {
			return List.of();
		}
		return switch (spec.layout()) {
			case COMPANIES -> companiesSideBySide(spec, companies, exchange, lang);
			case PERIODS ->
				companies.stream().map(c -> byPeriod(spec, c, lens, exchange, lang)).flatMap(Optional::stream).toList();
		};
	}

	/**
	 * Companies side by side: with one series a bar per company; with several a group per
	 * series and a bar per company. Split by currency when the companies report in
	 * several.
	 */
	private List<ChartView> companiesSideBySide(ChartSpec spec, List<Company> companies, Exchange exchange, Lang lang) {
		List<Series> series = new ArrayList<>();
		for (ChartSpec.Measure measure : spec.measures()) {
			if (measure.periods() == ChartSpec.Periods.AT_LISTING) {
				series.add(new Series(measure, null, seriesLabel(measure, null, lang)));
			}
			DataPeriods.of(catalog, measure, companies)
				.forEach(p -> series.add(new Series(measure, p, seriesLabel(measure, p, lang))));
		}
		String covered = DataPeriods.label(DataPeriods.of(catalog, spec.measures().get(0), companies), lang);
		Map<String, List<Company>> byUnit = byUnit(companies, series, exchange);
		List<ChartView> charts = new ArrayList<>();
		boolean split = byUnit.size() > 1;
		byUnit.forEach((unit, group) -> {
			String title = text(spec.titleKey(), lang, covered) + (split ? " (" + unit + ")" : "");
			boolean money = Unit.fromCode(unit).map(Unit::isCurrency).orElse(false);
			List<String> notes = new ArrayList<>();
			if (split) {
				notes.add(exchange.code() == null ? text("chart.note.currencySplit", lang) : messages.getMessage(
						"chart.note.currencySplitNoRate", new Object[] { Currencies.MAX_DAYS_OFF }, lang.locale()));
			}
			else if (money && exchange.code() != null && !unit.equals(exchange.code())) {
				notes.add(messages.getMessage("chart.note.notConverted",
						new Object[] { exchange.code(), Currencies.MAX_DAYS_OFF }, lang.locale()));
			}
			String id = split ? spec.id() + "-" + unit.toLowerCase(Locale.ROOT) : spec.id();
			List<String> colours = group.stream().map(c -> CompanyColours.of(c.getPosition())).toList();
			List<String> labels;
			List<Dataset> datasets = new ArrayList<>();
			if (series.size() == 1) {
				Series only = series.get(0);
				labels = group.stream().map(c -> Names.company(c, lang)).toList();
				datasets.add(new Dataset(only.label(),
						group.stream().map(c -> new Slot(c, only.measure(), only.period())).toList(), colours));
			}
			else {
				labels = series.stream().map(Series::label).toList();
				for (int c = 0; c < group.size(); c++) {
					Company company = group.get(c);
					datasets.add(new Dataset(Names.company(company, lang),
							series.stream().map(s -> new Slot(company, s.measure(), s.period())).toList(),
							series.stream().map(s -> CompanyColours.of(company.getPosition())).toList()));
				}
			}
			// All the companies, not only this currency's: the embed link rebuilds the
			// split
			charts.add(assembly.view(id, title, text(spec.captionKey(), lang, covered), companies, labels, datasets,
					unit, notes, Lens.SHOWN, exchange, lang));
		});
		return charts;
	}

	/**
	 * The companies by the unit their figures in these series are drawn in: the currency
	 * asked for where every one of them converts, as listed otherwise. A company with
	 * none joins the first unit, so its reasons still show.
	 */
	private Map<String, List<Company>> byUnit(List<Company> companies, List<Series> series, Exchange exchange) {
		Map<String, List<Company>> byUnit = new LinkedHashMap<>();
		for (Company company : companies) {
			List<Figure> figures = series.stream()
				.map(s -> DataPeriods.figure(catalog, company, s.measure(), s.period()))
				.flatMap(Optional::stream)
				.toList();
			boolean allConvert = figures.stream().allMatch(f -> exchange.comparable(f) != null);
			String unit = figures.isEmpty() ? ""
					: (allConvert ? exchange.comparableUnit(figures.get(0)) : figures.get(0).getUnit()).code();
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
		return byUnit;
	}

	/**
	 * One company's measures by period, in greys (the page is the company's own); none
	 * when it has no figure for any of them. In the currency asked for only when every
	 * figure converts: one axis holds one unit.
	 */
	private Optional<ChartView> byPeriod(ChartSpec spec, Company company, Lens lens, Exchange asked, Lang lang) {
		TreeSet<Period> union = new TreeSet<>(Comparator.comparing(Period::key));
		spec.measures().forEach(m -> union.addAll(DataPeriods.of(catalog, m, List.of(company))));
		if (union.isEmpty()) {
			return Optional.empty();
		}
		List<Period> periods = List.copyOf(union);
		List<String> labels = periods.stream().map(p -> Formats.period(p, lang)).toList();
		List<Dataset> datasets = new ArrayList<>();
		for (int m = 0; m < spec.measures().size(); m++) {
			ChartSpec.Measure measure = spec.measures().get(m);
			String grey = ChartData.neutral(m);
			datasets.add(new Dataset(seriesLabel(measure, null, lang),
					periods.stream().map(p -> new Slot(company, measure, p)).toList(),
					periods.stream().map(p -> grey).toList()));
		}
		List<Figure> figures = spec.measures()
			.stream()
			.flatMap(m -> periods.stream().map(p -> DataPeriods.figure(catalog, company, m, p, lens)))
			.flatMap(Optional::stream)
			.toList();
		boolean allConvert = figures.stream().allMatch(f -> asked.comparable(f) != null);
		List<String> notes = allConvert || asked.code() == null ? List.of()
				: List.of(messages.getMessage("chart.note.notConverted",
						new Object[] { asked.code(), Currencies.MAX_DAYS_OFF }, lang.locale()));
		String unit = figures.isEmpty() ? ""
				: (allConvert ? asked.comparableUnit(figures.get(0)) : figures.get(0).getUnit()).code();
		String covered = DataPeriods.label(periods, lang);
		return Optional
			.of(assembly.view(spec.id(), text(spec.titleKey(), lang, covered), text(spec.captionKey(), lang, covered),
					List.of(company), labels, datasets, unit, notes, lens, asked, lang));
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

	/**
	 * A message, with the period it covers where there is one (only then is it a message
	 * format: "day's" stays as written).
	 */
	private String text(String key, Lang lang, String... period) {
		boolean none = period.length == 0 || period[0].isEmpty();
		return messages.getMessage(key, none ? null : period, lang.locale());
	}

}
