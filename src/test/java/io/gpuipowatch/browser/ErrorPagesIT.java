package io.gpuipowatch.browser;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Venue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad links in a real browser: a page that says what was wrong, lists what is valid, and
 * leads on.
 */
@BrowserTest
class ErrorPagesIT {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void badCompanyLinkShowsNotFoundWithTheCompaniesWeCover(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/companies/nvidia?lang=en");
		browser.verify("error-404", 404);
		assertThat(browser.texts("h1")).containsExactly("Page not found");
		assertThat(browser.texts(".error-detail")).singleElement().asString().contains("nvidia");
		assertThat(browser.texts(".valid-values code"))
			.containsExactlyElementsOf(browser.catalog().companies().stream().map(Company::getSlug).toList());

		browser.follow(browser.find(".valid-values a"));
		String slug = browser.catalog().companies().iterator().next().getSlug();
		assertThat(browser.link()).isEqualTo("/companies/" + slug + "?lang=en");
		browser.verify("company-" + slug);
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void badVenueShowsBadRequestWithTheValidValues(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/?venue=nyse&lang=en");
		browser.verify("error-400", 400);
		assertThat(browser.texts("h1")).containsExactly("This link asks for something we do not have");
		assertThat(browser.texts(".error-detail")).singleElement().asString().contains("nyse");
		assertThat(browser.texts(".valid-values code"))
			.containsExactlyElementsOf(browser.catalog().venues().stream().map(Venue::getCode).toList());

		browser.follow(browser.find("main a.button"));
		assertThat(browser.link()).isEqualTo("/?lang=en");
		browser.verify("overview");
	}

}
