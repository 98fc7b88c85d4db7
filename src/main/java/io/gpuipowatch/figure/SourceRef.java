package io.gpuipowatch.figure;

import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;

/**
 * A source as a footnote shows it: publisher, date, title and a link where we have one.
 */
public record SourceRef(String id, String title, String publisher, String date, @Nullable String url,
		@Nullable String locator) {

	public static SourceRef of(Source source, Lang lang) {
		return new SourceRef(source.getId(), source.getTitle(), source.getPublisher(),
				source.getPublished() == null ? "" : Formats.date(source.getPublished(), lang), source.getUrl(),
				source.getLocator());
	}

}
