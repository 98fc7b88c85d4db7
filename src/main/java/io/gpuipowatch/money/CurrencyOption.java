package io.gpuipowatch.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A currency a page can show its money also in, and the link that chooses it; the code is
 * empty for "as listed".
 */
public record CurrencyOption(String code, boolean on, String url) {

	/**
	 * "As listed", then each currency, the one asked for on; each link made by the page,
	 * from the code it chooses (null for as listed).
	 */
	public static List<CurrencyOption> all(Exchange exchange, Function<@Nullable String, String> link) {
		List<CurrencyOption> options = new ArrayList<>();
		options.add(new CurrencyOption("", exchange.code() == null, link.apply(null)));
		Currencies.CODES.forEach(
				code -> options.add(new CurrencyOption(code, Objects.equals(code, exchange.code()), link.apply(code))));
		return List.copyOf(options);
	}

}
