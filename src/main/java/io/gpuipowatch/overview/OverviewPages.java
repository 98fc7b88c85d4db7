package io.gpuipowatch.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Group;
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
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.CurrencyOption;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import io.gpuipowatch.unlocks.Unlocks;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the overview's model: group and venue chips with counts, a card per company, a
 * chart strip. The seed article's four are shown unless the link chooses other groups.
 */
@Component
class OverviewPages {

	/** A filter chip: what it chooses, how many companies it holds, and its link. */
	record Option(String code, String name, long count, boolean on, String url) {
	}

	record KeyCell(String label, String period, Cell cell) {
	}

	record Card(CompanySummary company, List<KeyCell> figures) {
	}

	/**
	 * The overview. Beyond a few companies the cards give way to a compact table of the
	 * same figures, so the page stays small however many companies the data holds.
	 */
	record Page(List<OverviewFacts.Fact> facts, List<Option> groups, List<Option> venues, boolean filtered,
			List<Card> cards, boolean compact, List<String> keyLabels, int total, List<ChartView> charts,
			String compareUrl, String csvUrl, String showAllUrl, List<CurrencyOption> currencies,
			@Nullable String currency) {
	}

	private final Catalog catalog;

	private final Charts charts;

	private final OverviewFacts facts;

	private final Currencies currencies;

	OverviewPages(Catalog catalog, Charts charts, MessageSource messages, Unlocks unlocks, Currencies currencies) {
		this.catalog = catalog;
		this.charts = charts;
		this.currencies = currencies;
		this.facts = new OverviewFacts(catalog, messages, unlocks);
	}

	Page build(@Nullable List<String> venueCodes, @Nullable List<String> groupCodes, @Nullable String currency,
			Lang lang) {
		Exchange exchange = currencies.exchange(currency);
		List<Venue> venues = Filters.venues(catalog, venueCodes);
		List<Group> groups = Filters.groups(catalog, groupCodes, false);
		OverviewLinks links = new OverviewLinks(venueCodes == null ? List.of() : List.copyOf(venueCodes),
				groupCodes == null ? List.of() : List.copyOf(groupCodes), lang,
				catalog.venues().stream().map(Venue::getCode).toList(), exchange.code());
		boolean venuesChosen = Filters.isFiltered(catalog, venues);
		boolean allGroups = groups.size() == catalog.groups().size();
		List<Option> groupOptions = new ArrayList<>();
		for (Group group : catalog.groups()) {
			groupOptions.add(new Option(group.getCode(), LocalText.plain(group.getShortName(), lang),
					Filters.companiesIn(catalog, venues, List.of(group)).size(), !allGroups && groups.contains(group),
					links.group(group.getCode())));
		}
		groupOptions.add(new Option(Filters.ALL_GROUPS, "",
				Filters.companiesIn(catalog, venues, List.copyOf(catalog.groups())).size(), allGroups,
				links.group(Filters.ALL_GROUPS)));
		List<Option> venueOptions = new ArrayList<>();
		venueOptions.add(new Option("", "", Filters.companiesIn(catalog, List.copyOf(catalog.venues()), groups).size(),
				!venuesChosen, links.allVenues()));
		for (Venue venue : catalog.venues()) {
			venueOptions.add(new Option(venue.getCode(), Names.venueShort(venue, lang),
					Filters.companiesIn(catalog, List.of(venue), groups).size(), venuesChosen && venues.contains(venue),
					links.toggleVenue(venue.getCode())));
		}
		List<Company> shown = Filters.companiesIn(catalog, venues, groups);
		List<KeyColumn> keys = keyColumns();
		List<Card> cards = shown.stream().map(c -> card(c, keys, exchange, lang)).toList();
		List<ChartView> strip = shown.isEmpty() ? List.of() : stripCharts(shown, exchange, lang);
		boolean filtered = venuesChosen || !allGroups;
		// The figures file has no default group: its link names the groups shown
		OverviewLinks shownGroups = new OverviewLinks(links.venues(),
				allGroups ? List.of(Filters.ALL_GROUPS) : groups.stream().map(Group::getCode).toList(), lang,
				links.venueOrder(), links.currency());
		List<String> keyLabels = keys.stream()
			.map(k -> Names.metric(k.metric(), lang)
					+ (k.period() == null ? "" : " · " + Formats.period(k.period(), lang)))
			.toList();
		return new Page(facts.of(shown, lang), groupOptions, venueOptions, filtered, cards, cards.size() > MAX_CARDS,
				keyLabels, catalog.companies().size(), strip, links.to("/compare"), shownGroups.to("/figures.csv"),
				links.group(Filters.ALL_GROUPS), CurrencyOption.all(exchange, links::currency), exchange.code());
	}

	/** The most companies shown as cards; more are a table. */
	static final int MAX_CARDS = 8;

	/** A key figure: its measure, its metric and the period every card shows it for. */
	private record KeyColumn(ChartSpec.Measure measure, Metric metric, @Nullable Period period) {
	}

	/**
	 * The key figures of the catalogue, each over the latest period any company has, so
	 * every card compares; chosen once per page, not once per card.
	 */
	private List<KeyColumn> keyColumns() {
		List<KeyColumn> keys = new ArrayList<>();
		for (ChartSpec.Measure measure : ChartCatalogue.KEY_FIGURES) {
			Optional<Metric> metric = catalog.metric(measure.metric());
			if (metric.isEmpty()) {
				continue;
			}
			List<Period> periods = DataPeriods.of(catalog, measure, catalog.companies());
			Period period = periods.isEmpty() ? null : periods.get(periods.size() - 1);
			if (measure.periods() == ChartSpec.Periods.AT_LISTING || period != null) {
				keys.add(new KeyColumn(measure, metric.get(), period));
			}
		}
		return keys;
	}

	private Card card(Company company, List<KeyColumn> keys, Exchange exchange, Lang lang) {
		List<KeyCell> figures = new ArrayList<>();
		for (KeyColumn key : keys) {
			Optional<Figure> figure = DataPeriods.figure(catalog, company, key.measure(), key.period());
			figures.add(new KeyCell(Names.metric(key.metric(), lang),
					key.period() == null ? "" : Formats.period(key.period(), lang),
					Cell.of(figure, company, key.metric(), key.period(), catalog, lang,
							Cell.magnitude(List.of(figure), lang), exchange)));
		}
		return new Card(CompanySummary.of(company, catalog, lang), figures);
	}

	private List<ChartView> stripCharts(List<Company> companies, Exchange exchange, Lang lang) {
		return ChartCatalogue.OVERVIEW.stream()
			.flatMap(spec -> charts.build(spec, companies, Lens.SHOWN, exchange, lang).stream())
			.toList();
	}

}
