package io.gpuipowatch.figure;

import java.util.List;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.Names;
import org.jspecify.annotations.Nullable;

/** A step on a listing timeline, with its source and what other sources said instead. */
public record EventView(String id, String date, String kindKey, String venue, SourceRef source, @Nullable String phrase,
		@Nullable String note, @Nullable String shownReason, List<EventView> alternatives) {

	public static EventView of(ListingEvent event, Catalog catalog, Lang lang) {
		List<EventView> alternatives = event.getProvenance().getConflict() == null ? List.of() : catalog.events()
			.stream()
			.filter(e -> event.getProvenance().getConflict().equals(e.getProvenance().getConflict()) && e != event)
			.map(e -> single(e, lang, List.of()))
			.toList();
		return single(event, lang, alternatives);
	}

	private static EventView single(ListingEvent event, Lang lang, List<EventView> alternatives) {
		return new EventView(event.getId(), Formats.date(event.getDate(), lang), "event." + event.getKind().code(),
				Names.venue(event.getVenue(), lang), SourceRef.of(event.getSource(), lang),
				event.getProvenance().getPhrase(), event.getProvenance().getNote(), event.getProvenance().getReason(),
				alternatives);
	}

}
