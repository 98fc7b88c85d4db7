package io.gpuipowatch.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages' CSV downloads hold what the page shows, for the same filters. */
@PageTest
class DownloadLinksTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Test
	void downloadsTheCompareTableAsShownOnThePage() throws Exception {
		for (String url : List.of("/compare?c=moore-threads&c=biren&lang=en", "/compare?venue=star&lang=zh",
				"/compare?c=metax&c=enflame&c=biren&sort=name&lang=en",
				"/compare?c=metax&c=biren&rows=complete&lang=en")) {
			Document page = pages.get(url, 200);
			int companies = page.select(".compare-table thead th.company-col").size();
			List<List<String>> shown = new ArrayList<>();
			for (Element row : page.select(".compare-table tbody tr:not(.section-row)")) {
				List<String> cells = new ArrayList<>();
				cells.add(row.selectFirst("th a span").text());
				Element period = row.selectFirst("th .period");
				cells.add(period == null ? "" : period.text());
				for (Element td : row.select("td")) {
					List<String> parts = td.select(".fig-value, .missing").eachText();
					cells.add(String.join(" – ",
							parts.size() == 2 && parts.get(0).equals(parts.get(1)) ? parts.subList(0, 1) : parts));
				}
				shown.add(cells);
			}
			String csvUrl = page.selectFirst("a.download").attr("href");
			assertThat(csvUrl).startsWith("/compare.csv?");
			List<List<String>> downloaded = new ArrayList<>();
			for (CSVRecord record : csv(csvUrl)) {
				List<String> cells = new ArrayList<>(List.of(record.get(1), record.get(2)));
				for (int c = 0; c < companies; c++) {
					cells.add(record.get(4 + 2 * c));
				}
				downloaded.add(cells);
			}
			assertThat(downloaded).as(url).isNotEmpty().containsExactlyElementsOf(shown);
		}
	}

	@Test
	void downloadsEveryFigureOfACompanyFromItsPage() throws Exception {
		Document page = pages.get("/companies/moore-threads?lang=en", 200);
		String csvUrl = page.selectFirst("a.download").attr("href");
		assertThat(csvUrl).isEqualTo("/figures.csv?company=moore-threads&lang=en");
		List<CSVRecord> rows = csv(csvUrl);
		List<String> tableTexts = page.select(".all-figures .fig-value").eachText();
		assertThat(rows.stream().filter(r -> r.get("shown").equals("true")).map(r -> r.get("text")).toList())
			.containsExactlyInAnyOrderElementsOf(tableTexts);
		List<String> alternatives = page.select(".dispute .alt .big").eachText();
		assertThat(rows.stream().filter(r -> r.get("shown").equals("false")).map(r -> r.get("text")).toList())
			.containsAll(alternatives);
	}

	@Test
	void downloadsTheFiguresOfTheCompaniesTheOverviewShows() throws Exception {
		Document filtered = pages.get("/?venue=hkex&venue=unlisted&lang=en", 200);
		String csvUrl = filtered.selectFirst("a.download").attr("href");
		// The overview shows the seed article's four unless told otherwise: so does its
		// file
		assertThat(csvUrl).isEqualTo("/figures.csv?group=four-dragons&venue=hkex&venue=unlisted&lang=en");
		assertThat(csv(csvUrl)).isNotEmpty().allSatisfy(r -> assertThat(r.get("company")).isIn("biren", "enflame"));
		String all = pages.get("/?group=all&lang=zh", 200).selectFirst("a.download").attr("href");
		assertThat(all).isEqualTo("/figures.csv?group=all&lang=zh");
		assertThat(csv(all).stream().map(r -> r.get("company")).distinct()).contains("iluvatar-corex");
	}

	/** Reads a download as Excel would: the byte-order mark dropped, the rest UTF-8. */
	private List<CSVRecord> csv(String url) throws Exception {
		byte[] bytes = mvc.perform(Pages.request(url)).andReturn().getResponse().getContentAsByteArray();
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		return CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
	}

}
