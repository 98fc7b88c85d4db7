package io.gpuipowatch.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** Something measured: an issue price, a first-day gain, revenue, R&D expense. */
@Entity
public class Metric {

	@Id
	private String code;

	private String labelEn;

	private String labelZh;

	@Enumerated(EnumType.STRING)
	private MetricKind kind;

	private @Nullable Derivation derivedFrom;

	private boolean needsListing;

	private int position;

	protected Metric() {
	}

	public Metric(String code, String labelEn, String labelZh, MetricKind kind, @Nullable Derivation derivedFrom,
			boolean needsListing, int position) {
		this.code = code;
		this.labelEn = labelEn;
		this.labelZh = labelZh;
		this.kind = kind;
		this.derivedFrom = derivedFrom;
		this.needsListing = needsListing;
		this.position = position;
	}

	public String getCode() {
		return code;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public String getLabelZh() {
		return labelZh;
	}

	public MetricKind getKind() {
		return kind;
	}

	/**
	 * How the metric follows from others, so the loader can check stated values against
	 * it.
	 */
	public @Nullable Derivation getDerivedFrom() {
		return derivedFrom;
	}

	/**
	 * True when only a listed company can have this figure (an issue price, a first-day
	 * gain).
	 */
	public boolean isNeedsListing() {
		return needsListing;
	}

	public int getPosition() {
		return position;
	}

}
