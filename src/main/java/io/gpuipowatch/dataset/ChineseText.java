package io.gpuipowatch.dataset;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Chinese text is written with full-width punctuation: ，：；（）？！ rather than their ASCII
 * forms next to a Chinese character. ASCII stays right inside Latin text and numbers
 * ("MTT S5000", "43,845.95"); the source's own words (a phrase) are quoted as the source
 * wrote them and are not checked.
 */
final class ChineseText {

	private static final Map<Character, Character> FULL_WIDTH = Map.of(',', '，', ':', '：', ';', '；', '(', '（', ')', '）',
			'?', '？', '!', '！');

	private ChineseText() {
	}

	/** What is wrong with a Chinese text's punctuation, or null when nothing is. */
	static @Nullable String problem(String text) {
		for (int i = 0; i < text.length(); i++) {
			Character fullWidth = FULL_WIDTH.get(text.charAt(i));
			if (fullWidth != null && (isChinese(neighbour(text, i, -1)) || isChinese(neighbour(text, i, 1)))) {
				return "uses the ASCII '" + text.charAt(i) + "' next to Chinese text at character " + (i + 1)
						+ "; write the full-width '" + fullWidth + "'";
			}
		}
		return null;
	}

	/**
	 * The nearest character that is not a space, before (-1) or after (+1) a position.
	 */
	private static char neighbour(String text, int at, int step) {
		for (int i = at + step; i >= 0 && i < text.length(); i += step) {
			if (text.charAt(i) != ' ') {
				return text.charAt(i);
			}
		}
		return ' ';
	}

	static boolean isChinese(char c) {
		Character.UnicodeScript script = Character.UnicodeScript.of(c);
		return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F')
				|| (c >= '\uFF00' && c <= '\uFFEF');
	}

}
