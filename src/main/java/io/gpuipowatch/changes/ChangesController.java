package io.gpuipowatch.changes;

import java.util.Locale;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.system.PageController;
import io.gpuipowatch.text.Lang;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The "What changed" page: every change to the data, newest first. */
@PageController
class ChangesController {

	static final String VIEW = "changes";

	private final Catalog catalog;

	ChangesController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/changes")
	String changes(Locale locale, Model model) {
		Lang lang = Lang.of(locale);
		model.addAttribute("changes", catalog.changes().stream().map(c -> ChangeView.of(c, lang)).toList());
		return VIEW;
	}

}
