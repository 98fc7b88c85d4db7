package io.gpuipowatch.catalog;

import java.util.Set;

/**
 * What a metric measures, which decides the units it may have and how it is formatted.
 */
public enum MetricKind {

	PRICE(false, Unit.CNY, Unit.HKD, Unit.USD), MONEY(true, Unit.CNY, Unit.HKD, Unit.USD), PERCENT(true, Unit.PERCENT),
	SHARES(false, Unit.SHARES), COUNT(false, Unit.COUNT), YEARS(false, Unit.YEARS), MULTIPLE(false, Unit.TIMES);

	private final boolean signed;

	private final Set<Unit> units;

	MetricKind(boolean signed, Unit... units) {
		this.signed = signed;
		this.units = Set.of(units);
	}

	/**
	 * Whether a value may be below zero: a change in percent or an amount of money may; a
	 * price or a count may not.
	 */
	public boolean signed() {
		return signed;
	}

	public Set<Unit> units() {
		return units;
	}

	public String code() {
		return name().toLowerCase();
	}

}
