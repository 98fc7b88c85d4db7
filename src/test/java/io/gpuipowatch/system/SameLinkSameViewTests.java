package io.gpuipowatch.system;

import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A link is the whole state of a view: rendered afresh each time (nothing is kept between
 * requests here), the same link, and the link a page offers to share, give the same page,
 * whatever else the browser sends.
 */
@PageTest(properties = "dashboard.http.cache-megabytes=0")
class SameLinkSameViewTests {

	@Autowired
	Pages pages;

	@Test
	void theSameLinkRenderedTwiceGivesTheSamePage() throws Exception {
		for (String url : List.of("/?venue=star&venue=unlisted&lang=zh", "/companies/biren?lang=en",
				"/compare?c=metax&c=enflame&sort=revenue@2024&dir=desc&lang=zh")) {
			String first = pages.get(url, 200).select("main").html();
			String second = pages.get(url, 200).select("main").html();
			assertThat(second).as(url).isEqualTo(first).isNotEmpty();
		}
	}

	@Test
	void theCopyLinkRendersThePageItWasCopiedFrom() throws Exception {
		String url = "/compare?c=biren&c=metax&venue=star&venue=hkex&sort=name&dir=desc&lang=en";
		Document page = pages.get(url, 200);
		String copied = page.select("a.copy-link").attr("href");
		assertThat(pages.get(copied, 200).select("main").html()).isEqualTo(page.select("main").html());
		Document company = pages.get("/companies/enflame?lang=zh", 200);
		String companyLink = company.select("a.copy-link").attr("href");
		assertThat(pages.get(companyLink, 200).select("main").html()).isEqualTo(company.select("main").html());
	}

}
