package io.gpuipowatch.system;

import java.util.Locale;

import io.gpuipowatch.text.Lang;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language lives in the link ({@code ?lang=en|zh}), so a shared link shows what its
 * sender saw; without one, the browser's Accept-Language decides. No cookie: the same
 * link always gives the same page.
 */
class LanguageResolver implements LocaleResolver {

	static final String PARAMETER = "lang";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String code = request.getParameter(PARAMETER);
		if (code != null) {
			return Lang.fromCode(code).orElse(Lang.EN).locale();
		}
		return Lang.fromAcceptLanguage(request.getHeader("Accept-Language")).locale();
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the link's lang parameter");
	}

}
