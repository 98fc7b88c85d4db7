package io.gpuipowatch.embed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.chart.ChartCatalogue;
import io.gpuipowatch.chart.ChartSpec;
import io.gpuipowatch.chart.ChartView;
import io.gpuipowatch.chart.Charts;
import io.gpuipowatch.figure.Lens;
import io.gpuipowatch.money.Currencies;
import io.gpuipowatch.money.Exchange;
import io.gpuipowatch.query.BadRequestException;
import io.gpuipowatch.query.Filters;
import io.gpuipowatch.query.NotFoundException;
import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /embed/{chart}}: one chart of the catalogue for the companies the link names
 * (the seed article's four when it names none; a company's own chart needs exactly one).
 * A chart split by currency is addressed by its split's id, "compare-funds-hkd".
 */
@PageController
class EmbedController {

	static final String VIEW = "embed";

	private final Catalog catalog;

	private final Charts charts;

	private final Currencies currencies;

	EmbedController(Catalog catalog, Charts charts, Currencies currencies) {
		this.catalog = catalog;
		this.charts = charts;
		this.currencies = currencies;
	}

	@GetMapping("/embed/{chart}")
	String embed(@PathVariable String chart, @RequestParam(name = "c", required = false) @Nullable List<String> c,
			@RequestParam(name = "currency", required = false) @Nullable String currency, Locale locale, Model model) {
		Lang lang = Lang.of(locale);
		Exchange exchange = currencies.exchange(currency);
		List<ChartSpec> all = Stream.of(ChartCatalogue.OVERVIEW, ChartCatalogue.COMPARE, ChartCatalogue.COMPANY)
			.flatMap(List::stream)
			.toList();
		ChartSpec spec = all.stream()
			.filter(s -> chart.equals(s.id()) || chart.startsWith(s.id() + "-"))
			.reduce((a, b) -> b.id().length() > a.id().length() ? b : a)
			.orElseThrow(() -> new NotFoundException(chart, all.stream().map(ChartSpec::id).toList()));
		List<Company> companies = Filters.companies(catalog, c);
		if (companies.isEmpty()) {
			companies = Filters.companiesIn(catalog, Filters.venues(catalog, null),
					Filters.groups(catalog, null, false));
		}
		if (spec.layout() == ChartSpec.Layout.PERIODS && companies.size() != 1) {
			throw new BadRequestException("c", String.join(",", c == null ? List.of() : c),
					catalog.companies().stream().map(Company::getSlug).toList());
		}
		Optional<ChartView> view = charts.build(spec, companies, Lens.SHOWN, exchange, lang)
			.stream()
			.filter(v -> v.id().equals(chart))
			.findFirst();
		model.addAttribute("chart",
				view.orElseThrow(() -> new NotFoundException(chart, all.stream().map(ChartSpec::id).toList())));
		model.addAttribute("pageUrl", pageUrl(spec, companies, exchange, lang));
		return VIEW;
	}

	/** The page the chart comes from, with the same companies. */
	private static String pageUrl(ChartSpec spec, List<Company> companies, Exchange exchange, Lang lang) {
		if (spec.layout() == ChartSpec.Layout.PERIODS) {
			return UriComponentsBuilder.fromPath("/companies/{slug}")
				.queryParamIfPresent("currency", Optional.ofNullable(exchange.code()))
				.queryParam("lang", lang.code())
				.buildAndExpand(companies.get(0).getSlug())
				.toUriString();
		}
		boolean overview = ChartCatalogue.OVERVIEW.contains(spec);
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(overview ? "/" : "/compare");
		if (!overview) {
			companies.forEach(c -> url.queryParam("c", c.getSlug()));
		}
		return url.queryParamIfPresent("currency", Optional.ofNullable(exchange.code()))
			.queryParam("lang", lang.code())
			.encode()
			.build()
			.toUriString();
	}

}
