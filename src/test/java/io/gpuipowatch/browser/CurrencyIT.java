package io.gpuipowatch.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The currency switch in a real browser: on the overview and the compare page it keeps
 * the link's other choices, writes each converted figure beside the figure as listed, and
 * draws money across venues on one axis (the chart checks recompute each converted bar
 * from the rates); and the race timeline saves as a PNG with its context.
 */
@BrowserTest
class CurrencyIT {

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void switchesTheOverviewAndTheComparisonToOneCurrency(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/?lang=en");
		browser.follow(chip(browser, "CNY"));
		assertThat(browser.link()).isEqualTo("/?currency=CNY&lang=en");
		browser.verify("overview-cny");
		assertThat(browser.texts("article.card:has(a[href^='/companies/biren']) .converted")).isNotEmpty()
			.allMatch(t -> t.startsWith("about CNY"));

		browser.open("/compare?c=moore-threads&c=biren&lang=en");
		Page listed = browser.verify("compare-as-listed");
		assertThat(listed.charts().stream().map(DrawnChart::id)).contains("compare-market-cap-cny",
				"compare-market-cap-hkd");
		browser.scrollTo(".currency-chips");
		browser.follow(chip(browser, "CNY"));
		assertThat(browser.link()).isEqualTo("/compare?c=moore-threads&c=biren&currency=CNY&lang=en");
		Page converted = browser.verify("compare-cny");
		assertThat(converted.charts().stream().map(DrawnChart::id)).contains("compare-market-cap")
			.doesNotContain("compare-market-cap-cny", "compare-market-cap-hkd");
		converted.assertChartsOf(List.of("moore-threads", "biren"), "compare-cumulative", "compare-rd-ratio",
				"compare-revenue", "compare-loss", "compare-gains", "compare-funds", "compare-market-cap");
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void savesTheRaceTimelineAsAPictureWithItsContext(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/race?lang=en");
		browser.verify("race");
		// The picture as the page hands it to the browser: its canvas, read back before
		// the
		// download link is clicked (which is held back)
		browser.script("window.savedPicture = null;" + "var toBlob = HTMLCanvasElement.prototype.toBlob;"
				+ "HTMLCanvasElement.prototype.toBlob = function (callback, type) {"
				+ "  var c = this; var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
				+ "  var colours = {};"
				+ "  for (var i = 0; i < d.length; i += 4) { colours[d[i] + ',' + d[i + 1] + ',' + d[i + 2]] = true; }"
				+ "  var picture = { width: c.width, height: c.height,"
				+ "    moore: !!colours['0,114,178'], metax: !!colours['230,159,0'] };"
				+ "  return toBlob.call(c, function (blob) { picture.bytes = blob ? blob.size : 0; picture.type = blob.type;"
				+ "    window.pendingPicture = picture; callback(blob); }, type);" + "};"
				+ "HTMLAnchorElement.prototype.click = function () {"
				+ "  if (this.download && window.pendingPicture) { window.pendingPicture.name = this.download;"
				+ "    window.savedPicture = window.pendingPicture; }" + "};");
		WebElement button = browser.find("#race-timeline button.chart-download");
		assertThat(button.isDisplayed()).isTrue();
		browser.script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
		Map<?, ?> saved = null;
		for (int i = 0; i < 100 && saved == null; i++) {
			saved = (Map<?, ?>) browser.script("return window.savedPicture");
			if (saved == null) {
				sleep();
			}
		}
		assertThat(saved).as("a picture was saved").isNotNull();
		assertThat(saved.get("name")).isEqualTo("race-calendar.png");
		assertThat(((Number) saved.get("width")).intValue()).isEqualTo(1920);
		assertThat(((Number) saved.get("height")).intValue()).as("the timeline and its title, legend and sources")
			.isGreaterThan(600);
		assertThat(saved.get("type")).isEqualTo("image/png");
		assertThat(((Number) saved.get("bytes")).intValue()).isPositive();
		assertThat(saved.get("moore")).as("Moore Threads' lane in its colour").isEqualTo(true);
		assertThat(saved.get("metax")).as("MetaX's lane in its colour").isEqualTo(true);
	}

	private static WebElement chip(Browser browser, String code) {
		return browser.findAll(".currency-chips a.chip")
			.stream()
			.filter(a -> a.getText().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static void sleep() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
