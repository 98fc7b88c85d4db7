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
		assertThat(ipo).contains("CNY 104.66", "CNY 700.00", "CNY 895.00", "CNY 829.90", "692.95%", "about CNY 4.2B",
				"CNY 332B");
		assertThat(page.select(".source-note summary").eachText()).contains("S0", "S13", "S14");
		assertThat(page.select(".source-pop blockquote").eachText()).contains("大涨692.95%至829.9元/股");
		assertThat(page.select(".badge-computed")).isNotEmpty();
	}

	@Test
	void showsBothSidesWhereSourcesDisagreeAndWhichTheChartsUse() throws Exception {
		Document page = pages.get("/companies/moore-threads?lang=en", 200);
		String disputes = page.select(".disputes").text();
		assertThat(disputes).contains("425.46%", "425.26%", "CNY 5.215B", "CNY 5.005B", "CNY 4.61B",
				"Shown and charted", "A typo");
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
		assertThat(page.select("#fin-h ~ .table-scroll").first().text()).contains("not disclosed");
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
		assertThat(page.select("#company-annual table tbody tr").first().text()).contains("CNY 499K [S29]",
				"not disclosed");
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
