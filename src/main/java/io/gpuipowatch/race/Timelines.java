package io.gpuipowatch.race;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.chart.CompanyColours;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;

/**
 * Lays the race out on a timeline: every company's steps on one calendar, or on an axis
 * of days to each company's own listing day. A step known only to the month is drawn over
 * its whole month, never on a day the source did not give.
 */
final class Timelines {

	static final int WIDTH = 1000;

	static final int PLOT_LEFT = 170;

	static final int PLOT_RIGHT = 980;

	private static final int LANE = 40;

	private static final int TOP = 12;

	private static final int MAX_TICKS = 9;

	private static final int[] MONTH_STEPS = { 1, 2, 3, 6, 12 };

	private static final int[] DAY_STEPS = { 7, 14, 30, 60, 90, 120, 180, 365, 730 };

	private Timelines() {
	}

	static TimelineView of(List<CompanyRace> races, Alignment alignment, LocalDate today, Lang lang) {
		List<CompanyRace> placed = new ArrayList<>();
		List<String> leftOut = new ArrayList<>();
		for (CompanyRace race : races) {
			boolean placeable = alignment == Alignment.CALENDAR
					|| race.listed().map(e -> DayRange.of(e.getDate()).exact()).orElse(false);
			if (race.steps().isEmpty() || !placeable) {
				leftOut.add(Names.company(race.company(), lang));
			}
			else {
				placed.add(race);
			}
		}
		int axisY = TOP + placed.size() * LANE + 4;
		if (placed.isEmpty()) {
			return new TimelineView(WIDTH, axisY + 30, PLOT_LEFT, PLOT_RIGHT, axisY, List.of(), List.of(), leftOut,
					null, List.of());
		}
		Scale scale = alignment == Alignment.CALENDAR ? calendar(placed, today) : toListing(placed);
		List<TimelineView.Lane> lanes = new ArrayList<>();
		for (int i = 0; i < placed.size(); i++) {
			lanes.add(lane(placed.get(i), TOP + i * LANE + LANE / 2, scale, alignment, today, lang));
		}
		List<TimelineView.Tick> ticks = alignment == Alignment.CALENDAR ? monthTicks(scale, lang) : dayTicks(scale);
		Double zeroX = alignment == Alignment.LISTING ? scale.x(0) : null;
		List<SourceRef> sources = placed.stream()
			.flatMap(r -> r.steps().stream())
			.map(step -> SourceRef.of(step.getSource(), lang))
			.distinct()
			.toList();
		return new TimelineView(WIDTH, axisY + 30, PLOT_LEFT, PLOT_RIGHT, axisY, lanes, ticks, leftOut, zeroX, sources);
	}

	private static TimelineView.Lane lane(CompanyRace race, int y, Scale scale, Alignment alignment, LocalDate today,
			Lang lang) {
		long origin = alignment == Alignment.CALENDAR ? 0
				: race.listed().map(e -> e.getDate().start().toEpochDay()).orElse(0L);
		List<TimelineView.Mark> marks = new ArrayList<>();
		for (ListingEvent step : race.steps()) {
			DayRange days = DayRange.of(step.getDate());
			double x = scale.x(days.earliest().toEpochDay() - origin);
			double end = scale.x(days.latest().toEpochDay() + 1 - origin);
			marks.add(new TimelineView.Mark(x, days.exact() ? 0 : end - x, days.exact(),
					Race.MILESTONES.contains(step.getKind()), step.getKind() == EventKind.LISTED,
					"event." + step.getKind().code(), Formats.date(step.getDate(), lang)));
		}
		TimelineView.Wait wait = null;
		Waiting waiting = race.waiting();
		if (waiting != null && alignment == Alignment.CALENDAR) {
			wait = new TimelineView.Wait(scale.x(DayRange.of(waiting.latest().getDate()).latest().toEpochDay()),
					scale.x(today.toEpochDay()), waiting.days().min(), waiting.days().max());
		}
		return new TimelineView.Lane(Names.company(race.company(), lang),
				CompanyColours.of(race.company().getPosition()), y, marks, wait);
	}

	/** Dates as days since the epoch, from the first step to the last, or to today. */
	private static Scale calendar(List<CompanyRace> races, LocalDate today) {
		long first = extreme(races, r -> r.earliest().toEpochDay(), true);
		long last = extreme(races, r -> r.latest().toEpochDay() + 1, false);
		if (races.stream().anyMatch(r -> r.waiting() != null)) {
			last = Math.max(last, today.toEpochDay());
		}
		return Scale.padded(first, last);
	}

	/** Days before each company's own listing day, up to the day itself. */
	private static Scale toListing(List<CompanyRace> races) {
		long first = 0;
		for (CompanyRace race : races) {
			long listed = race.listed().orElseThrow().getDate().start().toEpochDay();
			for (ListingEvent step : race.steps()) {
				first = Math.min(first, DayRange.of(step.getDate()).earliest().toEpochDay() - listed);
			}
		}
		return Scale.padded(first, 1);
	}

	private static long extreme(List<CompanyRace> races, ToLongFunction<DayRange> day, boolean lowest) {
		return races.stream()
			.flatMap(r -> r.steps().stream())
			.mapToLong(e -> day.applyAsLong(DayRange.of(e.getDate())))
			.reduce(lowest ? Math::min : Math::max)
			.orElseThrow();
	}

	/** A line at the first of every month, or of every few months, across the range. */
	private static List<TimelineView.Tick> monthTicks(Scale scale, Lang lang) {
		LocalDate from = LocalDate.ofEpochDay((long) Math.ceil(scale.from())).withDayOfMonth(1).plusMonths(1);
		LocalDate to = LocalDate.ofEpochDay((long) scale.to());
		long months = ChronoUnit.MONTHS.between(from, to) + 1;
		int step = MONTH_STEPS[MONTH_STEPS.length - 1];
		for (int candidate : MONTH_STEPS) {
			if (months / candidate < MAX_TICKS) {
				step = candidate;
				break;
			}
		}
		List<TimelineView.Tick> ticks = new ArrayList<>();
		for (LocalDate month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			if ((month.getMonthValue() - 1) % step == 0) {
				PartialDate label = step == 12 ? new PartialDate(month.getYear(), 0, 0)
						: new PartialDate(month.getYear(), month.getMonthValue(), 0);
				ticks.add(new TimelineView.Tick(scale.x(month.toEpochDay()), Formats.date(label, lang), 0));
			}
		}
		return ticks;
	}

	/** A line every few days before the listing day, and at the day itself. */
	private static List<TimelineView.Tick> dayTicks(Scale scale) {
		long span = (long) (scale.to() - scale.from());
		int step = DAY_STEPS[DAY_STEPS.length - 1];
		for (int candidate : DAY_STEPS) {
			if (span / candidate < MAX_TICKS) {
				step = candidate;
				break;
			}
		}
		List<TimelineView.Tick> ticks = new ArrayList<>();
		for (long day = 0; day >= scale.from(); day -= step) {
			ticks.add(0, new TimelineView.Tick(scale.x(day), null, day));
		}
		return ticks;
	}

	/** From days (since the epoch, or to listing) to the SVG's horizontal units. */
	record Scale(double from, double to) {

		/** A little room on either side, so the first and last marks are not cut. */
		static Scale padded(long first, long last) {
			double pad = Math.max(5, (last - first) * 0.02);
			return new Scale(first - pad, last + pad);
		}

		double x(long day) {
			double x = PLOT_LEFT + (day - from) / (to - from) * (PLOT_RIGHT - PLOT_LEFT);
			return Math.round(x * 10) / 10.0;
		}

	}

}
