package io.gpuipowatch.changes;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The corrections feed as Atom 1.0, written by ROME: one entry per change, newest first,
 * each linking to the change on the "What changed" page.
 */
@RestController
@Tag(name = "Feeds")
class ChangesFeed {

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	/** Dates in the data are days in China, where the companies report. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Catalog catalog;

	private final MessageSource messages;

	private final URI site;

	ChangesFeed(Catalog catalog, MessageSource messages, @Value("${dashboard.http.site-url}") URI site) {
		this.catalog = catalog;
		this.messages = messages;
		this.site = site;
	}

	@GetMapping(path = "/changes.atom", produces = ATOM)
	@Operation(summary = "The corrections feed (Atom)",
			description = "Every change to the data a reader should know about, newest first: corrected figures, "
					+ "restatements, new companies and sources.")
	ResponseEntity<String> feed(@RequestParam(name = "lang", defaultValue = "en") Lang lang) throws FeedException {
		Locale locale = lang.locale();
		Feed feed = new Feed("atom_1.0");
		feed.setId(site.resolve("/changes.atom?lang=" + lang.code()).toString());
		feed.setTitle(messages.getMessage("changes.heading", null, locale) + " · "
				+ messages.getMessage("app.name", null, locale));
		feed.setLanguage(lang.tag());
		feed.setAlternateLinks(List.of(link("alternate", "/changes?lang=" + lang.code(), "text/html")));
		feed.setOtherLinks(List.of(link("self", "/changes.atom?lang=" + lang.code(), "application/atom+xml")));
		Person author = new Person();
		author.setName(messages.getMessage("app.name", null, locale));
		feed.setAuthors(List.of(author));
		List<Entry> entries = new ArrayList<>();
		catalog.changes().forEach(change -> entries.add(entry(ChangeView.of(change, lang), change.getDate(), lang)));
		feed.setEntries(entries);
		feed.setUpdated(catalog.changes().isEmpty() ? date(catalog.info().getAsOf()) : entries.get(0).getUpdated());
		return ResponseEntity.ok().header("Content-Type", ATOM).body(new WireFeedOutput().outputString(feed));
	}

	private Entry entry(ChangeView change, PartialDate date, Lang lang) {
		Entry entry = new Entry();
		entry.setId(site.resolve("/changes#" + change.id()).toString());
		entry.setTitle(change.what() == null ? change.id() : change.what().text());
		entry.setUpdated(date(date));
		entry.setAlternateLinks(
				List.of(link("alternate", "/changes?lang=" + lang.code() + "#" + change.id(), "text/html")));
		StringBuilder text = new StringBuilder();
		if (change.figureName() != null) {
			text.append(change.figureName()).append(". ");
		}
		if (change.from() != null && change.to() != null) {
			text.append(
					messages.getMessage("changes.fromTo", new Object[] { change.from(), change.to() }, lang.locale()))
				.append(". ");
		}
		if (change.why() != null) {
			text.append(change.why().text());
		}
		Content summary = new Content();
		summary.setType("text");
		summary.setValue(text.toString().trim());
		entry.setSummary(summary);
		return entry;
	}

	private Link link(String rel, String path, String type) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(site.resolve(path).toString());
		return link;
	}

	private static Date date(PartialDate day) {
		return Date.from(day.start().atStartOfDay(CHINA).toInstant());
	}

}
