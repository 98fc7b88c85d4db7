package io.gpuipowatch.overview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.EventKind;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import io.gpuipowatch.unlocks.Unlocks;
import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The strip of key facts the overview leads with, for the companies it shows: how many
 * are listed, the largest first-day gain, the latest listing, the step the furthest
 * behind has reached and the next unlock of locked-up shares. Each names its company and
 * links to it; a fact no company shown has is left out rather than written as nothing.
 */
final class OverviewFacts {

	/**
	 * A fact: what it is, its value, whose it is, and the page that holds its source.
	 */
	record Fact(String label, String value, String detail, String url) {
	}

	private final Catalog catalog;

	private final MessageSource messages;

	private final Unlocks unlocks;

	OverviewFacts(Catalog catalog, MessageSource messages, Unlocks unlocks) {
		this.catalog = catalog;
		this.messages = messages;
		this.unlocks = unlocks;
	}

	List<Fact> of(List<Company> shown, Lang lang) {
		List<Fact> facts = new ArrayList<>();
		if (shown.isEmpty()) {
			return facts;
		}
		List<ListingEvent> listings = shown.stream().map(this::listing).flatMap(Optional::stream).toList();
		facts.add(new Fact(text("overview.fact.listed", lang), listings.size() + " / " + shown.size(),
				text("overview.fact.listedDetail", lang, shown.size() - listings.size()), link("/compare", lang)));
		shown.stream()
			.map(c -> catalog.shownLatest(c, "first-day-gain-close"))
			.flatMap(Optional::stream)
			.max(Comparator.comparing(Figure::getValue))
			.ifPresent(f -> facts.add(new Fact(text("overview.fact.topGain", lang), Formats.figure(f, lang),
					Names.company(f.getCompany(), lang), companyLink(f.getCompany(), lang))));
		listings.stream()
			.max(Comparator.comparing(ListingEvent::getDate))
			.ifPresent(
					e -> facts.add(new Fact(text("overview.fact.latestListing", lang), Formats.date(e.getDate(), lang),
							Names.company(e.getCompany(), lang), companyLink(e.getCompany(), lang))));
		shown.stream()
			.filter(c -> listing(c).isEmpty())
			.map(c -> catalog.events(c)
				.stream()
				.filter(ListingEvent::isShown)
				.max(Comparator.comparing(ListingEvent::getDate)))
			.flatMap(Optional::stream)
			.min(Comparator.comparing(ListingEvent::getDate))
			.ifPresent(e -> facts.add(new Fact(text("overview.fact.waiting", lang),
					text("event." + e.getKind().name().toLowerCase().replace('_', '-'), lang),
					Names.company(e.getCompany(), lang) + " · " + Formats.date(e.getDate(), lang),
					companyLink(e.getCompany(), lang))));
		List<String> slugs = shown.stream().map(Company::getSlug).toList();
		unlocks.upcoming(lang, catalog.companies().size() * 16)
			.stream()
			.filter(u -> slugs.contains(u.companySlug()) && u.date() != null)
			.findFirst()
			.ifPresent(u -> facts.add(new Fact(text("overview.fact.nextUnlock", lang), u.date(),
					u.companyName() + (u.holder() == null ? "" : " · " + u.holder().text()), link("/unlocks", lang))));
		return facts;
	}

	private Optional<ListingEvent> listing(Company company) {
		return catalog.events(company).stream().filter(e -> e.isShown() && e.getKind() == EventKind.LISTED).findFirst();
	}

	private static String companyLink(Company company, Lang lang) {
		return UriComponentsBuilder.fromPath("/companies/{slug}")
			.queryParam("lang", lang.code())
			.buildAndExpand(company.getSlug())
			.toUriString();
	}

	private static String link(String path, Lang lang) {
		return UriComponentsBuilder.fromPath(path).queryParam("lang", lang.code()).toUriString();
	}

	private String text(String key, Lang lang, Object... args) {
		return messages.getMessage(key, args.length == 0 ? null : args, lang.locale());
	}

}
