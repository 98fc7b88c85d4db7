package io.gpuipowatch.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A change to the data a reader should know about: a corrected or restated figure, a
 * figure, a source or a company added, a difference reclassified. Dated, with what
 * changed, from what to what, why, and on which source.
 */
@Entity
@Table(name = "data_change")
public class Change {

	public enum Kind {

		CORRECTED, RESTATED, ADDED_FIGURES, ADDED_COMPANY, ADDED_SOURCE, RECLASSIFIED;

		public String code() {
			return name().toLowerCase().replace('_', '-');
		}

	}

	@Id
	private String id;

	@Column(name = "change_date")
	private PartialDate date;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "figure")
	private @Nullable Figure figure;

	private @Nullable String fromValue;

	private @Nullable String toValue;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "what_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "what_zh")) })
	private @Nullable Text what;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "why_en")),
			@AttributeOverride(name = "zh", column = @Column(name = "why_zh")) })
	private @Nullable Text why;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "source")
	private @Nullable Source source;

	protected Change() {
	}

	/**
	 * What changed: the figure, if one, from which value to which, as figures.csv writes
	 * them.
	 */
	public record Edit(@Nullable Figure figure, @Nullable String fromValue, @Nullable String toValue) {
	}

	public Change(String id, PartialDate date, Kind kind, Edit edit, Text what, Text why, @Nullable Source source) {
		this.id = id;
		this.date = date;
		this.kind = kind;
		this.figure = edit.figure();
		this.fromValue = edit.fromValue();
		this.toValue = edit.toValue();
		this.what = what;
		this.why = why;
		this.source = source;
	}

	public String getId() {
		return id;
	}

	public PartialDate getDate() {
		return date;
	}

	public Kind getKind() {
		return kind;
	}

	public @Nullable Figure getFigure() {
		return figure;
	}

	public @Nullable String getFromValue() {
		return fromValue;
	}

	public @Nullable String getToValue() {
		return toValue;
	}

	public Text getWhat() {
		return Text.orNone(what);
	}

	public Text getWhy() {
		return Text.orNone(why);
	}

	public @Nullable Source getSource() {
		return source;
	}

}
