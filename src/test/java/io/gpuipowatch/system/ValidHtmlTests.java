package io.gpuipowatch.system;

import java.util.List;
import java.util.stream.Stream;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of page, in both languages ({@link SitePages}), is valid HTML by the Nu Html
 * Checker, run in this JVM, offline.
 */
@PageTest
class ValidHtmlTests {

	private static HtmlChecker checker;

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	@BeforeAll
	static void startChecker() throws Exception {
		checker = new HtmlChecker();
	}

	@Test
	void theCheckerFindsInvalidMarkup() throws Exception {
		String html = "<!DOCTYPE html><html lang=en><title>t</title><span><details><summary>s</summary></details></span>"
				+ "<div aria-label=x></div><time datetime=soon>soon</time>";
		assertThat(checker.errors(html)).hasSize(3)
			.anyMatch(e -> e.startsWith("1:") && e.contains("“details” not allowed as child of element “span”"))
			.anyMatch(e -> e.contains("“aria-label” attribute must not be specified on any “div”"))
			.anyMatch(e -> e.contains("Bad value “soon” for attribute “datetime”"));
		assertThat(checker.errors("<!DOCTYPE html><html lang=en><title>t</title><p>fine")).isEmpty();
	}

	@TestFactory
	Stream<DynamicTest> everyPageIsValidHtml() throws Exception {
		return SitePages.all(pages, catalog).stream().map(url -> DynamicTest.dynamicTest(url, () -> {
			List<String> errors = checker.errors(pages.html(url, SitePages.status(url)));
			assertThat(errors).as("Nu Html Checker errors (line:column) in " + url).isEmpty();
		}));
	}

}
