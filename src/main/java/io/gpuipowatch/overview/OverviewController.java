package io.gpuipowatch.overview;

import java.util.List;
import java.util.Locale;

import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@PageController
class OverviewController {

	static final String VIEW = "overview";

	private final OverviewPages pages;

	OverviewController(OverviewPages pages) {
		this.pages = pages;
	}

	@GetMapping("/")
	String overview(@RequestParam(name = "group", required = false) @Nullable List<String> groups,
			@RequestParam(name = "venue", required = false) @Nullable List<String> venues,
			@RequestParam(name = "currency", required = false) @Nullable String currency, Locale locale, Model model) {
		model.addAttribute("page", pages.build(venues, groups, currency, Lang.of(locale)));
		return VIEW;
	}

}
