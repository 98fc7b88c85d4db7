package io.gpuipowatch.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page says what it shows to search engines and link previews: a title naming it, a
 * description of its own, Open Graph tags that repeat them, and its canonical address on
 * the site's public address (never the {@code Host} a client sent), in its language with
 * the other language as an alternate.
 */
@PageTest
class ShareMetadataTests {

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	@Autowired
	MockMvc mvc;

	@Value("${dashboard.http.site-url}")
	URI site;

	@TestFactory
	Stream<DynamicTest> everyPageDescribesItselfForSharing() throws Exception {
		Map<String, String> descriptions = new HashMap<>();
		return SitePages.all(pages, catalog).stream().map(url -> DynamicTest.dynamicTest(url, () -> {
			Document page = Jsoup.parse(pages.html(url, SitePages.status(url)));
			boolean zh = url.contains("lang=zh");
			String title = page.select("head > title").text();
			String description = page.select("head > meta[name=description]").attr("content");
			// One page title; an SVG may hold titles of its own, as tooltips
			assertThat(page.select("head > title")).as(url).hasSize(1);
			assertThat(title).as(url).endsWith(zh ? "国产GPU上市观察" : "GPU IPO Watch");
			// Search results show about 160 characters: a page's own say it in a sentence
			assertThat(description).as(url).isNotBlank().hasSizeLessThanOrEqualTo(200);
			assertThat(og(page, "title")).as(url).isEqualTo(title);
			assertThat(og(page, "description")).as(url).isEqualTo(description);
			assertThat(og(page, "type")).as(url).isEqualTo("website");
			assertThat(og(page, "locale")).as(url).isEqualTo(zh ? "zh_CN" : "en_US");
			String canonical = page.select("head > link[rel=canonical]").attr("href");
			assertThat(canonical).as(url).startsWith(site.resolve("/").toString()).contains(zh ? "lang=zh" : "lang=en");
			assertThat(og(page, "url")).as(url).isEqualTo(canonical);
			assertThat(page.select("head > link[rel=alternate][hreflang]").eachAttr("hreflang")).containsExactly("en",
					"zh-Hans");
			assertThat(page.select("head > link[rel=alternate][hreflang=" + (zh ? "zh-Hans" : "en") + "]").attr("href"))
				.as(url)
				.isEqualTo(canonical);
			assertThat(page.select("head > meta[name=robots][content=noindex]")).as(url)
				.hasSize(SitePages.status(url) == 200 ? 0 : 1);
			if (SitePages.status(url) == 200) {
				assertThat(description).as(url).hasSizeGreaterThan(30);
				// Each kind of page has a description of its own
				String kind = URI.create(url).getPath() + (zh ? "?lang=zh" : "?lang=en");
				String other = descriptions.putIfAbsent(description, kind);
				assertThat(other).as("the same description on " + kind + " and " + other).isIn(null, kind);
			}
		}));
	}

	@Test
	void theCompareTitleNamesItsCompanies() throws Exception {
		assertThat(pages.get("/compare?c=moore-threads&c=metax&lang=en", 200).title())
			.isEqualTo("Moore Threads vs MetaX · Compare · GPU IPO Watch");
		Document zh = pages.get("/compare?c=biren&c=metax&c=enflame&lang=zh", 200);
		assertThat(zh.title()).isEqualTo("壁仞科技 对比 沐曦股份 对比 燧原科技 · 对比 · 国产GPU上市观察");
		assertThat(zh.select("meta[name=description]").attr("content")).startsWith("壁仞科技、沐曦股份、燧原科技并列对比");
		assertThat(pages.get("/companies/metax?lang=en", 200).select("meta[name=description]").attr("content"))
			.startsWith("MetaX (沐曦股份)");
	}

	@Test
	void theCanonicalAddressIsTheSitesWhateverHostTheClientNamed() throws Exception {
		String html = mvc
			.perform(Pages.request("/companies/biren?basis=ifrs&utm_source=x")
				.header("Host", "attacker.example")
				.header("X-Forwarded-Host", "attacker.example")
				.header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Document page = Jsoup.parse(html);
		assertThat(html).doesNotContain("attacker.example");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo(site.resolve("/companies/biren?basis=ifrs&lang=zh").toString());
		assertThat(List.of(og(page, "url"), page.select("link[hreflang=en]").attr("href"))).containsExactly(
				site.resolve("/companies/biren?basis=ifrs&lang=zh").toString(),
				site.resolve("/companies/biren?basis=ifrs&lang=en").toString());
	}

	private static String og(Document page, String property) {
		return page.select("head > meta[property=og:" + property + "]").attr("content");
	}

}
