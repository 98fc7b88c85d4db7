package io.gpuipowatch.unlocks;

import java.time.LocalDate;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Lockup;
import org.jspecify.annotations.Nullable;

/**
 * When one class of a company's holders may sell: its listing day plus the months of the
 * rule that binds them, computed; no date where the rule is a condition ("until
 * profitable").
 *
 * @param rule the company's own term for the holder, or else its venue's rule
 * @param listing the listing event the months count from
 */
public record Unlock(Company company, Lockup rule, ListingEvent listing, @Nullable LocalDate date) {

	/** Stable across datasets, for links and for calendar entries. */
	public String id() {
		return "unlock-" + company.getSlug() + "-" + rule.getHolder();
	}

	/** Whether the rule is the company's own term rather than its venue's. */
	public boolean ownTerm() {
		return rule.getCompany() != null;
	}

}
