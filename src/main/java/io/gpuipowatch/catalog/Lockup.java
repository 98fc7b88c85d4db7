package io.gpuipowatch.catalog;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * How long a class of holders must keep its shares after a listing, on a venue (or for
 * one company, where its prospectus sets its own term): a number of months from the
 * listing day, or a condition that is not a date (until the company is profitable).
 */
@Entity
public class Lockup extends SourcedRow {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "venue")
	private Venue venue;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "company")
	private @Nullable Company company;

	private String holder;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "holder_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "holder_zh")) })
	private Text holderName;

	private @Nullable Integer months;

	private @Nullable BigDecimal sharePercent;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "condition_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "condition_zh")) })
	private @Nullable Text condition;

	private @Nullable String phrase;

	protected Lockup() {
	}

	/**
	 * Whose shares, for how long: the holder class and its name, the months or the
	 * condition, the share locked.
	 */
	public record Term(String holder, Text holderName, @Nullable Integer months, @Nullable BigDecimal sharePercent,
			Text condition) {
	}

	public Lockup(String id, Venue venue, @Nullable Company company, Term term, Source source, @Nullable String phrase,
			Text note) {
		super(id, source, note);
		this.venue = venue;
		this.company = company;
		this.holder = term.holder();
		this.holderName = term.holderName();
		this.months = term.months();
		this.sharePercent = term.sharePercent();
		this.condition = term.condition();
		this.phrase = phrase;
	}

	public Venue getVenue() {
		return venue;
	}

	/** The company whose own term this is; null for the venue's rule. */
	public @Nullable Company getCompany() {
		return company;
	}

	public String getHolder() {
		return holder;
	}

	public Text getHolderName() {
		return Text.orNone(holderName);
	}

	/** Months from the listing day; null when the term is a condition. */
	public @Nullable Integer getMonths() {
		return months;
	}

	/** The share of the holder's shares the term covers; null for all of them. */
	public @Nullable BigDecimal getSharePercent() {
		return sharePercent;
	}

	public Text getCondition() {
		return Text.orNone(condition);
	}

	public @Nullable String getPhrase() {
		return phrase;
	}

}
