package io.gpuipowatch.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A company's share price on a day after its listing, as a source gives it: the close,
 * the market cap, or both, and the return on the issue price where the source states one.
 * When one of the close and the market cap is computed from the other (or from the
 * return), the row says which.
 */
@Entity
@Table(name = "price")
public class Price extends SourcedRow {

	public enum Kind {

		/** The day's closing price. */
		CLOSE,

		/** The highest price traded on the day. */
		INTRADAY_HIGH,

		/**
		 * The highest price traded between the listing and this date, when the source
		 * does not say on which day.
		 */
		PEAK_TO_DATE

	}

	/** Which of a price's values is ours rather than the source's. */
	public enum Computed {

		NONE, CLOSE, MARKET_CAP

	}

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "company")
	private Company company;

	@Column(name = "price_date")
	private PartialDate date;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private @Nullable BigDecimal close;

	private @Nullable BigDecimal marketCap;

	private @Nullable BigDecimal returnSinceIssue;

	private Unit currency;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	@Enumerated(EnumType.STRING)
	private Computed computed;

	private @Nullable String phrase;

	protected Price() {
	}

	/** The values of a price row: at least one of the close and the market cap. */
	public record Values(@Nullable BigDecimal close, @Nullable BigDecimal marketCap,
			@Nullable BigDecimal returnSinceIssue, Unit currency, Qualifier qualifier, Computed computed) {
	}

	public Price(String id, Company company, PartialDate date, Kind kind, Values values, Source source,
			@Nullable String phrase, Text note) {
		super(id, source, note);
		this.company = company;
		this.date = date;
		this.kind = kind;
		this.close = values.close();
		this.marketCap = values.marketCap();
		this.returnSinceIssue = values.returnSinceIssue();
		this.currency = values.currency();
		this.qualifier = values.qualifier();
		this.computed = values.computed();
		this.phrase = phrase;
	}

	public Company getCompany() {
		return company;
	}

	public PartialDate getDate() {
		return date;
	}

	public Kind getKind() {
		return kind;
	}

	public @Nullable BigDecimal getClose() {
		return close;
	}

	public @Nullable BigDecimal getMarketCap() {
		return marketCap;
	}

	/** The return over the issue price in percent, where the source states it. */
	public @Nullable BigDecimal getReturnSinceIssue() {
		return returnSinceIssue;
	}

	public Unit getCurrency() {
		return currency;
	}

	/** How the market cap is stated: exactly, or as a bound ("over HK$80 bn"). */
	public Qualifier getQualifier() {
		return qualifier;
	}

	public Computed getComputed() {
		return computed;
	}

	public @Nullable String getPhrase() {
		return phrase;
	}

}
