package io.gpuipowatch.company;

import java.util.Locale;

import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@PageController
class CompanyController {

	static final String VIEW = "company";

	private final CompanyPages pages;

	CompanyController(CompanyPages pages) {
		this.pages = pages;
	}

	@GetMapping("/companies/{slug}")
	String company(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("page", pages.build(slug, Lang.of(locale)));
		return VIEW;
	}

}
