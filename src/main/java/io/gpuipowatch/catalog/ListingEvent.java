package io.gpuipowatch.catalog;

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
 * A step towards a listing (tutoring, application, hearing, listing) or a market rule change.
 * Where sources disagree on a step, each is kept and one is shown by default.
 */
@Entity
public class ListingEvent {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "company")
	private @Nullable Company company;

	@Column(name = "event_date")
	private String date;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "venue")
	private Venue venue;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source")
	private Source source;

	private @Nullable String phrase;

	private @Nullable String conflict;

	private boolean shown;

	private @Nullable String shownReason;

	private @Nullable String note;

	protected ListingEvent() {
	}

	public ListingEvent(String id, @Nullable Company company, PartialDate date, EventKind kind, Venue venue,
			Source source, @Nullable String phrase, @Nullable String conflict, boolean shown,
			@Nullable String shownReason, @Nullable String note) {
		this.id = id;
		this.company = company;
		this.date = date.toString();
		this.kind = kind;
		this.venue = venue;
		this.source = source;
		this.phrase = phrase;
		this.conflict = conflict;
		this.shown = shown;
		this.shownReason = shownReason;
		this.note = note;
	}

	public String getId() {
		return id;
	}

	/** Empty for market-wide events such as a rule change. */
	public @Nullable Company getCompany() {
		return company;
	}

	public PartialDate getDate() {
		return PartialDate.parse(date);
	}

	public EventKind getKind() {
		return kind;
	}

	public Venue getVenue() {
		return venue;
	}

	public Source getSource() {
		return source;
	}

	/** The source's own words, where we have them. */
	public @Nullable String getPhrase() {
		return phrase;
	}

	public @Nullable String getConflict() {
		return conflict;
	}

	public boolean isShown() {
		return shown;
	}

	public @Nullable String getShownReason() {
		return shownReason;
	}

	public @Nullable String getNote() {
		return note;
	}

}
