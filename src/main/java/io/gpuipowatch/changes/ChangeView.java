package io.gpuipowatch.changes;

import io.gpuipowatch.catalog.Change;
import io.gpuipowatch.catalog.Company;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One change as the page and the feed show it.
 *
 * @param figureUrl the figure on its company's page, where the change concerns one
 * @param figureName the company, metric and period it concerns
 */
record ChangeView(String id, String date, String isoDate, String kindKey, @Nullable LocalText what,
		@Nullable LocalText why, @Nullable String figureName, @Nullable String figureUrl, @Nullable String from,
		@Nullable String to, @Nullable SourceRef source) {

	static ChangeView of(Change change, Lang lang) {
		Figure figure = change.getFigure();
		String name = null;
		String url = null;
		if (figure != null) {
			Company company = figure.getCompany();
			name = (company == null ? "" : Names.company(company, lang) + " · ")
					+ Names.metric(figure.getMetric(), lang) + " · " + Formats.period(figure.getPeriod(), lang);
			url = company == null ? null
					: UriComponentsBuilder.fromPath("/companies/{slug}")
						.queryParam("lang", lang.code())
						.fragment("figure-" + figure.getId())
						.buildAndExpand(company.getSlug())
						.toUriString();
		}
		return new ChangeView(change.getId(), Formats.date(change.getDate(), lang), change.getDate().toString(),
				"changes.kind." + change.getKind().code(), LocalText.of(change.getWhat(), lang),
				LocalText.of(change.getWhy(), lang), name, url, change.getFromValue(), change.getToValue(),
				change.getSource() == null ? null : SourceRef.of(change.getSource(), lang));
	}

}
