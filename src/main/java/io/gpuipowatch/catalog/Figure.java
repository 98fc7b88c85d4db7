package io.gpuipowatch.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import org.jspecify.annotations.Nullable;

/**
 * One sourced number: a metric of a company for a period, with its unit, qualifier (超 / 近
 * / 约), basis and the source's own words. Where sources disagree, the figures share a
 * variants key and exactly one of them is shown by default, with the reason.
 */
@Entity
public class Figure extends Reported {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "metric")
	private Metric metric;

	private Period period;

	@Column(name = "amount")
	private BigDecimal value;

	/**
	 * The digits the value is stated with (0.46E8 is stated to the million), which the
	 * database column widens.
	 */
	private int statedScale;

	private Unit unit;

	@Enumerated(EnumType.STRING)
	private Qualifier qualifier;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "basis")
	private @Nullable Basis basis;

	@Enumerated(EnumType.STRING)
	private Method method;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "check_note_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "check_note_zh")) })
	private @Nullable Text checkNote;

	/** The figures a computed one follows from, in the order of its derivation. */
	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "figure_input", joinColumns = @JoinColumn(name = "figure"),
			inverseJoinColumns = @JoinColumn(name = "input"))
	@OrderColumn(name = "position")
	private List<Figure> inputs = new ArrayList<>();

	private int position;

	protected Figure() {
	}

	/** What a figure is: whose, which metric, over what period. */
	public record Subject(@Nullable Company company, Metric metric, Period period) {
	}

	/** Its value as stated: the number in whole units, its unit, qualifier and basis. */
	public record Statement(BigDecimal value, Unit unit, Qualifier qualifier, @Nullable Basis basis, Method method) {
	}

	public Figure(String id, Subject subject, Statement statement, Provenance provenance, Text checkNote,
			int position) {
		super(id, subject.company(), provenance);
		this.metric = subject.metric();
		this.period = subject.period();
		this.value = statement.value();
		this.statedScale = statement.value().scale();
		this.unit = statement.unit();
		this.qualifier = statement.qualifier();
		this.basis = statement.basis();
		this.method = statement.method();
		this.checkNote = checkNote;
		this.position = position;
	}

	@PostLoad
	void restoreStatedDigits() {
		value = value.setScale(statedScale, RoundingMode.HALF_UP);
	}

	public Metric getMetric() {
		return metric;
	}

	public Period getPeriod() {
		return period;
	}

	/** The value in whole units: yuan, not 亿; percent points for a percentage. */
	public BigDecimal getValue() {
		return value;
	}

	public Unit getUnit() {
		return unit;
	}

	public Qualifier getQualifier() {
		return qualifier;
	}

	public @Nullable Basis getBasis() {
		return basis;
	}

	public Method getMethod() {
		return method;
	}

	/** Why the figure does not match what it should add up to, when it does not. */
	public Text getCheckNote() {
		return Text.orNone(checkNote);
	}

	/** What a computed figure follows from; empty for a reported one. */
	public List<Figure> getInputs() {
		return List.copyOf(inputs);
	}

	/** A figure the loader computes names what it follows from. */
	public Figure withInputs(List<Figure> from) {
		inputs.addAll(from);
		return this;
	}

	public int getPosition() {
		return position;
	}

}
