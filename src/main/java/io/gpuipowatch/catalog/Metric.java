package io.gpuipowatch.catalog;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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

	/** The venues where the metric exists; empty for every venue. */
	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "metric_venue", joinColumns = @JoinColumn(name = "metric"),
			inverseJoinColumns = @JoinColumn(name = "venue"))
	private Set<Venue> venues = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	private Section section;

	protected Metric() {
	}

	/** How a metric is written: its code and labels, and what it measures. */
	public record Definition(String code, String labelEn, String labelZh, MetricKind kind,
			@Nullable Derivation derivedFrom) {
	}

	/**
	 * Where a metric exists and shows: only once listed, only on some venues, in which
	 * section, in which order.
	 */
	public record Scope(boolean needsListing, Set<Venue> venues, Section section, int position) {
	}

	public Metric(Definition definition, Scope scope) {
		this.code = definition.code();
		this.labelEn = definition.labelEn();
		this.labelZh = definition.labelZh();
		this.kind = definition.kind();
		this.derivedFrom = definition.derivedFrom();
		this.needsListing = scope.needsListing();
		this.venues.addAll(scope.venues());
		this.section = scope.section();
		this.position = scope.position();
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

	public Section getSection() {
		return section;
	}

	/** Whether the metric exists on a venue: a STAR IPO has no offer-price range. */
	public boolean appliesTo(Venue venue) {
		return venues.isEmpty() || venues.stream().anyMatch(v -> v.getCode().equals(venue.getCode()));
	}

	/** The venues it exists on, when it does not exist on every one. */
	public Set<Venue> getVenues() {
		return Set.copyOf(venues);
	}

}
