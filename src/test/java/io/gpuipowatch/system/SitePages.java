package io.gpuipowatch.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gpuipowatch.Pages;
import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Company;
import org.jsoup.Jsoup;

/**
 * One link of every kind of page, in both languages: the overview with its filters, every
 * company and every basis its page offers, comparisons of two to four companies, filtered
 * and sorted, the sources, the changes, the error pages, and every page the site's
 * navigation links to (so a new page is checked as soon as it is linked).
 */
final class SitePages {

	private SitePages() {
	}

	static Set<String> all(Pages pages, Catalog catalog) throws Exception {
		List<String> slugs = catalog.companies().stream().map(Company::getSlug).toList();
		List<String> views = new ArrayList<>(List.of("/", "/?venue=star&venue=hkex", "/?venue=unlisted", "/compare",
				"/compare?c=" + slugs.get(0), "/compare?venue=star", "/compare?venue=hkex",
				"/compare?venue=star&sort=first-day-gain-close&dir=desc",
				"/compare?c=" + slugs.get(1) + "&c=" + slugs.get(0) + "&sort=name&dir=desc", "/sources", "/changes",
				// Bad links: 400 naming the valid values, 404 with the companies
				"/compare?c=nvidia", "/?venue=nasdaq", "/companies/nvidia", "/nowhere"));
		for (int size = 2; size <= Math.min(4, slugs.size()); size++) {
			views.add("/compare?c=" + String.join("&c=", slugs.subList(0, size)));
		}
		for (String slug : slugs) {
			views.add("/companies/" + slug);
		}
		Set<String> urls = new LinkedHashSet<>();
		for (String lang : List.of("en", "zh")) {
			for (String view : views) {
				urls.add(view + (view.contains("?") ? "&" : "?") + "lang=" + lang);
			}
			urls.addAll(links(pages, "/?lang=" + lang, "header nav a[href]"));
			for (String slug : slugs) {
				urls.addAll(links(pages, "/companies/" + slug + "?lang=" + lang, "nav.chips a[href]"));
			}
		}
		return urls;
	}

	static int status(String url) {
		String path = URI.create(url).getPath();
		if (path.equals("/nowhere") || path.equals("/companies/nvidia")) {
			return 404;
		}
		return url.contains("nvidia") || url.contains("nasdaq") ? 400 : 200;
	}

	private static List<String> links(Pages pages, String url, String css) throws Exception {
		return Jsoup.parse(pages.html(url, 200))
			.select(css)
			.stream()
			.map(link -> link.attr("href"))
			.filter(href -> href.startsWith("/"))
			.toList();
	}

}
