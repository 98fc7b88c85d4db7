package io.gpuipowatch.catalog;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * One sourced number: a metric of a company for a period, with its unit, qualifier (超 / 近 / 约),
 * basis and the source's own words. Where sources disagree, the figures share a conflict group
 * and exactly one of them is shown by default, with the reason.
 */
@Entity
public class Figure {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "company")
	private @Nullable Company company;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "metric")
	private Metric metric;

	private String period;

	@Column(name = "amount")
	private BigDecimal value;

	private String unit;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "basis")
	private @Nullable Basis basis;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source")
	private Source source;

	@Enumerated(EnumType.STRING)
	private Method method;

	private @Nullable String phrase;

	private @Nullable String conflict;

	private boolean shown;

	private @Nullable String shownReason;

	private @Nullable String checkNote;

	private @Nullable String note;

	private int position;

	protected Figure() {
	}

	public Figure(String id, @Nullable Company company, Metric metric, Period period, BigDecimal value, Unit unit,
			Qualifier qualifier, @Nullable Basis basis, Source source, Method method, @Nullable String phrase,
			@Nullable String conflict, boolean shown, @Nullable String shownReason, @Nullable String checkNote,
			@Nullable String note, int position) {
		this.id = id;
		this.company = company;
		this.metric = metric;
		this.period = period.key();
		this.value = value;
		this.unit = unit.code();
		this.qualifier = qualifier;
		this.basis = basis;
		this.source = source;
		this.method = method;
		this.phrase = phrase;
		this.conflict = conflict;
		this.shown = shown;
		this.shownReason = shownReason;
		this.checkNote = checkNote;
		this.note = note;
		this.position = position;
	}

	public String getId() {
		return id;
	}

	/** Empty for facts about the sector rather than one company. */
	public @Nullable Company getCompany() {
		return company;
	}

	public Metric getMetric() {
		return metric;
	}

	public Period getPeriod() {
		return Period.parse(period);
	}

	/** The value in whole units: yuan, not 亿; percent points for a percentage. */
	public BigDecimal getValue() {
		return value;
	}

	public Unit getUnit() {
		return Unit.fromCode(unit).orElseThrow();
	}

	public Qualifier getQualifier() {
		return qualifier;
	}

	public @Nullable Basis getBasis() {
		return basis;
	}

	public Source getSource() {
		return source;
	}

	public Method getMethod() {
		return method;
	}

	/** The source's own words, where we have them. */
	public @Nullable String getPhrase() {
		return phrase;
	}

	public @Nullable String getConflict() {
		return conflict;
	}

	/** Whether pages and charts use this figure when sources disagree. */
	public boolean isShown() {
		return shown;
	}

	public @Nullable String getShownReason() {
		return shownReason;
	}

	/** Why the figure does not match what it should add up to, when it does not. */
	public @Nullable String getCheckNote() {
		return checkNote;
	}

	public @Nullable String getNote() {
		return note;
	}

	public int getPosition() {
		return position;
	}

}
