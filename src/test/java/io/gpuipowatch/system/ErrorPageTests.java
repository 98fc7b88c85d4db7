package io.gpuipowatch.system;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class ErrorPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Test
	void unknownLanguageIsABadRequestListingTheLanguages() throws Exception {
		Document page = pages.get("/?lang=fr", 400);
		assertThat(page.select(".error-detail").text()).contains("“fr”", "language");
		assertThat(page.select(".valid-values a").eachText()).containsExactly("English", "中文");
		assertThat(page.select(".valid-values a").eachAttr("href")).containsExactly("/?lang=en", "/?lang=zh");
	}

	@Test
	void unknownPathIsA404PageInTheBrowsersLanguage() throws Exception {
		Document page = pages.get("/no-such-page?lang=zh", 404);
		assertThat(page.select("h1").text()).isEqualTo("页面不存在");
		assertThat(page.select(".lang-switch").attr("href")).isEqualTo("/no-such-page?lang=en");
	}

	@Test
	void badValuesAreEscapedNotExecuted() throws Exception {
		Document page = pages.get("/?venue=%3Cscript%3Ealert(1)%3C/script%3E&lang=en", 400);
		assertThat(page.select("main script")).isEmpty();
		assertThat(page.select(".error-detail").text()).contains("<script>alert(1)</script>");
	}

	@Test
	void firstVisitFollowsAcceptLanguage() throws Exception {
		var result = mvc.perform(Pages.request("/").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")).andReturn();
		assertThat(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("国产GPU上市观察");
		var english = mvc.perform(Pages.request("/").header("Accept-Language", "de-DE,en;q=0.5")).andReturn();
		assertThat(english.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("GPU IPO Watch");
	}

}
