package io.gpuipowatch.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Lockup;
import io.gpuipowatch.race.CompanyRace;
import io.gpuipowatch.race.Race;
import io.gpuipowatch.race.Span;
import io.gpuipowatch.race.VenueRace;
import io.gpuipowatch.race.Waiting;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import io.gpuipowatch.unlocks.Unlock;
import io.gpuipowatch.unlocks.Unlocks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The race's durations and the unlocks as CSV, as the figures are: UTF-8 with a
 * byte-order mark, formula-like text neutralised, every row marked computed and citing
 * the sources it follows from, and the dataset it comes from.
 */
@RestController
@Tag(name = "CSV")
class ListingDatesCsv {

	static final List<String> RACE_COLUMNS = List.of("company", "company_name", "venue", "stage", "from_kind",
			"from_label", "from_event", "from_date", "from_source", "to_kind", "to_label", "to_event", "to_date",
			"to_source", "days_min", "days_max", "exact", "method", "as_of", "dataset_version");

	static final List<String> UNLOCK_COLUMNS = List.of("unlock_id", "company", "company_name", "holder", "holder_label",
			"rule_id", "own_term", "months", "share_percent", "condition", "listing_event", "listing_date",
			"listing_source", "unlock_date", "rule_source", "rule_phrase", "note", "method", "as_of",
			"dataset_version");

	private final Catalog catalog;

	private final Race race;

	private final Unlocks unlocks;

	private final MessageSource messages;

	ListingDatesCsv(Catalog catalog, Race race, Unlocks unlocks, MessageSource messages) {
		this.catalog = catalog;
		this.race = race;
		this.unlocks = unlocks;
		this.messages = messages;
	}

	@GetMapping(path = "/race.csv", produces = CsvExports.TEXT_CSV)
	@Operation(summary = "The IPO race as CSV",
			description = "One row per stage of each company's listing: consecutive milestones, then the whole review "
					+ "(stage = total), or for a company not listed yet its latest step to today (stage = waiting). "
					+ "Days computed from the events' dates: days_min and days_max differ where a step is known only "
					+ "to the month.")
	@ApiResponse(responseCode = "200", description = "A CSV file, one row per stage",
			content = @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "An unknown language")
	ResponseEntity<byte[]> race(@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
			defaultValue = "en") Lang lang) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (VenueRace venue : race.venues()) {
			for (CompanyRace company : venue.companies()) {
				for (List<EventKind> stage : venue.stages()) {
					company.span(stage.get(0), stage.get(1))
						.ifPresent(s -> rows.add(raceRow(company, "step", s, lang)));
				}
				if (company.total() != null) {
					rows.add(raceRow(company, "total", company.total(), lang));
				}
				Waiting waiting = company.waiting();
				if (waiting != null) {
					ListingEvent latest = waiting.latest();
					rows.add(row(company, "waiting", latest, lang,
							Arrays.asList(null, null, null, waiting.today().toString(), null), waiting.days().min(),
							waiting.days().max(), waiting.days().exact()));
				}
			}
		}
		return file("race", RACE_COLUMNS, rows);
	}

	@GetMapping(path = "/unlocks.csv", produces = CsvExports.TEXT_CSV)
	@Operation(summary = "The unlocks as CSV",
			description = "One row per listed company and holder class: the listing day, the rule's months or its "
					+ "condition, and the computed unlock date, with the rule's and the listing day's sources.")
	@ApiResponse(responseCode = "200", description = "A CSV file, one row per unlock",
			content = @Content(mediaType = CsvExports.TEXT_CSV, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "An unknown language")
	ResponseEntity<byte[]> unlocks(@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
			defaultValue = "en") Lang lang) {
		List<List<@Nullable Object>> rows = new ArrayList<>();
		for (Unlock unlock : unlocks.all()) {
			Lockup rule = unlock.rule();
			ListingEvent listing = unlock.listing();
			rows.add(Arrays.asList(unlock.id(), unlock.company().getSlug(), Names.company(unlock.company(), lang),
					rule.getHolder(), LocalText.plain(rule.getHolderName(), lang), rule.getId(), unlock.ownTerm(),
					rule.getMonths(),
					rule.getSharePercent() == null ? null : Formats.exact(rule.getSharePercent()).toPlainString(),
					LocalText.plain(rule.getCondition(), lang), listing.getId(), listing.getDate().toString(),
					listing.getSource().getId(), unlock.date() == null ? null : unlock.date().toString(),
					rule.getSource().getId(), rule.getPhrase(), LocalText.plain(rule.getNote(), lang), "computed",
					catalog.info().getAsOf().toString(), catalog.info().getVersion()));
		}
		return file("unlocks", UNLOCK_COLUMNS, rows);
	}

	private List<@Nullable Object> raceRow(CompanyRace company, String stage, Span span, Lang lang) {
		ListingEvent to = span.to();
		return row(
				company, stage, span.from(), lang, Arrays.asList(to.getKind().code(), label(to.getKind(), lang),
						to.getId(), to.getDate().toString(), to.getSource().getId()),
				span.days().min(), span.days().max(), span.days().exact());
	}

	/** A stage from an event to another one (or, for a company waiting, to today). */
	private List<@Nullable Object> row(CompanyRace company, String stage, ListingEvent from, Lang lang,
			List<@Nullable Object> to, long min, long max, boolean exact) {
		List<@Nullable Object> row = new ArrayList<>(Arrays.asList(company.company().getSlug(),
				Names.company(company.company(), lang), company.venue().getCode(), stage, from.getKind().code(),
				label(from.getKind(), lang), from.getId(), from.getDate().toString(), from.getSource().getId()));
		row.addAll(to);
		row.addAll(Arrays.asList(min, max, exact, "computed", catalog.info().getAsOf().toString(),
				catalog.info().getVersion()));
		return row;
	}

	private String label(EventKind kind, Lang lang) {
		return messages.getMessage("event." + kind.code(), null, lang.locale());
	}

	private ResponseEntity<byte[]> file(String name, List<String> header, List<List<@Nullable Object>> rows) {
		return CsvFile.attachment(name, catalog.info().getVersion(), CsvFile.write(header, rows));
	}

}
