package io.gpuipowatch.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * A figure a source says the company has not published: the only gap that is "not
 * disclosed". Any other missing figure is "not in our data", or does not apply.
 */
@Entity
public class Gap extends SourcedRow {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "company")
	private Company company;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "metric")
	private Metric metric;

	/** Null when the company has published the metric for no period. */
	private @Nullable Period period;

	protected Gap() {
	}

	public Gap(Company company, Metric metric, @Nullable Period period, Source source, Text note) {
		super(company.getSlug() + "/" + metric.getCode() + "/" + (period == null ? "*" : period.key()), source, note);
		this.company = company;
		this.metric = metric;
		this.period = period;
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
	/**
	 * Whether this gap is for the figure of a period (a gap without a period covers every
	 * one).
	 */
	public boolean covers(@Nullable Period asked) {
		return period == null || asked == null || period.equals(asked);
	}

}
