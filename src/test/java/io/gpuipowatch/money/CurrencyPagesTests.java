package io.gpuipowatch.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.ExchangeRate;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Qualifier;
import io.gpuipowatch.catalog.Unit;
import org.assertj.core.data.Offset;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The currency switch on the overview, the company pages and the charts: each converted
 * figure recomputed from rates.csv at the fixing nearest its date, its rate and source
 * beside it, and what does not convert left as listed with the reason.
 */
@PageTest
class CurrencyPagesTests {

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	@Autowired
	JsonMapper json;

	@Test
	void theOverviewShowsMoneyAlsoInTheCurrencyChosenAndKeepsItInItsLinks() throws Exception {
		Document page = pages.get("/?currency=CNY&lang=en", 200);
		assertThat(page.select(".currency-chips a[aria-current=true]").text()).isEqualTo("CNY");
		Element biren = card(page, "Biren Technology");
		Figure cap = figure("biren", "market-cap-first-close");
		ExchangeRate rate = nearest(cap);
		Element capCell = biren.select(".key-figures > div:contains(Market cap) dd").first();
		assertThat(capCell.select(".converted").text()).isEqualTo("about CNY " + billions(cap, rate) + "B");
		assertThat(capCell.select(".rate-note").text()).contains(
				rate.getCnyPerUnit().stripTrailingZeros().toPlainString(), "[" + rate.getSource().getId() + "]",
				ChronoUnit.DAYS.between(cap.getPeriod().date().start(), rate.getDate().start())
						+ " days from the figure's date");
		assertThat(card(page, "Moore Threads").select(".converted")).as("CNY already").isEmpty();
		assertThat(page.select(".filters .chips:not(.currency-chips) a[href]").eachAttr("href"))
			.allMatch(h -> h.contains("currency=CNY"));
		assertThat(biren.select("h2 a").attr("href")).isEqualTo("/companies/biren?currency=CNY&lang=en");
		assertThat(page.select("a.download").attr("href")).contains("currency=CNY");
		assertThat(page.select(".currency-chips a").eachAttr("href")).first().asString().doesNotContain("currency");
		Document zh = pages.get("/?currency=CNY&lang=zh", 200);
		assertThat(card(zh, "壁仞科技").select(".rate-note").text()).contains("人民币汇率中间价");
		assertThat(pages.get("/?currency=EUR&lang=en", 400).select(".valid-values").text()).contains("CNY", "HKD",
				"USD");
	}

	@Test
	void aCompanyPageConvertsItsMoneyAndSaysWhereItCannot() throws Exception {
		Document biren = pages.get("/companies/biren?currency=CNY&lang=en", 200);
		Figure price = figure("biren", "issue-price");
		BigDecimal expected = price.getValue().multiply(nearest(price).getCnyPerUnit()).round(new MathContext(4));
		assertThat(biren.select("section[aria-labelledby=ipo-h] .converted").eachText())
			.contains("about CNY " + expected.toPlainString());
		assertThat(biren.select("a.download").attr("href"))
			.isEqualTo("/figures.csv?company=biren&currency=CNY&lang=en");
		Document moore = pages.get("/companies/moore-threads?currency=HKD&lang=en", 200);
		assertThat(moore.select("section[aria-labelledby=ipo-h] .rate-note").eachText())
			.contains("Not converted: no PBOC central parity within 10 days of this date in our data");
		assertThat(moore.select("section[aria-labelledby=ipo-h] .converted")).isEmpty();
		assertThat(moore.select("#company-annual .chart-notes").text()).contains("Shown as listed");
		Document enflame = pages.get("/companies/enflame?currency=USD&lang=en", 200);
		assertThat(enflame.select("nav.chips a").eachAttr("href")).isNotEmpty()
			.allMatch(h -> h.contains("currency=USD"));
		assertThat(pages.get("/companies/biren?currency=JPY&lang=en", 400).select(".valid-values").text())
			.contains("HKD");
	}

	@Test
	void chartsAcrossVenuesDrawConvertedMoneyOnOneAxisOrKeepApartWhatDoesNotConvert() throws Exception {
		Document cny = pages.get("/compare?c=moore-threads&c=biren&currency=CNY&lang=en", 200);
		assertThat(cny.select("[id^=compare-market-cap-]")).as("no split").isEmpty();
		Element chart = cny.select("#compare-market-cap").first();
		JsonNode data = json.readTree(chart.select("canvas").attr("data-chart"));
		assertThat(data.path("unit").asString()).isEqualTo("CNY");
		Figure moore = figure("moore-threads", "market-cap-first-close");
		Figure biren = figure("biren", "market-cap-first-close");
		JsonNode values = data.path("series").get(0).path("values");
		assertThat(values.get(0).decimalValue()).isEqualByComparingTo(moore.getValue());
		assertThat(values.get(1).decimalValue())
			.isEqualByComparingTo(biren.getValue().multiply(nearest(biren).getCnyPerUnit()));
		assertThat(chart.select(".chart-notes").text()).contains("Money drawn in CNY");
		assertThat(chart.select(".chart-table tr:contains(Biren)").text()).contains("HKD 82.6B",
				"[" + nearest(biren).getSource().getId() + "]");
		assertThat(chart.select(".chart-sources a").eachText()).contains(nearest(biren).getSource().getId());
		assertThat(chart.select("a.chart-embed").attr("href")).contains("currency=CNY");
		Document embed = pages.get(chart.select("a.chart-embed").attr("href"), 200);
		assertThat(embed.select("canvas").attr("data-chart")).isEqualTo(chart.select("canvas").attr("data-chart"));

		Document hkd = pages.get("/compare?c=moore-threads&c=biren&currency=HKD&lang=en", 200);
		assertThat(hkd.select("#compare-market-cap-cny canvas").attr("data-chart")).contains("Moore Threads")
			.doesNotContain("Biren");
		assertThat(hkd.select("#compare-market-cap-hkd .chart-notes").text()).contains("stay in their own currency");
	}

