package io.gpuipowatch.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The unit or currency of a figure's value, as written in the files. */
public enum Unit {

	CNY("CNY", true), HKD("HKD", true), USD("USD", true), PERCENT("%", false), SHARES("shares", false),
	COUNT("count", false), YEARS("years", false), TIMES("x", false);

	private final String code;

	private final boolean currency;

	Unit(String code, boolean currency) {
		this.code = code;
		this.currency = currency;
	}

	public static Optional<Unit> fromCode(String code) {
		return Arrays.stream(values()).filter(u -> u.code.equals(code)).findFirst();
	}

	public String code() {
		return code;
	}

	public boolean isCurrency() {
		return currency;
	}

}
