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
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison in a real browser: two, three and four companies as columns, the picker
 * adding and removing them, ordering the companies by a row, and the rows switch, each
 * keeping the reader where they were on the page.
 */
@BrowserTest
class CompareIT {

	private static final String[] CHARTS = { "compare-cumulative", "compare-rd-ratio", "compare-revenue",
			"compare-loss", "compare-gains", "compare-funds", "compare-market-cap" };

	private static final String SORTED_METRIC = "first-day-gain-close";

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void comparesTwoThreeAndFourAndThePickerAddsAndRemoves(Viewport viewport, Browser browser) {
		browser.begin(viewport);
		browser.open("/compare?c=moore-threads&c=metax&lang=en");
		assertCompares(browser, browser.verify("compare-2"), "moore-threads", "metax");

		browser.follow(chip(browser, ".picker a.chip:not(.chip-on)", "Biren Technology"));
		assertCompares(browser, browser.verify("compare-3"), "moore-threads", "metax", "biren");

		browser.follow(chip(browser, ".picker a.chip:not(.chip-on)", "Enflame Technology"));
		assertCompares(browser, browser.verify("compare-4"), "moore-threads", "metax", "biren", "enflame");
		assertThat(browser.texts(".picker .chip-off")).as("a fifth cannot be added").containsExactly("Iluvatar CoreX");

		browser.follow(chip(browser, ".picker a.chip-on", "MetaX"));
		assertCompares(browser, browser.verify("compare-3"), "moore-threads", "biren", "enflame");
	}

	@ParameterizedTest
	@EnumSource(Viewport.class)
	void ordersTheCompaniesByARowBothWaysAndByNameWithoutLosingThePlace(Viewport viewport, Browser browser) {
		Catalog catalog = browser.catalog();
		List<Company> four = catalog.companies().stream().filter(c -> c.getGroup() == catalog.defaultGroup()).toList();
		Comparator<Company> byGain = Comparator.comparing(c -> gain(catalog, c).map(Figure::getValue).orElse(null),
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<Company> byGainDescending = Comparator.comparing(
				c -> gain(catalog, c).map(Figure::getValue).orElse(null),
				Comparator.nullsLast(Comparator.reverseOrder()));
		browser.begin(viewport);
		browser.open("/compare?lang=en");
		assertCompares(browser, browser.verify("compare-4"),
				four.stream().map(Company::getSlug).toArray(String[]::new));

		String sortLink = "tr[id='row-" + SORTED_METRIC + "'] th a";
		long before = browser.scrollTo(sortLink);
		browser.follow(browser.find(sortLink));
		assertThat(browser.scrollY()).as("the reader stays at the row clicked").isBetween(before - 40, before + 40);
		browser.verify("compare-sorted");
		assertColumns(browser, four.stream().sorted(byGain).toList());
		assertThat(browser.find("tr[id='row-" + SORTED_METRIC + "'] th").getDomAttribute("aria-sort"))
			.isEqualTo("ascending");

		browser.follow(browser.find(sortLink));
		assertColumns(browser, four.stream().sorted(byGainDescending).toList());
		assertThat(browser.find("tr[id='row-" + SORTED_METRIC + "'] th").getDomAttribute("aria-sort"))
			.isEqualTo("descending");

		browser.follow(browser.find("table.compare-table thead th.sticky a"));
		browser.verify("compare-sorted");
		assertColumns(browser, four.stream().sorted(Comparator.comparing(c -> Names.company(c, Lang.EN))).toList());
		assertThat(browser.link()).contains("sort=name");

		browser.follow(browser.find(".table-controls a[href*='rows=complete']"));
		assertThat(browser.link()).contains("sort=name", "rows=complete");
		assertThat(browser.findAll("table.compare-table td .missing")).as("rows with a gap hidden").isEmpty();
	}

	private static Optional<Figure> gain(Catalog catalog, Company company) {
		return catalog.shownLatest(company, SORTED_METRIC);
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
		assertColumns(browser, chosen);
		assertThat(browser.texts(".picker a.chip-on")).as("chosen in the picker")
			.containsExactlyInAnyOrderElementsOf(
					chosen.stream().map(c -> Names.company(c, Lang.EN) + " remove").toList());
		page.assertChartsOf(List.of(slugs), CHARTS);
	}

	/** The table's columns are these companies, in this order. */
	private static void assertColumns(Browser browser, List<Company> companies) {
		assertThat(browser.texts("table.compare-table thead th.company-col a")).as("columns")
			.containsExactlyElementsOf(companies.stream().map(c -> Names.company(c, Lang.EN)).toList());
	}

}
