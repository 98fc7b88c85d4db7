package io.gpuipowatch.browser;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison in a real browser: two, three and four companies, the picker, and
 * sorting the table.
 */
@BrowserTest
class CompareIT {

	private static final String[] CHARTS = { "compare-cumulative", "compare-rd-ratio", "compare-revenue",
			"compare-loss", "compare-gains", "compare-funds" };

	private static final String SORTED_METRIC = "first-day-gain-close";

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void comparesTwoThreeAndFourAndThePickerAddsAndRemoves(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/compare?c=moore-threads&c=metax&lang=en");
		assertCompares(browser, browser.verify("compare-2"), "moore-threads", "metax");

		browser.find("form.picker input[name=c][value=biren]").click();
		browser.follow(browser.find("form.picker button[type=submit]"));
		assertCompares(browser, browser.verify("compare-3"), "moore-threads", "metax", "biren");

		browser.follow(chip(browser, ".chip-add", "Add Enflame Technology"));
		assertCompares(browser, browser.verify("compare-4"), "moore-threads", "metax", "biren", "enflame");

		browser.follow(chip(browser, ".chip-remove", "Remove MetaX"));
		assertCompares(browser, browser.verify("compare-3"), "moore-threads", "biren", "enflame");
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void sortsTheTableByAColumnBothWaysAndByName(Viewport viewport, Browser browser) {
		Catalog catalog = browser.catalog();
		List<Company> all = List.copyOf(catalog.companies());
		Comparator<Company> byGain = Comparator.comparing(c -> gain(catalog, c).map(Figure::getValue).orElse(null),
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Company> byGainDescending = Comparator.comparing(
				c -> gain(catalog, c).map(Figure::getValue).orElse(null),
				Comparator.nullsLast(Comparator.reverseOrder()));
		browser.begin(viewport);
		browser.open("/compare?lang=en");
		assertCompares(browser, browser.verify("compare-4"), all.stream().map(Company::getSlug).toArray(String[]::new));

		browser.follow(browser.find("table.compare-table thead th a[href*='sort=" + SORTED_METRIC + "&']"));
		browser.verify("compare-sorted");
		assertRows(browser, all.stream().sorted(byGain).toList());
		assertThat(sortedColumn(browser)).containsExactly("ascending");

		browser.follow(browser.find("table.compare-table thead th a[href*='sort=" + SORTED_METRIC + "&']"));
		browser.verify("compare-sorted");
		assertRows(browser, all.stream().sorted(byGainDescending).toList());
		assertThat(sortedColumn(browser)).containsExactly("descending");

		browser.follow(browser.find("table.compare-table thead th a[href*='sort=name&']"));
		browser.verify("compare-sorted");
		assertRows(browser, all.stream().sorted(Comparator.comparing(c -> Names.company(c, Lang.EN))).toList());
	}

	private static Optional<Figure> gain(Catalog catalog, Company company) {
		return catalog.shownLatest(company, SORTED_METRIC);
	}

	/**
	 * The aria-sort of the sorted metric's column heading, in each table that has the
	 * column.
	 */
	private static List<String> sortedColumn(Browser browser) {
		return browser.findAll("table.compare-table thead th:has(a[href*='sort=" + SORTED_METRIC + "&'])")
			.stream()
			.map(th -> th.getDomAttribute("aria-sort"))
			.toList();
	}

	private static WebElement chip(Browser browser, String css, String text) {
		return browser.findAll(css)
			.stream()
			.filter(chip -> chip.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + css + " chip saying " + text));
	}

	private static void assertCompares(Browser browser, Page page, String... slugs) {
		Catalog catalog = browser.catalog();
		List<Company> chosen = Arrays.stream(slugs).map(s -> catalog.company(s).orElseThrow()).toList();
		List<String> names = chosen.stream().map(c -> Names.company(c, Lang.EN)).toList();
		assertRows(browser, chosen);
		assertThat(browser.ticked("form.picker input[name=c]")).as("ticked in the picker")
			.containsExactlyInAnyOrder(slugs);
		assertThat(browser.texts(".chip-remove")).as("remove chips")
			.containsExactlyInAnyOrderElementsOf(names.stream().map(n -> "Remove " + n).toList());
		page.assertCharts(names, CHARTS);
	}

	/** Both tables list the companies in this order. */
	private static void assertRows(Browser browser, List<Company> companies) {
		List<String> names = companies.stream().map(c -> Names.company(c, Lang.EN)).toList();
		List<WebElement> tables = browser.findAll("table.compare-table");
		assertThat(tables).as("compare tables").isNotEmpty();
		for (WebElement table : tables) {
			assertThat(table.findElements(By.cssSelector("tbody th[scope=row] a")))
				.extracting(a -> a.getDomProperty("textContent").trim())
				.as("rows")
				.containsExactlyElementsOf(names);
		}
	}

}
