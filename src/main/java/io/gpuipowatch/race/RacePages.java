package io.gpuipowatch.race;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.chart.CompanyColours;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the race page's model from the computed race, in one language. */
@Component
class RacePages {

	private final Race race;

	RacePages(Race race) {
		this.race = race;
	}

	RaceView page(Alignment alignment, Lang lang) {
		LocalDate today = race.today();
		List<VenueRace> venues = race.venues();
		List<RaceView.Table> tables = venues.stream().map(v -> table(v, lang)).toList();
		List<CompanyRace> companies = venues.stream().flatMap(v -> v.companies().stream()).toList();
		return new RaceView(Formats.date(PartialDate.parse(today.toString()), lang), today.toString(), tables,
				Timelines.of(companies, alignment, today, lang), alignment.code(), switches(alignment, lang));
	}

	private static RaceView.Table table(VenueRace venue, Lang lang) {
		List<RaceView.Stage> stages = venue.stages()
			.stream()
			.map(s -> new RaceView.Stage(stepKey(s.get(0)), stepKey(s.get(1))))
			.toList();
		List<RaceView.Row> rows = new ArrayList<>();
		for (CompanyRace company : venue.companies()) {
			List<RaceView.Duration> durations = venue.stages()
				.stream()
				.map(s -> company.span(s.get(0), s.get(1))
					.map(span -> duration(span, lang))
					.orElse(RaceView.Duration.MISSING))
				.toList();
			RaceView.Duration total = company.total() == null ? RaceView.Duration.MISSING
					: duration(company.total(), lang);
			rows.add(new RaceView.Row(Names.company(company.company(), lang), company.company().getSlug(),
					CompanyColours.of(company.company().getPosition()), durations, total,
					waiting(company.waiting(), lang)));
		}
		return new RaceView.Table(Names.venue(venue.venue(), lang), venue.venue().getCode(), stages, rows);
	}

	/** The short name of a milestone, for a column heading: "acceptance", "受理". */
	static String stepKey(EventKind kind) {
		return "race.step." + kind.code();
	}

	private static RaceView.Duration duration(Span span, Lang lang) {
		return new RaceView.Duration(true, span.days().min(), span.days().max(), span.days().exact(),
				step(span.from(), lang), step(span.to(), lang));
	}

	private static RaceView.@Nullable WaitingView waiting(@Nullable Waiting waiting, Lang lang) {
		return waiting == null ? null : new RaceView.WaitingView(step(waiting.latest(), lang), waiting.days().min(),
				waiting.days().max(), waiting.days().exact());
	}

	static RaceView.Step step(ListingEvent event, Lang lang) {
		return new RaceView.Step(event.getId(), "event." + event.getKind().code(), Formats.date(event.getDate(), lang),
				event.getDate().toString(), DayRange.of(event.getDate()).exact(),
				SourceRef.of(event.getSource(), lang));
	}

	private static List<RaceView.Switch> switches(Alignment current, Lang lang) {
		List<RaceView.Switch> switches = new ArrayList<>();
		for (Alignment alignment : Alignment.values()) {
			UriComponentsBuilder url = UriComponentsBuilder.fromPath("/race");
			if (alignment != Alignment.CALENDAR) {
				url.queryParam(Alignment.PARAMETER, alignment.code());
			}
			switches.add(new RaceView.Switch(alignment.code(), url.queryParam("lang", lang.code()).toUriString(),
					alignment == current));
		}
		return switches;
	}

}
