package io.gpuipowatch.changes;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Change;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corrections feed: every change of changes.csv on the "What changed" page and in the
 * Atom feed that every page links to, and each page saying how old the data is.
 */
@PageTest
class ChangesTests {

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void listsEveryChangeWithWhatItChangedFromAndTo() throws Exception {
		Document page = pages.get("/changes?lang=en", 200);
		assertThat(page.select("ol.changes > li").eachAttr("id"))
			.containsExactlyElementsOf(catalog.changes().stream().map(Change::getId).toList());
		String correction = page.select("#c1-mx-gain-high").text();
		assertThat(correction).contains("Corrected", "MetaX first-day gain at the intraday high corrected",
				"from 755.16 to 755.15", "895 ÷ 104.66 − 1 = 755.15%", "S13");
		String figureLink = page.select("#c1-mx-gain-high a[href^=/companies/]").attr("href");
		assertThat(figureLink).isEqualTo("/companies/metax?lang=en#figure-mx-gain-high");
		Document metax = pages.get("/companies/metax?lang=en", 200);
		assertThat(metax.select("#figure-mx-gain-high").text()).contains("755.15%");
		Document zh = pages.get("/changes?lang=zh", 200);
		assertThat(zh.select("#c1-mx-gain-high").text()).contains("更正", "由 755.16 改为 755.15");
	}

	@Test
	void publishesTheChangesAsAnAtomFeed() throws Exception {
		MvcResult result = mvc.perform(Pages.request("/changes.atom?lang=en")).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		Feed feed = (Feed) new WireFeedInput()
			.build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getTitle()).isEqualTo("What changed in the data · GPU IPO Watch");
		List<Entry> entries = feed.getEntries();
		assertThat(entries).extracting(e -> e.getId().replaceAll(".*#", ""))
			.containsExactlyElementsOf(catalog.changes().stream().map(Change::getId).toList());
		Entry correction = entries.stream()
			.filter(e -> e.getId().endsWith("#c1-mx-gain-high"))
			.findFirst()
			.orElseThrow();
		assertThat(correction.getSummary().getValue()).contains("from 755.16 to 755.15");
		assertThat(correction.getAlternateLinks().get(0).getHref()).endsWith("/changes?lang=en#c1-mx-gain-high");
		Feed zh = (Feed) new WireFeedInput().build(new StringReader(mvc.perform(Pages.request("/changes.atom?lang=zh"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(zh.getEntries()).anySatisfy(e -> assertThat(e.getTitle()).isEqualTo("更正沐曦股份首日盘中最大涨幅"));
	}

	@Test
	void everyPageLinksTheFeedAndSaysHowOldTheDataIs() throws Exception {
		long months = ChronoUnit.MONTHS.between(catalog.info().getAsOf().start(),
				LocalDate.now(ZoneId.of("Asia/Shanghai")));
		for (String url : List.of("/?lang=en", "/compare?lang=en", "/companies/biren?lang=en", "/sources?lang=en",
				"/changes?lang=en", "/nowhere?lang=en")) {
			Document page = pages.get(url, url.startsWith("/nowhere") ? 404 : 200);
			assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).as(url)
				.isEqualTo("/changes.atom?lang=en");
			assertThat(page.select(".as-of").text()).as(url)
				.startsWith("Data as of Mar 11, 2026")
				.contains(months > 0 ? "(the newest source is " + months + " months old)" : "");
		}
		assertThat(pages.get("/?lang=zh", 200).select(".as-of").text()).contains("数据截至2026年3月11日");
	}

}
