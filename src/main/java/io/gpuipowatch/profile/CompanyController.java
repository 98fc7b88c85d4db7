package io.gpuipowatch.profile;

import java.util.Locale;

import io.gpuipowatch.view.Lang;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
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
