package io.gpuipowatch.catalog;

/** Why a company has no figure for a metric: never a zero, always one of these. */
public enum Absence {

	/**
	 * The metric does not exist where the company lists (a STAR IPO has no offer-price
	 * range).
	 */
	NOT_APPLICABLE,

	/** The metric exists only for listed companies, and the company is not listed yet. */
	NOT_LISTED,

	/** A source says the company has not published it. */
	NOT_DISCLOSED,

	/** Published somewhere, not collected here yet: the default. */
	NOT_IN_DATA;

	/**
	 * As the API and the CSV files write it: not-applicable, not-disclosed,
	 * not-in-our-data.
	 */
	public String code() {
		return switch (this) {
			case NOT_APPLICABLE, NOT_LISTED -> "not-applicable";
			case NOT_DISCLOSED -> "not-disclosed";
			case NOT_IN_DATA -> "not-in-our-data";
		};
	}

}
