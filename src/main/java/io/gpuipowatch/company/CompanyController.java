package io.gpuipowatch.company;

import java.util.Locale;

import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@PageController
class CompanyController {

	static final String VIEW = "company";

	private final CompanyPages pages;

	CompanyController(CompanyPages pages) {
		this.pages = pages;
	}

	@GetMapping("/companies/{slug}")
	String company(@PathVariable String slug, @RequestParam(name = "basis", required = false) @Nullable String basis,
			@RequestParam(name = "currency", required = false) @Nullable String currency, Locale locale, Model model) {
		model.addAttribute("page", pages.build(slug, basis, currency, Lang.of(locale)));
		return VIEW;
	}

}
