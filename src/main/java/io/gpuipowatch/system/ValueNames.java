package io.gpuipowatch.system;

import java.util.Optional;

import io.gpuipowatch.catalog.Catalog;
import io.gpuipowatch.catalog.Figure;
import io.gpuipowatch.catalog.Period;
import io.gpuipowatch.text.Formats;
import io.gpuipowatch.text.Lang;
import io.gpuipowatch.text.LocalText;
import io.gpuipowatch.text.Names;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The names of a link's parameter values, for a page that lists the valid ones: a reader
 * sees "上海证券交易所科创板", not {@code star}.
 */
@Component
class ValueNames {

	private final Catalog catalog;

	private final MessageSource messages;

	ValueNames(Catalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	/** The parameter as a reader calls it: "上市地" for {@code venue}. */
	String parameter(String parameter, Lang lang) {
		return messages.getMessage("param." + parameter, null, parameter, lang.locale());
	}

	/** A value's name in the page's language; the code itself where it has none. */
	String value(String parameter, String code, Lang lang) {
		Optional<String> name = switch (parameter) {
			case "venue" -> catalog.venue(code).map(v -> Names.venue(v, lang));
			case "c", "company" -> catalog.company(code).map(c -> Names.company(c, lang));
			case "group" -> catalog.group(code).map(g -> LocalText.plain(g.getName(), lang));
			case "metric" -> catalog.metric(code).map(m -> Names.metric(m, lang));
			case "basis" -> catalog.figures()
				.stream()
				.map(Figure::getBasis)
				.filter(b -> b != null && b.getCode().equals(code))
				.findFirst()
				.map(b -> Names.basis(b, lang));
			case "sort" -> sortColumn(code, lang);
			case "period" -> period(code, lang);
			default -> Optional.empty();
		};
		return name.orElseGet(() -> messages.getMessage("value." + parameter + "." + code, null, code, lang.locale()));
	}

	/** A compare column: a metric, at a period where it has several ("营业收入 · 2024年"). */
	private Optional<String> sortColumn(String key, Lang lang) {
		String[] parts = key.split("@", 2);
		return catalog.metric(parts[0])
			.map(m -> Names.metric(m, lang)
					+ (parts.length == 2 ? " · " + period(parts[1], lang).orElse(parts[1]) : ""));
	}

	private static Optional<String> period(String key, Lang lang) {
		try {
			return Optional.of(Formats.period(Period.parse(key), lang));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
