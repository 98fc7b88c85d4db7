package io.gpuipowatch.catalog;

import java.util.Set;

/** What a metric measures, which decides the units it may have and how it is formatted. */
public enum MetricKind {

	PRICE(Unit.CNY, Unit.HKD, Unit.USD),
	MONEY(Unit.CNY, Unit.HKD, Unit.USD),
	PERCENT(Unit.PERCENT),
	SHARES(Unit.SHARES),
	COUNT(Unit.COUNT),
	YEARS(Unit.YEARS),
	MULTIPLE(Unit.TIMES);

	private final Set<Unit> units;

	MetricKind(Unit... units) {
		this.units = Set.of(units);
	}

	public Set<Unit> units() {
		return units;
	}

	public String code() {
		return name().toLowerCase();
	}

}
