package io.gpuipowatch.chart;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code charts.js} reads to draw a chart: its labels along the axis, the series
 * with a value and a display text per label (the text keeps the qualifier: "over CNY
 * 3.2B"; a missing value has its reason instead), the scale and the unit.
 */
record ChartData(String lang, List<String> labels, List<String> labelColors, List<Series> series, boolean log,
		String unit) {

	/**
	 * Okabe–Ito colours, told apart by readers with any common colour-vision deficiency.
	 */
	private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
			"#D55E00", "#F0E442", "#999999");

	record Series(String label, String color, List<@Nullable Double> values, List<String> texts) {
	}

	/**
	 * The colour of a series, or of a company where a chart has one series and a bar per
	 * company.
	 */
	static String colour(int index) {
		return PALETTE.get(index % PALETTE.size());
	}

}
