package io.gpuipowatch.figure;

import java.util.List;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A company's identity and where its listing stands, as cards, headers and tables show
 * it: names in both languages, venue, stock code, listing date, and for a company not
 * listed yet, where it has applied and how far it has got.
 */
public record CompanySummary(String slug, String name, String altName, String venueCode, String venue, boolean listed,
		@Nullable String stockCode, @Nullable String listingDate, String statusKey, @Nullable String statusDate,
		@Nullable String appliedVenue, String city, String founded, @Nullable String products, int colourIndex,
		String groupCode, String group, @Nullable LocalText note) {

	/**
	 * The company's page, with money also in the currency the reader chose (none for as
	 * listed).
	 */
	public String url(@Nullable String currency, String lang) {
		return pageUrl(slug, currency, lang);
	}

	/** A company's page, with money also in a currency (none for as listed). */
	public static String pageUrl(String slug, @Nullable String currency, String lang) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/companies/{slug}");
		if (currency != null) {
			url.queryParam("currency", currency);
		}
		return url.queryParam("lang", lang).buildAndExpand(slug).encode().toUriString();
	}

	public static CompanySummary of(Company company, Catalog catalog, Lang lang) {
		List<ListingEvent> events = catalog.events(company).stream().filter(ListingEvent::isShown).toList();
		Optional<ListingEvent> listing = events.stream()
			.filter(e -> e.getKind() == EventKind.LISTED && e.getVenue() == company.getVenue())
			.findFirst();
		Optional<ListingEvent> latest = events.stream().reduce((a, b) -> b);
		return new CompanySummary(company.getSlug(), Names.company(company, lang), Names.companyAlt(company, lang),
				company.getVenue().getCode(), Names.venue(company.getVenue(), lang), company.getVenue().isListed(),
				company.getStockCode(), listing.map(e -> Formats.date(e.getDate(), lang)).orElse(null),
				"status." + company.getStatus().code(), latest.map(e -> Formats.date(e.getDate(), lang)).orElse(null),
				company.getAppliedVenue() == null ? null : Names.venue(company.getAppliedVenue(), lang),
				lang.pick(company.getCityEn(), company.getCityZh()), Formats.date(company.getFounded(), lang),
				lang.pick(company.getProductsEn(), company.getProductsZh()), company.getPosition(),
				company.getGroup().getCode(), LocalText.plain(company.getGroup().getShortName(), lang),
				LocalText.of(company.getNote(), lang));
	}

}
