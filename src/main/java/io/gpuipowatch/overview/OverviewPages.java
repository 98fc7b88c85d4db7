package io.gpuipowatch.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.view.Cell;
import io.gpuipowatch.view.ChartView;
import io.gpuipowatch.view.Charts;
import io.gpuipowatch.view.CompanySummary;
import io.gpuipowatch.view.Filters;
import io.gpuipowatch.view.Formats;
import io.gpuipowatch.view.Lang;
import io.gpuipowatch.view.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the overview's model: venue options with counts, a card per company, a chart strip. */
@Component
class OverviewPages {

	/** The figures each card shows; a period of null means the figure at listing. */
	static final List<KeyFigure> KEY_FIGURES = List.of(new KeyFigure("issue-price", null),
			new KeyFigure("first-day-gain-close", null), new KeyFigure("funds-raised-gross", null),
			new KeyFigure("market-cap-first-close", null), new KeyFigure("net-loss", "2022-2024"),
			new KeyFigure("rd-expense", "2022-2024"), new KeyFigure("rd-to-revenue", "2024"));

	record KeyFigure(String metric, @Nullable String period) {
	}

	record VenueOption(String code, String name, long count, boolean checked) {
	}

	record KeyCell(String label, String period, Cell cell) {
	}

	record Card(CompanySummary company, List<KeyCell> figures) {
	}

	record Page(List<VenueOption> venues, boolean filtered, List<Card> cards, int total, List<ChartView> charts,
			String compareUrl, String csvUrl) {
	}

	private final Catalog catalog;

	private final Charts charts;

	OverviewPages(Catalog catalog, Charts charts) {
		this.catalog = catalog;
		this.charts = charts;
	}

	Page build(@Nullable List<String> venueCodes, Lang lang) {
		List<Venue> venues = Filters.venues(catalog, venueCodes);
		boolean filtered = venueCodes != null && !venueCodes.isEmpty();
		List<Company> shown = Filters.companiesIn(catalog, venues);
		List<VenueOption> options = catalog.venues()
			.stream()
			.map(v -> new VenueOption(v.getCode(), Names.venueShort(v, lang),
					catalog.companies().stream().filter(c -> c.getVenue() == v).count(),
					filtered && venues.contains(v)))
			.toList();
		List<Card> cards = shown.stream().map(c -> card(c, lang)).toList();
		List<ChartView> strip = shown.isEmpty() ? List.of() : stripCharts(shown, lang);
		return new Page(options, filtered, cards, catalog.companies().size(), strip,
				filteredLink("/compare", venues, filtered, lang), filteredLink("/figures.csv", venues, filtered, lang));
	}

	private Card card(Company company, Lang lang) {
		List<KeyCell> figures = KEY_FIGURES.stream()
			.filter(k -> catalog.metric(k.metric()).isPresent())
			.map(k -> {
				var metric = catalog.metric(k.metric()).orElseThrow();
				var figure = k.period() == null ? catalog.shownLatest(company, k.metric())
						: catalog.shown(company, k.metric(), k.period());
				String period = k.period() == null ? ""
						: Formats.period(Period.parse(k.period()), lang);
				return new KeyCell(Names.metric(metric, lang), period, Cell.of(figure, company, metric, catalog, lang));
			})
			.toList();
		return new Card(CompanySummary.of(company, catalog, lang), figures);
	}

	private List<ChartView> stripCharts(List<Company> companies, Lang lang) {
		List<ChartView> strip = new ArrayList<>();
		strip.addAll(charts.compareCompanies("overview-gain", "chart.gainClose.title", "chart.gainClose.caption",
				companies, List.of(new Charts.Series("first-day-gain-close", null, "metric:first-day-gain-close")),
				false, lang));
		strip.addAll(charts.compareCompanies("overview-loss", "chart.lossTotal.title", "chart.lossTotal.caption",
				companies, List.of(new Charts.Series("net-loss", "2022-2024", "series.netLossTotal")), false, lang));
		return strip;
	}

	/** A link that keeps the venue filter: to the comparison, or to the figures as CSV. */
	private static String filteredLink(String path, List<Venue> venues, boolean filtered, Lang lang) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (filtered) {
			url.queryParam("venue", venues.stream().map(Venue::getCode).collect(Collectors.toList()));
		}
		return url.queryParam("lang", lang.code()).build().toUriString();
	}

}
