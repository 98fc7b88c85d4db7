package io.gpuipowatch.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages with the bundled data copied three times (fifteen companies): the overview
 * lists many companies in a compact table instead of a card each, and a page's size does
 * not grow with companies it does not show.
 */
@PageTest
class ScaledPagesTests {

	@TempDir
	static Path dir;

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	@DynamicPropertySource
	static void threeCopies(DynamicPropertyRegistry registry) {
		try {
			ScaledDatasetTests.copy(Path.of("data"), dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("dashboard.data-dir", dir::toString);
	}

	@Test
	void manyCompaniesAreOneCompactTable() throws Exception {
		Document page = pages.get("/?group=all&lang=en", 200);
		assertThat(page.select(".card")).isEmpty();
		assertThat(page.select("table.overview-table tbody tr")).hasSize(catalog.companies().size());
		assertThat(page.select("table.overview-table tbody tr").first().select("td .fig-value")).isNotEmpty();
		assertThat(page.select(".fact-strip .fact")).isNotEmpty();
	}

	@Test
	void aComparisonCostsTheSameWhateverElseTheDataHolds() throws Exception {
		String compare = pages.html("/compare?c=moore-threads&c=metax&lang=en", 200);
		String company = pages.html("/companies/metax?lang=en", 200);
		assertThat(compare).doesNotContain("moore-threads-02\"", "metax-03\"");
		assertThat(company).doesNotContain("/companies/biren-02?");
	}

}
