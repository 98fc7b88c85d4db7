package io.gpuipowatch.unlocks;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.PartialDate;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Language;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The unlocks and the IPO steps known to the day as an iCalendar feed, written by ical4j:
 * all-day events with UIDs that stay the same from one dataset to the next, stamped with
 * the dataset's as-of date rather than the clock, so the same dataset always gives the
 * same feed. A step known only to the month has no day to put it on and is left out.
 */
@RestController
@Tag(name = "IPO race and unlocks")
class UnlocksCalendar {

	static final String CALENDAR = "text/calendar;charset=UTF-8";

	static final String PATH = "/unlocks.ics";

	/** The right-hand side of every UID: names this site, whatever its address. */
	static final String UID_DOMAIN = "@gpu-ipo-watch";

	/** Dates in the data are days in China, where the companies report. */
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Catalog catalog;

	private final Unlocks unlocks;

	private final MessageSource messages;

	private final URI site;

	UnlocksCalendar(Catalog catalog, Unlocks unlocks, MessageSource messages,
			@Value("${dashboard.http.site-url}") URI site) {
		this.catalog = catalog;
		this.unlocks = unlocks;
		this.messages = messages;
		this.site = site;
	}

	/** The feed's address for a calendar app to subscribe to (webcal://). */
	static String subscription(URI site, Lang lang) {
		return UriComponentsBuilder.fromUri(site.resolve(PATH))
			.scheme("webcal")
			.queryParam("lang", lang.code())
			.toUriString();
	}

	@GetMapping(path = PATH, produces = CALENDAR)
	@Operation(summary = "Unlocks and IPO steps as an iCalendar feed",
			description = "Every computed unlock (the listing day plus the lock-up months of a holder class) and "
					+ "every IPO step known to the day, as all-day events with stable UIDs. Steps known only to the "
					+ "month are left out. DTSTAMP is the dataset's as-of date.")
	@ApiResponse(responseCode = "200", description = "An iCalendar file (RFC 5545)",
			content = @Content(mediaType = CALENDAR, schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400", description = "An unknown language")
	ResponseEntity<String> feed(@Parameter(description = "Language of the texts") @RequestParam(name = "lang",
			defaultValue = "en") Lang lang) {
		Instant stamp = catalog.info().getAsOf().start().atStartOfDay(CHINA).toInstant();
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//GPU IPO Watch//Unlocks and IPO steps//" + lang.code().toUpperCase(Locale.ROOT)));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", text("calendar.name", lang)));
		calendar.add(new XProperty("X-WR-CALDESC", text("calendar.description", lang)));
		List<VEvent> events = new ArrayList<>();
		unlocks.all().stream().filter(u -> u.date() != null).forEach(u -> events.add(unlock(u, stamp, lang)));
		catalog.events()
			.stream()
			.filter(e -> e.isShown() && e.getCompany() != null && e.getDate().precision() == PartialDate.Precision.DAY)
			.forEach(e -> events.add(step(e, stamp, lang)));
		events.sort(Comparator.comparing((VEvent e) -> e.getStartDate().orElseThrow().getValue())
			.thenComparing(e -> e.getUid().orElseThrow().getValue()));
		events.forEach(calendar::add);
		return ResponseEntity.ok().header("Content-Type", CALENDAR).body(write(calendar));
	}

	private VEvent unlock(Unlock unlock, Instant stamp, Lang lang) {
		UnlockView view = UnlockView.of(unlock, unlocks.today(), lang);
		String holder = view.holder() == null ? unlock.rule().getHolder() : view.holder().text();
		String rule = (view.sharePercent() == null ? "" : text("unlocks.share", lang, view.sharePercent()) + "; ")
				+ LocalText.plain(unlock.rule().getNote(), lang);
		String description = text("calendar.unlock.description", lang, view.listingDate(), view.months(),
				rule.isBlank() ? unlock.rule().getId() : rule, view.ruleSource().id(), view.listingSource().id());
		return event(unlock.id(), unlock.date(), stamp,
				text("calendar.unlock.summary", lang, view.companyName(), holder), description,
				"/unlocks?lang=" + lang.code() + "#" + unlock.id(), lang);
	}

	private VEvent step(ListingEvent step, Instant stamp, Lang lang) {
		Company company = step.getCompany();
		String kind = text("event." + step.getKind().code(), lang);
		String source = step.getSource().getId() + " · " + LocalText.plain(step.getSource().getPublisher(), lang);
		String note = LocalText.plain(step.getProvenance().getNote(), lang);
		return event("step-" + step.getId(), step.getDate().start(), stamp,
				text("calendar.step.summary", lang, Names.company(company, lang), kind),
				(note.isEmpty() ? "" : note + "\n") + text("calendar.step.description", lang, source) + " · "
						+ Formats.date(step.getDate(), lang),
				"/companies/" + company.getSlug() + "?lang=" + lang.code(), lang);
	}

	/** An all-day event: it starts on its day and ends before the next. */
	private VEvent event(String id, LocalDate day, Instant stamp, String summary, String description, String path,
			Lang lang) {
		ParameterList language = new ParameterList(List.of(new Language(lang.tag())));
		VEvent event = new VEvent(false);
		event.add(new Uid(id + UID_DOMAIN));
		event.add(new DtStamp(stamp));
		event.add(new DtStart<>(day));
		event.add(new DtEnd<>(day.plusDays(1)));
		event.add(new Summary(language, summary));
		event.add(new Description(language, description));
		event.add(new Url(site.resolve(path)));
		// A date to know, not time taken: free/busy searches pass over it
		event.add(new Transp(Transp.VALUE_TRANSPARENT));
		return event;
	}

	private static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Writing to memory does not fail", ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("The feed breaks RFC 5545: " + ex.getMessage(), ex);
		}
		return out.toString();
	}

	private String text(String key, Lang lang, Object... args) {
		return messages.getMessage(key, args, lang.locale());
	}

}
