package io.gpuipowatch.figure;

import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import org.jspecify.annotations.Nullable;

/**
 * A source as a footnote shows it: publisher, date, title and a link where we have one.
 */
public record SourceRef(String id, @Nullable LocalText title, @Nullable LocalText publisher, String date,
		@Nullable String url, @Nullable LocalText locator, String language) {

	public static SourceRef of(Source source, Lang lang) {
		return new SourceRef(source.getId(), LocalText.of(source.getTitle(), lang),
				LocalText.of(source.getPublisher(), lang),
				source.getPublished() == null ? "" : Formats.date(source.getPublished(), lang), source.getUrl(),
				LocalText.of(source.getLocator(), lang), source.getLanguage());
	}

}
