package io.gpuipowatch.browser;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview in a real browser: each venue filter alone and combined, the counts, and a
 * link that reproduces the view.
 */
@BrowserTest
class OverviewIT {

	private static final List<List<String>> VENUE_CHOICES = List.of(List.of("star"), List.of("hkex"),
			List.of("unlisted"), List.of("star", "hkex"), List.of("hkex", "unlisted"),
			List.of("star", "hkex", "unlisted"));

	static Stream<Arguments> venueChoices() {
		return Arrays.stream(Viewport.values())
			.flatMap(v -> VENUE_CHOICES.stream().map(venues -> Arguments.of(v, venues)));
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void showsEveryCompanyAndHowManyEachVenueHas(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/?lang=en");
		Page page = browser.verify("overview");
		List<Company> all = List.copyOf(browser.catalog().companies());
		assertShows(browser, page, List.of(), all);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("venueChoices")
	void filtersByVenueAndTheLinkReproducesTheView(Viewport viewport, List<String> venues, Browser browser) {
		browser.begin(viewport);
		browser.open("/?lang=en");
		for (WebElement box : browser.findAll(".filter input[name=venue]")) {
			if (venues.contains(box.getDomAttribute("value")) != box.isSelected()) {
				box.click();
			}
		}
		browser.follow(browser.find(".filter button[type=submit]"));
		String name = "overview-" + String.join("-", venues);
		List<Company> shown = browser.catalog()
			.companies()
			.stream()
			.filter(c -> venues.contains(c.getVenue().getCode()))
			.toList();
		assertShows(browser, browser.verify(name), venues, shown);

		String link = browser.link();
		assertThat(link).contains(venues.stream().map(v -> "venue=" + v).toList());
		browser.open(link);
		assertShows(browser, browser.verify(name), venues, shown);
	}

	private static void assertShows(Browser browser, Page page, List<String> venues, List<Company> shown) {
		Catalog catalog = browser.catalog();
		List<String> names = shown.stream().map(c -> Names.company(c, Lang.EN)).toList();
		assertThat(browser.texts(".card h2")).as("cards").containsExactlyElementsOf(names);
		assertThat(browser.texts(".result-count")).as("result count")
			.containsExactly("Showing " + shown.size() + " of " + catalog.companies().size() + " companies");
		assertThat(browser.ticked(".filter input[name=venue]")).as("ticked venues").containsExactlyElementsOf(venues);
		for (Venue venue : catalog.venues()) {
			long count = catalog.companies().stream().filter(c -> c.getVenue() == venue).count();
			assertThat(browser.texts(".filter .check:has(input[value=" + venue.getCode() + "]) .count"))
				.as("count of %s", venue.getCode())
				.containsExactly("(" + count + ")");
		}
		page.assertCharts(names, "overview-gain", "overview-loss");
	}

}
