package io.gpuipowatch.browser;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Price;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The valuation page in a real browser: the since-listing chart holds a line of every
 * known close per listed company, and the currency switch converts at dated rates or says
 * why it cannot, keeping the reader's place.
 */
@BrowserTest
class ValuationIT {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void drawsEveryKnownCloseAndSwitchesCurrency(Viewport viewport, Browser browser) {
		Catalog catalog = browser.catalog();
		browser.begin(viewport);
		browser.open("/valuation?lang=en");
		Page page = browser.verify("valuation");
		DrawnChart since = page.charts().stream().filter(c -> c.id().equals("since-listing")).findFirst().orElseThrow();
		assertThat(since.drawn()).isTrue();
		assertThat(since.painted()).isPositive();
		assertThat(since.scales()).containsOnly("linear");
		@SuppressWarnings("unchecked")
		List<Long> points = (List<Long>) browser.script(
				"return Chart.getChart(document.querySelector('#since-listing canvas')).data.datasets.map(function (d) {"
						+ " return d.data.length; })");
		long listedWithCloses = catalog.companies()
			.stream()
			.filter(c -> !browser.findAll("#valuation-" + c.getSlug()).isEmpty())
			.count();
		assertThat(points).hasSize((int) listedWithCloses);
		long mooreCloses = catalog.prices(catalog.company("moore-threads").orElseThrow())
			.stream()
			.filter(p -> p.getKind() == Price.Kind.CLOSE)
			.count();
		assertThat(points.get(0)).as("the first close and every dated close, nothing between")
			.isEqualTo(mooreCloses + 1);

		WebElement cny = browser.findAll("nav.chips a.chip")
			.stream()
			.filter(a -> a.getText().equals("CNY"))
			.findFirst()
			.orElseThrow();
		browser.follow(cny);
		assertThat(browser.link()).isEqualTo("/valuation?currency=CNY&lang=en");
		browser.verify("valuation-cny");
		assertThat(browser.texts("tbody:has(#valuation-biren)")).singleElement()
			.asString()
			.contains("about CNY", "PBOC central parity");
		browser.open("/valuation?currency=HKD&lang=en");
		browser.verify("valuation-hkd");
		assertThat(browser.texts("tbody:has(#valuation-moore-threads)")).singleElement()
			.asString()
			.contains("Not converted: no PBOC central parity within 10 days");
	}

}