	@Test
	void keepsAFiguresQualifierAndSaysWhenARateIsCrossedThroughTheYuan() throws Exception {
		Document moore = pages.get("/companies/moore-threads?currency=USD&lang=en", 200);
		Figure lowerBound = catalog.figures(catalog.company("moore-threads").orElseThrow())
			.stream()
			.filter(f -> f.getQualifier() == Qualifier.OVER && f.getUnit() == Unit.CNY
					&& Fixings.nearest(catalog, "USD", Fixings.dayOf(f.getPeriod().key())).isPresent())
			.findFirst()
			.orElseThrow();
		assertThat(moore.select("#figure-" + lowerBound.getId() + " .converted").text()).startsWith("over USD");
		Document biren = pages.get("/companies/biren?currency=USD&lang=en", 200);
		Figure price = figure("biren", "issue-price");
		LocalDate day = Fixings.dayOf(price.getPeriod().key());
		double factor = Fixings.yuanPer(catalog, "HKD", day).orElseThrow()
				/ Fixings.yuanPer(catalog, "USD", day).orElseThrow();
		assertThat(biren.select("#figure-" + price.getId() + " .rate-note").text()).contains(
				"1 HKD = " + new BigDecimal(factor).round(new MathContext(5)).toPlainString() + " USD",
				"crossed through the yuan");
	}

	@Test
	void neverDrawsAConvertedFigureOnTheAxisOfOneAsListed() throws Exception {
		for (String currency : List.of("CNY", "HKD", "USD")) {
			Document page = pages.get(
					"/compare?c=moore-threads&c=metax&c=biren&c=iluvatar-corex&currency=" + currency + "&lang=en", 200);
			int converted = 0;
			for (Element canvas : page.select("figure.chart canvas")) {
				JsonNode data = json.readTree(canvas.attr("data-chart"));
				String unit = data.path("unit").asString();
				for (JsonNode series : data.path("series")) {
					for (int i = 0; i < series.path("figures").size(); i++) {
						String id = series.path("figures").get(i).asString(null);
						if (id == null) {
							continue;
						}
						Figure figure = catalog.figures()
							.stream()
							.filter(f -> f.getId().equals(id))
							.findFirst()
							.orElseThrow();
						double value = series.path("values").get(i).asDouble();
						String where = currency + " " + canvas.parent().parent().id() + " " + id;
						if (figure.getUnit().code().equals(unit) || !figure.getUnit().isCurrency()) {
							assertThat(value).as(where).isEqualTo(figure.getValue().doubleValue());
						}
						else {
							assertThat(unit).as(where + ": converted only into the currency asked for")
								.isEqualTo(currency);
							LocalDate day = Fixings.dayOf(figure.getPeriod().key());
							double expected = figure.getValue().doubleValue()
									* Fixings.yuanPer(catalog, figure.getUnit().code(), day).orElseThrow()
									/ Fixings.yuanPer(catalog, currency, day).orElseThrow();
							assertThat(value).as(where).isCloseTo(expected, Offset.offset(expected * 1e-9));
							converted++;
						}
					}
				}
			}
			if (currency.equals("CNY")) {
				assertThat(converted).as(currency + ": some bar converted").isPositive();
			}
		}
	}

	@Test
	void aCompanyLinkKeepsTheCurrencyChosen() throws Exception {
		assertThat(pages.get("/valuation?currency=HKD&lang=en", 200)
			.select("tbody th a[href^=/companies/biren]")
			.attr("href")).isEqualTo("/companies/biren?currency=HKD&lang=en");
		assertThat(pages.get("/compare?c=metax&c=biren&currency=USD&lang=en", 200)
			.select("thead a[href^=/companies/metax]")
			.attr("href")).isEqualTo("/companies/metax?currency=USD&lang=en");
		assertThat(pages.get("/?lang=en", 200).select("article.card h2 a").eachAttr("href")).isNotEmpty()
			.noneMatch(h -> h.contains("currency"));
	}

	private static Element card(Document page, String name) {
		return page.select("article.card")
			.stream()
			.filter(c -> c.select("h2").text().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private Figure figure(String company, String metric) {
		return catalog.shownLatest(catalog.company(company).orElseThrow(), metric).orElseThrow();
	}

	/** The fixing a figure converts at, by the tests' own reading of the rule. */
	private ExchangeRate nearest(Figure figure) {
		return Fixings.nearest(catalog, figure.getUnit().code(), Fixings.dayOf(figure.getPeriod().key())).orElseThrow();
	}

	private static String billions(Figure figure, ExchangeRate rate) {
		return figure.getValue()
			.multiply(rate.getCnyPerUnit())
			.movePointLeft(9)
			.round(new MathContext(4))
			.toPlainString();
	}

}
