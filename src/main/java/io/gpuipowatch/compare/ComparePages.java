package io.gpuipowatch.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.chart.ChartCatalogue;
import io.gpuipowatch.chart.ChartView;
import io.gpuipowatch.chart.Charts;
import io.gpuipowatch.figure.CompanySummary;
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.CurrencyOption;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.CompareQuery;
import io.gpuipowatch.query.Comparison;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the compare page: the chosen companies as columns (by default the first four
 * that pass the filters), a row per metric and period grouped by section, the companies
 * ordered by any row, and the charts.
 */
@Component
class ComparePages {

	static final String SORT_NAME = "name";

	/**
	 * A company in the picker: in the comparison or not, and the link that adds or takes
	 * it out.
	 */
	record PickerOption(String slug, String name, boolean selected, String toggleUrl, boolean canAdd,
			boolean outsideFilters) {
	}

	record Page(List<CompanySummary> companies, List<PickerOption> picker, List<String> venueCodes,
			List<String> venueNames, List<CompanySummary> hiddenByFilter, String showAllUrl,
			List<CompareTable.SectionRows> sections, boolean completeOnly, String allRowsUrl, String completeRowsUrl,
			int hiddenRows, List<CurrencyOption> currencies, @Nullable String sortNote, List<ChartView> charts,
			String nameSortUrl, @Nullable String nameSortDir, boolean tooFew, int max, String shareUrl, String csvUrl,
			@Nullable String currency) {

		/** The page's title: the companies it compares, "Moore Threads vs MetaX". */
		public String companyNames(String separator) {
			return String.join(separator, companies.stream().map(CompanySummary::name).toList());
		}

	}

	private final Catalog catalog;

	private final Charts charts;

	private final Currencies currencies;

	private final MessageSource messages;

	ComparePages(Catalog catalog, Charts charts, Currencies currencies, MessageSource messages) {
		this.catalog = catalog;
		this.charts = charts;
		this.currencies = currencies;
		this.messages = messages;
	}

	Page build(CompareQuery request, Lang lang) {
		return build(request, lang, true);
	}

	/** The page; without its charts for the CSV, which holds the table only. */
	Page build(CompareQuery request, Lang lang, boolean withCharts) {
		Comparison comparison = request.comparison(catalog);
		boolean descending = "desc".equals(request.dir());
		if (request.dir() != null && !List.of("asc", "desc").contains(request.dir())) {
			throw new BadRequestException("dir", request.dir(), List.of("asc", "desc"));
		}
		boolean completeOnly = request.completeRowsOnly();
		Exchange money = currencies.exchange(request.currency());
		Optional<Unit> target = money.target();
		List<Venue> venues = comparison.venues();
		List<String> venueCodes = Filters.isFiltered(catalog, venues) && request.venue() != null
				? venues.stream().map(Venue::getCode).toList() : List.of();
		List<String> groupCodes = request.group() == null ? List.of() : List.copyOf(request.group());
		List<Company> chosen = comparison.chosen();
		Map<String, CompareTable.RowSpec> rows = CompareTable.rows(comparison);
		String sort = request.sort();
		if (sort != null && !sort.equals(SORT_NAME) && !rows.containsKey(sort)) {
			List<String> valid = new ArrayList<>();
			valid.add(SORT_NAME);
			valid.addAll(rows.keySet());
			throw new BadRequestException("sort", sort, valid);
		}
		List<Company> ordered = order(chosen, sort, descending, rows, money, lang);
		CompareLinks links = new CompareLinks(ordered, venueCodes, groupCodes, sort, request.dir(), completeOnly,
				target.map(Unit::code).orElse(null), lang);
		List<CompareTable.SectionRows> sections = CompareTable.sections(catalog, rows, ordered, completeOnly, links,
				sort, descending, money, lang);
		List<CurrencyOption> currencyOptions = CurrencyOption.all(money, links::currency);
		int shown = sections.stream().mapToInt(s -> s.rows().size()).sum();
		List<PickerOption> picker = catalog.companies().stream().map(c -> {
			boolean passes = comparison.eligible().contains(c);
			boolean selected = chosen.contains(c);
			return new PickerOption(c.getSlug(), Names.company(c, lang), selected, links.toggle(c, passes),
					selected || chosen.size() < Filters.MAX_COMPARED, !passes);
		}).toList();
		List<String> venueNames = venueCodes.stream()
			.map(code -> Names.venue(catalog.venue(code).orElseThrow(), lang))
			.toList();
		return new Page(ordered.stream().map(c -> CompanySummary.of(c, catalog, lang)).toList(), picker, venueCodes,
				venueNames, comparison.hidden().stream().map(c -> CompanySummary.of(c, catalog, lang)).toList(),
				links.withoutVenues(comparison.named()), sections, completeOnly, links.rows(false), links.rows(true),
				rows.size() - shown, currencyOptions, sortNote(sort, rows, ordered, target, lang),
				chosen.size() < 2 || !withCharts ? List.of() : charts(ordered, money, lang),
				links.sort(SORT_NAME, sort, descending),
				SORT_NAME.equals(sort) ? (descending ? "descending" : "ascending") : null, chosen.size() < 2,
				Filters.MAX_COMPARED, links.self(comparison.named()), links.csv(), money.code());
	}

	/**
	 * Sorted by a row's values (grouped by currency, missing last), or by name; in the
	 * link's order otherwise.
	 */
	private List<Company> order(List<Company> companies, @Nullable String sort, boolean descending,
			Map<String, CompareTable.RowSpec> rows, Exchange money, Lang lang) {
		if (sort == null) {
			return companies;
		}
		if (sort.equals(SORT_NAME)) {
			Comparator<Company> order = Comparator.comparing(c -> Names.company(c, lang));
			return companies.stream().sorted(descending ? order.reversed() : order).toList();
		}
		Comparison.Column column = Objects.requireNonNull(rows.get(sort)).column();
		// Without a currency chosen, HK$ and ¥ are ranked each among their own, never
		// against each other; with one, by the converted value, those with no rate last
		Comparator<Figure> byValue = money.target().isEmpty()
				? Comparator.comparing((Figure f) -> f.getUnit().code()).thenComparing(Figure::getValue)
				: Comparator.comparing(money::comparable, Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Figure> figureOrder = descending ? byValue.reversed() : byValue;
		return companies.stream()
			.sorted(Comparator.comparing((Company c) -> column.figure(catalog, c).orElse(null),
					Comparator.nullsLast(figureOrder)))
			.toList();
	}

	/** What a reader must know about an order by money in several currencies. */
	private @Nullable String sortNote(@Nullable String sort, Map<String, CompareTable.RowSpec> rows,
			List<Company> companies, Optional<Unit> target, Lang lang) {
		if (sort == null || !rows.containsKey(sort)) {
			return null;
		}
		Comparison.Column column = rows.get(sort).column();
		long currencies = companies.stream()
			.map(c -> column.figure(catalog, c))
			.flatMap(Optional::stream)
			.map(Figure::getUnit)
			.filter(Unit::isCurrency)
			.distinct()
			.count();
		if (currencies < 2) {
			return null;
		}
		return target.isEmpty() ? messages.getMessage("compare.sort.mixed", null, lang.locale())
				: messages.getMessage("compare.sort.converted", new Object[] { target.get().code() }, lang.locale());
	}

	private List<ChartView> charts(List<Company> companies, Exchange money, Lang lang) {
		return ChartCatalogue.COMPARE.stream()
			.flatMap(spec -> charts.build(spec, companies, Lens.SHOWN, money, lang).stream())
			.toList();
	}

}
