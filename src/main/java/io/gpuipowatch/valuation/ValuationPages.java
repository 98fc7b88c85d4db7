package io.gpuipowatch.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.MetricKind;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Unit;
import io.gpuipowatch.chart.ChartView;
import io.gpuipowatch.chart.CompanyColours;
import io.gpuipowatch.figure.CompanySummary;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.CurrencyOption;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.money.RateNotes;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The valuation page: a table of every listed company's market cap and price-to-sales at
 * the issue, the first close and the latest known close, and a chart of every known close
 * indexed to the issue price against the days since listing.
 */
@Component
class ValuationPages {

	private static final MathContext SHOWN = new MathContext(4, RoundingMode.HALF_EVEN);

	record MomentView(String label, String date, String dateIso, @Nullable String price, String marketCap,
			@Nullable String conversion, boolean computed, @Nullable String priceToSales, @Nullable String basis,
			@Nullable String returnOnIssue, List<SourceRef> sources) {
	}

	record Row(String slug, String url, String name, int colourIndex, String listed, List<MomentView> moments) {
	}

	record Page(List<Row> rows, List<CurrencyOption> currencies, ChartView sinceListing) {
	}

	/** What the chart script reads: a line of points per company, no smoothing. */
	record ChartLine(String label, String color, List<Point> points) {
	}

	record Point(long x, double y, String text) {
	}

	private final Catalog catalog;

	private final Valuations valuations;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Currencies currencies;

	ValuationPages(Catalog catalog, Valuations valuations, MessageSource messages, JsonMapper json,
			Currencies currencies) {
		this.catalog = catalog;
		this.currencies = currencies;
		this.valuations = valuations;
		this.messages = messages;
		this.json = json;
	}

	Page build(@Nullable List<String> companies, @Nullable String currencyCode, Lang lang) {
		Exchange exchange = currencies.exchange(currencyCode);
		Optional<Unit> currency = exchange.target();
		List<Company> chosen = Filters.companies(catalog, companies);
		List<Valuation> all = valuations.of(chosen.isEmpty() ? List.copyOf(catalog.companies()) : chosen, currency);
		List<Row> rows = new ArrayList<>();
		List<ChartLine> lines = new ArrayList<>();
		List<List<String>> closes = new ArrayList<>();
		List<SourceRef> closeSources = new ArrayList<>();
		for (Valuation v : all) {
			String name = Names.company(v.company(), lang);
			rows.add(
					new Row(v.company().getSlug(),
							CompanySummary.pageUrl(v.company().getSlug(), currency.map(Unit::code).orElse(null),
									lang.code()),
							name, v.company().getPosition(), Formats.date(day(v.listed()), lang),
							v.moments().stream().map(m -> moment(m, lang)).toList()));
			List<Point> points = new ArrayList<>();
			for (Valuation.Close close : v.closes()) {
				String index = close.index().setScale(1, RoundingMode.HALF_EVEN).toPlainString();
				String date = Formats.date(day(close.date()), lang);
				String text = date + " · " + index + " [" + close.source().getId() + "]"
						+ (close.fromMarketCap() ? " " + text("valuation.fromCap", lang) : "");
				points.add(new Point(close.daysSinceListing(), close.index().doubleValue(), text));
				closes
					.add(List.of(name, date, String.valueOf(close.daysSinceListing()), index,
							close.price() == null ? text("valuation.noPrice", lang)
									: Formats.value(stated(close.price(), close.daysSinceListing() > 0),
											close.currency(), Qualifier.EXACT, MetricKind.PRICE, lang),
							"[" + close.source().getId() + "]"));
				SourceRef ref = SourceRef.of(close.source(), lang);
				if (!closeSources.contains(ref)) {
					closeSources.add(ref);
				}
			}
			lines.add(new ChartLine(name, CompanyColours.of(v.company().getPosition()), points));
		}
		List<CurrencyOption> options = CurrencyOption.all(exchange, code -> url(companies, code, lang));
		List<String> slugs = all.stream().map(v -> v.company().getSlug()).toList();
		// Indexed to the issue price, the lines are in no currency: the chart is the same
		// whichever one the table is in
		ChartView sinceListing = new ChartView(SINCE_LISTING, text("valuation.since.title", lang),
				text("valuation.since.caption", lang), List.of(text("valuation.since.note", lang)),
				List.copyOf(closeSources), json.writeValueAsString(new LineChart("line", lang.code(), lines)),
				List.of(text("valuation.date", lang), text("valuation.days", lang), text("valuation.index", lang),
						text("valuation.price", lang), text("valuation.sources", lang)),
				closes, SINCE_LISTING + slugs.stream().map(s -> "_" + s).collect(Collectors.joining()), slugs, null);
		return new Page(rows, options, sinceListing);
	}

