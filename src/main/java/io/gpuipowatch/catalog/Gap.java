package io.gpuipowatch.catalog;

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

/**
 * A figure a source says the company has not published: the only gap that is "not
 * disclosed". Any other missing figure is "not in our data", or does not apply.
 */
@Entity
public class Gap {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "company")
	private Company company;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "metric")
	private Metric metric;

	/** Null when the company has published the metric for no period. */
	private @Nullable Period period;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source")
	private Source source;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "note_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "note_zh")) })
	private @Nullable Text note;

	protected Gap() {
	}

	public Gap(Company company, Metric metric, @Nullable Period period, Source source, Text note) {
		this.id = company.getSlug() + "/" + metric.getCode() + "/" + (period == null ? "*" : period.key());
		this.company = company;
		this.metric = metric;
		this.period = period;
		this.source = source;
		this.note = note;
	}

	public Company getCompany() {
		return company;
	}

	public Metric getMetric() {
		return metric;
	}

	public @Nullable Period getPeriod() {
		return period;
	}

	/** The source that says the figure has not been published. */
	public Source getSource() {
		return source;
	}

	public Text getNote() {
		return Text.orNone(note);
	}

	/**
	 * Whether this gap is for the figure of a period (a gap without a period covers every
	 * one).
	 */
	public boolean covers(@Nullable Period asked) {
		return period == null || asked == null || period.equals(asked);
	}

}
