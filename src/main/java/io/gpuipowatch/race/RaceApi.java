package io.gpuipowatch.race;

import java.util.ArrayList;
import java.util.List;

import io.gpuipowatch.api.ApiProblems;
import io.gpuipowatch.api.OpenDataEndpoint;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The race as open data: every company's steps and the computed days between them. Its
 * errors are the API's problem details, answered here because the API's own advice covers
 * its package only.
 */
@RestController
@Tag(name = RaceApi.TAG, description = "How fast each listing went, and when locked-up shares come free: computed")
class RaceApi extends OpenDataEndpoint {

	static final String TAG = "IPO race and unlocks";

	private final Race race;

	private final MessageSource messages;

	RaceApi(Race race, Catalog catalog, MessageSource messages, ApiProblems problems) {
		super(catalog, problems);
		this.race = race;
		this.messages = messages;
	}

	@GetMapping(path = PATH + "/race", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The IPO race",
			description = "For every venue, its companies with each dated step of their listing there and the days "
					+ "between consecutive milestones (tutoring, acceptance, listing committee, registration, listing "
					+ "on the STAR Market; CSRC filing, hearing, offer, listing in Hong Kong), computed from the "
					+ "events' dates. A step known only to the month gives the fewest and most days (exact = false). "
					+ "A company not listed yet has its latest step and the days since, to today.")
	@ApiResponse(responseCode = "200", description = "The race")
	@ApiResponse(responseCode = "400", description = "An unknown language, named with the valid ones")
	Answer<RaceJson.Race> race(@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
			defaultValue = "en") Lang lang) {
		List<RaceJson.Venue> venues = new ArrayList<>();
		for (VenueRace venue : race.venues()) {
			List<RaceJson.Company> companies = venue.companies().stream().map(c -> company(c, venue, lang)).toList();
			venues.add(new RaceJson.Venue(new Coded(venue.venue().getCode(), Names.venue(venue.venue(), lang)),
					venue.milestones().stream().map(k -> kind(k, lang)).toList(), companies));
		}
		return answer(new RaceJson.Race(race.today().toString(), "computed", venues), lang);
	}

	private RaceJson.Company company(CompanyRace company, VenueRace venue, Lang lang) {
		List<RaceJson.Stage> stages = new ArrayList<>();
		venue.stages().forEach(s -> stages.add(company.span(s.get(0), s.get(1)).map(RaceApi::stage).orElse(null)));
		Waiting waiting = company.waiting();
		return new RaceJson.Company(company.company().getSlug(), Names.company(company.company(), lang),
				company.steps().stream().map(e -> step(e, lang)).toList(), stages,
				company.total() == null ? null : stage(company.total()),
				waiting == null ? null : new RaceJson.Waiting(step(waiting.latest(), lang), waiting.today().toString(),
						days(waiting.days())));
	}

	private static RaceJson.Stage stage(Span span) {
		return new RaceJson.Stage(span.from().getKind().code(), span.to().getKind().code(), days(span.days()),
				span.from().getId(), span.to().getId());
	}

	private static RaceJson.Days days(DayRange.Days days) {
		return new RaceJson.Days(days.min(), days.max(), days.exact());
	}

	private RaceJson.Step step(ListingEvent event, Lang lang) {
		return new RaceJson.Step(event.getId(), kind(event.getKind(), lang), event.getDate().toString(),
				event.getDate().precision().name().toLowerCase(), source(event.getSource(), lang));
	}

	private Coded kind(EventKind kind, Lang lang) {
		return new Coded(kind.code(), messages.getMessage("event." + kind.code(), null, lang.locale()));
	}

}
