package io.gpuipowatch.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Price;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.valuation.Valuation.Close;
import io.gpuipowatch.valuation.Valuation.Moment;
import io.gpuipowatch.valuation.Valuation.When;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Computes each listed company's valuation from its sourced figures and dated prices. P/E
 * is never computed: every company here made a loss. Price-to-sales sets a market cap
 * against the revenue of the last full year whose figure was published by that day, in
 * CNY at the rate of that day; where no rate is near enough, it says so rather than rank
 * HK$ against ¥.
 */
@Component
class Valuations {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Catalog catalog;

	private final Currencies currencies;

	Valuations(Catalog catalog, Currencies currencies) {
		this.catalog = catalog;
		this.currencies = currencies;
	}

	/** The valuations of the listed companies among these, in their order. */
	List<Valuation> of(List<Company> companies, Optional<Unit> currency) {
		return companies.stream().map(c -> of(c, currency)).flatMap(Optional::stream).toList();
	}

	Optional<Valuation> of(Company company, Optional<Unit> currency) {
		Optional<ListingEvent> listing = catalog.events(company)
			.stream()
			.filter(e -> e.isShown() && e.getKind() == EventKind.LISTED)
			.findFirst();
		Optional<Figure> issue = catalog.shownLatest(company, "issue-price");
		if (listing.isEmpty() || issue.isEmpty()) {
			return Optional.empty();
		}
		LocalDate listed = listing.get().getDate().start();
		Figure issuePrice = issue.get();
		Unit unit = issuePrice.getUnit();
		Optional<Figure> shares = catalog.shownLatest(company, "shares-outstanding");
		List<Moment> moments = new ArrayList<>();
		Optional<Figure> capAtIssue = catalog.shownLatest(company, "market-cap-issue-price");
		BigDecimal issueCap = capAtIssue.map(Figure::getValue)
			.orElseGet(() -> shares.map(s -> s.getValue().multiply(issuePrice.getValue())).orElse(null));
		if (issueCap != null) {
			moments.add(moment(When.ISSUE, listed, issuePrice.getValue(), issueCap, unit, capAtIssue.isEmpty(),
					sources(Stream.concat(Stream.of(issuePrice), capAtIssue.or(() -> shares).stream())), issuePrice,
					issueCap, company, currency));
		}
		Optional<Figure> firstClose = catalog.shownLatest(company, "first-day-close");
		Optional<Figure> capAtClose = catalog.shownLatest(company, "market-cap-first-close");
		if (firstClose.isPresent() || capAtClose.isPresent()) {
			BigDecimal price = firstClose.map(Figure::getValue).orElse(null);
			BigDecimal cap = capAtClose.map(Figure::getValue)
				.orElseGet(() -> price == null ? null : shares.map(s -> s.getValue().multiply(price)).orElse(null));
			if (cap != null) {
				moments.add(moment(When.FIRST_CLOSE, listed, price, cap, unit, capAtClose.isEmpty(),
						sources(Stream.concat(firstClose.stream(), capAtClose.or(() -> shares).stream())), issuePrice,
						issueCap, company, currency));
			}
		}
		List<Price> closes = catalog.prices(company)
			.stream()
			.filter(p -> p.getKind() == Price.Kind.CLOSE)
			.sorted(Comparator.comparing(p -> p.getDate().start()))
			.toList();
		if (!closes.isEmpty()) {
			Price latest = closes.get(closes.size() - 1);
			BigDecimal cap = latest.getMarketCap() != null ? latest.getMarketCap() : latest.getClose() == null ? null
					: shares.map(s -> s.getValue().multiply(latest.getClose())).orElse(null);
			if (cap != null) {
				moments.add(moment(When.LATEST_CLOSE, latest.getDate().start(), latest.getClose(), cap,
						latest.getCurrency(), latest.getMarketCap() == null, List.of(latest.getSource()), issuePrice,
						issueCap, company, currency));
			}
		}
		List<Close> indexed = new ArrayList<>();
		firstClose.ifPresent(f -> indexed.add(new Close(listed, 0, index(f.getValue(), issuePrice.getValue()),
				f.getValue(), capAtClose.map(Figure::getValue).orElse(null), unit, false, f.getSource())));
		for (Price price : closes) {
			BigDecimal index = price.getClose() != null ? index(price.getClose(), issuePrice.getValue())
					: price.getMarketCap() != null && issueCap != null ? index(price.getMarketCap(), issueCap) : null;
			if (index != null) {
				LocalDate day = price.getDate().start();
				indexed.add(new Close(day, ChronoUnit.DAYS.between(listed, day), index, price.getClose(),
						price.getMarketCap(), price.getCurrency(), price.getClose() == null, price.getSource()));
			}
		}
		return Optional.of(new Valuation(company, listed, issuePrice, moments, indexed));
	}

	private Moment moment(When when, LocalDate date, @Nullable BigDecimal price, BigDecimal cap, Unit unit,
			boolean computedCap, List<Source> sources, Figure issuePrice, @Nullable BigDecimal issueCap,
			Company company, Optional<Unit> currency) {
		Optional<Figure> revenue = lastFullYearRevenue(company, date);
		Currencies.Converted toCny = revenue.map(r -> currencies.convert(cap, unit, date, r.getUnit())).orElse(null);
		BigDecimal multiple = null;
		String noMultiple = null;
		if (revenue.isEmpty()) {
			noMultiple = "no-revenue";
		}
		else if (!toCny.converted()) {
			noMultiple = "no-rate";
		}
		else {
			multiple = toCny.value().divide(revenue.get().getValue(), MathContext.DECIMAL64);
		}
		BigDecimal returnOnIssue = price != null ? percentChange(price, issuePrice.getValue())
				: issueCap != null ? percentChange(cap, issueCap) : null;
		// Shown in the currency asked for, or as listed with the reason it is not
		Currencies.Converted shown = currencies.convert(cap, unit, date, currency.orElse(unit));
		if (!shown.converted()) {
			shown = new Currencies.Converted(cap, unit, null, shown.reason());
		}
		return new Moment(when, date, price, cap, unit, computedCap, sources, shown, revenue.orElse(null), toCny,
				multiple, noMultiple, when == When.ISSUE ? null : returnOnIssue);
	}

	/**
	 * The revenue of the latest whole year before the date whose figure's source was out
	 * by then: a close in January is not set against a year whose results came in March.
	 */
	private Optional<Figure> lastFullYearRevenue(Company company, LocalDate date) {
		return catalog.figures(company)
			.stream()
			.filter(f -> f.isShown() && f.getMetric().getCode().equals("revenue"))
			.filter(f -> f.getPeriod().kind() == Period.Kind.YEAR && f.getPeriod().part().isEmpty())
			.filter(f -> f.getPeriod().firstYear() < date.getYear())
			.filter(f -> f.getSource().getPublished() == null || !f.getSource().getPublished().start().isAfter(date))
			.max(Comparator.comparingInt(f -> f.getPeriod().firstYear()));
	}

	private static List<Source> sources(Stream<Figure> figures) {
		return figures.map(Figure::getSource).distinct().toList();
	}

	private static BigDecimal index(BigDecimal value, BigDecimal base) {
		return value.multiply(HUNDRED).divide(base, MathContext.DECIMAL64);
	}

	private static BigDecimal percentChange(BigDecimal value, BigDecimal base) {
		return index(value, base).subtract(HUNDRED);
	}

}
