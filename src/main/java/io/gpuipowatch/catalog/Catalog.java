package io.gpuipowatch.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole dataset, read once after loading and kept in memory: it never changes while
 * the app runs, so pages and the API read it without touching the database.
 */
public final class Catalog {

	private final Map<String, Venue> venues;

	private final Map<String, Metric> metrics;

	private final Map<String, Company> companies;

	private final List<ListingEvent> events;

	private final List<Figure> figures;

	private final Map<String, Source> sources;

	private final DatasetInfo info;

	private final Map<String, List<Figure>> figuresByCompany;

	Catalog(List<Venue> venues, List<Metric> metrics, List<Company> companies, List<ListingEvent> events,
			List<Figure> figures, List<Source> sources, DatasetInfo info) {
		this.venues = byKey(venues, Venue::getCode, Comparator.comparingInt(Venue::getPosition));
		this.metrics = byKey(metrics, Metric::getCode, Comparator.comparingInt(Metric::getPosition));
		this.companies = byKey(companies, Company::getSlug, Comparator.comparingInt(Company::getPosition));
		this.events = events.stream()
			.sorted(Comparator.comparing(ListingEvent::getDate).thenComparing(e -> e.getKind().ordinal()))
			.toList();
		this.figures = List.copyOf(figures);
		this.sources = byKey(sources, Source::getId, Comparator.comparing(Catalog::sourceOrder));
		this.info = info;
		this.figuresByCompany = figures.stream()
			.filter(f -> f.getCompany() != null)
			.collect(Collectors.groupingBy(f -> Objects.requireNonNull(f.getCompany()).getSlug(), LinkedHashMap::new,
					Collectors.toUnmodifiableList()));
	}

	private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key, Comparator<T> order) {
		return items.stream()
			.sorted(order)
			.collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
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

	public List<ListingEvent> events(Company company) {
		return events.stream()
			.filter(e -> e.getCompany() != null && e.getCompany().getSlug().equals(company.getSlug()))
			.toList();
	}

	/** Every figure, in the order of the file. */
	public List<Figure> figures() {
		return figures;
	}

	/** Every figure of one company, shown or not, in the order of the file. */
	public List<Figure> figures(Company company) {
		return figuresByCompany.getOrDefault(company.getSlug(), List.of());
	}

	/**
	 * The figure shown by default for a company's metric over a period, if any source
	 * gave one.
	 */
	public Optional<Figure> shown(Company company, String metric, String period) {
		return figures(company).stream()
			.filter(f -> f.isShown() && f.getMetric().getCode().equals(metric) && f.getPeriod().key().equals(period))
			.findFirst();
	}

	/**
	 * The figure shown by default for a company's metric at its listing or on its latest
	 * date: IPO terms are dated by the listing day, which differs from company to
	 * company.
	 */
	public Optional<Figure> shownLatest(Company company, String metric) {
		return figures(company).stream()
			.filter(f -> f.isShown() && f.getMetric().getCode().equals(metric))
			.max(Comparator.comparing(f -> f.getPeriod().key()));
	}

	/** The other figures of the same conflict group: what other sources said instead. */
	public List<Figure> alternatives(Figure figure) {
		if (figure.getProvenance().getConflict() == null) {
			return List.of();
		}
		return figures.stream()
			.filter(f -> figure.getProvenance().getConflict().equals(f.getProvenance().getConflict())
					&& !f.getId().equals(figure.getId()))
			.toList();
	}

}
