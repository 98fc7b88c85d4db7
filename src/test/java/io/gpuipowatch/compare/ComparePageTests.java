package io.gpuipowatch.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ExchangeRate;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Section;
import io.gpuipowatch.money.Fixings;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

@PageTest
class ComparePageTests {

	@Autowired
	Pages pages;

	@Autowired
	Catalog catalog;

	@Autowired
	MessageSource messages;

	/** The companies compared: the table's column headings after the first. */
	private static List<String> columns(Document page) {
		return page.select("table.compare-table thead th.company-col a").eachText();
	}

	private static Element row(Document page, String key) {
		return page.selectFirst("table.compare-table tr[id='row-" + key + "']");
	}

	@Test
	void comparesTheSeedArticlesFourByDefaultAsColumns() throws Exception {
		Document page = pages.get("/compare?lang=en", 200);
		assertThat(columns(page)).containsExactly("Moore Threads", "MetaX", "Biren Technology", "Enflame Technology");
		assertThat(page.select("figure.chart").eachAttr("id")).containsExactly("compare-cumulative", "compare-rd-ratio",
				"compare-revenue", "compare-loss", "compare-gains", "compare-funds-cny", "compare-funds-hkd",
				"compare-market-cap-cny", "compare-market-cap-hkd");
		assertThat(page.title()).startsWith("Moore Threads vs MetaX vs Biren Technology vs Enflame Technology");
	}

