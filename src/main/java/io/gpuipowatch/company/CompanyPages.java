package io.gpuipowatch.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.chart.ChartCatalogue;
import io.gpuipowatch.chart.ChartView;
import io.gpuipowatch.chart.Charts;
import io.gpuipowatch.chart.DataPeriods;
import io.gpuipowatch.figure.Cell;
import io.gpuipowatch.figure.CompanySummary;
import io.gpuipowatch.figure.EventView;
import io.gpuipowatch.figure.FigureView;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.query.NotFoundException;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds a company page's model from the catalog. */
@Component
class CompanyPages {

	record Row(String label, List<Cell> cells) {
	}

	record MetricFigures(String metric, List<FigureView> figures) {
	}

	record Page(CompanySummary company, List<EventView> timeline, List<FigureView> ipo, List<String> years,
			List<Row> annual, List<ChartView> charts, List<MetricFigures> figures, List<FigureView> disputed,
			String compareUrl) {
	}

	private final Catalog catalog;

	private final Charts charts;

	CompanyPages(Catalog catalog, Charts charts) {
		this.catalog = catalog;
		this.charts = charts;
	}

	Page build(String slug, Lang lang) {
		Company company = catalog.company(slug)
			.orElseThrow(
					() -> new NotFoundException(slug, catalog.companies().stream().map(Company::getSlug).toList()));
		List<Figure> figures = catalog.figures(company);
		List<EventView> timeline = catalog.events(company)
			.stream()
			.filter(ListingEvent::isShown)
			.map(e -> EventView.of(e, catalog, lang))
			.toList();
		List<FigureView> ipo = figures.stream()
			.filter(f -> f.isShown() && f.getMetric().isNeedsListing())
			.sorted(Comparator.comparingInt(f -> f.getMetric().getPosition()))
			.map(f -> FigureView.of(f, catalog, lang))
			.toList();
		List<Period> years = annualYears(company);
		List<Row> annual = ChartCatalogue.ANNUAL.stream()
			.map(m -> catalog.metric(m.metric()))
			.flatMap(Optional::stream)
			.map(m -> new Row(Names.metric(m, lang),
					years.stream()
						.map(y -> Cell.of(catalog.shown(company, m.getCode(), y.key()), company, m, catalog, lang))
						.toList()))
			.toList();
		List<ChartView> chartViews = ChartCatalogue.COMPANY.stream()
			.flatMap(spec -> charts.build(spec, List.of(company), lang).stream())
			.toList();
		Map<Metric, List<FigureView>> byMetric = new LinkedHashMap<>();
		figures.stream()
			.filter(Figure::isShown)
			.sorted(Comparator.comparingInt((Figure f) -> f.getMetric().getPosition())
				.thenComparing(f -> f.getPeriod().key()))
			.forEach(f -> byMetric.computeIfAbsent(f.getMetric(), m -> new ArrayList<>())
				.add(FigureView.of(f, catalog, lang)));
		List<MetricFigures> all = byMetric.entrySet()
			.stream()
			.map(e -> new MetricFigures(Names.metric(e.getKey(), lang), e.getValue()))
			.toList();
		List<FigureView> disputed = all.stream()
			.flatMap(m -> m.figures().stream())
			.filter(FigureView::disputed)
			.toList();
		UriComponentsBuilder compare = UriComponentsBuilder.fromPath("/compare").queryParam("c", slug);
		catalog.companies()
			.stream()
			.map(Company::getSlug)
			.filter(s -> !s.equals(slug))
			.limit(Filters.MAX_COMPARED - 1)
			.forEach(s -> compare.queryParam("c", s));
		return new Page(CompanySummary.of(company, catalog, lang), timeline, ipo,
				years.stream().map(y -> Formats.period(y, lang)).toList(), annual, chartViews, all, disputed,
				compare.queryParam("lang", lang.code()).build().toUriString());
	}

	/**
	 * The whole years the company has a figure for in its table by year, oldest first.
	 */
	private List<Period> annualYears(Company company) {
		TreeSet<Period> years = new TreeSet<>(Comparator.comparingInt(Period::firstYear));
		ChartCatalogue.ANNUAL.forEach(m -> years.addAll(DataPeriods.of(catalog, m, List.of(company))));
		return List.copyOf(years);
	}

}
