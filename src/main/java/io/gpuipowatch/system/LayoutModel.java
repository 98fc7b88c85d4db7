package io.gpuipowatch.system;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page shows, error pages included: the language and a link to
 * the same page in the other one, the page's canonical address and its address in each
 * language (on the site's public address, never the {@code Host} a client sent), and the
 * dataset's as-of date (its newest source), its age in months, and its version.
 */
@Component
class LayoutModel {

	private final Catalog catalog;

	private final Clock clock;

	private final URI site;

	LayoutModel(Catalog catalog, Clock clock, @Value("${dashboard.http.site-url}") URI site) {
		this.catalog = catalog;
		this.clock = clock;
		this.site = site;
	}

	void addTo(Map<String, Object> model, HttpServletRequest request, Locale locale) {
		Lang lang = Lang.of(locale);
		model.put("lang", lang);
		model.put("langSwitchUrl", sameLinkIn(request, lang.other()));
		model.put("canonicalUrl", onSite(sameLinkIn(request, lang)));
		Map<String, String> alternates = new LinkedHashMap<>();
		for (Lang each : Lang.values()) {
			alternates.put(each.tag(), onSite(sameLinkIn(request, each)));
		}
		model.put("alternateUrls", alternates);
		model.put("asOf", Formats.date(catalog.info().getAsOf(), lang));
		model.put("asOfIso", catalog.info().getAsOf().toString());
		model.put("monthsOld", monthsOld());
		model.put("datasetVersion", catalog.info().getVersion());
	}

	/** A link of this site as an address on its public host. */
	private String onSite(String link) {
		try {
			return site.resolve(link).toString();
		}
		catch (IllegalArgumentException ex) {
			// A link the browser could send but a URI cannot hold: the site itself
			return site.resolve("/").toString();
		}
	}

	/**
	 * How many whole months the newest source is older than today; 0 within a month, when
	 * pages do not say it.
	 */
	private long monthsOld() {
		LocalDate newest = catalog.info().getAsOf().start();
		return Math.max(0, ChronoUnit.MONTHS.between(newest, LocalDate.now(clock)));
	}

	/**
	 * The link the request came by, with the other language: the switch keeps everything
	 * else.
	 */
	static String sameLinkIn(HttpServletRequest request, Lang lang) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorUri instanceof String uri ? uri : request.getRequestURI();
		String query = errorUri != null ? null : request.getQueryString();
		try {
			return UriComponentsBuilder.fromPath(path)
				.query(query)
				.replaceQueryParam(LanguageResolver.PARAMETER, lang.code())
				.build(true)
				.toUriString();
		}
		catch (IllegalArgumentException ex) {
			return "/?" + LanguageResolver.PARAMETER + "=" + lang.code();
		}
	}

}
