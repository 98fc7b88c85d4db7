package io.gpuipowatch.compare;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.dataset.DatasetFolder;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A year of revenue added to the data files, the way the README says to add a figure,
 * shows up in every chart and table that plots years, with no change to the code: the
 * compare page's revenue chart and table, the company page, the compare API and the
 * compare CSV.
 */
@PageTest
class YearsFromTheDataTests {

	/**
	 * A year after any the bundled data has, so the test holds whatever years are added
	 * to it.
	 */
	static final String YEAR = "2031";

	@TempDir
	static Path dir;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@DynamicPropertySource
	static void datasetWithAnotherYear(DynamicPropertyRegistry registry) {
		DatasetFolder data = DatasetFolder.copyOfBundled(dir);
		data.insertCopy("figures.csv", "mt-rev-2023", "id", "mt-rev-" + YEAR, "period", YEAR, "value", "31.5E8",
				"source", "S7", "phrase", "", "note_en", "", "note_zh", "");
		data.insertCopy("figures.csv", "mx-rev-2023", "id", "mx-rev-" + YEAR, "period", YEAR, "value", "27.25E8",
				"source", "S17");
		registry.add("dashboard.data-dir", data.dir()::toString);
	}

	@Test
	void theNewYearIsChartedAndTabledOnTheComparePage() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=metax&lang=en", 200);
		String revenue = page.select("#compare-revenue canvas").attr("data-chart");
		assertThat(revenue).contains("[\"" + YEAR + "\"]", "CNY 3.15B", "CNY 2.725B");
		assertThat(page.select("#compare-revenue figcaption strong").text()).isEqualTo("Revenue by year, 2022–" + YEAR);
		assertThat(page.select("#compare-revenue .chart-table tbody th").eachText()).contains(YEAR);
		assertThat(page.select(".compare-table tr[id='row-revenue@" + YEAR + "'] td .fig-value").eachText())
			.containsExactly("CNY 3.15B", "CNY 2.725B");
	}

	@Test
	void theNewYearIsInTheCompanyPageTheApiAndTheCsv() throws Exception {
		Document company = pages.get("/companies/metax?lang=en", 200);
		assertThat(company.select("#fin-h ~ .table-scroll thead th").eachText()).endsWith(YEAR);
		assertThat(company.select("#company-annual canvas").attr("data-chart")).contains("\"" + YEAR + "\"");
		String api = mvc.perform(Pages.request("/api/v1/compare?c=moore-threads&c=metax"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(api).contains("\"key\":\"revenue@" + YEAR + "\"");
		String csv = mvc.perform(Pages.request("/compare.csv?c=moore-threads&c=metax"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(List.of(csv.split("\n"))).anyMatch(
				line -> line.startsWith("Financials by year,Revenue," + YEAR + ",CNY,CNY 3.15B,S7,CNY 2.725B,S17"));
	}

}
