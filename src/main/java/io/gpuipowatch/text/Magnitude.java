package io.gpuipowatch.text;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

/**
 * The word a large number is written with: 亿 or 万 in Chinese, B or M in English, or none.
 * A table row or column uses one for all its values, so they read against each other.
 */
public enum Magnitude {

	NONE(0, "", ""), THOUSAND_TEN(4, "", "万"), MILLION(6, "M", ""), HUNDRED_MILLION(8, "", "亿"), BILLION(9, "B", "");

	private final int power;

	private final String en;

	private final String zh;

	Magnitude(int power, String en, String zh) {
		this.power = power;
		this.en = en;
		this.zh = zh;
	}

	int power() {
		return power;
	}

	String word(Lang lang) {
		return lang.pick(en, zh);
	}

	/**
	 * One word for a row or column of values: the largest the largest value reaches, or a
	 * larger one where a value stated to a coarser place would otherwise gain zeros it
	 * was never given (0.46亿 is not 4,600万).
	 */
	public static Magnitude of(Collection<BigDecimal> values, Lang lang) {
		BigDecimal largest = values.stream().map(BigDecimal::abs).reduce(BigDecimal.ZERO, BigDecimal::max);
		Magnitude chosen = reached(largest, lang);
		for (BigDecimal value : values) {
			while (needsLarger(value, chosen) && chosen.larger(lang) != chosen) {
				chosen = chosen.larger(lang);
			}
		}
		return chosen;
	}

	public static Magnitude of(BigDecimal value, Lang lang) {
		return of(List.of(value), lang);
	}

	private static Magnitude reached(BigDecimal value, Lang lang) {
		Magnitude reached = NONE;
		for (Magnitude m : values()) {
			if (m.fits(lang) && value.compareTo(BigDecimal.TEN.pow(m.power)) >= 0) {
				reached = m;
			}
		}
		return reached;
	}

	/**
	 * A value stated to a place above this word's unit would be written with false zeros.
	 */
	private static boolean needsLarger(BigDecimal value, Magnitude magnitude) {
		// The scale is the place the source stated to: 0.46E8 to the million, 7000.00E4
		// to
		// the hundred
		return value.signum() != 0 && -value.scale() > magnitude.power;
	}

	private Magnitude larger(Lang lang) {
		for (Magnitude m : values()) {
			if (m.power > power && m.fits(lang)) {
				return m;
			}
		}
		return this;
	}

	/** Whether the language writes numbers with this word. */
	boolean fits(Lang lang) {
		return this == NONE || !word(lang).isEmpty();
	}

}
