package io.gpuipowatch.race;

import java.util.List;

import io.gpuipowatch.figure.SourceRef;
import org.jspecify.annotations.Nullable;

/**
 * The timeline as the page draws it in SVG: a lane per company with a mark per step, on
 * an axis of dates or of days to listing. Coordinates are in the SVG's own units; the
 * drawing scales with the page.
 *
 * @param leftOut the companies the alignment cannot place (not listed yet)
 * @param zeroX where the listing day is, when aligned by days to listing
 * @param sources the sources of the steps drawn, in the order first drawn
 */
record TimelineView(int width, int height, int plotLeft, int plotRight, int axisY, List<Lane> lanes, List<Tick> ticks,
		List<String> leftOut, @Nullable Double zeroX, List<SourceRef> sources) {

	/**
	 * @param waiting from the latest step to today, for a company still waiting
	 */
	record Lane(String company, String colour, int y, List<Mark> marks, @Nullable Wait waiting) {
	}

	/**
	 * A step: a dot on its day, or a bar over the month a source gave without the day.
	 */
	record Mark(double x, double width, boolean exact, boolean milestone, boolean listed, String kindKey, String date) {
	}

	record Wait(double from, double to, long min, long max) {
	}

	/** A line across the lanes, labelled by a date or by a number of days to listing. */
	record Tick(double x, @Nullable String date, long days) {
	}

}
