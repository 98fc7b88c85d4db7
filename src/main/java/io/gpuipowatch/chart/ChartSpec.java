package io.gpuipowatch.chart;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A chart, described as data: what it plots, over which periods, how the values are laid
 * out. Value axes are always linear from zero: a bar's length is its value. The periods
 * are never written here: they are chosen from the figures the data has, so a year added
 * to {@code data/} shows up in every chart that plots years.
 *
 * @param id the element id and the start of the PNG file's name
 * @param titleKey the message key of its title; {0} is the period it covers, where there
 * is one
 * @param captionKey the message key of its caption; {0} as in the title
 * @param layout what is along the axis and what the bars are
 * @param measures the metrics plotted, each over its periods; metrics of very different
 * size (funds raised against market value) belong in charts of their own
 */
public record ChartSpec(String id, String titleKey, String captionKey, Layout layout, List<Measure> measures) {

	public enum Layout {

		/**
		 * Companies side by side, in their own colours: a bar per company, or, with
		 * several measures or years, a group per measure or year with a bar per company.
		 */
		COMPANIES,

		/**
		 * One company: a group per period, a bar per measure, in a neutral ramp (colour
		 * means a company only where several are shown).
		 */
		PERIODS

	}

	/**
	 * One metric over the periods the data has for it.
	 *
	 * @param metric the metric's code
	 * @param periods which of its periods
	 * @param labelKey the message key of the series' label, {0} being its period; null
	 * for the metric's name
	 */
	public record Measure(String metric, Periods periods, @Nullable String labelKey) {

		public static Measure of(String metric, Periods periods) {
			return new Measure(metric, periods, null);
		}

	}

	/** Which periods of a metric a chart plots, chosen from what the data has. */
	public enum Periods {

		/**
		 * The figure at the listing (IPO terms and the first day, dated by the listing
		 * day).
		 */
		AT_LISTING,

		/**
		 * Every whole year the companies shown have a figure for, each a series of its
		 * own.
		 */
		EACH_YEAR,

		/** The latest whole year any company shown has a figure for. */
		LATEST_YEAR,

		/**
		 * The latest span of whole years (a multi-year total) any company shown has a
		 * figure for.
		 */
		LATEST_SPAN

	}

}
