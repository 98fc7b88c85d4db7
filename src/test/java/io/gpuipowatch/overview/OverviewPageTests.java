package io.gpuipowatch.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class OverviewPageTests {

	@Autowired
	Catalog catalog;

	@Autowired
	Pages pages;

	@Test
	void showsEveryCompanyWithNamesInBothLanguagesAndKeyFigures() throws Exception {
		Document page = pages.get("/?lang=en", 200);
		assertThat(Pages.texts(page, ".card h2")).containsExactly("Moore Threads", "MetaX", "Biren Technology",
				"Enflame Technology");
		assertThat(Pages.texts(page, ".card .alt-name")).containsExactly("摩尔线程", "沐曦股份", "壁仞科技", "燧原科技");
		String mooreThreads = page.select(".card").get(0).text();
		assertThat(mooreThreads).contains("688795", "Dec 5, 2025", "CNY 114.28", "425.46%", "CNY 282.252B", "309.88%",
				"CNY 3.81B");
		String metax = page.select(".card").get(1).text();
		assertThat(metax).contains("about CNY 4.2B", "692.95%", "CNY 332B", "121.24%");
		String biren = page.select(".card").get(2).text();
		assertThat(biren).contains("HKD 19.60", "75.82%", "HKD 82.6B", "CNY 4.75B", "245.5%");
	}

	@Test
	void writesChineseFiguresIn亿AndKeepsQualifiers() throws Exception {
		Document page = pages.get("/?lang=zh", 200);
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
		assertThat(page.select(".card").get(0).text()).contains("114.28元", "2822.52亿元", "52.15亿元", "38.1亿元");
		assertThat(page.select(".card").get(1).text()).contains("约42亿元", "3320亿元");
		assertThat(page.select(".card").get(2).text()).contains("19.60港元", "826亿港元");
		assertThat(page.select(".card").get(3).text()).contains("尚未上市", "审核中", "已申请在上海证券交易所科创板上市");
	}

	@Test
	void saysWhyAFigureIsMissingInsteadOfShowingZero() throws Exception {
		Document page = pages.get("/?lang=en", 200);
		String enflame = page.select(".card").get(3).text();
		assertThat(enflame).contains("not listed yet", "not disclosed", "Applied to list on Shanghai STAR Market")
			.doesNotContain("CNY 0", " 0%");
	}

	@Test
	void filtersByEveryCombinationOfVenuesWithCounts() throws Exception {
		List<String> venues = List.of("star", "hkex", "unlisted");
		for (int mask = 0; mask < 8; mask++) {
			List<String> chosen = new ArrayList<>();
			for (int i = 0; i < venues.size(); i++) {
				if ((mask & (1 << i)) != 0) {
					chosen.add(venues.get(i));
				}
			}
			String query = chosen.stream().map(v -> "venue=" + v).collect(Collectors.joining("&"));
			Document page = pages.get("/?" + query + (query.isEmpty() ? "" : "&") + "lang=en", 200);
			List<String> expected = catalog.companies()
				.stream()
				.filter(c -> chosen.isEmpty() || chosen.contains(c.getVenue().getCode()))
				.map(Company::getNameEn)
				.toList();
			assertThat(Pages.texts(page, ".card h2")).as(query).containsExactlyElementsOf(expected);
			assertThat(page.select("input[name=venue][checked]").eachAttr("value")).as(query)
				.containsExactlyElementsOf(chosen);
			assertThat(page.select(".result-count").text()).isEqualTo("Showing " + expected.size() + " of 4 companies");
		}
		Document all = pages.get("/?lang=en", 200);
		assertThat(Pages.texts(all, ".filter .check")).containsExactly("STAR Market (2)", "HKEX Main Board (1)",
				"Not listed yet (1)");
	}

	@Test
	void filtersAsAPlainGetFormThatKeepsTheLanguage() throws Exception {
		Document page = pages.get("/?venue=hkex&lang=zh", 200);
		assertThat(page.select("form.filter").attr("method")).isEqualTo("get");
		assertThat(page.select("form.filter input[name=lang]").attr("value")).isEqualTo("zh");
		assertThat(Pages.texts(page, ".card h2")).containsExactly("壁仞科技");
	}

	@Test
	void rejectsUnknownVenueNamingTheValidOnes() throws Exception {
		Document page = pages.get("/?venue=nyse&lang=en", 400);
		assertThat(page.select(".error-detail").text()).contains("nyse", "venue");
		assertThat(Pages.texts(page, ".valid-values code")).containsExactly("star", "hkex", "unlisted");
		Document zh = pages.get("/?venue=nyse&lang=zh", 400);
		assertThat(zh.select("h1").text()).isEqualTo("此链接请求的内容不存在");
	}

	@Test
	void chartStripCarriesTheFiguresOfTheShownCompanies() throws Exception {
		Document page = pages.get("/?venue=star&lang=en", 200);
		String json = page.select("#overview-gain canvas").attr("data-chart");
		assertThat(json).contains("\"labels\":[\"Moore Threads\",\"MetaX\"]", "425.46", "692.95")
			.doesNotContain("Biren");
		assertThat(page.select("#overview-gain table tbody tr")).hasSize(2);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
	}

}
