package io.gpuipowatch.text;

import io.gpuipowatch.catalog.Text;
import org.jspecify.annotations.Nullable;

/**
 * A text of the data as a page in one language shows it: in that language where the data
 * has it; otherwise in the other, marked so (the page says the translation is missing,
 * and the element carries the text's own language).
 *
 * @param text the words
 * @param lang the language they are in, as a {@code lang} attribute writes it
 * @param translated whether they are in the page's language
 */
public record LocalText(String text, String lang, boolean translated) {

	/**
	 * The text in a language, or the other one marked untranslated; null when there is
	 * none in either.
	 */
	public static @Nullable LocalText of(Text text, Lang lang) {
		String wanted = lang.pick(text.en(), text.zh());
		if (wanted != null) {
			return new LocalText(wanted, lang.tag(), true);
		}
		String other = lang.pick(text.zh(), text.en());
		return other == null ? null : new LocalText(other, lang.other().tag(), false);
	}

	/**
	 * The words in the page's language, or the other's: for a file or an attribute that
	 * cannot carry a mark.
	 */
	public static String plain(Text text, Lang lang) {
		LocalText local = of(text, lang);
		return local == null ? "" : local.text();
	}

	@Override
	public String toString() {
		return text;
	}

}
