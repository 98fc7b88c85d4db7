package io.gpuipowatch.chart;

import java.util.List;

/**
 * A company's colour, by its position in the data: Okabe–Ito colours, told apart by
 * readers with any common colour-vision deficiency. The charts, the race timeline and the
 * since-listing chart all take it from here, so a company has one colour everywhere, and
 * nothing that is not a company has one of these.
 */
public final class CompanyColours {

	static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
			"#F0E442", "#999999");

	private CompanyColours() {
	}

	public static String of(int position) {
		return PALETTE.get(Math.floorMod(position, PALETTE.size()));
	}

}
