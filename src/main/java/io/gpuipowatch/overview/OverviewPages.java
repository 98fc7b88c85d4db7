package io.gpuipowatch.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.chart.ChartCatalogue;
import io.gpuipowatch.chart.ChartSpec;
import io.gpuipowatch.chart.ChartView;
import io.gpuipowatch.chart.Charts;
import io.gpuipowatch.chart.DataPeriods;
import io.gpuipowatch.figure.Cell;
import io.gpuipowatch.figure.CompanySummary;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the overview's model: venue options with counts, a card per company, a chart
 * strip.
 */
@Component
class OverviewPages {

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

	/**
	 * A card's figures: those of the catalogue, over the latest period any company has,
	 * so every card compares.
	 */
	private Card card(Company company, Lang lang) {
		List<KeyCell> figures = new ArrayList<>();
		for (ChartSpec.Measure measure : ChartCatalogue.KEY_FIGURES) {
			Optional<Metric> metric = catalog.metric(measure.metric());
			if (metric.isEmpty()) {
				continue;
			}
			List<Period> periods = DataPeriods.of(catalog, measure, catalog.companies());
			Period period = periods.isEmpty() ? null : periods.get(periods.size() - 1);
			if (measure.periods() != ChartSpec.Periods.AT_LISTING && period == null) {
				continue;
			}
			figures
				.add(new KeyCell(Names.metric(metric.get(), lang), period == null ? "" : Formats.period(period, lang),
						Cell.of(DataPeriods.figure(catalog, company, measure, period), company, metric.get(), catalog,
								lang)));
		}
		return new Card(CompanySummary.of(company, catalog, lang), figures);
	}

	private List<ChartView> stripCharts(List<Company> companies, Lang lang) {
		return ChartCatalogue.OVERVIEW.stream().flatMap(spec -> charts.build(spec, companies, lang).stream()).toList();
	}

	/**
	 * A link that keeps the venue filter: to the comparison, or to the figures as CSV.
	 */
	private static String filteredLink(String path, List<Venue> venues, boolean filtered, Lang lang) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (filtered) {
			url.queryParam("venue", venues.stream().map(Venue::getCode).collect(Collectors.toList()));
		}
		return url.queryParam("lang", lang.code()).build().toUriString();
	}

}
