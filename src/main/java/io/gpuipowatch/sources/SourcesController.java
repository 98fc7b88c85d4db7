package io.gpuipowatch.sources;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.ListingEvent;
import io.gpuipowatch.catalog.Reported;
import io.gpuipowatch.catalog.Source;
import io.gpuipowatch.figure.EventView;
import io.gpuipowatch.figure.FigureView;
import io.gpuipowatch.figure.SourceRef;
import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every source, with how many figures and events cite it, and the facts about the market
 * as a whole.
 */
@PageController
class SourcesController {

	static final String VIEW = "sources";

	record SourceEntry(SourceRef source, String language, long figures, long events) {
	}

	private final Catalog catalog;

	SourcesController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/sources")
	String sources(Locale locale, Model model) {
		Lang lang = Lang.of(locale);
		// Counted in one pass each: a scan of every figure for each source grew with
		// sources × figures
		Map<Source, Long> figures = citations(catalog.figures());
		Map<Source, Long> events = citations(catalog.events());
		List<SourceEntry> entries = catalog.sources()
			.stream()
			.map(s -> new SourceEntry(SourceRef.of(s, lang), s.getLanguage(), figures.getOrDefault(s, 0L),
					events.getOrDefault(s, 0L)))
			.toList();
		model.addAttribute("sources", entries);
		model.addAttribute("context",
				catalog.figures()
					.stream()
					.filter(f -> f.getCompany() == null)
					.map((Figure f) -> FigureView.of(f, catalog, lang))
					.toList());
		model.addAttribute("contextEvents",
				catalog.events()
					.stream()
					.filter(e -> e.getCompany() == null)
					.map((ListingEvent e) -> EventView.of(e, catalog, lang))
					.toList());
		return VIEW;
	}

	private static Map<Source, Long> citations(List<? extends Reported> items) {
		return items.stream().collect(Collectors.groupingBy(Reported::getSource, Collectors.counting()));
	}

}
