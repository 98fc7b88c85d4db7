package io.gpuipowatch.http;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.catalog.Catalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

@PageTest
class ResponseCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Test
	void pagesCarryAnEtagFromTheDatasetVersionAndCacheControl() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/compare?lang=en")).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("ETag")).startsWith("\"" + catalog.info().getVersion() + "-");
		assertThat(page.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		MockHttpServletResponse zh = mvc.perform(get("/compare?lang=zh")).andReturn().getResponse();
		assertThat(zh.getHeader("ETag")).isNotEqualTo(page.getHeader("ETag"));
	}

	@Test
	void answers304WhenTheEtagMatches() throws Exception {
		String etag = mvc.perform(get("/?lang=zh")).andReturn().getResponse().getHeader("ETag");
		MockHttpServletResponse again = mvc.perform(get("/?lang=zh").header("If-None-Match", etag))
			.andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(again.getHeader("ETag")).isEqualTo(etag);
		MockHttpServletResponse other = mvc.perform(get("/?lang=zh").header("If-None-Match", "\"stale\""))
			.andReturn()
			.getResponse();
		assertThat(other.getStatus()).isEqualTo(200);
	}

	@Test
	void gzipsForClientsThatAskAndVariesOnIt() throws Exception {
		MockHttpServletResponse plain = mvc.perform(get("/companies/biren?lang=en")).andReturn().getResponse();
		MockHttpServletResponse gzip = mvc
			.perform(get("/companies/biren?lang=en").header("Accept-Encoding", "gzip, br"))
			.andReturn()
			.getResponse();
		assertThat(gzip.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gzip.getHeader("Vary")).contains("Accept-Encoding");
		assertThat(gzip.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 3);
		byte[] unzipped = new GZIPInputStream(new ByteArrayInputStream(gzip.getContentAsByteArray())).readAllBytes();
		assertThat(new String(unzipped, StandardCharsets.UTF_8))
			.isEqualTo(plain.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void languageFromTheBrowserVariesOnAcceptLanguage() throws Exception {
		MockHttpServletResponse zh = mvc.perform(get("/sources").header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse en = mvc.perform(get("/sources").header("Accept-Language", "en-GB"))
			.andReturn()
			.getResponse();
		assertThat(zh.getHeader("Vary")).contains("Accept-Language");
		assertThat(zh.getContentAsString(StandardCharsets.UTF_8)).contains("全部来源");
		assertThat(en.getContentAsString(StandardCharsets.UTF_8)).contains("All sources");
	}

	@Test
	void everyVersionedFileAPageLinksIsCachedForAYear() throws Exception {
		String html = mvc.perform(get("/compare?lang=en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> assets = Pattern.compile("(?:href|src)=\"(/[^\"?]+-[0-9a-f]{32}\\.[a-z]+)\"")
			.matcher(html)
			.results()
			.map(link -> link.group(1))
			.toList();
		assertThat(assets).anyMatch(link -> link.startsWith("/css/app-"))
			.anyMatch(link -> link.startsWith("/favicon-"))
			.anyMatch(link -> link.startsWith("/webjars/chart.js/"));
		for (String asset : assets) {
			MockHttpServletResponse file = mvc.perform(get(asset)).andReturn().getResponse();
			assertThat(file.getStatus()).as(asset).isEqualTo(200);
			assertThat(file.getHeader("Cache-Control")).as(asset).isEqualTo("public, max-age=31536000, immutable");
		}
	}

	@Test
	void headGetsTheSameHeadersWithoutABody() throws Exception {
		MockHttpServletResponse get = mvc.perform(get("/companies/metax?lang=en")).andReturn().getResponse();
		MockHttpServletResponse head = mvc.perform(head("/companies/metax?lang=en")).andReturn().getResponse();
		assertThat(head.getStatus()).isEqualTo(200);
		assertThat(head.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
		assertThat(head.getContentAsByteArray()).isEmpty();
	}

	@Test
	void errorsAreNotCached() throws Exception {
		MockHttpServletResponse bad = mvc.perform(get("/?venue=nowhere")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getHeader("ETag")).isNull();
	}

}
