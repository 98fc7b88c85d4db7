package io.gpuipowatch.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The product's two languages, as written in links ({@code lang=en}, {@code lang=zh}).
 */
public enum Lang {

	EN("en", Locale.ENGLISH), ZH("zh", Locale.SIMPLIFIED_CHINESE);

	private final String code;

	private final Locale locale;

	Lang(String code, Locale locale) {
		this.code = code;
		this.locale = locale;
	}

	public static Optional<Lang> fromCode(String code) {
		return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
	}

	/**
	 * The language of a locale the request resolved to; English for anything but Chinese.
	 */
	public static Lang of(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? ZH : EN;
	}

	/**
	 * The first of our languages a browser's Accept-Language asks for; English when none.
	 */
	public static Lang fromAcceptLanguage(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return EN;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				if (range.getWeight() > 0 && (language.equals("zh") || language.equals("en"))) {
					return language.equals("zh") ? ZH : EN;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			// A malformed header is the client's problem: answer in the default language.
		}
		return EN;
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(Lang::code).toList();
	}

	public String code() {
		return code;
	}

	public Locale locale() {
		return locale;
	}

	/** The language as an HTML {@code lang} attribute writes it: en, zh-Hans. */
	public String tag() {
		return this == ZH ? "zh-Hans" : "en";
	}

	public Lang other() {
		return this == EN ? ZH : EN;
	}

	/** Picks the English or the Chinese of a pair of values from the data. */
	public <T> T pick(T english, T chinese) {
		return this == ZH ? chinese : english;
	}

}
