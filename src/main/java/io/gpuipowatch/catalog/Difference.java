package io.gpuipowatch.catalog;

/**
 * How a report differs from the one pages show, where several report the same thing. Only
 * sources that disagree make a dispute; the others are the same figure seen another way.
 */
public enum Difference {

	/** Sources disagree on the same figure: a dispute. */
	DISAGREE,

	/**
	 * An earlier figure restated later: a draft prospectus's, restated by the final one.
	 */
	RESTATED,

	/**
	 * The same measure on another basis: 归母 and 扣非, IFRS and adjusted, before and after
	 * the IPO.
	 */
	BASIS,

	/** A rounding of another report of the same figure. */
	ROUNDED,

	/** The same measure at another date: a stake in 2020 against one in 2025. */
	DATED;

	public String code() {
		return name().toLowerCase();
	}

}
