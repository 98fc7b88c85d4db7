package io.gpuipowatch.sources;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Source;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The list of sources: each one, with how many figures and events cite it. */
@PageTest
class SourcesPageTests {

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	@Test
	void countsTheFiguresAndEventsCitingEachSource() throws Exception {
		Document page = pages.get("/sources?lang=en", 200);
		assertThat(page.select("ol.source-list > li").eachAttr("id"))
			.containsExactlyElementsOf(catalog.sources().stream().map(Source::getId).toList());
		for (Source source : catalog.sources()) {
			long figures = catalog.figures().stream().filter(f -> f.getSource() == source).count();
			long events = catalog.events().stream().filter(e -> e.getSource() == source).count();
			assertThat(page.getElementById(source.getId()).text()).as(source.getId())
				.contains(figures + " figures, " + events + " events");
		}
		assertThat(page.getElementById("GPW").text()).doesNotContain(" 0 figures");
	}

}
