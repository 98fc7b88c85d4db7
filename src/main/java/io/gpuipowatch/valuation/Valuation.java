package io.gpuipowatch.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.money.Currencies;
import org.jspecify.annotations.Nullable;

/**
 * A listed company's valuation at three moments, and its known closes since listing.
 *
 * @param company the company
 * @param listed the listing day
 * @param issuePrice the issue price, in the currency it was set in
 * @param moments at the issue price, at the first close, at the latest known close
 * @param closes every known close (and the first), oldest first
 */
record Valuation(Company company, LocalDate listed, Figure issuePrice, List<Moment> moments, List<Close> closes) {

	/** When a company was valued. */
	enum When {

		ISSUE, FIRST_CLOSE, LATEST_CLOSE

	}

	/**
	 * The market cap at one moment, and what it is against the revenue of the last full
	 * year published by then.
	 *
	 * @param price the share price then, in the listing's currency; null when the source
	 * gave only a market cap
	 * @param marketCap the market cap, in the listing's currency
	 * @param computedCap whether we computed the market cap (price × shares)
	 * @param shown the market cap in the currency the reader asked for
	 * @param revenue the revenue it is set against; null when none was published by then
	 * @param toCny the market cap in CNY, the revenue's currency, for the multiple
	 * @param priceToSales market cap ÷ revenue; null with {@code noMultiple} saying why
	 * @param returnOnIssue the price (or market cap) against the issue, in percent
	 */
	record Moment(When when, LocalDate date, @Nullable BigDecimal price, BigDecimal marketCap, Unit currency,
			boolean computedCap, List<Source> sources, Currencies.Converted shown, @Nullable Figure revenue,
			Currencies.@Nullable Converted toCny, @Nullable BigDecimal priceToSales, @Nullable String noMultiple,
			@Nullable BigDecimal returnOnIssue) {
	}

	/**
	 * A known close, indexed to the issue price (= 100).
	 *
	 * @param fromMarketCap whether the index comes from the market cap, the source giving
	 * no price (the same number of shares is assumed)
	 */
	record Close(LocalDate date, long daysSinceListing, BigDecimal index, @Nullable BigDecimal price,
			@Nullable BigDecimal marketCap, Unit currency, boolean fromMarketCap, Source source) {
	}

}
