package io.gpuipowatch.catalog;

import java.math.BigDecimal;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/** The PBOC central parity of a currency on a day: how many yuan one unit of it buys. */
@Entity
public class ExchangeRate {

	@Id
	private String id;

	@Column(name = "rate_date")
	private PartialDate date;

	private Unit currency;

	private BigDecimal cnyPerUnit;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source")
	private Source source;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "note_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "note_zh")) })
	private @Nullable Text note;

	protected ExchangeRate() {
	}

	public ExchangeRate(PartialDate date, Unit currency, BigDecimal cnyPerUnit, Source source, Text note) {
		this.id = date + "/" + currency.code();
		this.date = date;
		this.currency = currency;
		this.cnyPerUnit = cnyPerUnit;
		this.source = source;
		this.note = note;
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

	public Source getSource() {
		return source;
	}

	public Text getNote() {
		return Text.orNone(note);
	}

}
