package io.gpuipowatch.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ExchangeRate;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.catalog.Venue;
import io.gpuipowatch.money.Fixings;
import io.gpuipowatch.query.Comparison;
import io.gpuipowatch.query.FigureFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API's contract: every endpoint's answer, and every error as a problem detail.
 */
@PageTest
class ApiContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	ApiAnswers api;

	@BeforeEach
	void setUp() {
		api = new ApiAnswers(mvc, catalog);
	}

	@Test
	void listsEveryCompanyInTheDataOrderWithEnglishLabelsByDefault() throws Exception {
		JsonNode companies = api.data("/api/v1/companies");
		assertThat(texts(companies, "slug")).containsExactlyElementsOf(slugs(catalog.companies()));
		JsonNode moore = companies.get(0);
		assertThat(moore.path("name").asString()).isEqualTo("Moore Threads");
		assertThat(moore.path("nameZh").asString()).isEqualTo("摩尔线程");
		assertThat(moore.path("venue").path("code").asString()).isEqualTo("star");
		assertThat(moore.path("venue").path("label").asString()).isEqualTo("Shanghai STAR Market");
		assertThat(moore.path("stockCode").asString()).isEqualTo("688795");
		assertThat(moore.path("status").path("code").asString()).isEqualTo("listed");
		assertThat(moore.path("listingDate").asString()).isEqualTo("2025-12-05");
		JsonNode enflame = companies.get(3);
		assertThat(enflame.path("appliedVenue").path("code").asString()).isEqualTo("star");
		assertThat(enflame.path("stockCode").isNull()).isTrue();
		assertThat(enflame.path("listingDate").isNull()).isTrue();
	}

	@Test
	void listsPeriodsInTimeOrder() throws Exception {
		// Whole years in order, then parts of years, then multi-year totals: never 2022,
		// 2022–2024, 2023
		JsonNode revenue = api.data("/api/v1/figures?company=moore-threads&metric=revenue");
		assertThat(texts(revenue, "id")).startsWith("mt-rev-2022", "mt-rev-2023", "mt-rev-2024");
		JsonNode losses = api.data("/api/v1/figures?company=moore-threads&metric=net-loss");
		List<Period> periods = new ArrayList<>();
		losses.forEach(f -> periods.add(Period.parse(f.path("period").path("key").asString())));
		assertThat(periods).isSortedAccordingTo(Period.TIME_ORDER);
		assertThat(periods.stream().map(Period::key).distinct().toList()).containsSubsequence("2022", "2023", "2024",
				"2025", "2022-2024");
	}

	@Test
	void givesChineseLabelsWithLangZh() throws Exception {
		JsonNode body = api.data("/api/v1/companies?lang=zh");
		assertThat(body.get(0).path("name").asString()).isEqualTo("摩尔线程");
		assertThat(body.get(0).path("venue").path("label").asString()).isEqualTo("上海证券交易所科创板");
		JsonNode figure = api.data("/api/v1/figures?company=metax&metric=revenue&period=2024&lang=zh").get(0);
		assertThat(figure.path("metric").path("label").asString()).isEqualTo("营业收入");
		assertThat(figure.path("period").path("label").asString()).isEqualTo("2024年");
	}

	@Test
	void filtersCompaniesByVenueAsTheOverviewDoes() throws Exception {
		assertThat(texts(api.data("/api/v1/companies?venue=star"), "slug")).containsExactly("moore-threads", "metax");
		assertThat(texts(api.data("/api/v1/companies?venue=hkex&venue=unlisted"), "slug")).containsExactly("biren",
				"enflame", "iluvatar-corex");
	}

	@Test
	void answersOneCompanyAndItsWholeTimeline() throws Exception {
		JsonNode biren = api.data("/api/v1/companies/biren");
		assertThat(biren.path("slug").asString()).isEqualTo("biren");
		assertThat(biren.path("links").path("figures").asString()).isEqualTo("/api/v1/figures?company=biren&lang=en");
		Company company = catalog.company("biren").orElseThrow();
		JsonNode events = api.data("/api/v1/companies/biren/events");
		assertThat(texts(events, "id"))
			.containsExactlyElementsOf(catalog.events(company).stream().map(ListingEvent::getId).toList());
		for (JsonNode event : events) {
			assertThat(event.path("company").asString()).isEqualTo("biren");
			assertThat(event.path("source").path("id").asString()).isNotBlank();
			assertThat(event.path("kind").path("label").asString()).isNotBlank();
		}
	}

	@Test
	void answersEveryFigureWithItsSourceAndExactValue() throws Exception {
		JsonNode figures = api.data("/api/v1/figures");
		Map<String, Figure> byId = catalog.figures()
			.stream()
			.collect(Collectors.toMap(Figure::getId, Function.identity()));
		assertThat(texts(figures, "id"))
			.containsExactlyElementsOf(catalog.figures().stream().map(Figure::getId).toList());
		for (JsonNode json : figures) {
			Figure figure = byId.get(json.path("id").asString());
			assertThat(json.path("value").isNumber()).isTrue();
			assertThat(json.path("value").decimalValue()).as(figure.getId()).isEqualByComparingTo(figure.getValue());
			assertThat(json.path("company").isNull()).isEqualTo(figure.getCompany() == null);
			assertThat(json.path("metric").path("code").asString()).isEqualTo(figure.getMetric().getCode());
			assertThat(json.path("period").path("key").asString()).isEqualTo(figure.getPeriod().key());
			assertThat(json.path("unit").asString()).isEqualTo(figure.getUnit().code());
			assertThat(json.path("currency").isNull()).isEqualTo(!figure.getUnit().isCurrency());
			assertThat(json.path("qualifier").asString()).isIn("exact", "over", "nearly", "about");
			assertThat(json.path("method").asString()).isIn("reported", "computed");
			assertThat(json.path("standing").path("shown").asBoolean()).isEqualTo(figure.isShown());
			assertThat(json.path("basis").isNull()).isEqualTo(figure.getBasis() == null);
			assertThat(json.path("source").path("id").asString()).isEqualTo(figure.getSource().getId());
			assertThat(json.path("source").path("publisher").asString())
				.isEqualTo(figure.getSource().getPublisher().en());
			assertThat(json.path("standing").has("variants") && json.path("standing").has("difference")
					&& json.path("standing").has("reason") && json.has("phrase") && json.has("inputs"))
				.isTrue();
		}
	}

	@Test
	void keepsTheFiguresNotShownWhereSourcesDisagree() throws Exception {
		JsonNode figures = api.data("/api/v1/figures?company=moore-threads");
		List<JsonNode> hidden = new ArrayList<>();
		figures.forEach(f -> {
			if (!f.path("standing").path("shown").asBoolean()) {
				hidden.add(f);
			}
		});
		assertThat(hidden).isNotEmpty().allSatisfy(f -> {
			assertThat(f.path("standing").path("variants").asString()).isNotBlank();
			assertThat(f.path("standing").path("difference").path("code").asString()).isIn("disagree", "restated",
					"basis", "rounded", "dated");
			assertThat(f.path("standing").path("difference").path("label").asString()).isNotBlank();
			assertThat(f.path("standing").path("reason").asString()).isNotBlank();
		});
	}

	@Test
	void writesLargeValuesAsPlainNumbersWithTheirCurrency() throws Exception {
		JsonNode capex = api.data("/api/v1/figures?metric=fab-line-capex").get(0);
		assertThat(capex.path("value").decimalValue()).isEqualByComparingTo(new BigDecimal("10000000000"));
		assertThat(capex.path("currency").asString()).isEqualTo("USD");
		assertThat(capex.path("qualifier").asString()).isEqualTo("over");
		assertThat(capex.path("company").isNull()).isTrue();
	}

	@Test
	void filtersFiguresByEveryParameterRepeatable() throws Exception {
		assertFigures("/api/v1/figures?company=metax&company=biren", List.of("metax", "biren"), null, null, null);
		assertFigures("/api/v1/figures?metric=revenue&metric=net-loss", null, List.of("revenue", "net-loss"), null,
				null);
		assertFigures("/api/v1/figures?venue=hkex", null, null, List.of("hkex"), null);
		assertFigures("/api/v1/figures?period=2024&period=2022-2024&company=moore-threads", List.of("moore-threads"),
				null, null, List.of("2024", "2022-2024"));
		assertThat(api.data("/api/v1/figures?company=enflame&metric=issue-price")).isEmpty();
	}

	private void assertFigures(String url, List<String> companies, List<String> metrics, List<String> venues,
			List<String> periods) throws Exception {
		List<String> expected = FigureFilter.of(catalog, companies, metrics, venues, null, periods)
			.apply(catalog)
			.stream()
			.map(Figure::getId)
			.toList();
		assertThat(expected).as(url).isNotEmpty();
		assertThat(texts(api.data(url), "id")).as(url).containsExactlyElementsOf(expected);
		List<Figure> all = catalog.figures();
		for (String id : expected) {
			Figure figure = all.stream().filter(f -> f.getId().equals(id)).findFirst().orElseThrow();
			if (companies != null) {
				assertThat(companies).contains(figure.getCompany().getSlug());
			}
			if (metrics != null) {
				assertThat(metrics).contains(figure.getMetric().getCode());
			}
			if (venues != null) {
				assertThat(venues).contains(figure.getCompany().getVenue().getCode());
			}
			if (periods != null) {
				assertThat(periods).contains(figure.getPeriod().key());
			}
		}
	}

	@Test
	void comparesTheCompaniesInTheOrderNamedAsTheComparePageDoes() throws Exception {
		JsonNode comparison = api.data("/api/v1/compare?c=biren&c=moore-threads");
		assertThat(texts(comparison.path("companies"), "slug")).containsExactly("biren", "moore-threads");
		Comparison expected = Comparison.of(catalog, List.of("biren", "moore-threads"), null, null);
		assertThat(texts(comparison.path("columns"), "key"))
			.containsExactlyElementsOf(expected.tableOrder().stream().map(Comparison.Column::key).toList());
		List<String> figureIds = new ArrayList<>();
		for (JsonNode row : comparison.path("rows")) {
			assertThat(row.path("cells")).hasSize(expected.columns().size());
			for (JsonNode cell : row.path("cells")) {
				if (cell.path("figure").isNull()) {
					assertThat(cell.path("missing").path("code").asString()).isIn("not-applicable", "not-disclosed",
							"not-in-our-data");
					assertThat(cell.path("missing").path("label").asString()).isNotBlank();
				}
				else {
					assertThat(cell.path("figure").path("standing").path("shown").asBoolean()).isTrue();
					assertThat(cell.path("missing").isNull()).isTrue();
					figureIds.add(cell.path("figure").path("id").asString());
				}
			}
		}
		assertThat(figureIds)
			.containsExactlyInAnyOrderElementsOf(expected.figures(catalog).stream().map(Figure::getId).toList());
	}

	@Test
	void convertsMoneyInTheComparisonAtTheRateNearestEachFiguresDate() throws Exception {
		JsonNode comparison = api.data("/api/v1/compare?c=biren&c=moore-threads&currency=CNY");
		JsonNode biren = comparison.path("rows").get(0);
		for (JsonNode cell : biren.path("cells")) {
			JsonNode figure = cell.path("figure");
			String unit = figure.isNull() ? "" : figure.path("unit").asString();
			boolean foreign = unit.equals("HKD") || unit.equals("USD");
			assertThat(figure.path("converted").isMissingNode() || figure.path("converted").isNull())
				.as(cell.path("column").asString())
				.isEqualTo(!foreign);
			if (foreign) {
				assertConvertedToCny(figure);
			}
		}
		assertBadValue("/api/v1/compare?c=biren&c=metax&currency=EUR", "currency", "EUR", List.of("CNY", "HKD", "USD"));
	}

	@Test
	void convertsEveryFiguresMoneyAtTheRateNearestItsDateOrSaysWhyNot() throws Exception {
		JsonNode figures = api.data("/api/v1/figures?currency=CNY");
		int converted = 0;
		int notConverted = 0;
		for (JsonNode figure : figures) {
			String unit = figure.path("unit").asString();
			if (!unit.equals("HKD") && !unit.equals("USD")) {
				assertThat(figure.path("converted").isNull()).as(figure.path("id").asString()).isTrue();
				continue;
			}
			if (assertConvertedToCny(figure)) {
				converted++;
			}
			else {
				notConverted++;
			}
		}
		assertThat(converted).isPositive();
		assertThat(notConverted).isPositive();
		assertThat(api.data("/api/v1/figures?company=metax").get(0).path("converted").isNull()).isTrue();
		assertBadValue("/api/v1/figures?currency=usd", "currency", "usd", List.of("CNY", "HKD", "USD"));
	}

	/**
	 * A HK$ or US$ figure converted to yuan: at the fixing of its currency nearest its
	 * date, as {@code rates.csv} has it, or not converted when none is within ten days.
	 * True when it was converted.
	 */
	private boolean assertConvertedToCny(JsonNode figure) {
		String unit = figure.path("unit").asString();
		LocalDate day = Fixings.dayOf(figure.path("period").path("key").asString());
		Optional<ExchangeRate> nearest = Fixings.nearest(catalog, unit, day);
		JsonNode converted = figure.path("converted");
		String id = figure.path("id").asString();
		if (nearest.isEmpty()) {
			assertThat(converted.path("notConverted").asString()).as(id).isEqualTo("no-rate");
			assertThat(converted.path("value").isNull()).as("%s: no value where nothing converts", id).isTrue();
			return false;
		}
		ExchangeRate rate = nearest.get();
		assertThat(converted.path("notConverted").isNull()).as(id).isTrue();
		assertThat(converted.path("currency").asString()).isEqualTo("CNY");
		assertThat(converted.path("rateDate").asString()).as(id).isEqualTo(rate.getDate().toString());
		assertThat(converted.path("rate").decimalValue()).as(id).isEqualByComparingTo(rate.getCnyPerUnit());
		assertThat(converted.path("rateSources").get(0).asString()).isEqualTo(rate.getSource().getId());
		assertThat(converted.path("value").decimalValue()).as(id)
			.isEqualByComparingTo(figure.path("value").decimalValue().multiply(rate.getCnyPerUnit()));
		return true;
	}

	@Test
	void rejectsUnknownValuesNamingThemAndTheValidOnes() throws Exception {
		List<String> venues = catalog.venues().stream().map(Venue::getCode).toList();
		List<String> slugs = slugs(catalog.companies());
		assertBadValue("/api/v1/companies?venue=nyse", "venue", "nyse", venues);
		assertBadValue("/api/v1/figures?venue=star&venue=nyse", "venue", "nyse", venues);
		assertBadValue("/api/v1/figures?company=acme", "company", "acme", slugs);
		assertBadValue("/api/v1/figures?metric=ebitda", "metric", "ebitda",
				catalog.metrics().stream().map(Metric::getCode).toList());
		assertBadValue("/api/v1/figures?period=1999", "period", "1999", FigureFilter.periods(catalog));
		assertBadValue("/api/v1/compare?c=metax&c=acme", "c", "acme", slugs);
		assertBadValue("/api/v1/compare?c=metax&c=biren&venue=nyse", "venue", "nyse", venues);
		for (String url : List.of("/api/v1/companies?lang=fr", "/api/v1/companies/metax?lang=fr",
				"/api/v1/companies/metax/events?lang=de", "/api/v1/figures?lang=EN",
				"/api/v1/compare?c=metax&c=biren&lang=xx")) {
			JsonNode problem = api.problem(url, 400);
			assertThat(problem.path("parameter").asString()).isEqualTo("lang");
			assertThat(texts(problem.path("valid"))).containsExactly("en", "zh");
		}
	}

	@Test
	void rejectsComparisonsOfFewerThanTwoOrMoreThanFour() throws Exception {
		List<String> slugs = slugs(catalog.companies());
		for (String url : List.of("/api/v1/compare", "/api/v1/compare?c=metax", "/api/v1/compare?c=metax&c=metax")) {
			JsonNode problem = api.problem(url, 400);
			assertThat(problem.path("parameter").asString()).isEqualTo("c");
			assertThat(problem.path("detail").asString()).as(url).contains("2 to 4");
			assertThat(texts(problem.path("valid"))).containsExactlyElementsOf(slugs);
		}
		JsonNode filtered = api.problem("/api/v1/compare?c=metax&c=biren&venue=star", 400);
		assertThat(filtered.path("value").asString()).isEqualTo("metax, biren");
		assertThat(texts(filtered.path("valid"))).containsExactly("moore-threads", "metax");
		JsonNode tooMany = api.problem("/api/v1/compare?c=moore-threads&c=metax&c=biren&c=enflame&c=acme", 400);
		assertThat(tooMany.path("parameter").asString()).isEqualTo("c");
		assertThat(tooMany.path("value").asString()).isEqualTo("moore-threads, metax, biren, enflame, acme");
		assertThat(tooMany.path("detail").asString()).contains("Too many");
		assertThat(texts(tooMany.path("valid"))).containsExactlyElementsOf(slugs);
	}

	@Test
	void answersUnknownSlugsAndPathsWith404NamingTheValidOnes() throws Exception {
		List<String> slugs = slugs(catalog.companies());
		for (String url : List.of("/api/v1/companies/acme", "/api/v1/companies/acme/events")) {
			JsonNode problem = api.problem(url, 404);
			assertThat(problem.path("value").asString()).isEqualTo("acme");
			assertThat(texts(problem.path("valid"))).containsExactlyElementsOf(slugs);
			assertThat(problem.path("instance").asString()).isEqualTo(url);
		}
		for (String url : List.of("/api/v2/companies", "/api/v1/companies/metax/figures", "/api")) {
			JsonNode problem = api.problem(url, 404);
			assertThat(problem.path("value").asString()).isEqualTo(url);
			assertThat(texts(problem.path("valid"))).containsExactlyElementsOf(ApiFallback.PATHS);
		}
	}

	@Test
	void saysWhatWasWrongInChineseWithLangZh() throws Exception {
		JsonNode problem = api.problem("/api/v1/companies?venue=nyse&lang=zh", 400);
		assertThat(problem.path("title").asString()).isEqualTo("参数值无效");
		assertThat(problem.path("detail").asString()).isEqualTo("“nyse”不是有效的venue。");
	}

	private void assertBadValue(String url, String parameter, String value, List<String> valid) throws Exception {
		JsonNode problem = api.problem(url, 400);
		assertThat(problem.path("parameter").asString()).as(url).isEqualTo(parameter);
		assertThat(problem.path("value").asString()).as(url).isEqualTo(value);
		assertThat(problem.path("detail").asString()).as(url).contains(value, parameter);
		assertThat(texts(problem.path("valid"))).as(url).containsExactlyElementsOf(valid);
	}

	private static List<String> slugs(Collection<Company> companies) {
		return companies.stream().map(Company::getSlug).toList();
	}

	static List<String> texts(JsonNode array, String field) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.path(field).asString()));
		return texts;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(node -> texts.add(node.asString()));
		return texts;
	}

}
