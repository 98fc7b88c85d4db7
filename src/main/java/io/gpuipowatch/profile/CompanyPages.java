package io.gpuipowatch.profile;

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
import io.gpuipowatch.view.Cell;
import io.gpuipowatch.view.ChartView;
import io.gpuipowatch.view.Charts;
import io.gpuipowatch.view.CompanySummary;
import io.gpuipowatch.view.EventView;
import io.gpuipowatch.view.FigureView;
import io.gpuipowatch.view.Filters;
import io.gpuipowatch.view.Formats;
import io.gpuipowatch.view.Lang;
import io.gpuipowatch.view.Names;
import io.gpuipowatch.view.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds a company page's model from the catalog. */
@Component
class CompanyPages {

	/** The metrics of the by-year table and chart, when the data has them. */
	static final List<String> ANNUAL_METRICS = List.of("revenue", "net-loss", "rd-expense", "rd-to-revenue");

	static final List<String> CHARTED_METRICS = List.of("revenue", "net-loss", "rd-expense");

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
			.orElseThrow(() -> new NotFoundException(slug, catalog.companies().stream().map(Company::getSlug).toList()));
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
		List<String> years = annualYears(figures);
		List<Row> annual = ANNUAL_METRICS.stream()
			.map(catalog::metric)
			.flatMap(Optional::stream)
			.map(m -> new Row(Names.metric(m, lang),
					years.stream().map(y -> Cell.of(catalog.shown(company, m.getCode(), y), company, m, catalog, lang)).toList()))
			.toList();
		List<ChartView> chartViews = years.isEmpty() ? List.of()
				: List.of(charts.companyByYear("company-annual", "chart.annual.title", "chart.annual.caption", company,
						CHARTED_METRICS.stream().filter(m -> catalog.metric(m).isPresent()).toList(), years, true,
						lang));
		Map<Metric, List<FigureView>> byMetric = new LinkedHashMap<>();
		figures.stream()
			.filter(Figure::isShown)
			.sorted(Comparator.comparingInt((Figure f) -> f.getMetric().getPosition()).thenComparing(f -> f.getPeriod().key()))
			.forEach(f -> byMetric.computeIfAbsent(f.getMetric(), m -> new ArrayList<>()).add(FigureView.of(f, catalog, lang)));
		List<MetricFigures> all = byMetric.entrySet()
			.stream()
			.map(e -> new MetricFigures(Names.metric(e.getKey(), lang), e.getValue()))
			.toList();
		List<FigureView> disputed = all.stream().flatMap(m -> m.figures().stream()).filter(FigureView::disputed).toList();
		UriComponentsBuilder compare = UriComponentsBuilder.fromPath("/compare").queryParam("c", slug);
		catalog.companies()
			.stream()
			.map(Company::getSlug)
			.filter(s -> !s.equals(slug))
			.limit(Filters.MAX_COMPARED - 1)
			.forEach(s -> compare.queryParam("c", s));
		return new Page(CompanySummary.of(company, catalog, lang), timeline, ipo,
				years.stream().map(y -> Formats.period(Period.parse(y), lang)).toList(), annual, chartViews, all,
				disputed, compare.queryParam("lang", lang.code()).build().toUriString());
	}

	/** The whole years the company has any annual figure for, oldest first. */
	private static List<String> annualYears(List<Figure> figures) {
		TreeSet<String> years = new TreeSet<>();
		figures.stream()
			.filter(f -> f.getPeriod().kind() == Period.Kind.YEAR && ANNUAL_METRICS.contains(f.getMetric().getCode()))
			.forEach(f -> years.add(f.getPeriod().key()));
		return List.copyOf(years);
	}

}
