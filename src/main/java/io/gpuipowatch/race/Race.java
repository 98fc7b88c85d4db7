package io.gpuipowatch.race;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Venue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The IPO race, computed from the dated events: for every venue, the companies listed on
 * it or applying to it, with the time each took between the milestones of the venue's
 * process and from the start of the review to the listing day.
 */
@Component
public class Race {

	/**
	 * The steps the race compares: the gates of the STAR Market's registration process
	 * and of a Hong Kong listing. Enquiries, board votes and the days of the offer are
	 * steps too, but not every company reports them, so they show on the timeline only.
	 */
	static final Set<EventKind> MILESTONES = Collections.unmodifiableSet(EnumSet.of(EventKind.TUTORING_FILED,
			EventKind.APPLICATION_ACCEPTED, EventKind.LISTING_COMMITTEE_APPROVED, EventKind.REGISTRATION_APPROVED,
			EventKind.CSRC_FILING_NOTICE, EventKind.HEARING_PASSED, EventKind.OFFER_LAUNCHED, EventKind.LISTED));

	/**
	 * Where the review starts: the exchange accepts the application (STAR Market), or the
	 * CSRC files a Hong Kong listing (the earliest dated step of a Hong Kong listing in
	 * our data).
	 */
	static final Set<EventKind> REVIEW_STARTS = Collections
		.unmodifiableSet(EnumSet.of(EventKind.APPLICATION_ACCEPTED, EventKind.CSRC_FILING_NOTICE));

	private final Catalog catalog;

	private final Clock clock;

	Race(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The day "how long it has been there" is counted to: today, in China. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** Every venue with a company in the race, in the data's order. */
	public List<VenueRace> venues() {
		LocalDate today = today();
		Map<String, List<CompanyRace>> byVenue = new LinkedHashMap<>();
		for (Company company : catalog.companies()) {
			Venue venue = raceVenue(company);
			if (venue != null) {
				byVenue.computeIfAbsent(venue.getCode(), v -> new ArrayList<>()).add(race(company, venue, today));
			}
		}
		List<VenueRace> venues = new ArrayList<>();
		for (Venue venue : catalog.venues()) {
			List<CompanyRace> companies = byVenue.get(venue.getCode());
			if (companies != null) {
				List<EventKind> reached = venue.getSteps()
					.stream()
					.filter(kind -> MILESTONES.contains(kind)
							&& companies.stream().anyMatch(c -> c.milestone(kind).isPresent()))
					.toList();
				venues.add(new VenueRace(venue, reached, List.copyOf(companies)));
			}
		}
		return venues;
	}

	/** Every company in the race, venue by venue. */
	public List<CompanyRace> companies() {
		return venues().stream().flatMap(v -> v.companies().stream()).toList();
	}

	/**
	 * Where a company runs: the venue it is listed on, or the one it applied to; none for
	 * a company that has not applied anywhere.
	 */
	private static @Nullable Venue raceVenue(Company company) {
		return company.getVenue().isListed() ? company.getVenue() : company.getAppliedVenue();
	}

	private CompanyRace race(Company company, Venue venue, LocalDate today) {
		// Only the steps taken towards this venue: Biren's earlier STAR Market tutoring
		// is no part of its Hong Kong listing
		List<ListingEvent> steps = catalog.events(company)
			.stream()
			.filter(e -> e.isShown() && e.getVenue().getCode().equals(venue.getCode()))
			.toList();
		Map<EventKind, ListingEvent> milestones = new EnumMap<>(EventKind.class);
		steps.stream()
			.filter(e -> MILESTONES.contains(e.getKind()))
			.forEach(e -> milestones.putIfAbsent(e.getKind(), e));
		ListingEvent listed = milestones.get(EventKind.LISTED);
		ListingEvent start = venue.getSteps()
			.stream()
			.filter(REVIEW_STARTS::contains)
			.map(milestones::get)
			.filter(e -> e != null)
			.findFirst()
			.orElse(null);
		Span total = listed != null && start != null ? Span.between(start, listed) : null;
		Waiting waiting = listed == null && !steps.isEmpty() ? Waiting.since(steps.get(steps.size() - 1), today) : null;
		return new CompanyRace(company, venue, steps, Collections.unmodifiableMap(milestones), total, waiting);
	}

}
