package io.gpuipowatch.catalog;

import java.util.List;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A listing venue, or the state of not being listed yet. */
@Entity
public class Venue {

	@Id
	private String code;

	private String nameEn;

	private String nameZh;

	private String shortEn;

	private String shortZh;

	private boolean listed;

	private int position;

	/** The kinds of step its IPO process has, in order. */
	@Convert(converter = Converters.EventKindsConverter.class)
	private List<EventKind> steps;

	protected Venue() {
	}

	public Venue(String code, String nameEn, String nameZh, String shortEn, String shortZh, boolean listed,
			int position, List<EventKind> steps) {
		this.steps = List.copyOf(steps);
		this.code = code;
		this.nameEn = nameEn;
		this.nameZh = nameZh;
		this.shortEn = shortEn;
		this.shortZh = shortZh;
		this.listed = listed;
		this.position = position;
	}

	public String getCode() {
		return code;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getNameZh() {
		return nameZh;
	}

	public String getShortEn() {
		return shortEn;
	}

	public String getShortZh() {
		return shortZh;
	}

	/** False for the "not listed yet" venue. */
	public boolean isListed() {
		return listed;
	}

	public int getPosition() {
		return position;
	}

	/**
	 * The kinds of step an IPO here goes through, in order; none for "not listed yet".
	 */
	public List<EventKind> getSteps() {
		return steps;
	}

}
