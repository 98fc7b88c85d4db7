package io.gpuipowatch.browser;

import java.util.Arrays;
import java.util.stream.Stream;

import io.gpuipowatch.text.Lang;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page in both languages: the switch gives the same page in the other one, and a
 * reload keeps it.
 */
@BrowserTest
class LanguageIT {

	static Stream<Arguments> pagesAtEachWidth() {
		Stream<Arguments> pages = Stream.of(Arguments.of("overview-star-hkex", "/?venue=star&venue=hkex", 200),
				Arguments.of("company-moore-threads", "/companies/moore-threads", 200),
				Arguments.of("company-metax", "/companies/metax", 200),
				Arguments.of("company-biren", "/companies/biren", 200),
				Arguments.of("company-enflame", "/companies/enflame", 200),
				Arguments.of("compare-sorted", "/compare?sort=name&dir=desc", 200),
				Arguments.of("sources", "/sources", 200), Arguments.of("error-404", "/companies/nvidia", 404),
				Arguments.of("error-400", "/?venue=nyse", 400));
		return pages.flatMap(page -> Arrays.stream(Viewport.values())
			.map(v -> Arguments.of(v, page.get()[0], page.get()[1], page.get()[2])));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pagesAtEachWidth")
	void switchesLanguageAndAReloadKeepsIt(Viewport viewport, String name, String path, int status, Browser browser) {
		browser.begin(viewport);
		browser.open(path + (path.contains("?") ? "&" : "?") + "lang=en");
		browser.verify(name, status);
		String english = browser.texts("h1").get(0);
		WebElement toChinese = browser.find("a.lang-switch");
		assertThat(toChinese.getText()).isEqualTo("中文");
		assertThat(toChinese.getDomAttribute("hreflang")).isEqualTo("zh");

		browser.follow(toChinese);
		assertThat(browser.lang()).isEqualTo(Lang.ZH);
		browser.verify(name, status);
		String chinese = browser.texts("h1").get(0);
		assertThat(chinese).isNotEqualTo(english);
		assertThat(browser.link()).as("the same link, in Chinese")
			.isEqualTo(path + (path.contains("?") ? "&" : "?") + "lang=zh");

		browser.reload();
		assertThat(browser.lang()).isEqualTo(Lang.ZH);
		assertThat(browser.texts("h1")).containsExactly(chinese);
		browser.verify(name, status);

		WebElement toEnglish = browser.find("a.lang-switch");
		assertThat(toEnglish.getText()).isEqualTo("English");
		browser.follow(toEnglish);
		assertThat(browser.lang()).isEqualTo(Lang.EN);
		assertThat(browser.texts("h1")).containsExactly(english);
		browser.verify(name, status);
	}

}
