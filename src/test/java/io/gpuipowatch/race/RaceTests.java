package io.gpuipowatch.race;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.chart.CompanyColours;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IPO race: every duration recomputed here from the events of the data, the page in
 * both languages with its timeline switch, bad links, the JSON and the CSV.
 */
@PageTest
class RaceTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Race race;

	@Autowired
	Catalog catalog;

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Test
	void recomputesEveryDurationFromTheDatesOfTheEvents() {
		int checked = 0;
		for (VenueRace venue : race.venues()) {
			for (CompanyRace company : venue.companies()) {
				for (List<EventKind> stage : venue.stages()) {
					ListingEvent from = first(company.company(), venue, stage.get(0));
					ListingEvent to = first(company.company(), venue, stage.get(1));
					assertThat(company.span(stage.get(0), stage.get(1)).isPresent())
						.isEqualTo(from != null && to != null);
					if (from != null && to != null) {
						DayRange.Days days = company.span(stage.get(0), stage.get(1)).orElseThrow().days();
						assertDays(days, from.getDate(), to.getDate());
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(10);
	}

	@Test
	void mooreThreadsTook158DaysAndMetax170FromAcceptanceToListing() {
		assertThat(total("moore-threads")).isEqualTo(new DayRange.Days(158, 158));
		assertThat(total("metax")).isEqualTo(new DayRange.Days(170, 170));
	}

	@Test
	void aStepKnownOnlyToTheMonthGivesARangeNeverAFalseDay() {
		CompanyRace mooreThreads = company("moore-threads");
		ListingEvent tutoring = mooreThreads.milestone(EventKind.TUTORING_FILED).orElseThrow();
		assertThat(tutoring.getDate().precision()).isEqualTo(PartialDate.Precision.MONTH);
		DayRange.Days days = mooreThreads.span(EventKind.TUTORING_FILED, EventKind.APPLICATION_ACCEPTED)
			.orElseThrow()
			.days();
		assertThat(days.exact()).isFalse();
		assertDays(days, tutoring.getDate(),
				mooreThreads.milestone(EventKind.APPLICATION_ACCEPTED).orElseThrow().getDate());
	}

	@Test
	void aCompanyNotListedYetShowsItsLatestStepAndHowLongItHasBeenThere() throws Exception {
		CompanyRace enflame = company("enflame");
		assertThat(enflame.total()).isNull();
		ListingEvent latest = catalog.events(catalog.company("enflame").orElseThrow())
			.stream()
			.filter(ListingEvent::isShown)
			.reduce((a, b) -> b)
			.orElseThrow();
		Waiting waiting = enflame.waiting();
		assertThat(waiting.latest().getId()).isEqualTo(latest.getId());
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		long days = ChronoUnit.DAYS.between(latest.getDate().start(), today);
		assertThat(waiting.days()).isEqualTo(new DayRange.Days(days, days));
		String row = pages.get("/race?lang=en", 200).select("#race-row-enflame").text();
		assertThat(row).contains("Not listed yet. Latest step: Exchange questions issued (enquiry)",
				days + " days there", latest.getSource().getId());
	}

	@Test
	void thePageShowsEachDurationAsComputedWithBothSourcesInBothLanguages() throws Exception {
		Document en = pages.get("/race?lang=en", 200);
		String mooreThreads = en.select("#race-row-moore-threads").text();
		assertThat(mooreThreads).contains("158 days", "computed", "Jun 30, 2025", "Dec 5, 2025", "[S66]", "[S0]",
				"approximate");
		assertThat(en.select("#race-row-moore-threads .race-total a.src").eachText()).containsExactly("[S66]", "[S0]");
		assertThat(en.select("#race-row-metax .race-total").text()).contains("170 days");
		assertThat(en.select("#race-row-moore-threads td").first().text()).matches("\\d+–\\d+ days.*approximate.*");
		Document zh = pages.get("/race?lang=zh", 200);
		assertThat(zh.select("#race-row-moore-threads .race-total").text()).contains("158天", "计算值");
		assertThat(zh.select("h2").eachText()).contains("上海证券交易所科创板", "香港联交所主板");
		assertThat(zh.select("svg.race-timeline .race-lane-label").eachText()).contains("摩尔线程", "沐曦股份");
	}

	@Test
	void switchesTheTimelineToDaysBeforeListingByAPlainLink() throws Exception {
		Document calendar = pages.get("/race?lang=en", 200);
		assertThat(calendar.select(".race-lane-label").eachText()).contains("Enflame Technology");
		assertThat(calendar.select(".race-wait")).hasSize(1);
		String link = calendar.select("nav.chips a.chip:not(.chip-on)").attr("href");
		assertThat(link).isEqualTo("/race?align=listing&lang=en");
		Document listing = pages.get(link, 200);
		assertThat(listing.select("nav.chips a.chip-on").attr("href")).isEqualTo(link);
		assertThat(listing.select(".race-lane-label").eachText()).doesNotContain("Enflame Technology");
		assertThat(listing.select("figcaption").text()).contains("no listing day to align to: Enflame Technology");
		assertThat(listing.select(".race-zero")).hasSize(1);
		assertThat(listing.select(".race-ticks text").eachText()).contains("listing day");
		// Every listed company's listing day is drawn on the same line
		String zero = listing.select(".race-zero").attr("x1");
		assertThat(listing.select("circle.race-listed").eachAttr("cx")).isNotEmpty().allMatch(zero::equals);
	}

	@Test
	void drawsEachCompanyInItsChartColour() throws Exception {
		Document page = pages.get("/race?lang=en", 200);
		Company metax = catalog.company("metax").orElseThrow();
		assertThat(page.select("#race-row-metax svg.swatch circle").attr("fill"))
			.isEqualTo(CompanyColours.of(metax.getPosition()))
			.isEqualTo("#E69F00");
	}

	@Test
	void rejectsAnUnknownAlignmentNamingTheValidOnesAndIgnoresUnknownParameters() throws Exception {
		Document bad = pages.get("/race?align=bogus&lang=en", 400);
		assertThat(bad.text()).contains("bogus", "on the calendar", "by days to listing");
		assertThat(bad.select("ul.valid-values code").eachText()).containsExactly("calendar", "listing");
		assertThat(pages.get("/race?align=bogus&lang=zh", 400).text()).contains("按日历", "按距上市日天数");
		assertThat(pages.get("/race?utm_source=x&lang=en", 200).select("#race-row-metax").text()).contains("170 days");
	}

	@Test
	void answersTheRaceAsJsonInTheApiEnvelope() throws Exception {
		JsonNode answer = json("/api/v1/race?lang=en", 200);
		JsonNode companies = JSON.readTree(body("/api/v1/companies"));
		assertThat(answer.propertyNames()).containsExactlyInAnyOrderElementsOf(companies.propertyNames());
		assertThat(answer.path("dataset").path("version").asString()).isEqualTo(catalog.info().getVersion());
		JsonNode star = answer.path("data").path("venues").get(0);
		JsonNode mooreThreads = star.path("companies").get(0);
		assertThat(mooreThreads.path("company").asString()).isEqualTo("moore-threads");
		assertThat(mooreThreads.path("total").path("days").path("min").asLong()).isEqualTo(158);
		assertThat(mooreThreads.path("total").path("fromEvent").asString()).isEqualTo("mt-accepted");
		assertThat(mooreThreads.path("stages").get(0).path("days").path("exact").asBoolean()).isFalse();
		JsonNode problem = json("/api/v1/race?lang=fr", 400);
		assertThat(problem.path("parameter").asString()).isEqualTo("lang");
		assertThat(problem.path("valid").toString()).contains("en", "zh");
	}

	@Test
	void exportsEveryStageAsCsvMarkedComputed() throws Exception {
		MvcResult result = mvc.perform(Pages.request("/race.csv?lang=zh")).andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		String text = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		CSVRecord total = rows.stream()
			.filter(r -> r.get("company").equals("metax") && r.get("stage").equals("total"))
			.findFirst()
			.orElseThrow();
		assertThat(total.get("days_min")).isEqualTo("170");
		assertThat(total.get("company_name")).isEqualTo("沐曦股份");
		assertThat(rows).allSatisfy(r -> assertThat(r.get("method")).isEqualTo("computed"));
		assertThat(rows).anySatisfy(r -> assertThat(r.get("stage")).isEqualTo("waiting"));
	}

	private static void assertDays(DayRange.Days days, PartialDate from, PartialDate to) {
		DayRange start = DayRange.of(from);
		DayRange end = DayRange.of(to);
		assertThat(days.min()).isEqualTo(Math.max(0, ChronoUnit.DAYS.between(start.latest(), end.earliest())));
		assertThat(days.max()).isEqualTo(ChronoUnit.DAYS.between(start.earliest(), end.latest()));
		if (from.precision() == PartialDate.Precision.DAY && to.precision() == PartialDate.Precision.DAY) {
			assertThat(days.min()).isEqualTo(ChronoUnit.DAYS.between(from.start(), to.start()));
			assertThat(days.exact()).isTrue();
		}
	}

	private ListingEvent first(Company company, VenueRace venue, EventKind kind) {
		return catalog.events(company)
			.stream()
			.filter(e -> e.isShown() && e.getKind() == kind && e.getVenue().getCode().equals(venue.venue().getCode()))
			.findFirst()
			.orElse(null);
	}

	private DayRange.Days total(String slug) {
		return company(slug).total().days();
	}

	private CompanyRace company(String slug) {
		return race.companies().stream().filter(c -> c.company().getSlug().equals(slug)).findFirst().orElseThrow();
	}

	private JsonNode json(String url, int status) throws Exception {
		MvcResult result = mvc.perform(Pages.request(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String body(String url) throws Exception {
		return mvc.perform(Pages.request(url)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
