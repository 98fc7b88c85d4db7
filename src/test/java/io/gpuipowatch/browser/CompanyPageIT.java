package io.gpuipowatch.browser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each company's page in a real browser: its listing timeline, its chart, and a source
 * footnote opened.
 */
@BrowserTest
class CompanyPageIT {

	/**
	 * Scrolls an element into view and returns the points (corners, inset, and centre)
	 * where something else is on top of it or the screen ends: none for an element seen
	 * in full.
	 */
	private static final String HIDDEN_POINTS = """
			var element = arguments[0];
			element.scrollIntoView({ block: 'center', inline: 'center' });
			var r = element.getBoundingClientRect();
			var inset = Math.min(8, r.width / 4, r.height / 4);
			return [[r.left + inset, r.top + inset], [r.right - inset, r.top + inset], [r.left + inset, r.bottom - inset],
			    [r.right - inset, r.bottom - inset], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]]
			  .filter(function (p) { var hit = document.elementFromPoint(p[0], p[1]); return !(hit && element.contains(hit)); })
			  .map(function (p) { return Math.round(p[0]) + ',' + Math.round(p[1]); });
			""";

	static Stream<Arguments> companiesAtEachWidth() {
		return Arrays.stream(Viewport.values())
			.flatMap(v -> Stream.of("moore-threads", "metax", "biren", "enflame", "iluvatar-corex")
				.map(slug -> Arguments.of(v, slug)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("companiesAtEachWidth")
	void showsTimelineAndChartsAndOpensASourceFootnote(Viewport viewport, String slug, Browser browser) {
		Catalog catalog = browser.catalog();
		Company company = catalog.company(slug).orElseThrow();
		browser.begin(viewport);
		browser.open("/companies/" + slug + "?lang=en");
		Page page = browser.verify("company-" + slug);

		assertThat(browser.texts("h1")).singleElement().asString().startsWith(company.getNameEn());
		List<ListingEvent> events = catalog.events(company).stream().filter(ListingEvent::isShown).toList();
		assertThat(events).isNotEmpty();
		assertThat(browser.texts("ol.timeline li time")).as("timeline dates")
			.containsExactlyElementsOf(events.stream().map(e -> Formats.date(e.getDate(), Lang.EN)).toList());
		assertThat(browser.texts("ol.timeline li a.src")).as("timeline sources")
			.containsExactlyElementsOf(events.stream().map(e -> "[" + e.getSource().getId() + "]").toList());

		List<String> years = new ChartChecks(catalog).annualYears(company);
		if (years.isEmpty()) {
			assertThat(page.charts()).as("charts without annual figures").isEmpty();
		}
		else {
			page.assertCharts(years.stream().map(y -> Formats.period(Period.parse(y), Lang.EN)).toList(),
					ChartChecks.ANNUAL);
		}

		// The first footnote, and those in the bottom row of each table, where an open
		// one reaches past the table.
		List<WebElement> notes = new ArrayList<>(browser.findAll("table tbody tr:last-child details.source-note"));
		WebElement first = browser.find("details.source-note");
		notes.add(first);
		notes.forEach(note -> opensAndClosesAgain(browser, note));
		first.findElement(By.tagName("summary")).click();
		browser.verifyChange("company-" + slug + "-source", "details.source-note[open]");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(Viewport.class)
	void switchesTheFiguresByYearToAnotherBasis(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/companies/enflame?lang=en");
		assertThat(browser.texts("nav.chips a.chip-on")).containsExactly("As shown");
		String netLoss = "#fin-h ~ .table-scroll tbody tr:nth-child(2)";
		assertThat(browser.texts(netLoss)).singleElement().asString().contains("CNY 1.116B");
		browser.follow(browser.find("nav.chips a.chip:nth-of-type(3)"));
		assertThat(browser.link()).isEqualTo("/companies/enflame?basis=cas-recurring&lang=en");
		assertThat(browser.texts("nav.chips a.chip-on"))
			.containsExactly("excluding non-recurring items, Chinese standards");
		assertThat(browser.texts(netLoss)).singleElement().asString().contains("CNY 1.15B").doesNotContain("1.116B");
		browser.verify("company-enflame-recurring");
		browser.follow(browser.find("nav.chips a.chip:nth-of-type(1)"));
		assertThat(browser.link()).isEqualTo("/companies/enflame?lang=en");
	}

	/**
	 * Opens a footnote: its source shows in full, on screen and on top of the page, and
	 * its summary stays uncovered, so the same tap closes it again.
	 */
	private static void opensAndClosesAgain(Browser browser, WebElement note) {
		WebElement summary = note.findElement(By.tagName("summary"));
		Source source = browser.catalog().source(summary.getDomProperty("textContent").trim()).orElseThrow();
		assertThat(note.getDomProperty("open")).as("footnote %s closed at first", source.getId()).isEqualTo("false");
		summary.click();
		assertThat(note.getDomProperty("open")).as("footnote %s opened", source.getId()).isEqualTo("true");
		WebElement pop = note.findElement(By.cssSelector(".source-pop"));
		assertThat(pop.getText()).contains(source.getPublisher().en());
		assertThat(browser.script(HIDDEN_POINTS, pop))
			.as("footnote %s: parts of the open source hidden", source.getId())
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		assertThat(browser.script(HIDDEN_POINTS, summary))
			.as("footnote %s: parts of its summary hidden", source.getId())
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.isEmpty();
		summary.click();
		assertThat(note.getDomProperty("open")).as("footnote %s closed again", source.getId()).isEqualTo("false");
	}

}
