package io.gpuipowatch.race;

import java.util.Locale;

import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The IPO race page: how long each company took between the steps of its listing, and its
 * steps on a timeline, on the calendar or aligned by days to listing.
 */
@PageController
@Hidden
class RaceController {

	static final String VIEW = "race";

	private final RacePages pages;

	RaceController(RacePages pages) {
		this.pages = pages;
	}

	@GetMapping("/race")
	String race(@RequestParam(name = Alignment.PARAMETER, required = false) @Nullable String align, Locale locale,
			Model model) {
		model.addAttribute("race", pages.page(Alignment.of(align), Lang.of(locale)));
		return VIEW;
	}

}
