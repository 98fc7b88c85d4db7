package io.gpuipowatch.race;

import java.util.List;

import io.gpuipowatch.api.OpenDataEndpoint.Coded;
import io.gpuipowatch.api.OpenDataEndpoint.Source;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The race as the API answers it, inside the API's envelope. */
final class RaceJson {

	private RaceJson() {
	}

	@Schema(description = "The race: how long each company took between the steps of its listing, computed.")
	record Race(@Schema(description = "The day a company not listed yet is counted to, yyyy-MM-dd") String today,
			@Schema(description = "Always computed: from the dates of the events cited",
					example = "computed") String method,
			List<Venue> venues) {
	}

	@Schema(description = "The companies of one venue and the milestones of its process they reached.")
	record Venue(Coded venue, List<Coded> milestones, List<Company> companies) {
	}

	@Schema(description = "One company's way to its listing.")
	record Company(@Schema(example = "moore-threads") String company, String name, List<Step> steps, @Schema(
			description = "From each milestone to the next; null where either step is not in the data") List<@Nullable Stage> stages,
			@Schema(description = "From the start of the review (acceptance or CSRC filing) to listing; null until "
					+ "listed") @Nullable Stage total,
			@Schema(description = "Until it lists: its latest step and the days since, to today") @Nullable Waiting waiting) {
	}

	@Schema(description = "A step of a listing, with its source.")
	record Step(String id, Coded kind, @Schema(description = "yyyy, yyyy-MM or yyyy-MM-dd") String date,
			@Schema(description = "day, month or year: how precisely the source dates it") String precision,
			Source source) {
	}

	@Schema(description = "A computed number of days between two steps.")
	record Stage(@Schema(description = "The kind of the first step") String from,
			@Schema(description = "The kind of the second step") String to, Days days, String fromEvent,
			String toEvent) {
	}

	@Schema(description = "Days between two dates: exact when both are known to the day; otherwise the fewest and "
			+ "the most the dates allow.")
	record Days(long min, long max, boolean exact) {
	}

	@Schema(description = "Where a company not listed yet stands.")
	record Waiting(Step latest, String today, Days days) {
	}

}
