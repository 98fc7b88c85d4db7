package io.gpuipowatch.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The overview's links: each filter chip is the same link with one choice changed, so the
 * filters keep each other and work without JavaScript; the compare and CSV links keep
 * both.
 *
 * @param venues the venues the link chose; empty for all
 * @param groups the groups the link chose; empty for the default selection
 * @param venueOrder every venue, in the data's order: the order a link names them in
 * @param currency the currency money is also shown in; null for as listed
 */
record OverviewLinks(List<String> venues, List<String> groups, Lang lang, List<String> venueOrder,
		@Nullable String currency) {

	/** The venue chip: adds the venue, or takes it away when it is chosen. */
	String toggleVenue(String code) {
		List<String> chosen = new ArrayList<>(venues);
		if (!chosen.remove(code)) {
			chosen.add(code);
		}
		chosen.sort(Comparator.comparingInt(venueOrder::indexOf));
		return new OverviewLinks(chosen, groups, lang, venueOrder, currency).to("/");
	}

	String allVenues() {
		return new OverviewLinks(List.of(), groups, lang, venueOrder, currency).to("/");
	}

	/** A group chip: that group only ({@code all} for every one). */
	String group(String code) {
		return new OverviewLinks(venues, List.of(code), lang, venueOrder, currency).to("/");
	}

	/** The overview with money also in this currency (as listed for null). */
	String currency(@Nullable String code) {
		return new OverviewLinks(venues, groups, lang, venueOrder, code).to("/");
	}

	String to(String path) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
		if (!groups.isEmpty()) {
			url.queryParam("group", groups);
		}
		if (!venues.isEmpty()) {
			url.queryParam("venue", venues);
		}
		if (currency != null) {
			url.queryParam("currency", currency);
		}
		return url.queryParam("lang", lang.code()).build().toUriString();
	}

}
