package io.gpuipowatch.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * A step towards a listing (tutoring, application, hearing, listing) or a market rule
 * change. Where sources disagree on a step, each is kept and one is shown by default.
 */
@Entity
public class ListingEvent extends Reported {

	@Column(name = "event_date")
	private PartialDate date;

	private EventKind kind;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "venue")
	private Venue venue;

	protected ListingEvent() {
	}

	public ListingEvent(String id, @Nullable Company company, PartialDate date, EventKind kind, Venue venue,
			Provenance provenance) {
		super(id, company, provenance);
		this.date = date;
		this.kind = kind;
		this.venue = venue;
	}

	public PartialDate getDate() {
		return date;
	}

	public EventKind getKind() {
		return kind;
	}

	public Venue getVenue() {
		return venue;
	}

}
