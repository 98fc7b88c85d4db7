package io.gpuipowatch.compare;

import java.util.Locale;

import io.gpuipowatch.query.CompareQuery;
import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Hidden
@PageController
class CompareController {

	static final String VIEW = "compare";

	private final ComparePages pages;

	CompareController(ComparePages pages) {
		this.pages = pages;
	}

	@GetMapping("/compare")
	String compare(CompareQuery query, Locale locale, Model model) {
		model.addAttribute("page", pages.build(query, Lang.of(locale)));
		return VIEW;
	}

}
