package io.gpuipowatch.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.jspecify.annotations.Nullable;

/**
 * Where a figure or an event comes from and how it stands against other reports of the
 * same thing: its source and the source's own words; the group of variants it belongs to,
 * if any; whether pages and charts use it, how it differs from the one they use, and why;
 * and a note.
 */
@Embeddable
public class Provenance {

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source")
	private Source source;

	private @Nullable String phrase;

	private @Nullable String variants;

	private boolean shown;

	@Enumerated(EnumType.STRING)
	private @Nullable Difference difference;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "reason_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "reason_zh")) })
	private @Nullable Text reason;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "note_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "note_zh")) })
	private @Nullable Text note;

	protected Provenance() {
	}

	/**
	 * Where the report comes from and what it says: its source, the source's words and a
	 * note.
	 */
	public record Origin(Source source, @Nullable String phrase, Text note) {
	}

	/**
	 * How it stands among the reports of the same thing: its group, shown or not, how it
	 * differs and why.
	 */
	public record Standing(@Nullable String variants, boolean shown, @Nullable Difference difference, Text reason) {

		public static final Standing ALONE = new Standing(null, true, null, Text.NONE);

	}

	public Provenance(Origin origin, Standing standing) {
		this.source = origin.source();
		this.phrase = origin.phrase();
		this.note = origin.note();
		this.variants = standing.variants();
		this.shown = standing.shown();
		this.difference = standing.difference();
		this.reason = standing.reason();
	}

	public Source getSource() {
		return source;
	}

	/** The source's own words, where we have them. */
	public @Nullable String getPhrase() {
		return phrase;
	}

	/** The group of reports of the same thing, where there are several. */
	public @Nullable String getVariants() {
		return variants;
	}

	/** Whether pages and charts use this one where there are several. */
	public boolean isShown() {
		return shown;
	}

	/** How this one differs from the one shown; null for the one shown. */
	public @Nullable Difference getDifference() {
		return difference;
	}

	/** Why this one is shown, or how it differs. */
	public Text getReason() {
		return Text.orNone(reason);
	}

	public Text getNote() {
		return Text.orNone(note);
	}

}
