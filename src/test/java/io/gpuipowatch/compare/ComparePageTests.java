package io.gpuipowatch.compare;

import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class ComparePageTests {

	@Autowired
	Pages pages;

	private static List<String> rows(Document page) {
		return page.select("table.compare-table").first().select("tbody th[scope=row] a").eachText();
	}

	@Test
	void comparesAllCompaniesByDefault() throws Exception {
		Document page = pages.get("/compare?lang=en", 200);
		assertThat(rows(page)).containsExactly("Moore Threads", "MetaX", "Biren Technology", "Enflame Technology");
		assertThat(page.select("figure.chart").eachAttr("id")).containsExactly("compare-cumulative", "compare-rd-ratio",
				"compare-revenue", "compare-loss", "compare-gains", "compare-funds-cny", "compare-funds-hkd");
	}

	@Test
	void comparesTwoThreeAndFourCompaniesInTheLinksOrder() throws Exception {
		assertThat(rows(pages.get("/compare?c=biren&c=metax&lang=en", 200))).containsExactly("Biren Technology",
				"MetaX");
		assertThat(rows(pages.get("/compare?c=enflame&c=metax&c=biren&lang=en", 200)))
			.containsExactly("Enflame Technology", "MetaX", "Biren Technology");
		assertThat(rows(pages.get("/compare?c=metax&c=biren&c=enflame&c=moore-threads&lang=en", 200))).hasSize(4);
	}

	@Test
	void neverPutsCnyAndHkdOnOneAxis() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=biren&lang=en", 200);
		assertThat(page.select("#compare-funds-cny canvas").attr("data-chart")).contains("Moore Threads")
			.doesNotContain("Biren");
		assertThat(page.select("#compare-funds-hkd canvas").attr("data-chart")).contains("Biren")
			.doesNotContain("Moore");
		assertThat(page.select("#compare-funds-hkd .chart-notes").text()).contains("never added up");
	}

	@Test
	void pickerAddsAndRemovesCompaniesKeepingTheState() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=metax&lang=zh", 200);
		assertThat(page.select("a.chip-remove").eachAttr("href")).containsExactly("/compare?c=metax&lang=zh",
				"/compare?c=moore-threads&lang=zh");
		assertThat(page.select("a.chip-add").eachAttr("href")).containsExactly(
				"/compare?c=moore-threads&c=metax&c=biren&lang=zh",
				"/compare?c=moore-threads&c=metax&c=enflame&lang=zh",
				"/compare?c=moore-threads&c=metax&c=iluvatar-corex&lang=zh");
		assertThat(page.select("form.picker input[name=c][checked]").eachAttr("value")).containsExactly("moore-threads",
				"metax");
	}

	@Test
	void sortsByAnyColumnBothWaysWithMissingValuesLast() throws Exception {
		Document asc = pages.get("/compare?sort=first-day-gain-close&dir=asc&lang=en", 200);
		assertThat(rows(asc)).containsExactly("Biren Technology", "Moore Threads", "MetaX", "Enflame Technology");
		Document desc = pages.get("/compare?sort=first-day-gain-close&dir=desc&lang=en", 200);
		assertThat(rows(desc)).containsExactly("MetaX", "Moore Threads", "Biren Technology", "Enflame Technology");
		assertThat(desc.select("th[aria-sort=descending]").text()).contains("First-day gain at the close");
		Document byName = pages.get("/compare?sort=name&dir=desc&lang=en", 200);
		assertThat(rows(byName)).containsExactly("Moore Threads", "MetaX", "Enflame Technology", "Biren Technology");
		Document revenue = pages.get("/compare?sort=revenue@2022&dir=asc&lang=en", 200);
		assertThat(rows(revenue)).containsExactly("MetaX", "Biren Technology", "Moore Threads", "Enflame Technology");
	}

	@Test
	void venueFilterAppliesAndSaysWhatItHid() throws Exception {
		Document star = pages.get("/compare?venue=star&lang=en", 200);
		assertThat(rows(star)).containsExactly("Moore Threads", "MetaX");
		Document mixed = pages.get("/compare?c=moore-threads&c=biren&venue=star&lang=en", 200);
		assertThat(rows(mixed)).containsExactly("Moore Threads");
		assertThat(mixed.select(".notice").text()).contains("Hidden by the venue filter: Biren Technology",
				"Pick at least two");
		assertThat(mixed.select(".notice a").attr("href")).isEqualTo("/compare?c=moore-threads&c=biren&lang=en");
	}

	@Test
	void rejectsMoreThanFourCompaniesExplainingTheLimit() throws Exception {
		Document page = pages.get("/compare?c=a&c=b&c=c&c=d&c=e&lang=en", 400);
		assertThat(page.select(".error-detail").text()).contains("a comparison holds 2 to 4");
		Document zh = pages.get("/compare?c=a&c=b&c=c&c=d&c=e&lang=zh", 400);
		assertThat(zh.select(".error-detail").text()).contains("每次对比2至4家");
	}

	@Test
	void rejectsUnknownCompanyVenueSortAndDirection() throws Exception {
		Document company = pages.get("/compare?c=moore-threads&c=nvidia&lang=en", 400);
		assertThat(company.select(".valid-values a").eachText()).containsExactly("Moore Threads", "MetaX",
				"Biren Technology", "Enflame Technology", "Iluvatar CoreX");
		assertThat(company.select(".valid-values a").eachAttr("href"))
			.contains("/compare?c=moore-threads&c=metax&lang=en", "/compare?c=moore-threads&c=biren&lang=en");
		assertThat(pages.get("/compare?venue=nasdaq", 400).select(".error-detail").text()).contains("nasdaq");
		assertThat(pages.get("/compare?sort=height", 400).select(".valid-values a").eachText()).contains("Issue price",
				"Revenue · 2024");
		Document direction = pages.get("/compare?sort=name&dir=up&lang=zh", 400);
		assertThat(direction.select(".error-detail").text()).isEqualTo("“up”不是有效的排序方向。");
		assertThat(direction.select(".valid-values a").eachText()).containsExactly("升序", "降序");
	}

}
