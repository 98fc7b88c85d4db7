package io.gpuipowatch.unlocks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.gpuipowatch.catalog.Lockup;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * An unlock as a page shows it, in one language. Its date is computed (the listing day
 * plus the rule's months) and cites both the rule's source and the listing day's.
 *
 * @param id stable, the anchor of its row on the unlocks page
 * @param date the computed day, written for the page; null where the rule is a condition
 * @param isoDate the same as yyyy-MM-dd; null where there is none
 * @param daysFromToday days from today to the unlock, negative once past; 0 when undated
 * @param sharePercent the share of the holder's shares the rule covers ("70"); null for
 * all
 * @param condition the rule when it is a condition rather than months
 * @param ownTerm whether the rule is the company's own term rather than its venue's
 * @param phrase the rule source's own words
 */
public record UnlockView(String id, String companySlug, String companyName, @Nullable LocalText holder,
		@Nullable String date, @Nullable String isoDate, long daysFromToday, @Nullable Integer months,
		@Nullable String sharePercent, @Nullable LocalText condition, boolean ownTerm, String listingDate,
		String listingIsoDate, SourceRef ruleSource, SourceRef listingSource, @Nullable String phrase,
		@Nullable LocalText note) {

	static UnlockView of(Unlock unlock, LocalDate today, Lang lang) {
		Lockup rule = unlock.rule();
		LocalDate date = unlock.date();
		return new UnlockView(unlock.id(), unlock.company().getSlug(), Names.company(unlock.company(), lang),
				LocalText.of(rule.getHolderName(), lang), date == null ? null : Formats.date(day(date), lang),
				date == null ? null : date.toString(), date == null ? 0 : ChronoUnit.DAYS.between(today, date),
				rule.getMonths(),
				rule.getSharePercent() == null ? null : Formats.exact(rule.getSharePercent()).toPlainString(),
				LocalText.of(rule.getCondition(), lang), unlock.ownTerm(),
				Formats.date(unlock.listing().getDate(), lang), unlock.listing().getDate().toString(),
				SourceRef.of(rule.getSource(), lang), SourceRef.of(unlock.listing().getSource(), lang),
				rule.getPhrase(), LocalText.of(rule.getNote(), lang));
	}

	static PartialDate day(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

}
