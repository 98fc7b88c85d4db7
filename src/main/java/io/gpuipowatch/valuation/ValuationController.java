package io.gpuipowatch.valuation;

import java.util.List;
import java.util.Locale;

import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Hidden
@PageController
class ValuationController {

	private final ValuationPages pages;

	ValuationController(ValuationPages pages) {
		this.pages = pages;
	}

	@GetMapping("/valuation")
	String valuation(@RequestParam(name = "c", required = false) @Nullable List<String> c,
			@RequestParam(name = "currency", required = false) @Nullable String currency, Locale locale, Model model) {
		model.addAttribute("page", pages.build(c, currency, Lang.of(locale)));
		return "valuation";
	}

	/**
	 * The since-listing chart on its own, for other sites to frame, like the catalogue's
	 * charts under {@code /embed}.
	 */
	@GetMapping("/embed/" + ValuationPages.SINCE_LISTING)
	String embed(@RequestParam(name = "c", required = false) @Nullable List<String> c, Locale locale, Model model) {
		Lang lang = Lang.of(locale);
		model.addAttribute("chart", pages.build(c, null, lang).sinceListing());
		UriComponentsBuilder page = UriComponentsBuilder.fromPath("/valuation");
		if (c != null) {
			c.forEach(slug -> page.queryParam("c", slug));
		}
		model.addAttribute("pageUrl", page.queryParam("lang", lang.code()).encode().build().toUriString());
		return "embed";
	}

}
