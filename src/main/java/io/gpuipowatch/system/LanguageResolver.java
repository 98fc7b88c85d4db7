package io.gpuipowatch.system;

import java.util.List;
import java.util.Locale;

import io.gpuipowatch.view.Lang;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language lives in the link ({@code ?lang=en|zh}), so a shared link shows what its sender
 * saw; without one, the browser's Accept-Language decides. No cookie: the same link always gives
 * the same page.
 */
class LanguageResolver implements LocaleResolver {

	static final String PARAMETER = "lang";

	private static final List<Locale> SUPPORTED = List.of(Lang.EN.locale(), Lang.ZH.locale());

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String code = request.getParameter(PARAMETER);
		if (code != null) {
			return Lang.fromCode(code).orElse(Lang.EN).locale();
		}
		return fromAcceptLanguage(request.getHeader("Accept-Language"));
	}

	static Locale fromAcceptLanguage(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return Lang.EN.locale();
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
			for (Locale.LanguageRange range : ranges) {
				String language = range.getRange().split("-")[0];
				if (range.getWeight() > 0 && ("zh".equals(language) || "en".equals(language))) {
					return "zh".equals(language) ? Lang.ZH.locale() : Lang.EN.locale();
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header is the client's problem; answer in the default language.
		}
		return SUPPORTED.get(0);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the link's lang parameter");
	}

}
