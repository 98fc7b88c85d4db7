package io.gpuipowatch.race;

import java.util.List;

/**
 * A company's colour, by its position in the data: the Okabe–Ito palette the charts use,
 * so a company has the same colour on the timeline as on every chart (a test checks the
 * two agree).
 */
final class CompanyColours {

	static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
			"#F0E442", "#999999");

	private CompanyColours() {
	}

	static String of(int position) {
		return PALETTE.get(Math.floorMod(position, PALETTE.size()));
	}

}
