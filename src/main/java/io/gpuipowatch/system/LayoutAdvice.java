package io.gpuipowatch.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the layout's model to every page a page controller renders; the API and the
 * exports have no layout.
 */
@ControllerAdvice(annotations = PageController.class)
class LayoutAdvice {

	private final LayoutModel layout;

	LayoutAdvice(LayoutModel layout) {
		this.layout = layout;
	}

	@ModelAttribute
	void layout(Model model, HttpServletRequest request, Locale locale) {
		layout.addTo(model.asMap(), request, locale);
	}

}
