package io.gpuipowatch.unlocks;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gpuipowatch.PageTest;
import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Lockup;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.text.Lang;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unlocks: every date recomputed here from the lock-up rules and the listing days;
 * the page in both languages, the iCalendar feed read back with ical4j, the CSV.
 */
@PageTest
class UnlocksTests {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	Unlocks unlocks;

	@Autowired
	Catalog catalog;

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Test
	void mooreThreadsStrategicPlacementUnlocksOnDecember5th2026() {
		assertThat(unlock("unlock-moore-threads-strategic-placement").date()).isEqualTo(LocalDate.of(2026, 12, 5));
	}

	@Test
	void recomputesEveryUnlockFromTheListingDayAndTheRule() {
		int expected = 0;
		for (Company company : catalog.companies()) {
			ListingEvent listed = catalog.events(company)
				.stream()
				.filter(e -> e.isShown() && e.getKind() == EventKind.LISTED
						&& e.getDate().precision() == PartialDate.Precision.DAY)
				.findFirst()
				.orElse(null);
			if (listed == null || !company.getVenue().isListed()) {
				continue;
			}
			for (Lockup rule : catalog.lockups()) {
				boolean venueRule = rule.getCompany() == null
						&& rule.getVenue().getCode().equals(company.getVenue().getCode());
				boolean ownTerm = rule.getCompany() != null && rule.getCompany().getSlug().equals(company.getSlug());
				boolean overridden = venueRule && catalog.lockups()
					.stream()
					.anyMatch(r -> r.getCompany() != null && r.getCompany().getSlug().equals(company.getSlug())
							&& r.getHolder().equals(rule.getHolder()));
				if ((venueRule && !overridden) || ownTerm) {
					expected++;
					Unlock unlock = unlock("unlock-" + company.getSlug() + "-" + rule.getHolder());
					assertThat(unlock.rule().getId()).isEqualTo(rule.getId());
					assertThat(unlock.listing().getId()).isEqualTo(listed.getId());
					assertThat(unlock.date()).as(unlock.id())
						.isEqualTo(rule.getMonths() == null ? null
								: listed.getDate().start().plusMonths(rule.getMonths()));
				}
			}
		}
		assertThat(unlocks.all()).hasSize(expected);
		assertThat(unlocks.conditional()).isNotEmpty().allSatisfy(u -> assertThat(u.rule().getMonths()).isNull());
	}

	@Test
	void aCompanysOwnTermReplacesItsVenuesRuleForThatHolder() {
		Unlock offline = unlock("unlock-moore-threads-offline-tranche");
		assertThat(offline.ownTerm()).isTrue();
		assertThat(offline.rule().getCompany().getSlug()).isEqualTo("moore-threads");
		assertThat(unlock("unlock-metax-offline-tranche").ownTerm()).isFalse();
	}

	@Test
	void givesTheOverviewTheNextUnlocksSoonestFirst() {
		List<UnlockView> next = unlocks.upcoming(Lang.ZH, 3);
		assertThat(next).hasSizeLessThanOrEqualTo(3);
		assertThat(next).extracting(UnlockView::isoDate).isSorted().allMatch(d -> !LocalDate.parse(d).isBefore(TODAY));
		assertThat(next).extracting(UnlockView::daysFromToday).allMatch(d -> d >= 0);
	}

	@Test
	void listsUpcomingUnlocksFirstThenPastOnesInBothLanguages() throws Exception {
		Document en = pages.get("/unlocks?lang=en", 200);
		List<String> upcoming = en.select("table.unlocks-upcoming tbody tr").eachAttr("id");
		List<String> past = en.select("table.unlocks-past tbody tr").eachAttr("id");
		assertThat(upcoming).containsExactlyElementsOf(unlocks.upcoming(TODAY).stream().map(Unlock::id).toList());
		assertThat(past).containsExactlyElementsOf(unlocks.past(TODAY).stream().map(Unlock::id).toList());
		if (!TODAY.isAfter(LocalDate.of(2026, 12, 5))) {
			assertThat(upcoming).contains("unlock-moore-threads-strategic-placement");
		}
		String row = en.select("#unlock-moore-threads-strategic-placement").text();
		assertThat(row).contains("Dec 5, 2026", "computed", "Strategic placement",
				"12 months after the listing on Dec 5, 2025", "[S69]", "[S0]");
		assertThat(en.select("table.unlocks-conditional").text()).contains("No sale until profitable");
		assertThat(en.select("a[href^=webcal://]").attr("href")).endsWith("/unlocks.ics?lang=en");
		Document zh = pages.get("/unlocks?lang=zh", 200);
		assertThat(zh.select("#unlock-moore-threads-strategic-placement").text()).contains("2026年12月5日", "战略配售",
				"摩尔线程");
	}

