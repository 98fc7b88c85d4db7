package io.gpuipowatch.catalog;

/**
 * Where a metric belongs in a comparison: its rows are grouped by these, in this order.
 */
public enum Section {

	IPO, FIRST_DAY, SINCE_LISTING, FINANCIALS, FUNDING, MARKET;

	public String code() {
		return name().toLowerCase().replace('_', '-');
	}

}
