package io.gpuipowatch.chart;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code charts.js} reads to draw a chart: its labels along the axis (a label may
 * have a second line, the basis of the figures above it), the datasets with a value and a
 * display text per label (the text keeps the qualifier: "over CNY 3.2B"; a missing value
 * has its reason instead) and the unit. The axis is always linear from zero.
 *
 * @param labels the labels along the axis, each as its lines
 * @param series the datasets, drawn as bars side by side within each label
 */
record ChartData(String lang, List<List<String>> labels, List<Series> series, String unit) {

	/**
	 * Greys for what is not a company (years, metrics on a company's own chart), dark to
	 * light by position.
	 */
	private static final List<String> NEUTRAL = List.of("#3D4A57", "#7A8794", "#B5BFC9", "#5F6B77", "#98A3AE");

	/**
	 * A dataset.
	 *
	 * @param colors the colour of each bar (a company's, or the same grey for all)
	 * @param figures the id of the figure behind each bar; null where there is none
	 * @param slots what each bar stands for: company slug, metric code and period key
	 * (empty at listing), joined by {@code /}
	 * @param marks how each bar must be read besides its value: {@code lower-bound} for a
	 * figure stated as "over", {@code disputed} where sources disagree; null for neither
	 */
	record Series(String label, List<String> colors, List<@Nullable Double> values, List<String> texts,
			List<@Nullable String> figures, List<String> slots, List<@Nullable String> marks) {
	}

	/** A grey for the n-th thing that is not a company. */
	static String neutral(int index) {
		return NEUTRAL.get(index % NEUTRAL.size());
	}

}
