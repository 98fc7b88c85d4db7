package io.gpuipowatch.figure;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;

/**
 * A step on a listing timeline, with its source and what other sources said instead.
 *
 * @param isoDate the date as a {@code <time>} element's datetime writes it (2025-12,
 * 2025-12-05)
 */
public record EventView(String id, String date, String isoDate, String kindKey, String venue, SourceRef source,
		@Nullable String phrase, @Nullable LocalText note, @Nullable LocalText reason, @Nullable String difference,
		List<EventView> variants) {

	public static EventView of(ListingEvent event, Catalog catalog, Lang lang) {
		List<EventView> variants = catalog.variants(event).stream().map(e -> single(e, lang, List.of())).toList();
		return single(event, lang, variants);
	}

	private static EventView single(ListingEvent event, Lang lang, List<EventView> variants) {
		return new EventView(event.getId(), Formats.date(event.getDate(), lang), event.getDate().toString(),
				"event." + event.getKind().code(), Names.venue(event.getVenue(), lang),
				SourceRef.of(event.getSource(), lang), event.getProvenance().getPhrase(),
				LocalText.of(event.getProvenance().getNote(), lang),
				LocalText.of(event.getProvenance().getReason(), lang),
				event.getProvenance().getDifference() == null ? null : event.getProvenance().getDifference().code(),
				variants);
	}

}
