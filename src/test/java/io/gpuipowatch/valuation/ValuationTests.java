package io.gpuipowatch.valuation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ExchangeRate;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Unit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every valuation figure recomputed from the data: market caps against revenue, returns
 * on the issue price, conversions at the dated rate, and the indexed closes.
 */
@PageTest
class ValuationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	private final JsonMapper json = JsonMapper.builder().build();

	private JsonNode api(String query) throws Exception {
		String body = mvc.perform(Pages.request("/api/v1/valuation" + query))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body);
	}

	private static JsonNode company(JsonNode answer, String slug) {
		for (JsonNode c : answer.get("data")) {
			if (c.get("company").asString().equals(slug)) {
				return c;
			}
		}
		throw new AssertionError("No valuation of " + slug);
	}

	private static JsonNode moment(JsonNode company, String when) {
		for (JsonNode m : company.get("moments")) {
			if (m.get("when").asString().equals(when)) {
				return m;
			}
		}
		throw new AssertionError("No moment " + when);
	}

	private Figure shown(String slug, String metric) {
		Company company = catalog.company(slug).orElseThrow();
		return catalog.shownLatest(company, metric).orElseThrow();
	}

	@Test
	void mooreThreadsFirstCloseIsAbout644TimesIts2024Revenue() throws Exception {
		JsonNode first = moment(company(api(""), "moore-threads"), "first-close");
		Figure cap = shown("moore-threads", "market-cap-first-close");
		Figure revenue = catalog.shown(catalog.company("moore-threads").orElseThrow(), "revenue", "2024").orElseThrow();
		assertThat(first.get("revenuePeriod").asString()).isEqualTo("2024");
		BigDecimal expected = cap.getValue().divide(revenue.getValue(), MathContext.DECIMAL64);
		assertThat(first.get("priceToSales").decimalValue()).isEqualByComparingTo(expected);
		assertThat(expected.doubleValue()).isCloseTo(644, within(1.0));
		BigDecimal gain = shown("moore-threads", "first-day-close").getValue()
			.divide(shown("moore-threads", "issue-price").getValue(), MathContext.DECIMAL64)
			.subtract(BigDecimal.ONE)
			.movePointRight(2);
		assertThat(first.get("returnOnIssue").decimalValue().doubleValue()).isCloseTo(gain.doubleValue(), within(1e-9));
	}

	@Test
	void convertsAtTheRateOfTheFiguresDayOrSaysWhyNot() throws Exception {
		JsonNode cny = api("?currency=CNY");
		JsonNode iluvatar = moment(company(cny, "iluvatar-corex"), "first-close");
		LocalDate listed = LocalDate.parse(iluvatar.get("date").asString());
		ExchangeRate hkd = catalog.rates()
			.stream()
			.filter(r -> r.getCurrency() == Unit.HKD && r.getDate().start().equals(listed))
			.findFirst()
			.orElseThrow();
		assertThat(iluvatar.get("rateDate").asString()).isEqualTo(listed.toString());
		assertThat(iluvatar.get("marketCapShown").decimalValue())
			.isEqualByComparingTo(shown("iluvatar-corex", "market-cap-first-close").getValue()
				.multiply(hkd.getCnyPerUnit(), MathContext.DECIMAL64));
		JsonNode mooreInHkd = moment(company(api("?currency=HKD"), "moore-threads"), "first-close");
		assertThat(mooreInHkd.get("notConverted").asString()).isEqualTo("no-rate");
		assertThat(mooreInHkd.get("currencyShown").asString()).isEqualTo("CNY");
	}

	@Test
	void everyKnownCloseIsIndexedToTheIssuePrice() throws Exception {
		JsonNode moore = company(api(""), "moore-threads");
		BigDecimal issue = shown("moore-threads", "issue-price").getValue();
		JsonNode firstPoint = moore.get("closes").get(0);
		assertThat(firstPoint.get("daysSinceListing").asLong()).isZero();
		assertThat(firstPoint.get("index").decimalValue().doubleValue()).isCloseTo(
				shown("moore-threads", "first-day-close").getValue().doubleValue() * 100 / issue.doubleValue(),
				within(1e-6));
		long points = catalog.prices(catalog.company("moore-threads").orElseThrow())
			.stream()
			.filter(p -> p.getKind() == io.gpuipowatch.catalog.Price.Kind.CLOSE)
			.count();
		assertThat(moore.get("closes")).hasSize((int) points + 1);
	}

	@Test
	void thePageShowsItInBothLanguagesAndRefusesAnUnknownCurrency() throws Exception {
		Document en = pages.get("/valuation?lang=en", 200);
		assertThat(en.select("tbody:has(#valuation-moore-threads)").text()).contains("about 644×");
		assertThat(en.select("#since-listing canvas").attr("data-chart")).contains("\"kind\":\"line\"");
		Document zh = pages.get("/valuation?currency=HKD&lang=zh", 200);
		assertThat(zh.select("h1").text()).contains("估值");
		assertThat(zh.select(".chip-on").text()).isEqualTo("港元");
		Document bad = pages.get("/valuation?currency=EUR&lang=en", 400);
		assertThat(bad.select(".error-detail").text()).contains("EUR");
		assertThat(bad.select(".valid-values").text()).contains("CNY", "HKD", "USD");
		assertThat(mvc.perform(Pages.request("/api/v1/valuation?currency=EUR")).andReturn().getResponse().getStatus())
			.isEqualTo(400);
	}

	@Test
	void theSinceListingChartEmbedsOnItsOwnWithItsContext() throws Exception {
		Document page = pages.get("/valuation?lang=zh", 200);
		String embedUrl = page.select("#since-listing a.chart-embed").attr("href");
		assertThat(embedUrl).startsWith("/embed/since-listing?c=moore-threads&c=metax").endsWith("&lang=zh");
		Document embed = pages.get(embedUrl, 200);
		assertThat(embed.select("canvas").attr("data-chart"))
			.isEqualTo(page.select("#since-listing canvas").attr("data-chart"));
		assertThat(embed.select(".chart-sources a").eachText())
			.containsExactlyElementsOf(page.select("#since-listing .chart-sources a").eachText());
		assertThat(embed.select("link[rel=canonical]").attr("href")).contains("/valuation?c=moore-threads");
		assertThat(page.select("#since-listing").attr("data-download-name")).startsWith("since-listing_moore-threads");
		assertThat(pages.get("/embed/since-listing?c=nobody&lang=en", 400).select(".valid-values").text())
			.contains("moore-threads");
	}

}
