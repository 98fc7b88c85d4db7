package io.gpuipowatch.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Price;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Text;
import io.gpuipowatch.catalog.Unit;
import org.jspecify.annotations.Nullable;

/**
 * Prices after the listing, as sources give them: the close, the market cap, or both.
 * Where the source gives only one, the other is computed from the shares outstanding at
 * the listing (or a close from the return on the issue price), and the row says which is
 * ours.
 */
final class PriceTable extends DatasetStep {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final LocalDate today;

	private final Map<String, Figure> shownByMetric = new HashMap<>();

	private final Map<Company, PartialDate> listingDays = new HashMap<>();

	PriceTable(DatasetParts data, Problems problems, LocalDate today) {
		super(data, problems);
		this.today = today;
	}

	void readPrices(CsvTable table) {
		// Looked up for each price: a scan of every figure and event for each grew with
		// prices × figures
		for (Figure f : data.figures) {
			if (f.isShown() && f.getCompany() != null) {
				shownByMetric.putIfAbsent(f.getCompany().getSlug() + "/" + f.getMetric().getCode(), f);
			}
		}
		for (ListingEvent e : data.events) {
			if (e.getKind() == EventKind.LISTED && e.isShown() && e.getCompany() != null) {
				listingDays.putIfAbsent(e.getCompany(), e.getDate());
			}
		}
		Map<String, Integer> seen = new HashMap<>();
		for (Row row : table.rows()) {
			RowReader r = new RowReader(row, problems);
			String id = r.key("id");
			Company company = r.reference("company", data.companies, "company");
			PartialDate date = r.pastDate("date", today);
			Price.Kind kind = r.choiceOr("kind", Price.Kind.class, Price.Kind.CLOSE);
			Price.Values values = values(r, company);
			Source source = r.reference("source", data.sources, "source");
			String phrase = r.optional("phrase");
			Text note = r.text("note");
			if (company != null && date != null) {
				r.check("company", company.getVenue().isListed(),
						"'" + company.getSlug() + "' is not listed, so it has no share price");
				// A listing step rejected in events.csv is named there, not again here
				listingDay(company).ifPresent(day -> r.check("date", date.start().compareTo(day.start()) >= 0,
						"'" + date + "' is before the listing day (" + day + ")"));
			}
			if (r.ok() && r.unique("id", id, seen)) {
				data.prices.add(data.from(row, new Price(id, company, date, kind, values, source, phrase, note)));
			}
		}
	}

	/**
	 * The close and the market cap, one computed from the other where the source gives
	 * one only.
	 */
	private Price.@Nullable Values values(RowReader r, @Nullable Company company) {
		BigDecimal close = r.optionalDecimal("close");
		BigDecimal marketCap = r.optionalDecimal("market_cap");
		BigDecimal gain = r.optionalDecimal("return_since_issue");
		String code = r.required("currency");
		Unit currency = code == null ? null : Unit.fromCode(code).filter(Unit::isCurrency).orElse(null);
		if (code != null && currency == null) {
			r.problem("currency", "unknown currency '" + Characters.shorten(code) + "' (known: CNY, HKD, USD)");
		}
		Qualifier qualifier = r.choiceOr("qualifier", Qualifier.class, Qualifier.EXACT);
		r.check("close", close != null || marketCap != null || gain != null,
				"a price needs a close, a market cap, or a return on the issue price");
		for (BigDecimal value : new BigDecimal[] { close, marketCap }) {
			if (value != null) {
				r.check("close", value.signum() > 0, "'" + value.toPlainString() + "' is not a price or market cap");
			}
		}
		if (company == null || currency == null || qualifier == null || !r.ok()) {
			return null;
		}
		Figure issue = shown(company, "issue-price");
		Figure shares = shown(company, "shares-outstanding");
		if (issue != null) {
			r.check("currency", issue.getUnit() == currency,
					"'" + code + "' is not the currency of the issue price (" + issue.getUnit().code() + ")");
		}
		Price.Computed computed = Price.Computed.NONE;
		if (close == null && gain != null && issue != null) {
			close = issue.getValue()
				.multiply(BigDecimal.ONE.add(gain.divide(HUNDRED, MathContext.DECIMAL64)))
				.setScale(2, RoundingMode.HALF_UP);
			computed = Price.Computed.CLOSE;
		}
		else if (close == null && marketCap != null && shares != null) {
			close = marketCap.divide(shares.getValue(), 2, RoundingMode.HALF_UP);
			computed = Price.Computed.CLOSE;
		}
		else if (marketCap == null && close != null && shares != null) {
			marketCap = close.multiply(shares.getValue()).setScale(0, RoundingMode.HALF_UP);
			computed = Price.Computed.MARKET_CAP;
		}
		return new Price.Values(close, marketCap, gain, currency, qualifier, computed);
	}

	/** The first figure shown for a company's metric, of any period. */
	private @Nullable Figure shown(Company company, String metric) {
		return shownByMetric.get(company.getSlug() + "/" + metric);
	}

	private Optional<PartialDate> listingDay(Company company) {
		return Optional.ofNullable(listingDays.get(company));
	}

}
