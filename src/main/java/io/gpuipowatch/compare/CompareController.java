package io.gpuipowatch.compare;

import java.util.List;
import java.util.Locale;

import io.gpuipowatch.view.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

	static final String VIEW = "compare";

	private final ComparePages pages;

	CompareController(ComparePages pages) {
		this.pages = pages;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(name = "c", required = false) @Nullable List<String> companies,
			@RequestParam(name = "venue", required = false) @Nullable List<String> venues,
			@RequestParam(name = "sort", required = false) @Nullable String sort,
			@RequestParam(name = "dir", required = false) @Nullable String dir, Locale locale, Model model) {
		model.addAttribute("page", pages.build(new CompareRequest(companies, venues, sort, dir), Lang.of(locale)));
		return VIEW;
	}

}
