package io.gpuipowatch.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * Where a figure or an event comes from and how it stands against what other sources
 * said: its source and the source's own words; the group of reports of the same thing it
 * belongs to, if any; whether pages and charts use it, and why (or why not); and a note
 * for the reader.
 */
@Embeddable
public class Provenance {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source")
	private Source source;

	private @Nullable String phrase;

	private @Nullable String conflict;

	private boolean shown;

	@Column(name = "shown_reason")
	private @Nullable String reason;

	private @Nullable String note;

	protected Provenance() {
	}

	public Provenance(Source source, @Nullable String phrase, @Nullable String conflict, boolean shown,
			@Nullable String reason, @Nullable String note) {
		this.source = source;
		this.phrase = phrase;
		this.conflict = conflict;
		this.shown = shown;
		this.reason = reason;
		this.note = note;
	}

	public Source getSource() {
		return source;
	}

	/** The source's own words, where we have them. */
	public @Nullable String getPhrase() {
		return phrase;
	}

	/** The group of reports of the same thing, where there are several. */
	public @Nullable String getConflict() {
		return conflict;
	}

	/** Whether pages and charts use this one where there are several. */
	public boolean isShown() {
		return shown;
	}

	/** Why this one is shown, or not. */
	public @Nullable String getReason() {
		return reason;
	}

	public @Nullable String getNote() {
		return note;
	}

}
