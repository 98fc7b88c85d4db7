package io.gpuipowatch.company;

import io.gpuipowatch.catalog.Basis;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A company page's own links: each switch (basis, currency) changes one choice and keeps
 * the other, and the figures file keeps the currency.
 */
record CompanyLinks(String slug, @Nullable Basis basis, @Nullable String currency, Lang lang) {

	String self() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/companies/{slug}");
		if (basis != null) {
			url.queryParam("basis", basis.getCode());
		}
		if (currency != null) {
			url.queryParam("currency", currency);
		}
		return url.queryParam("lang", lang.code()).buildAndExpand(slug).encode().toUriString();
	}

	String basis(@Nullable Basis other) {
		return new CompanyLinks(slug, other, currency, lang).self();
	}

	String currency(@Nullable String code) {
		return new CompanyLinks(slug, basis, code, lang).self();
	}

	/** The company's figures as CSV, with money also in the currency chosen. */
	String csv() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/figures.csv").queryParam("company", slug);
		if (currency != null) {
			url.queryParam("currency", currency);
		}
		return url.queryParam("lang", lang.code()).encode().build().toUriString();
	}

}
