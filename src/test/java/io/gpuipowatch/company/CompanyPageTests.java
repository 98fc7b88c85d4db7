package io.gpuipowatch.company;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class CompanyPageTests {

	@Autowired
	Catalog catalog;

	@Autowired
	Pages pages;

	@Test
	void everyCompanyHasAPageInBothLanguagesWithItsTimeline() throws Exception {
		for (var company : catalog.companies()) {
			Document en = pages.get("/companies/" + company.getSlug() + "?lang=en", 200);
			assertThat(en.select("h1").text()).startsWith(company.getNameEn());
			assertThat(en.select("ol.timeline li"))
				.hasSize((int) catalog.events(company).stream().filter(e -> e.isShown()).count());
			Document zh = pages.get("/companies/" + company.getSlug() + "?lang=zh", 200);
			assertThat(zh.select("h1").text()).startsWith(company.getNameZh());
		}
	}

	@Test
	void showsIpoTermsWithQualifiersAndSources() throws Exception {
		Document page = pages.get("/companies/metax?lang=en", 200);
		String ipo = page.select("#ipo-h + .table-scroll").text();
		// In the digits each source gave: 700 and 895 (S13), 829.90 (S0)
		assertThat(ipo)
			.contains("CNY 104.66", "CNY 700", "CNY 895", "CNY 829.90", "692.95%", "about CNY 4.2B", "CNY 332B")
			.doesNotContain("CNY 700.00", "CNY 895.00");
		assertThat(page.select(".source-note summary").eachText()).contains("S0", "S13", "S14");
		assertThat(page.select(".source-pop blockquote").eachText()).contains("大涨692.95%至829.9元/股");
		assertThat(page.select(".badge-computed")).isNotEmpty();
	}

	@Test
	void showsBothSidesWhereSourcesDisagreeAndWhichTheChartsUse() throws Exception {
		Document page = pages.get("/companies/moore-threads?lang=en", 200);
		String disputes = page.select(".disputes").text();
		assertThat(disputes).contains("425.46%", "425.26%", "CNY 5.2153488B", "CNY 5.005B", "CNY 4.61B",
				"Shown and charted", "A typo", "sources disagree", "restated", "other basis");
		String chart = page.select("#company-annual canvas").attr("data-chart");
		assertThat(chart).contains("1.8941547E9").doesNotContain("1.84E9");
	}

	@Test
	void anUnlistedCompanySaysWhereItAppliedAndHowFarItGot() throws Exception {
		Document page = pages.get("/companies/enflame?lang=en", 200);
		assertThat(page.select(".company-head").text()).contains("Not listed yet",
				"Under review: exchange questions issued", "Shanghai STAR Market");
		assertThat(page.select("ol.timeline").text()).contains("IPO tutoring filed", "IPO tutoring restarted",
				"Listing application accepted", "Exchange questions issued", "Another source gives");
		assertThat(page.select("#ipo-h + .notice").text()).contains("Not listed yet");
		assertThat(page.select("#fin-h ~ .table-scroll").first().text()).contains("not in our data yet");
	}

	@Test
	void switchesTheFiguresByYearToAnotherBasisAndBack() throws Exception {
		Document shown = pages.get("/companies/enflame?lang=en", 200);
		assertThat(shown.select("nav.chips a.chip").eachText()).containsExactly("As shown",
				"attributable to owners of the parent, Chinese standards",
				"excluding non-recurring items, Chinese standards");
		assertThat(shown.select("nav.chips a.chip-on").text()).isEqualTo("As shown");
		String recurringLink = shown.select("nav.chips a.chip").get(2).attr("href");
		assertThat(recurringLink).isEqualTo("/companies/enflame?basis=cas-recurring&lang=en");
		Document recurring = pages.get(recurringLink, 200);
		assertThat(recurring.select("nav.chips a.chip-on").text())
			.isEqualTo("excluding non-recurring items, Chinese standards");
		// 扣非 losses: 2022 CNY 1.15B, 2024 CNY 1.503B (S35) instead of 归母 1.116B and 1.51B
		String netLoss = recurring.select("#fin-h ~ .table-scroll tbody tr").get(1).text();
		assertThat(netLoss).contains("CNY 1.15B", "CNY 1.503B").doesNotContain("CNY 1.116B");
		assertThat(recurring.select("#company-annual canvas").attr("data-chart")).contains("1.15E9");
		assertThat(recurring.select("a.copy-link").attr("href")).isEqualTo(recurringLink);
		assertThat(pages.get("/companies/enflame?basis=ifrs&lang=zh", 400).select(".valid-values a").eachText())
			.containsExactly("归母净亏损（中国会计准则）", "扣除非经常性损益后（中国会计准则）");
	}

	@Test
	void saysAMetricDoesNotApplyOnTheCompanysVenue() throws Exception {
		// A STAR Market IPO has no retail tranche; Moore Threads is on STAR, Biren on
		// HKEX
		Document page = pages.get("/compare?c=moore-threads&c=biren&lang=en", 200);
		assertThat(page.select(".missing-not-applicable").eachText()).contains("not applicable: HKEX Main Board only");
		Document zh = pages.get("/compare?c=moore-threads&c=biren&lang=zh", 200);
		assertThat(zh.select(".missing-not-applicable").eachText()).contains("不适用（仅港交所主板）");
	}

	@Test
	void chartDataMatchesTheDatabase() throws Exception {
		Document page = pages.get("/companies/biren?lang=en", 200);
		String json = page.select("#company-annual canvas").attr("data-chart");
		var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
		var tree = mapper.readTree(json);
		var biren = catalog.company("biren").orElseThrow();
		var revenue = tree.get("series").get(0);
		assertThat(revenue.get("label").asString()).isEqualTo("Revenue");
		for (int i = 0; i < 3; i++) {
			String year = Integer.toString(2022 + i);
			double expected = catalog.shown(biren, "revenue", year).orElseThrow().getValue().doubleValue();
			assertThat(revenue.get("values").get(i).asDouble()).isEqualTo(expected);
		}
		assertThat(tree.get("series").get(2).get("values").get(0).isNull()).isTrue();
		// 49.9万 is stated to the thousand: not 499,000
		assertThat(page.select("#company-annual table tbody tr").first().text()).contains("CNY 0.499M [S29]",
				"not in our data yet");
	}

	@Test
	void unknownCompanyIsA404WithAWayBackInBothLanguages() throws Exception {
		Document en = pages.get("/companies/nvidia?lang=en", 404);
		assertThat(en.select("h1").text()).isEqualTo("Page not found");
		assertThat(en.select(".valid-values a").eachAttr("href")).contains("/companies/biren?lang=en");
		assertThat(en.select("a.button").attr("href")).isEqualTo("/?lang=en");
		Document zh = pages.get("/companies/nvidia?lang=zh", 404);
		assertThat(zh.select("h1").text()).isEqualTo("页面不存在");
	}

}
