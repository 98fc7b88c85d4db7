package io.gpuipowatch.chart;

import java.util.List;

import io.gpuipowatch.figure.SourceRef;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A chart as a page shows it: a title and caption, the sources of its figures, the data
 * as JSON for the page script, and the same data as an accessible table.
 *
 * @param id the element id, unique on the page
 * @param json what {@code charts.js} draws: labels, series, values and their display
 * texts
 * @param columns the table's column headings after the first (the series)
 * @param rows one row per label: the label, then each series' display text
 * @param downloadName the name of the chart's PNG download: its id and the companies it
 * shows
 * @param companies the slugs of the companies it shows, for its embeddable page's link
 * @param currency the currency its money is drawn in where it converts; null as listed
 */
public record ChartView(String id, String title, String caption, List<String> notes, List<SourceRef> sources,
		String json, List<String> columns, List<List<String>> rows, String downloadName, List<String> companies,
		@Nullable String currency) {

	/** The link of the chart's own small page, which other sites may frame. */
	public String embedUrl(String lang) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/embed/{chart}");
		companies.forEach(c -> url.queryParam("c", c));
		if (currency != null) {
			url.queryParam("currency", currency);
		}
		return url.queryParam("lang", lang).buildAndExpand(id).encode().toUriString();
	}

	public String tableHeading() {
		return title;
	}

}
