package io.gpuipowatch.company;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Difference;
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
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.CurrencyOption;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.query.NotFoundException;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Magnitude;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds a company page's model from the catalog: its timeline, IPO terms, figures by
 * year (on the basis the reader chooses where the company reports several), where figures
 * differ and why, and every figure with its source.
 */
@Component
class CompanyPages {

	record Row(String label, List<Cell> cells) {
	}

	record MetricFigures(String metric, List<FigureView> figures) {
	}

	/** A basis the reader may switch the figures by year to, and the link that does. */
	record BasisOption(String code, String label, boolean chosen, String url) {
	}

	/**
	 * The figures by year: the table, its years, its chart, and the bases it can be read
	 * on.
	 */
	record Annual(List<String> years, List<Row> rows, List<ChartView> charts, List<BasisOption> bases) {
	}

	record Page(CompanySummary company, List<EventView> timeline, List<FigureView> ipo, Annual annual,
			List<MetricFigures> figures, List<FigureView> differences, String compareUrl, String selfUrl,
			List<CurrencyOption> currencies, String csvUrl) {
	}

	private final Catalog catalog;

	private final Charts charts;

	private final Currencies currencies;

	CompanyPages(Catalog catalog, Charts charts, Currencies currencies) {
		this.catalog = catalog;
		this.charts = charts;
		this.currencies = currencies;
	}

	Page build(String slug, @Nullable String basisCode, @Nullable String currency, Lang lang) {
		Exchange exchange = currencies.exchange(currency);
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
			.map(f -> FigureView.of(f, catalog, lang, Magnitude.of(f.getValue(), lang), exchange))
			.toList();
		Lens lens = lens(company, basisCode);
		List<MetricFigures> all = allFigures(figures, exchange, lang);
		List<FigureView> differences = all.stream()
			.flatMap(m -> m.figures().stream())
			.filter(f -> !f.variants().isEmpty())
			.toList();
		CompanyLinks links = new CompanyLinks(slug, lens.basis(), exchange.code(), lang);
		return new Page(CompanySummary.of(company, catalog, lang), timeline, ipo,
				annual(company, lens, exchange, links, lang), all, differences, compareUrl(slug, exchange, lang),
				links.self(), CurrencyOption.all(exchange, links::currency), links.csv());
	}

	private Annual annual(Company company, Lens lens, Exchange exchange, CompanyLinks links, Lang lang) {
		List<Period> years = annualYears(company);
		List<Row> rows = ChartCatalogue.ANNUAL.stream()
			.map(m -> catalog.metric(m.metric()))
			.flatMap(Optional::stream)
			.map(m -> row(company, m, years, lens, exchange, lang))
			.toList();
		List<ChartView> chartViews = ChartCatalogue.COMPANY.stream()
			.flatMap(spec -> charts.build(spec, List.of(company), lens, exchange, lang).stream())
			.toList();
		List<BasisOption> options = new ArrayList<>();
		List<Basis> bases = bases(company);
		if (!bases.isEmpty()) {
			options.add(new BasisOption("", "", lens.basis() == null, links.basis(null)));
			bases.forEach(b -> options
				.add(new BasisOption(b.getCode(), Names.basis(b, lang), b.equals(lens.basis()), links.basis(b))));
		}
		return new Annual(years.stream().map(y -> Formats.period(y, lang)).toList(), rows, chartViews, options);
	}

	/** A metric's figures by year, all written with one word (亿, 万; B, M). */
	private Row row(Company company, Metric metric, List<Period> years, Lens lens, Exchange exchange, Lang lang) {
		List<Optional<Figure>> figures = years.stream()
			.map(y -> lens.figure(catalog, company, metric.getCode(), y))
			.toList();
		Magnitude magnitude = Cell.magnitude(figures, lang);
		List<Cell> cells = new ArrayList<>();
		for (int i = 0; i < years.size(); i++) {
			cells.add(Cell.of(figures.get(i), company, metric, years.get(i), catalog, lang, magnitude, exchange));
		}
		return new Row(Names.metric(metric, lang), cells);
	}

	/**
	 * Every figure shown, by metric in the data's order, each metric's periods in time
	 * order.
	 */
	private List<MetricFigures> allFigures(List<Figure> figures, Exchange exchange, Lang lang) {
		Map<Metric, List<FigureView>> byMetric = new LinkedHashMap<>();
		figures.stream()
			.filter(Figure::isShown)
			.sorted(Comparator.comparingInt((Figure f) -> f.getMetric().getPosition())
				.thenComparing(Figure::getPeriod, Period.TIME_ORDER))
			.forEach(f -> byMetric.computeIfAbsent(f.getMetric(), m -> new ArrayList<>())
				.add(FigureView.of(f, catalog, lang, Magnitude.of(f.getValue(), lang), exchange)));
		return byMetric.entrySet()
			.stream()
			.map(e -> new MetricFigures(Names.metric(e.getKey(), lang), e.getValue()))
			.toList();
	}

	/**
	 * The bases the company's figures by year can be read on: those of its figures shown
	 * there that have a variant on another basis, and those variants' bases. None when
	 * there is one basis.
	 */
	private List<Basis> bases(Company company) {
		Set<Basis> bases = new LinkedHashSet<>();
		Set<String> annual = new LinkedHashSet<>(ChartCatalogue.ANNUAL.stream().map(m -> m.metric()).toList());
		for (Figure figure : catalog.figures(company)) {
			if (figure.isShown() && annual.contains(figure.getMetric().getCode()) && figure.getBasis() != null) {
				List<Figure> other = catalog.variants(figure)
					.stream()
					.filter(v -> v.getProvenance().getDifference() == Difference.BASIS && v.getBasis() != null)
					.toList();
				if (!other.isEmpty()) {
					bases.add(figure.getBasis());
					other.forEach(v -> bases.add(v.getBasis()));
				}
			}
		}
		return List.copyOf(bases);
	}

	private Lens lens(Company company, @Nullable String code) {
		if (code == null || code.isEmpty()) {
			return Lens.SHOWN;
		}
		List<Basis> bases = bases(company);
		return bases.stream()
			.filter(b -> b.getCode().equals(code))
			.findFirst()
			.map(Lens::new)
			.orElseThrow(() -> new BadRequestException("basis", code, bases.stream().map(Basis::getCode).toList()));
	}

	private String compareUrl(String slug, Exchange exchange, Lang lang) {
		Company company = catalog.company(slug).orElseThrow();
		UriComponentsBuilder compare = UriComponentsBuilder.fromPath("/compare").queryParam("c", slug);
		catalog.companies()
			.stream()
			.filter(c -> c.getGroup().getCode().equals(company.getGroup().getCode()))
			.map(Company::getSlug)
			.filter(s -> !s.equals(slug))
			.limit(Filters.MAX_COMPARED - 1)
			.forEach(s -> compare.queryParam("c", s));
		if (exchange.code() != null) {
			compare.queryParam("currency", exchange.code());
		}
		return compare.queryParam("lang", lang.code()).build().toUriString();
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
