package io.gpuipowatch.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The whole dataset, read once after loading and kept in memory: it never changes while
 * the app runs, so pages and the API read it without touching the database. Indexed for
 * what pages ask most: a company's figures, and the figure shown for a company's metric
 * over a period.
 */
public final class Catalog {

	private final Map<String, Venue> venues;

	private final Map<String, Group> groups;

	private final Map<String, Metric> metrics;

	private final Map<String, Company> companies;

	private final List<ListingEvent> events;

	private final List<Figure> figures;

	private final Map<String, Source> sources;

	private final DatasetInfo info;

	private final Map<String, List<Figure>> figuresByCompany;

	private final Map<String, List<ListingEvent>> eventsByCompany;

	private final Map<String, Figure> shownByKey;

	private final Map<String, List<Figure>> byVariants;

	private final Map<String, List<ListingEvent>> eventsByVariants;

	private final Map<String, List<Gap>> gapsByCompany;

	private final Map<String, List<Price>> pricesByCompany;

	private final List<ExchangeRate> rates;

	private final List<Lockup> lockups;

	private final List<Change> changes;

	Catalog(Contents contents) {
		Contents.References references = contents.references();
		Contents.Companies reported = contents.companies();
		this.venues = byKey(references.venues(), Venue::getCode, Comparator.comparingInt(Venue::getPosition));
		this.groups = byKey(references.groups(), Group::getCode, Comparator.comparingInt(Group::getPosition));
		this.metrics = byKey(references.metrics(), Metric::getCode, Comparator.comparingInt(Metric::getPosition));
		this.companies = byKey(reported.companies(), Company::getSlug, Comparator.comparingInt(Company::getPosition));
		this.sources = sourcesInOrder(references.sources());
		this.info = contents.info();
		this.events = reported.events()
			.stream()
			.sorted(Comparator.comparing(ListingEvent::getDate).thenComparing(e -> e.getKind().ordinal()))
			.toList();
		// Pages, the API and the CSV files list figures in this order: by company,
		// metric,
		// then time
		this.figures = reported.figures()
			.stream()
			.sorted(Comparator.comparing((Figure f) -> f.getCompany() == null ? -1 : f.getCompany().getPosition())
				.thenComparingInt(f -> f.getMetric().getPosition())
				.thenComparing(Figure::getPeriod, Period.TIME_ORDER)
				.thenComparing(f -> !f.isShown()))
			.toList();
		this.figuresByCompany = grouped(figures, Figure::getCompany);
		this.eventsByCompany = grouped(events, ListingEvent::getCompany);
		this.shownByKey = new HashMap<>();
		figures.stream().filter(Figure::isShown).forEach(f -> shownByKey.putIfAbsent(key(f), f));
		this.byVariants = byVariants(figures);
		this.eventsByVariants = byVariants(events);
		this.gapsByCompany = reported.gaps()
			.stream()
			.collect(Collectors.groupingBy(g -> g.getCompany().getSlug(), Collectors.toUnmodifiableList()));
		this.pricesByCompany = reported.prices()
			.stream()
			.sorted(Comparator.comparing(Price::getDate))
			.collect(Collectors.groupingBy(p -> p.getCompany().getSlug(), LinkedHashMap::new,
					Collectors.toUnmodifiableList()));
		Contents.Market market = contents.market();
		this.rates = market.rates()
			.stream()
			.sorted(Comparator.comparing(ExchangeRate::getDate).thenComparing(r -> r.getCurrency().code()))
			.toList();
		this.lockups = List.copyOf(market.lockups());
		this.changes = market.changes()
			.stream()
			.sorted(Comparator.comparing(Change::getDate).reversed().thenComparing(Change::getId))
			.toList();
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key, Comparator<T> order) {
		return items.stream()
			.sorted(order)
			.collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static <T> Map<String, List<T>> grouped(List<T> items, Function<T, @Nullable Company> company) {
		Map<String, List<T>> grouped = new HashMap<>();
		for (T item : items) {
			Company owner = company.apply(item);
			if (owner != null) {
				grouped.computeIfAbsent(owner.getSlug(), s -> new ArrayList<>()).add(item);
			}
		}
		grouped.replaceAll((slug, list) -> List.copyOf(list));
		return grouped;
	}

	private static <T extends Reported> Map<String, List<T>> byVariants(List<T> items) {
		return items.stream()
			.filter(item -> item.getProvenance().getVariants() != null)
			.collect(Collectors.groupingBy(item -> item.getProvenance().getVariants(), LinkedHashMap::new,
					Collectors.toUnmodifiableList()));
	}

	/**
	 * Sorted by a key computed once per source: computed in the comparator, its two
	 * regular expressions ran twice for each of the n log n comparisons, most of the
	 * catalog's build time with 2,000 sources.
	 */
	private static Map<String, Source> sourcesInOrder(List<Source> sources) {
		Map<Source, String> order = new HashMap<>();
		sources.forEach(source -> order.put(source, sourceOrder(source)));
		return byKey(sources, Source::getId, Comparator.comparing(order::get));
	}

	private static String key(Figure figure) {
		return key(figure.getCompany(), figure.getMetric().getCode(), figure.getPeriod().key());
	}

	private static String key(@Nullable Company company, String metric, String period) {
		return (company == null ? "" : company.getSlug()) + "/" + metric + "/" + period;
	}

	/** Orders S2 before S10: ids are a prefix and a number. */
	private static String sourceOrder(Source source) {
		String digits = source.getId().replaceAll("\\D", "");
		return source.getId().replaceAll("\\d", "")
				+ String.format("%08d", digits.isEmpty() ? 0 : Long.parseLong(digits));
	}

	public DatasetInfo info() {
		return info;
	}

	/** Venues in the order of the file. */
	public Collection<Venue> venues() {
		return venues.values();
	}

	public Optional<Venue> venue(String code) {
		return Optional.ofNullable(venues.get(code));
	}

	/** Groups in the order of the file. */
	public Collection<Group> groups() {
		return groups.values();
	}

	public Optional<Group> group(String code) {
		return Optional.ofNullable(groups.get(code));
	}

	/**
	 * The group pages show when a link chooses none (the loader checks there is exactly
	 * one).
	 */
	public Group defaultGroup() {
		return groups.values().stream().filter(Group::isDefaultSelection).findFirst().orElseThrow();
	}

	public Collection<Metric> metrics() {
		return metrics.values();
	}

	public Optional<Metric> metric(String code) {
		return Optional.ofNullable(metrics.get(code));
	}

	/** Companies in the order of the file. */
	public Collection<Company> companies() {
		return companies.values();
	}

	public Optional<Company> company(String slug) {
		return Optional.ofNullable(companies.get(slug));
	}

	public Collection<Source> sources() {
		return sources.values();
	}

	public Optional<Source> source(String id) {
		return Optional.ofNullable(sources.get(id));
	}

	/** All events, oldest first. */
	public List<ListingEvent> events() {
		return events;
	}

	/** A company's events, oldest first. */
	public List<ListingEvent> events(Company company) {
		return eventsByCompany.getOrDefault(company.getSlug(), List.of());
	}

	/** Every figure, in the order of the file, the computed ones after. */
	public List<Figure> figures() {
		return figures;
	}

	/** Every figure of one company, shown or not, in the order of the file. */
	public List<Figure> figures(Company company) {
		return figuresByCompany.getOrDefault(company.getSlug(), List.of());
	}

	/** The figure shown for a company's metric over a period, if any source gave one. */
	public Optional<Figure> shown(Company company, String metric, String period) {
		return Optional.ofNullable(shownByKey.get(key(company, metric, period)));
	}

	/**
	 * The figure shown for a company's metric at its listing or on its latest date: IPO
	 * terms are dated by the listing day, which differs from company to company.
	 */
	public Optional<Figure> shownLatest(Company company, String metric) {
		return figures(company).stream()
			.filter(f -> f.isShown() && f.getMetric().getCode().equals(metric))
			.max(Comparator.comparing(Figure::getPeriod, Period.TIME_ORDER));
	}

	/**
	 * The other reports of the same thing: another source's, another basis's, another
	 * date's.
	 */
	public List<Figure> variants(Figure figure) {
		String group = figure.getProvenance().getVariants();
		if (group == null) {
			return List.of();
		}
		return byVariants.get(group).stream().filter(f -> !f.getId().equals(figure.getId())).toList();
	}

	/** The other reports of the same step, as {@link #variants(Figure)} for figures. */
	public List<ListingEvent> variants(ListingEvent event) {
		String group = event.getProvenance().getVariants();
		if (group == null) {
			return List.of();
		}
		return eventsByVariants.get(group).stream().filter(e -> !e.getId().equals(event.getId())).toList();
	}

	/**
	 * Why a company has no figure for a metric over a period: the metric does not exist
	 * where it lists, or only once listed; a source says it is not published; or we have
	 * not collected it.
	 */
	public Absence absence(Company company, Metric metric, @Nullable Period period) {
		if (metric.isNeedsListing() && !company.getVenue().isListed()) {
			return Absence.NOT_LISTED;
		}
		if (!metric.appliesTo(company.getVenue())) {
			return Absence.NOT_APPLICABLE;
		}
		return gap(company, metric, period).isPresent() ? Absence.NOT_DISCLOSED : Absence.NOT_IN_DATA;
	}

	/** Where a source says a company has not published a figure. */
	public Optional<Gap> gap(Company company, Metric metric, @Nullable Period period) {
		return gapsByCompany.getOrDefault(company.getSlug(), List.of())
			.stream()
			.filter(g -> g.getMetric().getCode().equals(metric.getCode()) && g.covers(period))
			.findFirst();
	}

	/** A company's prices after its listing, oldest first. */
	public List<Price> prices(Company company) {
		return pricesByCompany.getOrDefault(company.getSlug(), List.of());
	}

	/** The exchange rates, oldest first. */
	public List<ExchangeRate> rates() {
		return rates;
	}

	public List<Lockup> lockups() {
		return lockups;
	}

	/** The changes made to the data, newest first. */
	public List<Change> changes() {
		return changes;
	}

}