	@Test
	void publishesUnlocksAndDatedStepsAsAnICalendarFeed() throws Exception {
		MvcResult result = mvc.perform(Pages.request("/unlocks.ics?lang=zh")).andReturn();
		assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		Map<String, VEvent> byUid = calendar.<VEvent>getComponents()
			.stream()
			.collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
		List<Unlock> dated = unlocks.all().stream().filter(u -> u.date() != null).toList();
		List<ListingEvent> steps = catalog.events()
			.stream()
			.filter(e -> e.isShown() && e.getCompany() != null && e.getDate().precision() == PartialDate.Precision.DAY)
			.toList();
		assertThat(byUid).hasSize(dated.size() + steps.size());
		for (Unlock unlock : dated) {
			VEvent event = byUid.get(unlock.id() + "@gpu-ipo-watch");
			assertThat(event).as(unlock.id()).isNotNull();
			assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(unlock.date());
		}
		for (ListingEvent step : steps) {
			VEvent event = byUid.get("step-" + step.getId() + "@gpu-ipo-watch");
			assertThat(event.getStartDate().orElseThrow().getDate()).isEqualTo(step.getDate().start());
		}
		VEvent placement = byUid.get("unlock-moore-threads-strategic-placement@gpu-ipo-watch");
		assertThat(placement.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 12, 5));
		assertThat(placement.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(placement.getSummary().getValue()).isEqualTo("摩尔线程：战略配售股份解禁（计算所得）");
		assertThat(placement.getDescription().getValue()).contains("S69", "S0");
		String stamp = catalog.info().getAsOf().start().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toString();
		assertThat(calendar.<VEvent>getComponents())
			.allSatisfy(e -> assertThat(e.getDateStamp().orElseThrow().getDate().toString()).isEqualTo(stamp));
		assertThat(body).doesNotContain("step-br-priced", "step-mt-tutoring");
		// The same dataset gives the same feed, whatever the day
		assertThat(mvc.perform(Pages.request("/unlocks.ics?lang=zh"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(body);
		Calendar en = new CalendarBuilder().build(new StringReader(mvc.perform(Pages.request("/unlocks.ics?lang=en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)));
		assertThat(en.<VEvent>getComponents()).anySatisfy(e -> assertThat(e.getSummary().getValue())
			.isEqualTo("Moore Threads: Strategic placement shares unlock (computed)"));
		assertThat(en.getProperty(Property.PRODID)).isPresent();
	}

	@Test
	void exportsTheUnlocksAsCsvAndJson() throws Exception {
		String text = mvc.perform(Pages.request("/unlocks.csv?lang=en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		List<CSVRecord> rows = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text.substring(1)))
			.getRecords();
		assertThat(rows).extracting(r -> r.get("unlock_id"))
			.containsExactlyElementsOf(unlocks.all().stream().map(Unlock::id).toList());
		CSVRecord placement = rows.stream()
			.filter(r -> r.get("unlock_id").equals("unlock-moore-threads-strategic-placement"))
			.findFirst()
			.orElseThrow();
		assertThat(placement.get("unlock_date")).isEqualTo("2026-12-05");
		assertThat(placement.get("rule_source")).isEqualTo("S69");
		assertThat(placement.get("method")).isEqualTo("computed");
		String json = mvc.perform(Pages.request("/api/v1/unlocks"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"id\":\"unlock-moore-threads-strategic-placement\"", "\"date\":\"2026-12-05\"",
				"\"method\":\"computed\"");
		MvcResult bad = mvc.perform(Pages.request("/unlocks.ics?lang=fr")).andReturn();
		assertThat(bad.getResponse().getStatus()).isEqualTo(400);
	}

	private Unlock unlock(String id) {
		return unlocks.all().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow();
	}

}
