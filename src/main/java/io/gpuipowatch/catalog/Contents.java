package io.gpuipowatch.catalog;

import java.util.List;

/**
 * Everything a dataset holds, validated and cross-referenced: what the loader stores and
 * the catalog is built from. Each list in the order of its file.
 */
public record Contents(References references, Companies companies, Market market, DatasetInfo info) {

	/** What the other files refer to. */
	public record References(List<Source> sources, List<Venue> venues, List<Group> groups, List<Basis> bases,
			List<Metric> metrics) {
	}

	/**
	 * The companies and what is reported of each: steps, figures, and figures a source
	 * says are not published.
	 */
	public record Companies(List<Company> companies, List<ListingEvent> events, List<Figure> figures, List<Gap> gaps,
			List<Price> prices) {
	}

	/**
	 * What holds for the market: exchange rates, lock-up rules, and the changes made to
	 * the data.
	 */
	public record Market(List<ExchangeRate> rates, List<Lockup> lockups, List<Change> changes) {
	}

}