	/** The since-listing chart's id, on the page and in its embed link. */
	static final String SINCE_LISTING = "since-listing";

	record LineChart(String kind, String lang, List<ChartLine> lines) {
	}

	private MomentView moment(Valuation.Moment m, Lang lang) {
		Currencies.Converted shown = m.shown();
		String cap = money(shown.value(), shown.currency(), shown.rate() != null, lang);
		String conversion = null;
		if (!shown.converted() || shown.rate() != null) {
			conversion = RateNotes.of(shown, lang, messages);
		}
		String ps = m.priceToSales() == null ? null : Formats.value(m.priceToSales().round(new MathContext(3)),
				Unit.TIMES, Qualifier.ABOUT, MetricKind.MULTIPLE, lang);
		String basis = m.revenue() == null ? text("valuation.noRevenue", lang)
				: m.priceToSales() == null ? text("money.noRate", lang, Currencies.MAX_DAYS_OFF)
						: text("valuation.revenueOf", lang, Formats.period(m.revenue().getPeriod(), lang),
								Formats.figure(m.revenue(), lang), m.revenue().getSource().getId())
								+ (m.toCny() != null && m.toCny().rate() != null
										? "; " + RateNotes.of(m.toCny(), lang, messages) : "");
		String ret = m.returnOnIssue() == null ? null
				: Formats.value(m.returnOnIssue().setScale(1, RoundingMode.HALF_EVEN), Unit.PERCENT, Qualifier.EXACT,
						MetricKind.PERCENT, lang);
		List<SourceRef> sources = new ArrayList<>(m.sources().stream().map(s -> SourceRef.of(s, lang)).toList());
		if (m.revenue() != null && m.priceToSales() != null) {
			SourceRef revenue = SourceRef.of(m.revenue().getSource(), lang);
			if (!sources.contains(revenue)) {
				sources.add(revenue);
			}
		}
		return new MomentView(text("valuation.when." + m.when().name().toLowerCase().replace('_', '-'), lang),
				Formats.date(day(m.date()), lang), m.date().toString(),
				m.price() == null ? null
						: Formats.value(stated(m.price(), m.when() == Valuation.When.LATEST_CLOSE), m.currency(),
								Qualifier.EXACT, MetricKind.PRICE, lang),
				cap, conversion, m.computedCap(), ps, basis, ret, sources);
	}

	private static String money(BigDecimal value, Unit unit, boolean converted, Lang lang) {
		return Formats.value(converted ? value.round(SHOWN) : value, unit,
				converted ? Qualifier.ABOUT : Qualifier.EXACT, MetricKind.MONEY, lang);
	}

	/**
	 * A price with its source's digits: a figure keeps them (600.50); a row of prices.csv
	 * is stored padded, so its trailing zeros are the database's, not the source's.
	 */
	private static BigDecimal stated(BigDecimal price, boolean fromPrices) {
		return fromPrices ? Formats.exact(price) : price;
	}

	private static PartialDate day(LocalDate date) {
		return PartialDate.parse(date.toString());
	}

	private static String url(@Nullable List<String> companies, @Nullable String currency, Lang lang) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/valuation");
		if (companies != null) {
			companies.forEach(c -> url.queryParam("c", c));
		}
		if (currency != null) {
			url.queryParam("currency", currency);
		}
		return url.queryParam("lang", lang.code()).encode().build().toUriString();
	}

	private String text(String key, Lang lang, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, lang.locale());
	}

}
