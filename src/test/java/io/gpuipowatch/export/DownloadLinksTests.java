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
				"/compare?c=metax&c=enflame&c=biren&sort=name&lang=en")) {
			Document page = pages.get(url, 200);
			List<String> shown = new ArrayList<>();
			for (Element row : page.select(".compare-table tbody tr")) {
				String slug = row.selectFirst("th a").attr("href").replaceAll("^/companies/([^?]+).*$", "$1");
				row.select("td .fig-value").forEach(v -> shown.add(slug + " " + v.text()));
			}
			String csvUrl = page.selectFirst("a.download").attr("href");
			assertThat(csvUrl).startsWith("/compare.csv?");
			List<String> downloaded = csv(csvUrl).stream().map(r -> r.get("company") + " " + r.get("text")).toList();
			assertThat(downloaded).as(url).isNotEmpty().containsExactlyInAnyOrderElementsOf(shown);
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
