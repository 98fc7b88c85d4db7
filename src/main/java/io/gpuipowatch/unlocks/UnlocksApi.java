package io.gpuipowatch.unlocks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.gpuipowatch.api.ApiProblems;
import io.gpuipowatch.api.OpenDataEndpoint;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Lockup;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The unlocks as open data: every holder class's computed unlock, with its sources. */
@RestController
@Tag(name = "IPO race and unlocks")
class UnlocksApi extends OpenDataEndpoint {

	private final Unlocks unlocks;

	UnlocksApi(Unlocks unlocks, Catalog catalog, ApiProblems problems) {
		super(catalog, problems);
		this.unlocks = unlocks;
	}

	@Schema(description = "The unlocks, computed, and the day upcoming ones are counted from.")
	record Answered(@Schema(description = "Today, yyyy-MM-dd: unlocks on or after it are upcoming") String today,
			@Schema(example = "computed") String method, List<Item> unlocks) {
	}

	@Schema(description = "When one class of a company's holders may sell: the listing day plus the rule's months.")
	record Item(@Schema(example = "unlock-moore-threads-strategic-placement") String id,
			@Schema(example = "moore-threads") String company, String companyName, Coded holder,
			@Schema(description = "yyyy-MM-dd; null where the rule is a condition") @Nullable String date,
			@Schema(description = "upcoming, past or conditional") String status, Rule rule, Listing listing) {
	}

	@Schema(description = "The lock-up rule that binds the holders.")
	record Rule(String id, @Schema(description = "The company's own term rather than its venue's") boolean ownTerm,
			@Nullable Integer months,
			@Schema(description = "The share of the holder's shares it covers; null for all") @Nullable BigDecimal sharePercent,
			@Nullable String condition, @Nullable String phrase, @Nullable String note, Source source) {
	}

	@Schema(description = "The listing day the months count from.")
	record Listing(String event, String date, Source source) {
	}

	@GetMapping(path = PATH + "/unlocks", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Share unlocks",
			description = "For every listed company and holder class, the day its locked-up shares come free: the "
					+ "listing day plus the rule's months, computed (a company's own term replaces its venue's rule "
					+ "for that holder). A rule that is a condition has no date. Soonest first, conditions last.")
	@ApiResponse(responseCode = "200", description = "The unlocks")
	@ApiResponse(responseCode = "400", description = "An unknown language, named with the valid ones")
	Answer<Answered> unlocks(@Parameter(description = "Language of the labels") @RequestParam(name = "lang",
			defaultValue = "en") Lang lang) {
		LocalDate today = unlocks.today();
		List<Item> items = unlocks.all().stream().map(u -> item(u, today, lang)).toList();
		return answer(new Answered(today.toString(), "computed", items), lang);
	}

	private static Item item(Unlock unlock, LocalDate today, Lang lang) {
		Lockup rule = unlock.rule();
		LocalDate date = unlock.date();
		String status = date == null ? "conditional" : date.isBefore(today) ? "past" : "upcoming";
		String condition = LocalText.plain(rule.getCondition(), lang);
		String note = LocalText.plain(rule.getNote(), lang);
		return new Item(unlock.id(), unlock.company().getSlug(), Names.company(unlock.company(), lang),
				new Coded(rule.getHolder(), LocalText.plain(rule.getHolderName(), lang)),
				date == null ? null : date.toString(), status,
				new Rule(rule.getId(), unlock.ownTerm(), rule.getMonths(),
						rule.getSharePercent() == null ? null : Formats.exact(rule.getSharePercent()),
						condition.isEmpty() ? null : condition, rule.getPhrase(), note.isEmpty() ? null : note,
						source(rule.getSource(), lang)),
				new Listing(unlock.listing().getId(), unlock.listing().getDate().toString(),
						source(unlock.listing().getSource(), lang)));
	}

}
