package io.gpuipowatch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fetches pages through MockMvc and reads them as HTML; {@link PageTest} makes one for
 * each test.
 */
public final class Pages {

	private final MockMvc mvc;

	public Pages(MockMvc mvc) {
		this.mvc = mvc;
	}

	public Document get(String url, int status) throws Exception {
		return Jsoup.parse(html(url, status));
	}

	/** The page as the server wrote it, for checks that must see its own markup. */
	public String html(String url, int status) throws Exception {
		MvcResult result = mvc.perform(Pages.request(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).as("no stack trace or exception in " + url)
			.doesNotContain("Exception")
			.doesNotContain("at io.gpuipowatch")
			.doesNotContain("Whitelabel");
		return html;
	}

	public static MockHttpServletRequestBuilder request(String url) {
		return MockMvcRequestBuilders.get(URI.create(url));
	}

	public static List<String> texts(Document page, String css) {
		return page.select(css).stream().map(Element::text).toList();
	}

}
