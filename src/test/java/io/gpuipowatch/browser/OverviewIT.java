package io.gpuipowatch.browser;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview in a real browser: the seed article's four by default, the group and venue
 * chips alone and together with their counts, a link that reproduces the view, and a
 * footnote opened in a card that leaves the card whole.
 */
@BrowserTest
class OverviewIT {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void showsTheFourByDefaultAndEveryCompanyUnderAll(Viewport viewport, Browser browser) {
		Catalog catalog = browser.catalog();
		browser.begin(viewport);
		browser.open("/?lang=en");
		List<Company> four = catalog.companies().stream().filter(c -> c.getGroup() == catalog.defaultGroup()).toList();
		assertShows(browser, browser.verify("overview"), four);
		assertThat(browser.texts(".fact-strip .fact")).as("key facts lead the page").isNotEmpty();

		browser.follow(chip(browser, "group=all"));
		assertShows(browser, browser.verify("overview-all"), List.copyOf(catalog.companies()));
		assertThat(browser.link()).isEqualTo("/?group=all&lang=en");
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void filtersByVenueChipsAndTheLinkReproducesTheView(Viewport viewport, Browser browser) {
		Catalog catalog = browser.catalog();
		browser.begin(viewport);
		browser.open("/?group=all&lang=en");
		for (Venue venue : catalog.venues()) {
			browser.open("/?group=all&lang=en");
			browser.follow(chip(browser, "venue=" + venue.getCode()));
			List<Company> shown = catalog.companies().stream().filter(c -> c.getVenue() == venue).toList();
			String name = "overview-" + venue.getCode();
			assertShows(browser, browser.verify(name), shown);
			String link = browser.link();
			assertThat(link).contains("venue=" + venue.getCode(), "group=all");
			browser.open(link);
			assertShows(browser, browser.verify(name), shown);
		}
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void aFootnoteOpensInACardWithoutBreakingIt(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/?lang=en");
		WebElement card = browser.find(".card");
		WebElement note = card.findElement(By.cssSelector(".key-figures details.source-note"));
		WebElement summary = note.findElement(By.tagName("summary"));
		assertThat(summary.getRect().getWidth()).as("tap target width").isGreaterThanOrEqualTo(24);
		assertThat(summary.getRect().getHeight()).as("tap target height").isGreaterThanOrEqualTo(24);
		WebElement row = (WebElement) browser.script("return arguments[0].closest('.key-figures > div')", note);
		WebElement label = row.findElement(By.tagName("dt"));
		int before = label.getRect().getWidth();
		summary.click();
		assertThat(note.getDomProperty("open")).isEqualTo("true");
		assertThat(label.getRect().getWidth()).as("the label keeps its width").isGreaterThanOrEqualTo(before - 2);
		assertThat(note.findElement(By.cssSelector(".source-pop")).isDisplayed()).isTrue();
		browser.verifyChange("overview-footnote", ".card details.source-note[open]");
	}

	private static WebElement chip(Browser browser, String parameter) {
		return browser.findAll(".filters a.chip")
			.stream()
			.filter(a -> a.getDomAttribute("href").contains(parameter))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No chip linking to " + parameter));
	}

	private static void assertShows(Browser browser, Page page, List<Company> shown) {
		Catalog catalog = browser.catalog();
		List<String> names = shown.stream().map(c -> Names.company(c, Lang.EN)).toList();
		assertThat(browser.texts(".card h2")).as("cards").containsExactlyElementsOf(names);
		assertThat(browser.texts(".result-count")).as("result count")
			.containsExactly("Showing " + shown.size() + " of " + catalog.companies().size() + " companies");
		if (!shown.isEmpty()) {
			page.assertChartsOf(shown.stream().map(Company::getSlug).toList(), "overview-gain", "overview-loss");
		}
	}

}
