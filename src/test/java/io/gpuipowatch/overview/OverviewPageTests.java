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
		Document page = pages.get("/?group=all&lang=en", 200);
		assertThat(Pages.texts(page, ".card h2")).containsExactly("Moore Threads", "MetaX", "Biren Technology",
				"Enflame Technology", "Iluvatar CoreX");
		assertThat(Pages.texts(page, ".card .alt-name")).containsExactly("摩尔线程", "沐曦股份", "壁仞科技", "燧原科技", "天数智芯");
		String mooreThreads = page.select(".card").get(0).text();
		assertThat(mooreThreads).contains("688795", "Dec 5, 2025", "CNY 114.28", "425.46%", "CNY 282.252B", "309.88%",
				"CNY 3.81B");
		String metax = page.select(".card").get(1).text();
		assertThat(metax).contains("about CNY 4.2B", "692.95%", "CNY 332B", "121.24%");
		String biren = page.select(".card").get(2).text();
		assertThat(biren).contains("HKD 19.60", "75.82%", "HKD 82.6B", "CNY 4.75B", "245.5%");
		String iluvatar = page.select(".card").get(4).text();
		assertThat(iluvatar).contains("9903", "HKD 144.60", "8.44%", "HKD 39.877B");
	}

	@Test
	void writesChineseFiguresIn亿AndKeepsQualifiers() throws Exception {
		Document page = pages.get("/?lang=zh", 200);
		assertThat(page.select("html").attr("lang")).isEqualTo("zh-Hans");
		// Every digit the source gave and none it did not: 2,822.52亿 (S4), 38.10亿 (S0)
		assertThat(page.select(".card").get(0).text()).contains("114.28元", "2,822.52亿元", "52.153488亿元", "38.1亿元");
		assertThat(page.select(".card").get(1).text()).contains("约42亿元", "3,320亿元");
		assertThat(page.select(".card").get(2).text()).contains("19.60港元", "826亿港元");
		assertThat(page.select(".card").get(3).text()).contains("尚未上市", "审核中", "已申请在上海证券交易所科创板上市");
	}

	@Test
	void saysWhyAFigureIsMissingInsteadOfShowingZero() throws Exception {
		Document page = pages.get("/?lang=en", 200);
		String enflame = page.select(".card").get(3).text();
		assertThat(enflame).contains("not listed yet", "not in our data yet", "Applied to list on Shanghai STAR Market")
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
			String query = chosen.stream().map(v -> "&venue=" + v).collect(Collectors.joining());
			Document page = pages.get("/?group=all" + query + "&lang=en", 200);
			List<String> expected = catalog.companies()
				.stream()
				.filter(c -> chosen.isEmpty() || chosen.contains(c.getVenue().getCode()))
				.map(Company::getNameEn)
				.toList();
			assertThat(Pages.texts(page, ".card h2")).as(query).containsExactlyElementsOf(expected);
			assertThat(page.select("nav.filters p.chips").get(1).select("a.chip-on").eachText()).as(query)
				.hasSize(chosen.isEmpty() || chosen.size() == venues.size() ? 1 : chosen.size());
			assertThat(page.select(".result-count").text())
				.isEqualTo("Showing " + expected.size() + " of " + catalog.companies().size() + " companies");
		}
		Document all = pages.get("/?group=all&lang=en", 200);
		assertThat(all.select("nav.filters p.chips").get(1).select("a.chip").eachText()).containsExactly("All 5",
				"STAR Market 2", "HKEX Main Board 2", "Not listed yet 1");
	}

	@Test
	void filtersAsPlainLinksThatKeepTheLanguageAndEachOther() throws Exception {
		Document page = pages.get("/?group=all&venue=hkex&lang=zh", 200);
		assertThat(Pages.texts(page, ".card h2")).containsExactly("壁仞科技", "天数智芯");
		List<String> venueLinks = page.select("nav.filters p.chips").get(1).select("a.chip").eachAttr("href");
		assertThat(venueLinks).containsExactly("/?group=all&lang=zh", "/?group=all&venue=star&venue=hkex&lang=zh",
				"/?group=all&lang=zh", "/?group=all&venue=hkex&venue=unlisted&lang=zh");
		List<String> groupLinks = page.select("nav.filters p.chips").get(0).select("a.chip").eachAttr("href");
		assertThat(groupLinks).containsExactly("/?group=four-dragons&venue=hkex&lang=zh",
				"/?group=other-gpu&venue=hkex&lang=zh", "/?group=all&venue=hkex&lang=zh");
		assertThat(page.select("a.download").attr("href")).isEqualTo("/figures.csv?group=all&venue=hkex&lang=zh");
	}

	@Test
	void showsTheSeedArticlesFourUnlessAnotherGroupIsChosen() throws Exception {
		Document fourDragons = pages.get("/?lang=en", 200);
		assertThat(Pages.texts(fourDragons, ".card h2")).containsExactly("Moore Threads", "MetaX", "Biren Technology",
				"Enflame Technology");
		assertThat(fourDragons.select("nav.filters p.chips").get(0).select("a.chip-on").text())
			.isEqualTo("Four little dragons 4");
		assertThat(Pages.texts(fourDragons, ".card dl.facts")).allMatch(t -> t.contains("Group Four little dragons"));
		Document others = pages.get("/?group=other-gpu&lang=zh", 200);
		assertThat(Pages.texts(others, ".card h2")).containsExactly("天数智芯");
		assertThat(others.select(".card dl.facts").text()).contains("分组 其他国产GPU");
		assertThat(pages.get("/?group=all&lang=en", 200).select(".card")).hasSize(catalog.companies().size());
		Document bad = pages.get("/?group=dragons&lang=en", 400);
		assertThat(bad.select(".valid-values a").eachText()).containsExactly(
				"China's four GPU start-ups, the \"four " + "little dragons\"", "Other Chinese GPU listings",
				"All groups");
	}

	@Test
	void rejectsUnknownVenueNamingTheValidOnes() throws Exception {
		Document page = pages.get("/?venue=nyse&lang=en", 400);
		assertThat(page.select(".valid-values a").eachAttr("href")).contains("/?venue=star&lang=en");
		assertThat(page.select(".error-detail").text()).contains("nyse", "venue");
		assertThat(Pages.texts(page, ".valid-values a")).containsExactly("Shanghai STAR Market", "Hong Kong Main Board",
				"Not listed yet");
		Document zh = pages.get("/?venue=nyse&lang=zh", 400);
		assertThat(zh.select("h1").text()).isEqualTo("此链接请求的内容不存在");
	}

	@Test
	void chartStripCarriesTheFiguresOfTheShownCompanies() throws Exception {
		Document page = pages.get("/?venue=star&lang=en", 200);
		String json = page.select("#overview-gain canvas").attr("data-chart");
		assertThat(json).contains("\"labels\":[[\"Moore Threads\"],[\"MetaX\"]]", "425.46", "692.95")
			.doesNotContain("Biren");
		assertThat(page.select("#overview-gain table tbody tr")).hasSize(2);
		assertThat(page.select("script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
	}

}
