package io.gpuipowatch.compare;

import java.util.ArrayList;
import java.util.List;

import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links that keep the compare page's whole state: companies, venues, groups, sort, the
 * rows shown, currency and language. Each control changes one of them and keeps the rest,
 * and the links of the table's own controls come back to the table, not to the top.
 */
record CompareLinks(List<Company> chosen, List<String> venues, List<String> groups, @Nullable String sort,
		@Nullable String dir, boolean completeOnly, @Nullable String currency, Lang lang) {

	static final String TABLE_ANCHOR = "compare-table";

	/** The link with a company added or taken out; filters that would hide it dropped. */
	String toggle(Company company, boolean passesFilters) {
		List<Company> next = new ArrayList<>(chosen);
		if (!next.remove(company)) {
			next.add(company);
		}
		return passesFilters ? url(next, venues, groups, sort, dir, completeOnly, null)
				: url(next, List.of(), List.of(), sort, dir, completeOnly, null);
	}

	String sort(String key, @Nullable String current, boolean descending) {
		String nextDir = key.equals(current) && !descending ? "desc" : "asc";
		return url(chosen, venues, groups, key, nextDir, completeOnly, TABLE_ANCHOR);
	}

	/** The same table with every row, or only the rows every company has a figure in. */
	String rows(boolean complete) {
		return url(chosen, venues, groups, sort, dir, complete, TABLE_ANCHOR);
	}

	/** The same page with money shown in another currency; null for "as listed". */
	String currency(@Nullable String code) {
		return new CompareLinks(chosen, venues, groups, sort, dir, completeOnly, code, lang).url(chosen, venues, groups,
				sort, dir, completeOnly, TABLE_ANCHOR);
	}

	String withoutVenues(List<Company> named) {
		return url(named, List.of(), groups, sort, dir, completeOnly, null);
	}

	/** This page's own link, to share. */
	String self(List<Company> named) {
		return url(named, venues, groups, sort, dir, completeOnly, null);
	}

	/** The table on screen as CSV: the same rows and columns, in the same order. */
	String csv() {
		return build("/compare.csv", chosen, venues, groups, sort, dir, completeOnly, null);
	}

	private String url(List<Company> companies, List<String> venueCodes, List<String> groupCodes,
			@Nullable String sortKey, @Nullable String direction, boolean complete, @Nullable String anchor) {
		return build("/compare", companies, venueCodes, groupCodes, sortKey, direction, complete, anchor);
	}

	private String build(String path, List<Company> companies, List<String> venueCodes, List<String> groupCodes,
			@Nullable String sortKey, @Nullable String direction, boolean complete, @Nullable String anchor) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		companies.forEach(c -> url.queryParam("c", c.getSlug()));
		venueCodes.forEach(v -> url.queryParam("venue", v));
		groupCodes.forEach(g -> url.queryParam("group", g));
		if (sortKey != null) {
			url.queryParam("sort", sortKey);
			url.queryParam("dir", direction == null ? "asc" : direction);
		}
		if (complete) {
			url.queryParam("rows", "complete");
		}
		if (currency != null) {
			url.queryParam("currency", currency);
		}
		url.queryParam("lang", lang.code());
		if (anchor != null) {
			url.fragment(anchor);
		}
		return url.encode().build().toUriString();
	}

}
