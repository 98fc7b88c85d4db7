package io.gpuipowatch.catalog;

/**
 * How a source states a figure: exactly, or as a bound or an approximation (超 / 近 / 约).
 */
public enum Qualifier {

	/** Stated as is (including 共 / 总计, "in total"). */
	EXACT,
	/** A lower bound: 超, 突破, 上 ("over"). */
	OVER,
	/** Just under: 近 ("nearly"). */
	NEARLY,
	/** An approximation: 约 ("about"). */
	ABOUT;

	public String code() {
		return name().toLowerCase();
	}

}
