package io.gpuipowatch.valuation;

import java.math.BigDecimal;
import java.util.List;

import io.gpuipowatch.api.ApiProblems;
import io.gpuipowatch.api.OpenDataEndpoint;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The valuations as open data: every number computed, with its inputs' sources. */
@RestController
@Tag(name = "Valuation")
class ValuationApi extends OpenDataEndpoint {

	private final Catalog catalog;

	private final Valuations valuations;

	ValuationApi(Catalog catalog, ApiProblems problems, Valuations valuations) {
		super(catalog, problems);
		this.catalog = catalog;
		this.valuations = valuations;
	}

	@Schema(description = "A company's valuation at the issue price, the first close and the latest known close.")
	record CompanyValuation(String company, String listed, String issuePrice, String currency, List<Moment> moments,
			List<Close> closes) {
	}

	@Schema(description = "The market cap at one moment, in the listing's currency and in the one asked for, and "
			+ "market cap ÷ the revenue of the last full year published by then (computed).")
	record Moment(@Schema(allowableValues = {
			"issue", "first-close", "latest-close" }) String when, String date, @Nullable BigDecimal price,
			BigDecimal marketCap, boolean marketCapComputed, String currency, BigDecimal marketCapShown,
			String currencyShown, @Nullable BigDecimal rate, @Nullable String rateDate, @Nullable String notConverted,
			@Nullable String revenuePeriod, @Nullable BigDecimal revenue, @Nullable BigDecimal priceToSales,
			@Nullable String noPriceToSales, @Nullable BigDecimal returnOnIssue, List<String> sources){
	}

	@Schema(description = "A known close, indexed to the issue price (= 100).")
	record Close(String date, long daysSinceListing, BigDecimal index, boolean fromMarketCap, String source) {
	}

	@GetMapping(path = PATH + "/valuation", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Valuation and since listing",
			description = "For every listed company: market cap at the issue price, at the first close and at the "
					+ "latest known close, price-to-sales on the last full year's revenue, the return on the issue "
					+ "price, and every known close indexed to the issue price. Money is converted at the PBOC "
					+ "central parity nearest the figure's date (at most 10 days away), or left unconverted.")
	@ApiResponse(responseCode = "200", description = "The listed companies' valuations")
	@ApiResponse(responseCode = "400", description = "An unknown currency or language",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
	Answer<List<CompanyValuation>> valuation(
			@Parameter(description = "Convert money to CNY, HKD or USD; none means as listed") @RequestParam(
					name = "currency", required = false) @Nullable String currency,
			@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
					defaultValue = "en") Lang lang) {
		var unit = Currencies.parse(currency);
		List<CompanyValuation> data = valuations.of(List.copyOf(catalog.companies()), unit)
			.stream()
			.map(v -> new CompanyValuation(v.company().getSlug(), v.listed().toString(),
					Formats.exact(v.issuePrice().getValue()).toPlainString(), v.issuePrice().getUnit().code(),
					v.moments().stream().map(ValuationApi::moment).toList(),
					v.closes()
						.stream()
						.map(c -> new Close(c.date().toString(), c.daysSinceListing(), c.index().stripTrailingZeros(),
								c.fromMarketCap(), c.source().getId()))
						.toList()))
			.toList();
		return answer(data, lang);
	}

	private static Moment moment(Valuation.Moment m) {
		Currencies.Converted shown = m.shown();
		return new Moment(m.when().name().toLowerCase().replace('_', '-'), m.date().toString(),
				m.price() == null ? null : Formats.exact(m.price()), Formats.exact(m.marketCap()), m.computedCap(),
				m.currency().code(), shown.value().stripTrailingZeros(), shown.currency().code(),
				shown.rate() == null ? null : shown.rate().factor(),
				shown.rate() == null ? null : shown.rate().date().toString(), shown.reason(),
				m.revenue() == null ? null : m.revenue().getPeriod().key(),
				m.revenue() == null ? null : Formats.exact(m.revenue().getValue()),
				m.priceToSales() == null ? null : m.priceToSales().stripTrailingZeros(), m.noMultiple(),
				m.returnOnIssue() == null ? null : m.returnOnIssue().stripTrailingZeros(),
				m.sources().stream().map(s -> s.getId()).toList());
	}

}
