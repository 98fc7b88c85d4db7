package io.gpuipowatch.system;

import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The footer's links to the API and its document, a PNG button per chart and a link to
 * share the page, with their texts from the message bundles and no inline script.
 */
@PageTest
class ShareAndApiLinksTests {

	@Autowired
	Pages pages;

	@Test
	void linksTheApiAndItsDocumentFromEveryPageFooter() throws Exception {
		for (String url : List.of("/?lang=en", "/compare?lang=en", "/companies/metax?lang=en", "/sources?lang=en")) {
			Document page = pages.get(url, 200);
			assertThat(page.select("footer a[href=/swagger-ui/index.html]").text()).as(url).isEqualTo("API");
			assertThat(page.select("footer a[href=/v3/api-docs]").text()).as(url).isEqualTo("OpenAPI");
			assertThat(page.select("script[src^=/js/chart-download-][defer]")).hasSize(1);
			assertThat(page.select("script[src^=/js/copy-link-][defer]")).hasSize(1);
			assertThat(page.select("script:not([src])")).as(url).isEmpty();
		}
		Document zh = pages.get("/?lang=zh", 200);
		assertThat(zh.select("footer a[href=/swagger-ui/index.html]").text()).isEqualTo("API文档");
	}

	@Test
	void givesEveryChartAHiddenPngButtonNamedByChartAndCompanies() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=metax&lang=zh", 200);
		List<Element> charts = page.select("figure.chart");
		assertThat(charts).isNotEmpty();
		for (Element chart : charts) {
			assertThat(chart.attr("data-download-name")).isEqualTo(chart.id() + "_moore-threads_metax");
			Element button = chart.selectFirst("button.chart-download");
			assertThat(button).isNotNull();
			assertThat(button.hasAttr("hidden")).isTrue();
			assertThat(button.attr("type")).isEqualTo("button");
			assertThat(button.text()).isEqualTo("下载PNG图片");
		}
		assertThat(page.select("#compare-revenue").attr("data-download-name"))
			.isEqualTo("compare-revenue_moore-threads_metax");
		Document company = pages.get("/companies/biren?lang=en", 200);
		assertThat(company.select("#company-annual").attr("data-download-name")).isEqualTo("company-annual_biren");
		assertThat(company.select("#company-annual button.chart-download").text()).isEqualTo("Download PNG");
	}

	@Test
	void offersACopyLinkThatIsAPlainLinkToTheSameView() throws Exception {
		String url = "/compare?c=biren&c=metax&venue=star&venue=hkex&sort=name&dir=desc&lang=en";
		Document page = pages.get(url, 200);
		Element link = page.selectFirst("a.copy-link");
		assertThat(link).isNotNull();
		assertThat(link.text()).isEqualTo("Copy link");
		assertThat(link.attr("data-copied")).isEqualTo("Link copied");
		assertThat(link.attr("data-failed")).isNotBlank();
		assertThat(link.attr("href")).isEqualTo(url);
		Document company = pages.get("/companies/enflame?lang=zh", 200);
		assertThat(company.select("a.copy-link").attr("href")).isEqualTo("/companies/enflame?lang=zh");
		assertThat(company.select("a.copy-link").text()).isEqualTo("复制链接");
	}

}