	@Test
	void rowsAreGroupedBySectionWithPeriodsInTimeOrderAndEveryCompanysCell() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=metax&c=biren&lang=en", 200);
		List<String> sections = page.select("tr.section-row th").eachText();
		List<String> inOrder = Arrays.stream(Section.values())
			.map(s -> messages.getMessage("compare.section." + s.code(), null, Lang.EN.locale()))
			.filter(sections::contains)
			.toList();
		assertThat(sections).containsExactlyElementsOf(inOrder);
		List<String> revenueYears = page.select("tr[id^=row-revenue@] .period")
			.eachText()
			.stream()
			.filter(p -> p.matches("\\d{4}"))
			.toList();
		assertThat(revenueYears).isSortedAccordingTo(String::compareTo).contains("2022", "2023", "2024", "2025");
		for (Element row : page.select("table.compare-table tbody tr:not(.section-row)")) {
			assertThat(row.select("td")).as(row.id()).hasSize(3);
		}
	}

	@Test
	void aRangeIsOneRowWithBothEndsInOneCell() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=biren&lang=en", 200);
		Element range = row(page, "issue-price-range-low");
		assertThat(range.selectFirst("th").text()).startsWith("Offer price range").doesNotContain("(low)");
		assertThat(range.select("td").get(1).select(".fig-value").eachText()).containsExactly("HKD 17.00", "HKD 19.60");
		assertThat(range.select("td").get(1).select(".range-dash")).hasSize(1);
		assertThat(range.select("td").get(0).text()).contains("not applicable");
		assertThat(row(page, "issue-price-range-high")).isNull();
	}

	@Test
	void theRowsSwitchHidesRowsWithAGapAndKeepsTheRest() throws Exception {
		Document all = pages.get("/compare?c=moore-threads&c=biren&lang=en", 200);
		Document complete = pages.get("/compare?c=moore-threads&c=biren&rows=complete&lang=en", 200);
		int allRows = all.select("table.compare-table tbody tr:not(.section-row)").size();
		List<Element> kept = complete.select("table.compare-table tbody tr:not(.section-row)");
		assertThat(kept).isNotEmpty().hasSizeLessThan(allRows);
		kept.forEach(r -> assertThat(r.select("td .missing")).as(r.id()).isEmpty());
		assertThat(complete.select(".table-controls").text()).contains((allRows - kept.size()) + " rows");
		assertThat(all.select(".table-controls").first().select("a").eachAttr("href")).containsExactly(
				"/compare?c=moore-threads&c=biren&lang=en#compare-table",
				"/compare?c=moore-threads&c=biren&rows=complete&lang=en#compare-table");
		assertThat(pages.get("/compare?rows=some", 400).select(".valid-values").text()).contains("all", "complete");
	}

	@Test
	void comparesTwoThreeAndFourCompaniesInTheLinksOrder() throws Exception {
		assertThat(columns(pages.get("/compare?c=biren&c=metax&lang=en", 200))).containsExactly("Biren Technology",
				"MetaX");
		assertThat(columns(pages.get("/compare?c=enflame&c=metax&c=biren&lang=en", 200)))
			.containsExactly("Enflame Technology", "MetaX", "Biren Technology");
		assertThat(columns(pages.get("/compare?c=metax&c=iluvatar-corex&c=enflame&c=moore-threads&lang=en", 200)))
			.containsExactly("MetaX", "Iluvatar CoreX", "Enflame Technology", "Moore Threads");
	}

	@Test
	void neverPutsCnyAndHkdOnOneAxis() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=biren&lang=en", 200);
		assertThat(page.select("#compare-funds-cny canvas").attr("data-chart")).contains("Moore Threads")
			.doesNotContain("Biren");
		assertThat(page.select("#compare-funds-hkd canvas").attr("data-chart")).contains("Biren")
			.doesNotContain("Moore");
		assertThat(page.select("#compare-funds-hkd .chart-notes").text()).contains("never added up");
		assertThat(row(page, "funds-raised-gross").select("td.share")).as("no bars across currencies").isEmpty();
		assertThat(row(page, "first-day-gain-close").select("td.share")).hasSize(2);
	}

	@Test
	void pickerListsEveryCompanyAndKeepsTheState() throws Exception {
		Document page = pages.get("/compare?c=moore-threads&c=metax&sort=name&dir=asc&lang=zh", 200);
		List<String> hrefs = page.select(".picker a.chip").eachAttr("href");
		assertThat(hrefs).containsExactly("/compare?c=metax&sort=name&dir=asc&lang=zh",
				"/compare?c=moore-threads&sort=name&dir=asc&lang=zh",
				"/compare?c=moore-threads&c=metax&c=biren&sort=name&dir=asc&lang=zh",
				"/compare?c=moore-threads&c=metax&c=enflame&sort=name&dir=asc&lang=zh",
				"/compare?c=moore-threads&c=metax&c=iluvatar-corex&sort=name&dir=asc&lang=zh");
		assertThat(page.select(".picker a.chip-on").eachText()).hasSize(2);
		Document star = pages.get("/compare?c=moore-threads&c=metax&venue=star&lang=en", 200);
		assertThat(star.select(".picker a.chip:not(.chip-on)").eachAttr("href")).as("adding back clears the filter")
			.contains("/compare?c=moore-threads&c=metax&c=biren&lang=en");
		Document four = pages.get("/compare?lang=en", 200);
		assertThat(four.select(".picker .chip-off").eachText()).containsExactly("Iluvatar CoreX");
	}

	@Test
	void sortsTheCompaniesByAnyRowBothWaysWithMissingValuesLast() throws Exception {
		Document asc = pages.get("/compare?sort=first-day-gain-close&dir=asc&lang=en", 200);
		assertThat(columns(asc)).containsExactly("Biren Technology", "Moore Threads", "MetaX", "Enflame Technology");
		Document desc = pages.get("/compare?sort=first-day-gain-close&dir=desc&lang=en", 200);
		assertThat(columns(desc)).containsExactly("MetaX", "Moore Threads", "Biren Technology", "Enflame Technology");
		assertThat(desc.select("th[aria-sort=descending]").text()).contains("First-day gain at the close");
		Document byName = pages.get("/compare?sort=name&dir=desc&lang=en", 200);
		assertThat(columns(byName)).containsExactly("Moore Threads", "MetaX", "Enflame Technology", "Biren Technology");
		Document revenue = pages.get("/compare?sort=revenue@2022&dir=asc&lang=en", 200);
		assertThat(columns(revenue)).containsExactly("MetaX", "Biren Technology", "Moore Threads",
				"Enflame Technology");
		assertThat(revenue.select("tr[id='row-revenue@2022'] th a").attr("href"))
			.isEqualTo("/compare?c=metax&c=biren&c=moore-threads&c=enflame&sort=revenue@2022&dir=desc&lang=en"
					+ "#compare-table");
	}

	@Test
	void venueFilterAppliesAndSaysWhatItHid() throws Exception {
		Document star = pages.get("/compare?venue=star&lang=en", 200);
		assertThat(columns(star)).containsExactly("Moore Threads", "MetaX");
		Document mixed = pages.get("/compare?c=moore-threads&c=biren&venue=star&lang=en", 200);
		assertThat(columns(mixed)).containsExactly("Moore Threads");
		assertThat(mixed.select(".notice").text()).contains("Hidden by the venue filter: Biren Technology",
				"Pick at least two");
		assertThat(mixed.select(".notice a").attr("href")).isEqualTo("/compare?c=moore-threads&c=biren&lang=en");
	}

	@Test
	void groupsChooseTheDefaultCompanies() throws Exception {
		List<String> others = catalog.companies()
			.stream()
			.filter(c -> !c.getGroup().equals(catalog.defaultGroup()))
			.map(c -> Names.company(c, Lang.EN))
			.toList();
		assertThat(columns(pages.get("/compare?group=other-gpu&lang=en", 200))).containsExactlyElementsOf(others);
		assertThat(columns(pages.get("/compare?group=all&lang=en", 200))).hasSize(4);
		assertThat(pages.get("/compare?group=nope&lang=en", 400).select(".error-detail").text()).contains("nope");
	}

	@Test
	void rejectsMoreThanFourCompaniesExplainingTheLimit() throws Exception {
		Document page = pages.get("/compare?c=a&c=b&c=c&c=d&c=e&lang=en", 400);
		assertThat(page.select(".error-detail").text()).contains("a comparison holds 2 to 4");
		Document zh = pages.get("/compare?c=a&c=b&c=c&c=d&c=e&lang=zh", 400);
		assertThat(zh.select(".error-detail").text()).contains("每次对比2至4家");
	}

	@Test
	void rejectsUnknownCompanyVenueSortAndDirection() throws Exception {
		Document company = pages.get("/compare?c=moore-threads&c=nvidia&lang=en", 400);
		assertThat(company.select(".valid-values a").eachText())
			.containsExactlyElementsOf(catalog.companies().stream().map(c -> Names.company(c, Lang.EN)).toList());
		assertThat(company.select(".valid-values code").eachText())
			.containsExactlyElementsOf(catalog.companies().stream().map(Company::getSlug).toList());
		assertThat(company.select(".valid-values a").eachAttr("href"))
			.contains("/compare?c=moore-threads&c=metax&lang=en", "/compare?c=moore-threads&c=biren&lang=en");
		assertThat(pages.get("/compare?venue=nasdaq", 400).select(".error-detail").text()).contains("nasdaq");
		assertThat(pages.get("/compare?sort=height", 400).select(".valid-values a").eachText()).contains("Issue price",
				"Revenue · 2024");
		Document direction = pages.get("/compare?sort=name&dir=up&lang=zh", 400);
		assertThat(direction.select(".error-detail").text()).isEqualTo("“up”不是有效的排序方向。");
		assertThat(direction.select(".valid-values a").eachText()).containsExactly("升序", "降序");
	}

	@Test
	void ranksMoneyAcrossCurrenciesOnlyWhenConvertedAtADatedRate() throws Exception {
		String sorted = "/compare?c=biren&c=metax&sort=market-cap-first-close&dir=desc";
		Document mixed = pages.get(sorted + "&lang=en", 200);
		assertThat(mixed.select(".notice[role=status]").text()).contains("HK$ never ranked against ¥");
		assertThat(row(mixed, "market-cap-first-close").select("td.share")).isEmpty();
		Document cny = pages.get(sorted + "&currency=CNY&lang=en", 200);
		assertThat(columns(cny)).containsExactly("MetaX", "Biren Technology");
		Element biren = row(cny, "market-cap-first-close").select("td").get(1);
		Figure cap = catalog.shownLatest(catalog.company("biren").orElseThrow(), "market-cap-first-close")
			.orElseThrow();
		ExchangeRate rate = Fixings.nearest(catalog, "HKD", Fixings.dayOf(cap.getPeriod().key())).orElseThrow();
		BigDecimal expected = cap.getValue().multiply(rate.getCnyPerUnit()).movePointLeft(9).round(new MathContext(4));
		assertThat(biren.select(".converted").text()).isEqualTo("about CNY " + expected.toPlainString() + "B");
		assertThat(biren.text()).contains(rate.getSource().getId());
		assertThat(row(cny, "market-cap-first-close").select("td.share")).hasSize(2);
		Document mooreInHkd = pages.get("/compare?c=moore-threads&c=biren&currency=HKD&lang=en", 200);
		assertThat(row(mooreInHkd, "market-cap-first-close").select("td").get(0).text())
			.contains("Not converted: no PBOC central parity within 10 days");
		assertThat(pages.get("/compare?currency=EUR&lang=en", 400).select(".valid-values").text()).contains("CNY",
				"HKD", "USD");
	}

}
