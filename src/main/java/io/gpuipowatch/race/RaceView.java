package io.gpuipowatch.race;

import java.util.List;

import io.gpuipowatch.figure.SourceRef;
import org.jspecify.annotations.Nullable;

/** The race page's model: a table of durations per venue, and the timeline. */
record RaceView(String today, String todayIso, List<Table> tables, TimelineView timeline, String align,
		List<Switch> alignments) {

	/**
	 * The companies of one venue, a column per stage between its milestones.
	 *
	 * @param stages the milestone kinds each column runs between, as message keys
	 */
	record Table(String venue, String venueCode, List<Stage> stages, List<Row> rows) {
	}

	record Stage(String fromKey, String toKey) {
	}

	record Row(String company, String slug, String colour, List<Duration> stages, Duration total,
			@Nullable WaitingView waiting) {
	}

	/**
	 * A computed number of days between two dated steps, with both steps' dates and
	 * sources; {@code present} false where the data has either step missing.
	 *
	 * @param exact whether both steps are known to the day; otherwise min and max are the
	 * fewest and most days the dates allow
	 */
	record Duration(boolean present, long min, long max, boolean exact, @Nullable Step from, @Nullable Step to) {

		static final Duration MISSING = new Duration(false, 0, 0, true, null, null);

	}

	/** A step as a duration cites it: its kind, date and source. */
	record Step(String id, String kindKey, String date, String isoDate, boolean exactDay, SourceRef source) {
	}

	/** A company not listed yet: its latest step and the days since, to today. */
	record WaitingView(Step latest, long min, long max, boolean exact) {
	}

	/** A link to the same page with another alignment. */
	record Switch(String code, String url, boolean current) {
	}

}
