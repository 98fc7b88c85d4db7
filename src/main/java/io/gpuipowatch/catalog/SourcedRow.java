package io.gpuipowatch.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * What a row of the market tables (prices, rates, lock-ups, gaps) has besides its own
 * values: its id, the source it comes from, and a note in both languages.
 */
@MappedSuperclass
public abstract class SourcedRow {

	@Id
	private String id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "source")
	private Source source;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "note_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "note_zh")) })
	private @Nullable Text note;

	protected SourcedRow() {
	}

	protected SourcedRow(String id, Source source, @Nullable Text note) {
		this.id = id;
		this.source = source;
		this.note = note;
	}

	public String getId() {
		return id;
	}

	public Source getSource() {
		return source;
	}

	public Text getNote() {
		return Text.orNone(note);
	}

}
