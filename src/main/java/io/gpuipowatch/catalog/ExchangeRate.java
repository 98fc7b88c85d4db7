package io.gpuipowatch.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** The PBOC central parity of a currency on a day: how many yuan one unit of it buys. */
@Entity
public class ExchangeRate extends SourcedRow {

	@Column(name = "rate_date")
	private PartialDate date;

	private Unit currency;

	private BigDecimal cnyPerUnit;

	protected ExchangeRate() {
	}

	public ExchangeRate(PartialDate date, Unit currency, BigDecimal cnyPerUnit, Source source, Text note) {
		super(date + "/" + currency.code(), source, note);
		this.date = date;
		this.currency = currency;
		this.cnyPerUnit = cnyPerUnit;
	}

	public PartialDate getDate() {
		return date;
	}

	public Unit getCurrency() {
		return currency;
	}

	public BigDecimal getCnyPerUnit() {
		return cnyPerUnit;
	}

}
