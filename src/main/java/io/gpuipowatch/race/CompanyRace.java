package io.gpuipowatch.race;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Venue;
import org.jspecify.annotations.Nullable;

/**
 * One company's way to its listing on one venue: every step it took there, the first
 * event of each milestone, the whole review (from acceptance or filing to listing) and,
 * until it lists, where it stands.
 *
 * @param steps the steps shown on the venue, oldest first
 * @param milestones the first event of each milestone kind it reached
 * @param total from the start of the review to the listing day, once listed
 * @param waiting its latest step and how long it has been there, until it lists
 */
public record CompanyRace(Company company, Venue venue, List<ListingEvent> steps,
		Map<EventKind, ListingEvent> milestones, @Nullable Span total, @Nullable Waiting waiting) {

	public Optional<ListingEvent> milestone(EventKind kind) {
		return Optional.ofNullable(milestones.get(kind));
	}

	public Optional<ListingEvent> listed() {
		return milestone(EventKind.LISTED);
	}

	/**
	 * From one milestone to the next, where the company reached both; empty where the
	 * data has either step missing.
	 */
	public Optional<Span> span(EventKind from, EventKind to) {
		ListingEvent start = milestones.get(from);
		ListingEvent end = milestones.get(to);
		return start == null || end == null ? Optional.empty() : Optional.of(Span.between(start, end));
	}

}
