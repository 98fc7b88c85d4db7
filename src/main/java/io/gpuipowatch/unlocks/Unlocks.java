package io.gpuipowatch.unlocks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Lockup;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The unlocks, computed from the lock-up rules and the listing days: for every listed
 * company, one per holder class its venue (or its own prospectus) sets a term for. A
 * company's own term for a holder replaces its venue's rule for that holder.
 */
@Component
public class Unlocks {

	private static final Comparator<Unlock> ORDER = Comparator
		.comparing((Unlock u) -> u.date() == null ? LocalDate.MAX : u.date())
		.thenComparingInt(u -> u.company().getPosition())
		.thenComparing(Unlock::id);

	private final List<Unlock> all;

	private final Clock clock;

	Unlocks(Catalog catalog, Clock clock) {
		this.clock = clock;
		List<Unlock> unlocks = new ArrayList<>();
		for (Company company : catalog.companies()) {
			listing(catalog, company).ifPresent(listing -> rules(catalog, company)
				.forEach(rule -> unlocks.add(new Unlock(company, rule, listing, date(listing, rule)))));
		}
		unlocks.sort(ORDER);
		this.all = List.copyOf(unlocks);
	}

	/**
	 * The unlocks still ahead, soonest first, as a page shows them: for the overview.
	 * @param lang the language of the names and dates
	 * @param limit how many at most
	 */
	public List<UnlockView> upcoming(Lang lang, int limit) {
		LocalDate today = today();
		return upcoming(today).stream().limit(limit).map(u -> UnlockView.of(u, today, lang)).toList();
	}

	/** Every unlock: the dated ones soonest first, then those with a condition. */
	public List<Unlock> all() {
		return all;
	}

	/** Those on or after a day, soonest first. */
	public List<Unlock> upcoming(LocalDate from) {
		return all.stream().filter(u -> u.date() != null && !u.date().isBefore(from)).toList();
	}

	/** Those before a day, the most recent first. */
	public List<Unlock> past(LocalDate before) {
		List<Unlock> past = new ArrayList<>(
				all.stream().filter(u -> u.date() != null && u.date().isBefore(before)).toList());
		Collections.reverse(past);
		return List.copyOf(past);
	}

	/** Those whose rule is a condition, with no date. */
	public List<Unlock> conditional() {
		return all.stream().filter(u -> u.date() == null).toList();
	}

	/** The day "upcoming" is counted from: today, in China. */
	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The day a company listed on its venue, if it is listed and a source gives the day:
	 * months cannot be counted from a month.
	 */
	private static Optional<ListingEvent> listing(Catalog catalog, Company company) {
		if (!company.getVenue().isListed()) {
			return Optional.empty();
		}
		return catalog.events(company)
			.stream()
			.filter(e -> e.isShown() && e.getKind() == EventKind.LISTED
					&& e.getVenue().getCode().equals(company.getVenue().getCode())
					&& e.getDate().precision() == PartialDate.Precision.DAY)
			.findFirst();
	}

	/**
	 * The rules that bind a company's holders, in the file's order: its venue's, each
	 * replaced by the company's own term for the same holder where it has one.
	 */
	private static List<Lockup> rules(Catalog catalog, Company company) {
		Map<String, Lockup> byHolder = new LinkedHashMap<>();
		for (Lockup rule : catalog.lockups()) {
			if (rule.getVenue().getCode().equals(company.getVenue().getCode()) && rule.getCompany() == null) {
				byHolder.putIfAbsent(rule.getHolder(), rule);
			}
		}
		for (Lockup rule : catalog.lockups()) {
			if (rule.getCompany() != null && rule.getCompany().getSlug().equals(company.getSlug())) {
				byHolder.put(rule.getHolder(), rule);
			}
		}
		return List.copyOf(byHolder.values());
	}

	private static @Nullable LocalDate date(ListingEvent listing, Lockup rule) {
		Integer months = rule.getMonths();
		return months == null ? null : listing.getDate().start().plusMonths(months);
	}

}
