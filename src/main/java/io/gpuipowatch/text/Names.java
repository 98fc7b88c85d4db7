package io.gpuipowatch.text;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Metric;
import io.gpuipowatch.catalog.Venue;

/** The names the data gives in both languages, picked for one. */
public final class Names {

	private Names() {
	}

	public static String company(Company company, Lang lang) {
		return lang.pick(company.getNameEn(), company.getNameZh());
	}

	/**
	 * The name in the other language, shown beside the first: "摩尔线程" under "Moore
	 * Threads".
	 */
	public static String companyAlt(Company company, Lang lang) {
		return lang.pick(company.getNameZh(), company.getNameEn());
	}

	public static String venue(Venue venue, Lang lang) {
		return lang.pick(venue.getNameEn(), venue.getNameZh());
	}

	public static String venueShort(Venue venue, Lang lang) {
		return lang.pick(venue.getShortEn(), venue.getShortZh());
	}

	public static String metric(Metric metric, Lang lang) {
		return lang.pick(metric.getLabelEn(), metric.getLabelZh());
	}

	public static String basis(Basis basis, Lang lang) {
		return lang.pick(basis.getLabelEn(), basis.getLabelZh());
	}

}
