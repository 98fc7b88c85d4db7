package io.gpuipowatch.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Group;
import io.gpuipowatch.catalog.Venue;
import org.jspecify.annotations.Nullable;

/**
 * Reads the venue and company choices of a link against the data: an unknown value is a
 * bad request naming the valid ones; none chosen means all.
 */
public final class Filters {

	/** How many companies a comparison holds at most. */
	public static final int MAX_COMPARED = 4;

	private Filters() {
	}

	/** The venues chosen, in the data's order; all of them when none is chosen. */
	public static List<Venue> venues(Catalog catalog, @Nullable List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			return List.copyOf(catalog.venues());
		}
		Set<String> wanted = new LinkedHashSet<>();
		for (String code : codes) {
			if (catalog.venue(code).isEmpty()) {
				throw new BadRequestException("venue", code, catalog.venues().stream().map(Venue::getCode).toList());
			}
			wanted.add(code);
		}
		return catalog.venues().stream().filter(v -> wanted.contains(v.getCode())).toList();
	}

	/** The value of {@code group} that chooses every group. */
	public static final String ALL_GROUPS = "all";

	/**
	 * The groups chosen, in the data's order: every group for {@code all}; the default
	 * selection (the seed article's four) when none is chosen and the link names no
	 * companies of its own.
	 */
	public static List<Group> groups(Catalog catalog, @Nullable List<String> codes, boolean companiesNamed) {
		if (codes == null || codes.isEmpty()) {
			return companiesNamed ? List.copyOf(catalog.groups()) : List.of(catalog.defaultGroup());
		}
		List<String> valid = new ArrayList<>(catalog.groups().stream().map(Group::getCode).toList());
		valid.add(ALL_GROUPS);
		Set<String> wanted = new LinkedHashSet<>();
		for (String code : codes) {
			if (!valid.contains(code)) {
				throw new BadRequestException("group", code, valid);
			}
			wanted.add(code);
		}
		if (wanted.contains(ALL_GROUPS)) {
			return List.copyOf(catalog.groups());
		}
		return catalog.groups().stream().filter(g -> wanted.contains(g.getCode())).toList();
	}

	/** The companies of the chosen venues and groups, in the data's order. */
	public static List<Company> companiesIn(Catalog catalog, List<Venue> venues, List<Group> groups) {
		return catalog.companies()
			.stream()
			.filter(c -> venues.contains(c.getVenue()) && groups.contains(c.getGroup()))
			.toList();
	}

	/** True when the link chose venues, rather than showing all. */
	public static boolean isFiltered(Catalog catalog, List<Venue> venues) {
		return venues.size() < catalog.venues().size();
	}

	/**
	 * The companies listed (or not yet listed) under the chosen venues, in the data's
	 * order.
	 */
	public static List<Company> companiesIn(Catalog catalog, List<Venue> venues) {
		return catalog.companies().stream().filter(c -> venues.contains(c.getVenue())).toList();
	}

	/** The companies a link names, each once, in the link's order; at most four. */
	public static List<Company> companies(Catalog catalog, @Nullable List<String> slugs) {
		if (slugs == null) {
			return List.of();
		}
		List<Company> chosen = new ArrayList<>();
		List<String> valid = catalog.companies().stream().map(Company::getSlug).toList();
		if (new LinkedHashSet<>(slugs).size() > MAX_COMPARED) {
			throw new BadRequestException("c", String.join(", ", new LinkedHashSet<>(slugs)), valid, "error.tooMany");
		}
		for (String slug : slugs) {
			Company company = catalog.company(slug).orElseThrow(() -> new BadRequestException("c", slug, valid));
			if (!chosen.contains(company)) {
				chosen.add(company);
			}
		}
		return chosen;
	}

}
